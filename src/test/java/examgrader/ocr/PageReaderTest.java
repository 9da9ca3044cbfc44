package examgrader.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ingest.FileKind;
import examgrader.ingest.Page;
import examgrader.ingest.TestFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageReaderTest {
    @TempDir
    Path dir;

    private static Word find(PageText text, String word) {
        return text.lines().stream().flatMap(l -> l.words().stream()).filter(w -> w.text().equals(word)).findFirst()
                .orElseThrow(() -> new AssertionError(word + " not read in " + text.lines()));
    }

    @Test
    void sidewaysPageIsTurnedUprightAndBoxesPointIntoThePageAsGiven() throws Exception {
        BufferedImage upright = Preprocessor.toGrey(TestFiles.renderedPage(List.of(
                "1. (a) i) f_t = 4", "(b) params = 3,088,878", "C_t = {0.7, 0.2, 0.05}",
                "(c) h_t = tanh(0.7) = 0.6044", "2. output 198 x 198 x 64")));
        BufferedImage sideways = Preprocessor.turnedClockwise(upright, 1);
        try (TesseractEngine engine = new TesseractEngine(OcrSettings.DEFAULT)) {
            String name = engine.engineName();
            Word straight = find(new PageReader(new OcrCache(dir.resolve("a")), name)
                    .read(new Page(Path.of("p.png"), 1, null, upright), FileKind.IMAGE, () -> engine), "3,088,878");
            Word turned = find(new PageReader(new OcrCache(dir.resolve("b")), name)
                    .read(new Page(Path.of("p.png"), 1, null, sideways), FileKind.IMAGE, () -> engine), "3,088,878");
            // A quarter turn clockwise takes (x, y) on the upright page to (H - 1 - y, x).
            Box b = straight.box();
            Box expected = new Box(upright.getHeight() - b.y() - b.height(), b.x(), b.height(), b.width());
            assertEquals(expected.x(), turned.box().x(), 4);
            assertEquals(expected.y(), turned.box().y(), 4);
            assertEquals(expected.width(), turned.box().width(), 4);
            assertEquals(expected.height(), turned.box().height(), 4);
        }
    }

    @Test
    void hugePageIsReadScaledDownWithBoxesInThePagesOwnPixels() throws Exception {
        BufferedImage page = TestFiles.renderedPage(List.of("(b) total 3,088,878"));
        BufferedImage top = page.getSubimage(0, 0, page.getWidth(), 600);
        Page input = new Page(Path.of("scan.png"), 1, null, top);
        try (TesseractEngine engine = new TesseractEngine(OcrSettings.DEFAULT)) {
            String name = engine.engineName();
            Word full = find(new PageReader(new OcrCache(dir.resolve("a")), name).read(input, FileKind.IMAGE, () -> engine), "3,088,878");
            // 2550 × 600 = 1.53 Mpx; a 1 Mpx limit reads it at 0.81 scale.
            Word scaled = find(new PageReader(new OcrCache(dir.resolve("b")), name, 1_000_000).read(input, FileKind.IMAGE, () -> engine), "3,088,878");
            assertEquals(full.box().x(), scaled.box().x(), 6);
            assertEquals(full.box().y(), scaled.box().y(), 6);
            assertEquals(full.box().width(), scaled.box().width(), 8);
            assertTrue(full.box().x() > 72 * 300 / 72 - 10, "the answer starts at the 1-inch margin: " + full.box());
        }
    }
}
