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
