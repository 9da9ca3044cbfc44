package examgrader.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Arrays;

/**
 * Cleans a page image before OCR: grey, despeckled (first, so specks do not mislead the skew
 * estimate), straightened, and binarised when the light is uneven. Page geometry is
 * kept (the same width and height, rotation about the centre) so word boxes stay in the
 * coordinates of the page image that was read.
 *
 * <p>Change {@link #VERSION} whenever the output changes: it is part of the OCR cache key.
 */
public final class Preprocessor {
    /** Version of the clean-up steps, part of the engine name and cache key. */
    public static final String VERSION = "v3";

    /** Smaller skews are noise in the estimate; larger ones are not skew (a page on its side). */
    private static final double MIN_SKEW_DEGREES = 0.2, MAX_SKEW_DEGREES = 10;
    /** Fewer dark pixels than this (in every other column) is a blank page: no skew to estimate. */
    private static final int MIN_DARK_POINTS = 200;
    /** Sauvola window (pixels at 300 dpi, about 2 mm), and its sensitivity. */
    private static final int WINDOW = 25;
    private static final double SAUVOLA_K = 0.2;

    private Preprocessor() {}

    /**
     * Despeckled and straightened; binarised only where the light is uneven. Tesseract thresholds
     * an evenly lit page itself (Otsu) and reads it better grey: on the scan-style samples and
     * seeds 41 and 7 (279 answers), giving it our Sauvola-binarised page instead cost 10 right
     * answers at full size and 27 with the text scaled ({@link TextSize}): thin strokes of brackets
     * and underscores broke, so labels such as {@code 1. (a) i)} ran together. A shadowed phone photo still needs the local threshold, which one global
     * threshold cannot give.
     */
    public static BufferedImage clean(BufferedImage image) {
        BufferedImage quiet = median3(toGrey(image));
        BufferedImage straight = deskew(quiet);
        return unevenlyLit(straight) ? binarise(straight) : straight;
    }

    /** Paper brightness varying by more than this across the page (grey levels) is uneven light. */
    static final int UNEVEN_LIGHT = 60;
    /** The page is judged in a grid of this many tiles a side. */
    private static final int LIGHT_TILES = 8;

    /**
     * Whether the paper is much darker in some parts of the page than others (a shadow, a photo's
     * fall-off). Each tile's paper brightness is its 90th-percentile grey level, which ink (a
     * tenth or less of a written tile) does not reach.
     */
    static boolean unevenlyLit(BufferedImage grey) {
        int w = grey.getWidth(), h = grey.getHeight();
        if (w < LIGHT_TILES * 4 || h < LIGHT_TILES * 4) return false;
        byte[] p = pixels(grey);
        int lightest = 0, darkest = 255;
        for (int ty = 0; ty < LIGHT_TILES; ty++) {
            for (int tx = 0; tx < LIGHT_TILES; tx++) {
                int[] histogram = new int[256];
                int x0 = tx * w / LIGHT_TILES, x1 = (tx + 1) * w / LIGHT_TILES;
                int y0 = ty * h / LIGHT_TILES, y1 = (ty + 1) * h / LIGHT_TILES;
                for (int y = y0; y < y1; y += 2) {
                    for (int x = x0; x < x1; x += 2) histogram[p[y * w + x] & 0xff]++;
                }
                int paper = percentile(histogram, 0.9);
                lightest = Math.max(lightest, paper);
                darkest = Math.min(darkest, paper);
            }
        }
        return lightest - darkest > UNEVEN_LIGHT;
    }

    private static int percentile(int[] histogram, double share) {
        long total = 0;
        for (int c : histogram) total += c;
        long seen = 0;
        for (int v = 0; v < 256; v++) {
            seen += histogram[v];
            if (seen >= share * total) return v;
        }
        return 255;
    }

    /** A {@code TYPE_BYTE_GRAY} copy (or the image itself when it already is one), transparency on white. */
    public static BufferedImage toGrey(BufferedImage image) {
        if (image.getType() == BufferedImage.TYPE_BYTE_GRAY
                && image.getRaster().getDataBuffer() instanceof DataBufferByte buffer
                && buffer.getData().length == image.getWidth() * image.getHeight()) {
            return image;
        }
        BufferedImage grey = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = grey.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return grey;
    }

