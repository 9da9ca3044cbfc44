package examgrader.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The dark pixels of a small crop of a page and their connected patches, for the checks that judge
 * a glyph by its shape ({@link CaretCheck}, {@link CircledNumbers}) rather than by Tesseract's reading.
 *
 * @param label each pixel's patch (8-connected), -1 for paper
 * @param boxes each patch's box as {@code {left, top, right, bottom}}, inclusive
 */
record InkPatches(int[][] label, List<int[]> boxes) {
    /** Least difference between the lightest and darkest grey of a crop for it to hold any ink. */
    static final int MIN_CONTRAST = 80;

    /**
     * Dark pixels of {@code page} in [x0, x1) × [y0, y1), split halfway between the crop's lightest and
     * darkest grey (scans differ in paper and ink); null when the crop is flat (no ink).
     */
    static boolean[][] mask(BufferedImage page, int x0, int y0, int x1, int y1) {
        int min = 255, max = 0;
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int v = page.getRaster().getSample(x, y, 0);
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
        }
        if (max - min < MIN_CONTRAST) return null;
        int threshold = (min + max) / 2;
        boolean[][] ink = new boolean[y1 - y0][x1 - x0];
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) ink[y - y0][x - x0] = page.getRaster().getSample(x, y, 0) < threshold;
        }
        return ink;
    }

    /**
     * The ink inside {@code box} of a grey page, cut to the rows and columns that hold it; null
     * when the box lies off the page or holds no ink.
     */
    static boolean[][] inkIn(BufferedImage page, Box box) {
        int x0 = Math.max(0, box.x()), y0 = Math.max(0, box.y());
        int x1 = Math.min(page.getWidth(), box.x() + box.width()), y1 = Math.min(page.getHeight(), box.y() + box.height());
        if (x1 <= x0 || y1 <= y0) return null;
        boolean[][] ink = mask(page, x0, y0, x1, y1);
        return ink == null ? null : trimmed(ink);
    }

    /** The mask cut to the rows and columns that hold ink (empty when there is none). */
    static boolean[][] trimmed(boolean[][] ink) {
        int top = -1, bottom = -1, left = Integer.MAX_VALUE, right = -1;
        for (int y = 0; y < ink.length; y++) {
            for (int x = 0; x < ink[y].length; x++) {
                if (!ink[y][x]) continue;
                if (top < 0) top = y;
                bottom = y;
                left = Math.min(left, x);
                right = Math.max(right, x);
            }
        }
        if (top < 0) return new boolean[0][0];
        boolean[][] cut = new boolean[bottom - top + 1][right - left + 1];
        for (int y = top; y <= bottom; y++) {
            System.arraycopy(ink[y], left, cut[y - top], 0, right - left + 1);
        }
        return cut;
    }

    /** The mask with every ink pixel grown by {@code by} pixels each way (gaps up to twice that closed). */
    static boolean[][] grown(boolean[][] ink, int by) {
        int h = ink.length, w = h == 0 ? 0 : ink[0].length;
        boolean[][] out = new boolean[h][w];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!ink[y][x]) continue;
                for (int yy = Math.max(0, y - by); yy <= Math.min(h - 1, y + by); yy++) {
                    for (int xx = Math.max(0, x - by); xx <= Math.min(w - 1, x + by); xx++) out[yy][xx] = true;
                }
            }
        }
        return out;
    }

    /** The patches of a mask. */
    static InkPatches of(boolean[][] ink) {
        int h = ink.length, w = h == 0 ? 0 : ink[0].length;
        int[][] label = new int[h][w];
        for (int[] row : label) Arrays.fill(row, -1);
        List<int[]> boxes = new ArrayList<>();
        ArrayDeque<int[]> queue = new ArrayDeque<>();
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                if (!ink[y][x] || label[y][x] >= 0) continue;
                int patch = boxes.size();
                int[] box = {x, y, x, y};
                boxes.add(box);
                label[y][x] = patch;
                queue.add(new int[] {x, y});
                while (!queue.isEmpty()) {
                    int[] p = queue.poll();
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int nx = p[0] + dx, ny = p[1] + dy;
                            if (nx < 0 || ny < 0 || nx >= w || ny >= h || !ink[ny][nx] || label[ny][nx] >= 0) continue;
                            label[ny][nx] = patch;
                            box[0] = Math.min(box[0], nx);
                            box[1] = Math.min(box[1], ny);
                            box[2] = Math.max(box[2], nx);
                            box[3] = Math.max(box[3], ny);
                            queue.add(new int[] {nx, ny});
                        }
                    }
                }
            }
        }
        return new InkPatches(label, boxes);
    }

    int at(int x, int y) {
        return label[y][x];
    }

    int[] box(int patch) {
        return boxes.get(patch);
    }

    /** The patch with the largest box, or -1 when there is no ink. */
    int largest() {
        int best = -1;
        long area = -1;
        for (int i = 0; i < boxes.size(); i++) {
            int[] b = boxes.get(i);
            long a = (long) (b[2] - b[0] + 1) * (b[3] - b[1] + 1);
            if (a > area) {
                area = a;
                best = i;
            }
        }
        return best;
    }

    /** Whether patch {@code p} lies strictly inside the box {@code outer}. */
    boolean within(int p, int[] outer) {
        int[] b = boxes.get(p);
        return b[0] > outer[0] && b[1] > outer[1] && b[2] < outer[2] && b[3] < outer[3];
    }

    /** Whether any pixel of {@code patch} lies in [x0, x1) × [y0, y1). */
    boolean anyOf(int patch, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                if (label[y][x] == patch) return true;
            }
        }
        return false;
    }
}
