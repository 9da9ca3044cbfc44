package examgrader.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ingest.TestFiles;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The height of the writing is measured from the ink, and the page scaled towards what Tesseract reads best. */
class TextSizeTest {
    private static final List<String> LINES = List.of(
            "1. (a) i) f_t = 4  ii) i_t = 5  iii) o_t = 8", "(b) C_t = [0.7, 0.2, 0.05]",
            "3. W_f is 3 x 5 and b_f is 3 x 1, Total = 4 x 18 = 72", "5. Total multiplications = 3,088,878");

    @Test
    void capitalHeightFollowsTheFontSize() throws Exception {
        // Capitals and digits of Helvetica are 0.72 em: 12 pt at 300 dpi is 36 px, 24 pt 72 px.
        double small = TextSize.capHeight(page(12)).orElseThrow();
        double large = TextSize.capHeight(page(24)).orElseThrow();
        assertEquals(36, small, 6);
        assertEquals(2.0, large / small, 0.25);
    }

    @Test
    void largeWritingIsShrunkTowardsTheTargetAndSmallPrintLeftAlone() throws Exception {
        BufferedImage large = page(24);
        double factor = TextSize.scaleFor(large);
        assertTrue(factor < 0.5, "factor " + factor);
        double after = TextSize.capHeight(Preprocessor.scaled(large, factor)).orElseThrow();
        assertEquals(TextSize.TARGET_CAP_HEIGHT, after, 4);
        assertEquals(1.0, TextSize.scaleFor(page(8.5f)), "text near the target is read as it is");
    }

    @Test
    void aNearlyBlankPageIsNotScaled() throws Exception {
        BufferedImage blank = TestFiles.renderedLayout(List.of(new TestFiles.Placed(72, 700, "7")), 12);
        assertTrue(TextSize.capHeight(blank).isEmpty());
        assertEquals(1.0, TextSize.scaleFor(blank));
    }

    @Test
    void aPageOfSpecksAndARuleIsNotScaledToTheirHeight() throws Exception {
        BufferedImage specks = TestFiles.withNoise(TestFiles.renderedLayout(
                List.of(new TestFiles.Placed(72, 100, "+- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - +")), 12), 0.002, 7);
        java.awt.Graphics2D g = specks.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 600; i++) g.fillRect(random.nextInt(specks.getWidth() - 8), random.nextInt(specks.getHeight() - 8), 3, 7);
        g.dispose();
        assertEquals(1.0, TextSize.scaleFor(specks), "specks 7 px high are no capitals to enlarge to 26 px");
    }

    private static BufferedImage page(float points) throws Exception {
        List<TestFiles.Placed> items = new ArrayList<>();
        for (int i = 0; i < LINES.size(); i++) items.add(new TestFiles.Placed(40, 740 - 2.2f * points * i, LINES.get(i)));
        return TestFiles.renderedLayout(items, points);
    }
}
