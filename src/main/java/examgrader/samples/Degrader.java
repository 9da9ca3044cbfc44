package examgrader.samples;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.util.Random;

/**
 * Turns a clean 300 dpi grey page into what a scanner or a phone camera delivers: paper that is
 * not white, a slight skew, blur, speckles and (for phones) uneven light. Parameters come from the
 * seed, so a page degrades the same way every time.
 */
final class Degrader {
    private Degrader() {}

    /** A flatbed scan of a printout: skew 0.5–2°, mild blur, speckle. */
    static BufferedImage scan(BufferedImage page, Random rng) {
        BufferedImage out = rotate(page, skew(rng), 240 + rng.nextInt(12));
        speckle(out, rng, 800 + rng.nextInt(1500));
        blur(out, 0.6 + rng.nextDouble() * 0.5);
        return out;
    }

    /** A phone photo of a handwritten page: skew, a light gradient across the page, blur, speckle. */
    static BufferedImage phone(BufferedImage page, Random rng) {
        BufferedImage out = rotate(page, skew(rng), 235 + rng.nextInt(15));
        shade(out, rng);
        speckle(out, rng, 400 + rng.nextInt(800));
        blur(out, 0.8 + rng.nextDouble() * 0.6);
        return out;
    }

    private static double skew(Random rng) {
        double degrees = 0.5 + rng.nextDouble() * 1.5;
        return Math.toRadians(rng.nextBoolean() ? degrees : -degrees);
    }

    private static BufferedImage rotate(BufferedImage page, double radians, int paper) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(new Color(paper, paper, paper));
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(radians, page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        byte[] pixels = pixels(out);
        for (int i = 0; i < pixels.length; i++) {
            int v = pixels[i] & 0xff;
            pixels[i] = (byte) (v * paper / 255);
        }
        return out;
    }

    private static void shade(BufferedImage image, Random rng) {
        byte[] pixels = pixels(image);
        int w = image.getWidth();
        int h = image.getHeight();
        double dark = 0.10 + rng.nextDouble() * 0.12;
        double cx = rng.nextDouble() * w;
        double cy = rng.nextDouble() * h;
        double reach = Math.hypot(w, h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double factor = 1 - dark * Math.hypot(x - cx, y - cy) / reach;
                int i = y * w + x;
                pixels[i] = (byte) (int) ((pixels[i] & 0xff) * factor);
            }
        }
    }

    private static void speckle(BufferedImage image, Random rng, int count) {
        byte[] pixels = pixels(image);
        int w = image.getWidth();
        int h = image.getHeight();
        for (int n = 0; n < count; n++) {
            int x = rng.nextInt(w - 3);
            int y = rng.nextInt(h - 3);
            int size = 1 + rng.nextInt(3);
            int value = rng.nextInt(140);
            for (int dy = 0; dy < size; dy++) {
                for (int dx = 0; dx < size; dx++) {
                    pixels[(y + dy) * w + x + dx] = (byte) value;
                }
            }
        }
    }

    /** Separable Gaussian blur in place. */
    static void blur(BufferedImage image, double sigma) {
        int radius = (int) Math.ceil(sigma * 2.5);
        double[] kernel = new double[2 * radius + 1];
        double sum = 0;
        for (int i = -radius; i <= radius; i++) {
            kernel[i + radius] = Math.exp(-i * i / (2 * sigma * sigma));
            sum += kernel[i + radius];
        }
        for (int i = 0; i < kernel.length; i++) {
            kernel[i] /= sum;
        }
        byte[] pixels = pixels(image);
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] tmp = new byte[pixels.length];
        pass(pixels, tmp, w, h, kernel, 1, w);
        pass(tmp, pixels, w, h, kernel, w, h);
    }

    private static void pass(byte[] from, byte[] to, int w, int h, double[] kernel, int step, int length) {
        int radius = kernel.length / 2;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int along = step == 1 ? x : y;
                int base = y * w + x;
                double acc = 0;
                for (int k = -radius; k <= radius; k++) {
                    int pos = Math.min(length - 1, Math.max(0, along + k));
                    acc += kernel[k + radius] * (from[base + (pos - along) * step] & 0xff);
                }
                to[base] = (byte) Math.round(acc);
            }
        }
    }

    private static byte[] pixels(BufferedImage image) {
        return ((DataBufferByte) image.getRaster().getDataBuffer()).getData();
    }
}
