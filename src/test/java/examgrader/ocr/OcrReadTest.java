package examgrader.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ingest.TestFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real Tesseract on a real scanned page: the numbers, braces, commas and parentheses of typical
 * answers survive noise and skew, and every word keeps its confidence and box.
 */
class OcrReadTest {
    @TempDir
    Path dir;

    private static final List<String> ANSWERS = List.of(
            "1. (a) i) f_t = 4",
            "(b) params = 3,088,878",
            "C_t = {0.7, 0.2, 0.05}",
            "(c) h_t = tanh(0.7) = 0.6044",
            "2. output 198 × 198 × 64");

    @Test
    void noisySkewedScanIsReadWithNumbersBoxesAndConfidences() throws Exception {
        BufferedImage scan = TestFiles.withNoise(TestFiles.rotated(TestFiles.renderedPage(ANSWERS), 2), 0.03, 11);
        Path pdf = TestFiles.scannedPdf(dir.resolve("scan.pdf"), List.of(scan));
        ScriptText text;
        try (BatchReader reader = new BatchReader(OcrSettings.DEFAULT, new OcrCache(dir.resolve("cache")), 1,
                new examgrader.ingest.Ingestor())) {
            text = reader.readOne(pdf);
        }
        PageText page = text.pages().get(0);
        assertTrue(page.engine().matches("tesseract \\d+\\.\\d+\\.\\d+ eng psm=4 dpi=300 prep=v3( osd)? recheck=digits<85 numbers>=97signs-subscripts2@print0\\.5 carets=shape dots=shape circled=ring-block-dropped caps=26"), page.engine());
        String all = squeeze(text.lines().stream().map(Line::text).reduce("", (a, b) -> a + "\n" + b));
        for (String expected : List.of("(a)i)", "3,088,878", "{0.7,0.2,0.05}", "tanh(0.7)=0.6044", "198", "64")) {
            assertTrue(all.contains(expected), "'" + expected + "' not in:\n" + all);
        }
        for (Line line : text.lines()) {
            assertEquals(1, line.page());
            assertEquals(line.text(), String.join(" ", line.words().stream().map(Word::text).toList()));
            for (Word word : line.words()) {
                assertTrue(word.confidence() > 0 && word.confidence() <= 100, word.toString());
                assertTrue(word.box().isKnown() && word.box().x() + word.box().width() <= scan.getWidth() + 1
                        && word.box().y() + word.box().height() <= scan.getHeight() + 1, word.toString());
            }
        }
        assertEquals(ANSWERS.size(), text.lines().size(), "one Line per text line");
    }

    @Test
    void missingLanguageDataFailsWithTheInstallCommand() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("no-tessdata"));
        OcrUnavailableException e = assertThrows(OcrUnavailableException.class,
                () -> TesseractProbe.check(OcrSettings.DEFAULT.withDatapath(empty)));
        assertTrue(e.getMessage().contains("apt-get install -y tesseract-ocr tesseract-ocr-eng"), e.getMessage());
        assertTrue(e.getMessage().contains(empty.resolve("eng.traineddata").toString()), e.getMessage());
    }

    @Test
    void installedTesseractIsFound() {
        assertTrue(TesseractProbe.check(OcrSettings.DEFAULT).matches("\\d+\\.\\d+\\.\\d+"),
                "Tesseract must be installed for these tests: " + OcrUnavailableException.INSTALL_COMMAND);
    }

    static String squeeze(String s) {
        return s.replaceAll("[ \\t]+", "");
    }
}