    /**
     * Skew of the text lines in degrees, in {@link Graphics2D#rotate} terms (positive: the page
     * content was turned clockwise on screen); 0 when the page has no text to go by.
     *
     * <p>Projection profiles: dark pixels are projected onto the vertical axis along each
     * candidate angle, and the angle whose profile is sharpest (largest sum of squared row
     * counts: text lines fall into few rows) wins; coarse 0.5° steps, then 0.05° steps. Tess4J's
     * jdeskew was tried first and returned its range limit (-20°) for any page whose text is not
     * in the middle half, which answer pages often are not.
     */
    static double skewDegrees(BufferedImage grey) {
        int[] points = darkPoints(grey);
        if (points.length < 2 * MIN_DARK_POINTS) return 0;
        double best = 0;
        double bestScore = profileScore(points, 0);
        for (double a = -MAX_SKEW_DEGREES; a <= MAX_SKEW_DEGREES; a += 0.5) {
            double score = profileScore(points, a);
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.5; a <= coarse + 0.5; a += 0.05) {
            double score = profileScore(points, a);
            if (score > bestScore) {
                bestScore = score;
                best = a;
            }
        }
        return best;
    }

    /** Coordinates (x, y pairs) of dark pixels in every other column: enough for the estimate, half the work. */
    private static int[] darkPoints(BufferedImage grey) {
        int w = grey.getWidth(), h = grey.getHeight();
        byte[] p = pixels(grey);
        int threshold = otsu(p);
        int[] points = new int[1024];
        int n = 0;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x += 2) {
                if ((p[y * w + x] & 0xff) < threshold) {
                    if (n + 2 > points.length) points = Arrays.copyOf(points, points.length * 2);
                    points[n++] = x;
                    points[n++] = y;
                }
            }
        }
        return Arrays.copyOf(points, n);
    }

    private static double profileScore(int[] points, double degrees) {
        double tan = Math.tan(Math.toRadians(degrees));
        int minRow = Integer.MAX_VALUE, maxRow = Integer.MIN_VALUE;
        int[] rowOf = new int[points.length / 2];
        for (int i = 0; i < points.length; i += 2) {
            int row = (int) Math.floor(points[i + 1] - points[i] * tan);
            rowOf[i / 2] = row;
            minRow = Math.min(minRow, row);
            maxRow = Math.max(maxRow, row);
        }
        int[] counts = new int[maxRow - minRow + 1];
        for (int row : rowOf) counts[row - minRow]++;
        double score = 0;
        for (int c : counts) score += (double) c * c;
        return score;
    }

    /** Otsu's global threshold of a grey histogram (dark below it). */
    static int otsu(byte[] pixels) {
        long[] histogram = new long[256];
        for (byte b : pixels) histogram[b & 0xff]++;
        long total = pixels.length, sumAll = 0;
        for (int i = 0; i < 256; i++) sumAll += i * histogram[i];
        long weightDark = 0, sumDark = 0;
        double bestVariance = -1;
        int best = 128;
        for (int t = 0; t < 256; t++) {
            weightDark += histogram[t];
            if (weightDark == 0) continue;
            long weightLight = total - weightDark;
            if (weightLight == 0) break;
            sumDark += t * histogram[t];
            double meanDark = (double) sumDark / weightDark, meanLight = (double) (sumAll - sumDark) / weightLight;
            double variance = (double) weightDark * weightLight * (meanDark - meanLight) * (meanDark - meanLight);
            if (variance > bestVariance) {
                bestVariance = variance;
                best = t + 1;
            }
        }
        return best;
    }

    static BufferedImage deskew(BufferedImage grey) {
        double angle = skewDegrees(grey);
        if (Math.abs(angle) < MIN_SKEW_DEGREES) return grey;
        return rotate(grey, -angle);
    }

    /** The grey image turned clockwise by {@code quarterTurns} × 90°. */
    static BufferedImage turnedClockwise(BufferedImage grey, int quarterTurns) {
        BufferedImage image = grey;
        for (int i = 0; i < Math.floorMod(quarterTurns, 4); i++) {
            int w = image.getWidth(), h = image.getHeight();
            byte[] in = pixels(image);
            BufferedImage out = new BufferedImage(h, w, BufferedImage.TYPE_BYTE_GRAY);
            byte[] o = pixels(out);
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    o[x * h + (h - 1 - y)] = in[y * w + x];
                }
            }
            image = out;
        }
        return image;
    }

    /**
     * Where a box on an image that was turned clockwise {@code quarterTurns} times lies on the
     * image before turning.
     *
     * @param turnedWidth  width of the turned image
     * @param turnedHeight height of the turned image
     */
    static Box unturned(Box box, int quarterTurns, int turnedWidth, int turnedHeight) {
        Box b = box;
        int w = turnedWidth, h = turnedHeight;
        for (int i = 0; i < Math.floorMod(quarterTurns, 4); i++) {
            // one counter-clockwise quarter turn: (x, y) -> (y, w - 1 - x)
            b = new Box(b.y(), w - b.x() - b.width(), b.height(), b.width());
            int t = w;
            w = h;
            h = t;
        }
        return b;
    }

    /** The image resized by {@code factor} (bilinear) as a grey image: for OCR at another text size, and smaller pictures of pages. */
    public static BufferedImage scaled(BufferedImage grey, double factor) {
        int w = Math.max(1, (int) Math.round(grey.getWidth() * factor)), h = Math.max(1, (int) Math.round(grey.getHeight() * factor));
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(grey, 0, 0, w, h, null);
        g.dispose();
        return out;
    }

    static BufferedImage rotate(BufferedImage grey, double degrees) {
        int w = grey.getWidth(), h = grey.getHeight();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(grey, AffineTransform.getRotateInstance(Math.toRadians(degrees), w / 2.0, h / 2.0), null);
        g.dispose();
        return out;
    }

    /**
     * 3×3 median (edges repeat the border pixel): removes salt-and-pepper specks without blurring
     * strokes. It runs on every scanned page two or three times (once per text size read, and again
     * for the report's crops), so it does not sort nine values per pixel: each column of three is
     * sorted once as the window slides, and the median of three sorted columns is the median of
     * their maximum low, middle middle and minimum high (Paeth's identity), which is exact.
     */
    static BufferedImage median3(BufferedImage grey) {
        int w = grey.getWidth(), h = grey.getHeight();
        byte[] in = pixels(grey);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = pixels(out);
        int[] low = new int[w], mid = new int[w], high = new int[w];
        for (int y = 0; y < h; y++) {
            int above = Math.max(0, y - 1) * w, row = y * w, below = Math.min(h - 1, y + 1) * w;
            for (int x = 0; x < w; x++) {
                int a = in[above + x] & 0xff, b = in[row + x] & 0xff, c = in[below + x] & 0xff;
                low[x] = Math.min(a, Math.min(b, c));
                high[x] = Math.max(a, Math.max(b, c));
                mid[x] = a + b + c - low[x] - high[x];
            }
            for (int x = 0; x < w; x++) {
                int left = Math.max(0, x - 1), right = Math.min(w - 1, x + 1);
                int maxLow = Math.max(low[left], Math.max(low[x], low[right]));
                int minHigh = Math.min(high[left], Math.min(high[x], high[right]));
                int midMid = medianOf3(mid[left], mid[x], mid[right]);
                o[row + x] = (byte) medianOf3(maxLow, midMid, minHigh);
            }
        }
        return out;
    }

    private static int medianOf3(int a, int b, int c) {
        return Math.max(Math.min(a, b), Math.min(Math.max(a, b), c));
    }

    /**
     * Sauvola thresholding (local mean and deviation over a sliding window): unlike one global
     * threshold it copes with shadows and uneven lighting in phone photos. Column sums slide down
     * the page, so memory is a few rows, not a page-sized table.
     */
    static BufferedImage binarise(BufferedImage grey) {
        int w = grey.getWidth(), h = grey.getHeight(), r = WINDOW / 2;
        byte[] in = pixels(grey);
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        byte[] o = pixels(out);
        long[] colSum = new long[w], colSq = new long[w];
        long[] rowSum = new long[w + 1], rowSq = new long[w + 1];
        int top = 0, bottom = 0;
        for (int y = 0; y < h; y++) {
            int y0 = Math.max(0, y - r), y1 = Math.min(h, y + r + 1);
            for (; bottom < y1; bottom++) addRow(in, w, bottom, colSum, colSq, +1);
            for (; top < y0; top++) addRow(in, w, top, colSum, colSq, -1);
            for (int x = 0; x < w; x++) {
                rowSum[x + 1] = rowSum[x] + colSum[x];
                rowSq[x + 1] = rowSq[x] + colSq[x];
            }
            for (int x = 0; x < w; x++) {
                int x0 = Math.max(0, x - r), x1 = Math.min(w, x + r + 1);
                int count = (y1 - y0) * (x1 - x0);
                double mean = (double) (rowSum[x1] - rowSum[x0]) / count;
                double variance = (double) (rowSq[x1] - rowSq[x0]) / count - mean * mean;
                double threshold = mean * (1 + SAUVOLA_K * (Math.sqrt(Math.max(0, variance)) / 128.0 - 1));
                o[y * w + x] = (byte) ((in[y * w + x] & 0xff) > threshold ? 255 : 0);
            }
        }
        return out;
    }

    private static void addRow(byte[] in, int w, int y, long[] colSum, long[] colSq, int sign) {
        for (int x = 0; x < w; x++) {
            int v = in[y * w + x] & 0xff;
            colSum[x] += sign * v;
            colSq[x] += sign * (long) v * v;
        }
    }

    private static byte[] pixels(BufferedImage grey) {
        return ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
    }
}
