package examgrader.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ingest.TestFiles;
import examgrader.ingest.TestFiles.Placed;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A centred dot Tesseract read as a minus is told apart by its shape, on a page read by real Tesseract. */
class MiddleDotsTest {
    private static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    @Test
    void aDotBetweenBracketedFactorsIsADotAndMinusSignsStayMinus() throws Exception {
        BufferedImage page = Preprocessor.clean(blurred(TestFiles.renderedLayout(List.of(
                new Placed(72, 700, "1.3 s'(z) = s(z)\u00b7(1-s(z))"),
                new Placed(72, 660, "1.4 y = (a+b)-(c-d) and h_{t-1}"),
                new Placed(72, 620, "1.5 so the value is -0.5")), 12, DEJAVU_SANS)));
        List<Line> read;
        List<Line> checked;
        try (TesseractEngine engine = new TesseractEngine(OcrSettings.DEFAULT)) {
            TesseractEngine.Recognised recognised = engine.recognise(page, 1);
            read = recognised.lines();
            checked = MiddleDots.apply(read, recognised.glyphsByWordBox(), page);
        }
        String before = String.join("\n", read.stream().map(Line::text).toList());
        String after = String.join("\n", checked.stream().map(Line::text).toList());
        assertTrue(before.contains("s(z)-(1-s(z))"), "Tesseract no longer reads the dot as a minus, the check is moot: " + before);
        assertTrue(after.contains("s(z)\u00b7(1-s(z))"), after);
        assertTrue(after.contains("(a+b)-(c-d)"), "a printed minus between brackets stays a minus: " + after);
        assertTrue(after.contains("-0.5") && after.contains("t-1"), after);
        assertEquals(read.size(), checked.size());
    }

    /** The page as a scanner blurs it: on a sharp page Tesseract reads the dot as a colon, on a blurred one as a minus. */
    private static BufferedImage blurred(BufferedImage page) {
        float[] weights = new float[25];
        float sum = 0;
        for (int y = -2; y <= 2; y++) {
            for (int x = -2; x <= 2; x++) {
                weights[(y + 2) * 5 + x + 2] = (float) Math.exp(-(x * x + y * y) / (2 * 1.2 * 1.2));
                sum += weights[(y + 2) * 5 + x + 2];
            }
        }
        for (int i = 0; i < weights.length; i++) weights[i] /= sum;
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        new java.awt.image.ConvolveOp(new java.awt.image.Kernel(5, 5, weights), java.awt.image.ConvolveOp.EDGE_NO_OP, null)
                .filter(page, out);
        return out;
    }

    @Test
    void aBarIsNoDotAndABlobIs() {
        BufferedImage page = TestFiles.white(40, 20);
        java.awt.Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.fillRect(2, 8, 8, 3);
        g.fillRect(20, 7, 3, 4);
        g.dispose();
        assertTrue(!MiddleDots.isDot(page, new Box(0, 4, 12, 10)), "an 8 x 3 bar");
        assertTrue(MiddleDots.isDot(page, new Box(18, 4, 8, 10)), "a 3 x 4 blob");
        assertTrue(!MiddleDots.isDot(page, new Box(30, 4, 8, 10)), "no ink");
    }
}
