package examgrader.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalDouble;

/**
 * How tall the writing on a page is, so the page can be scaled to the size Tesseract reads best.
 *
 * <p>Tesseract's LSTM models read capitals about 20–30 pixels high best; larger text is read
 * worse, not better. Measured on the scan-style samples (capitals about 45 px at 300 dpi): psm 4
 * read {@code 1. (a) i) f_t = 4} as {@code L(aijft=4—} at full size and as {@code 1. (a) i) ft =4}
 * at half size. Students type at 11–14 pt and write larger still, so at 300 dpi most answer pages
 * are too large for Tesseract rather than too small. On the scan-style samples and seeds 41 and 7
 * (279 answers), scaling capitals to 26 px raised the answers graded right from 219 to 229 (to 32
 * px: 229, with three wrong handwriting reads; to 20 px on the samples alone: fewer).
 *
 * <p>The height is measured on ink, before OCR: the heights of the page's connected dark shapes
 * (letters, digits, brackets), of which a high percentile is the height of capitals, digits and
 * ascenders, whatever the mix of lower-case letters.
 */
final class TextSize {
    /** Capital height Tesseract is given after scaling (pixels); Tesseract's models read 20–30 best. */
    static final double TARGET_CAP_HEIGHT = 26;
    /**
     * The capital height of the second reading of a script whose first left answers in review
     * (see {@code Pipeline}): OCR errors at another size are different ones.
     */
    static final double SECOND_CAP_HEIGHT = 34;
    /** Scaling is skipped when the text is within this ratio of the target: it would change little. */
    static final double TOLERANCE = 1.15;
    /** Never shrink or enlarge by more than this: a page of huge or tiny shapes is better read as it is. */
    static final double MIN_FACTOR = 0.35, MAX_FACTOR = 2.0;
    /** Shapes shorter than this are specks, dots and underscores; taller ones are rules or drawings. */
    private static final int MIN_SHAPE_HEIGHT = 6, MAX_SHAPE_HEIGHT = 400;
    /**
     * A capital height below this is no text's (2.4 pt at 300 dpi): it is the height of the specks and dashes that
     * fill a nearly blank scanned page (a table's last rule and the scanner's noise). Scaling such a page to it
     * doubled a page of noise, which kept Tesseract's layout analysis busy past the page's time limit.
     */
    private static final int MIN_CAP_HEIGHT = 10;
    /** Fewer shapes than this are too few to measure (a nearly blank page). */
    private static final int MIN_SHAPES = 30;
    /** Share of shapes shorter than the capital height: the rest are capitals, digits, ascenders and brackets. */
    private static final double CAP_PERCENTILE = 0.75;

    private TextSize() {}

    /** The factor to scale a page by so its capitals are about {@link #TARGET_CAP_HEIGHT} high; 1 when no change is needed. */
    static double scaleFor(BufferedImage binary) {
        return scaleFor(binary, TARGET_CAP_HEIGHT);
    }

    /** The factor to scale a page by so its capitals are about {@code target} pixels high; 1 when no change is needed. */
    static double scaleFor(BufferedImage binary, double target) {
        OptionalDouble cap = capHeight(binary);
        if (cap.isEmpty()) return 1;
        double factor = target / cap.getAsDouble();
        if (factor < TOLERANCE && factor > 1 / TOLERANCE) return 1;
        return Math.max(MIN_FACTOR, Math.min(MAX_FACTOR, factor));
    }

    /** The height of capitals and digits on a dark-on-light image, in pixels; empty when too little is written. */
    static OptionalDouble capHeight(BufferedImage binary) {
        int[] heights = shapeHeights(binary);
        if (heights.length < MIN_SHAPES) return OptionalDouble.empty();
        Arrays.sort(heights);
        int cap = heights[(int) Math.floor(CAP_PERCENTILE * (heights.length - 1))];
        return cap < MIN_CAP_HEIGHT ? OptionalDouble.empty() : OptionalDouble.of(cap);
    }

    /**
     * Heights of the connected dark shapes (8-connected), found run by run: each row's dark runs
     * join the shapes of the runs they touch in the row above. Memory is a few arrays of runs, not
     * a label per pixel.
     */
    static int[] shapeHeights(BufferedImage binary) {
        int w = binary.getWidth(), h = binary.getHeight();
        byte[] p = ((DataBufferByte) Preprocessor.toGrey(binary).getRaster().getDataBuffer()).getData();
        int ink = Preprocessor.otsu(p);
        Shapes shapes = new Shapes();
        List<int[]> previous = List.of();
        for (int y = 0; y < h; y++) {
            List<int[]> current = new ArrayList<>();
            int x = 0;
            while (x < w) {
                if ((p[y * w + x] & 0xff) >= ink) {
                    x++;
                    continue;
                }
                int start = x;
                while (x < w && (p[y * w + x] & 0xff) < ink) x++;
                int id = shapes.add(y);
                for (int[] above : previous) {
                    if (above[0] <= x && above[1] >= start - 1) shapes.union(id, above[2]);
                }
                current.add(new int[] {start, x, id});
            }
            previous = current;
        }
        return shapes.heights(MIN_SHAPE_HEIGHT, MAX_SHAPE_HEIGHT);
    }

    /** Union-find over runs, keeping each shape's top and bottom row. */
    private static final class Shapes {
        private int[] parent = new int[1024], top = new int[1024], bottom = new int[1024];
        private int count;

        int add(int y) {
            if (count == parent.length) {
                parent = Arrays.copyOf(parent, count * 2);
                top = Arrays.copyOf(top, count * 2);
                bottom = Arrays.copyOf(bottom, count * 2);
            }
            parent[count] = count;
            top[count] = y;
            bottom[count] = y;
            return count++;
        }

        int find(int i) {
            while (parent[i] != i) {
                parent[i] = parent[parent[i]];
                i = parent[i];
            }
            return i;
        }

        void union(int a, int b) {
            int ra = find(a), rb = find(b);
            if (ra == rb) return;
            parent[rb] = ra;
            top[ra] = Math.min(top[ra], top[rb]);
            bottom[ra] = Math.max(bottom[ra], bottom[rb]);
        }

        int[] heights(int min, int max) {
            int[] out = new int[count];
            int n = 0;
            for (int i = 0; i < count; i++) {
                if (parent[i] != i) continue;
                int height = bottom[i] - top[i] + 1;
                if (height >= min && height <= max) out[n++] = height;
            }
            return Arrays.copyOf(out, n);
        }
    }
}
