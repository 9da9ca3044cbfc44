package examgrader.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ingest.TestFiles;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The clean-up steps do what they claim, measured on a rendered answer page. */
class PreprocessorTest {
    private static final List<String> LINES = List.of("1. (a) W_f = 3 x 5", "(b) 3,088,878", "2. {0.7, 0.2, 0.05}");

    @Test
    void skewIsMeasuredAndRemovedEvenWhenTextIsOnlyAtTheTopOfThePage() throws Exception {
        BufferedImage page = TestFiles.renderedPage(LINES);
        for (double degrees : new double[] {2.5, -1.5}) {
            BufferedImage turned = TestFiles.rotated(page, degrees);
            assertEquals(degrees, Preprocessor.skewDegrees(turned), 0.15, "turned by " + degrees);
            assertEquals(0, Preprocessor.skewDegrees(Preprocessor.deskew(turned)), 0.15);
        }
        assertEquals(0, Preprocessor.skewDegrees(page), 0.01);
    }

    @Test
    void blankPageHasNoSkew() {
        BufferedImage blank = TestFiles.withNoise(TestFiles.white(400, 300), 0, 1);
        assertEquals(0, Preprocessor.skewDegrees(blank));
    }

    @Test
    void medianRemovesIsolatedSpecks() {
        BufferedImage specks = TestFiles.withNoise(TestFiles.white(400, 300), 0.01, 5);
        assertTrue(darkPixels(specks) > 300, "the test image has specks");
        assertEquals(0, darkPixels(Preprocessor.median3(specks)));
    }

    /**
     * The median is computed from sorted columns for speed; it must equal the plain definition (sort
     * the nine pixels, border pixels repeated), because the OCR cache keys on the clean-up's
     * version, not on its output.
     */
    @Test
    void medianEqualsTheSortedNinePixelsEverywhereIncludingTheBorders() {
        java.util.Random random = new java.util.Random(17);
        for (int[] size : new int[][] {{1, 1}, {2, 3}, {3, 1}, {37, 23}}) {
            int w = size[0], h = size[1];
            BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
            byte[] p = ((java.awt.image.DataBufferByte) image.getRaster().getDataBuffer()).getData();
            for (int i = 0; i < p.length; i++) p[i] = (byte) random.nextInt(256);
            byte[] median = ((java.awt.image.DataBufferByte) Preprocessor.median3(image).getRaster().getDataBuffer()).getData();
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int[] window = new int[9];
                    int n = 0;
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int yy = Math.min(h - 1, Math.max(0, y + dy)), xx = Math.min(w - 1, Math.max(0, x + dx));
                            window[n++] = p[yy * w + xx] & 0xff;
                        }
                    }
                    java.util.Arrays.sort(window);
                    assertEquals(window[4], median[y * w + x] & 0xff, w + "x" + h + " at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void anEvenlyLitPageIsKeptGreyWithItsSizeAndText() throws Exception {
        BufferedImage page = TestFiles.renderedPage(LINES);
        BufferedImage noisy = TestFiles.withNoise(page, 0.02, 9);
        assertFalse(Preprocessor.unevenlyLit(noisy));
        BufferedImage clean = Preprocessor.clean(noisy);
        assertEquals(page.getWidth(), clean.getWidth());
        assertEquals(page.getHeight(), clean.getHeight());
        int[] values = clean.getRaster().getPixels(0, 0, clean.getWidth(), clean.getHeight(), (int[]) null);
        assertTrue(java.util.Arrays.stream(values).anyMatch(v -> v > 0 && v < 255), "grey levels kept for Tesseract");
        long inked = darkPixels(page), kept = darkPixels(clean);
        assertTrue(kept > inked / 2 && kept < inked * 2, "ink kept: " + kept + " of " + inked);
    }

    @Test
    void aShadowedPageIsBinarisedSoTheShadowIsNotInk() throws Exception {
        BufferedImage page = TestFiles.renderedPage(LINES);
        BufferedImage shadowed = TestFiles.withShadow(page, 0.35);
        assertTrue(Preprocessor.unevenlyLit(shadowed));
        BufferedImage clean = Preprocessor.clean(shadowed);
        int[] values = clean.getRaster().getPixels(0, 0, clean.getWidth(), clean.getHeight(), (int[]) null);
        assertTrue(java.util.Arrays.stream(values).allMatch(v -> v == 0 || v == 255));
        long inked = darkPixels(page), kept = darkPixels(clean);
        assertTrue(kept > inked / 2 && kept < inked * 2, "ink kept: " + kept + " of " + inked);
    }

    @Test
    void boxOnATurnedImageMapsBackToWhereItWas() {
        BufferedImage original = TestFiles.white(300, 200);
        Box mark = new Box(40, 150, 70, 20);
        java.awt.Graphics2D g = original.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(mark.x(), mark.y(), mark.width(), mark.height());
        g.dispose();
        for (int turns = 0; turns < 4; turns++) {
            BufferedImage turned = Preprocessor.turnedClockwise(original, turns);
            Box onTurned = darkBox(turned);
            assertEquals(mark, Preprocessor.unturned(onTurned, turns, turned.getWidth(), turned.getHeight()), turns + " turns");
        }
        BufferedImage once = Preprocessor.turnedClockwise(original, 1);
        assertEquals(200, once.getWidth());
        // a quarter turn clockwise moves the mark from the bottom left to the top left
        assertEquals(new Box(30, 40, 20, 70), darkBox(once));
    }

    private static Box darkBox(BufferedImage grey) {
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int y = 0; y < grey.getHeight(); y++) {
            for (int x = 0; x < grey.getWidth(); x++) {
                if (grey.getRaster().getSample(x, y, 0) < 128) {
                    x0 = Math.min(x0, x); y0 = Math.min(y0, y); x1 = Math.max(x1, x); y1 = Math.max(y1, y);
                }
            }
        }
        return new Box(x0, y0, x1 - x0 + 1, y1 - y0 + 1);
    }

    @Test
    void otsuSplitsTwoToneImageBetweenItsTones() {
        byte[] pixels = new byte[1000];
        for (int i = 0; i < pixels.length; i++) pixels[i] = (byte) (i < 300 ? 40 : 220);
        int threshold = Preprocessor.otsu(pixels);
        assertTrue(threshold > 40 && threshold <= 220, "threshold " + threshold);
    }

    private static long darkPixels(BufferedImage grey) {
        int[] values = grey.getRaster().getPixels(0, 0, grey.getWidth(), grey.getHeight(), (int[]) null);
        return java.util.Arrays.stream(values).filter(v -> v < 128).count();
    }
}
