package examgrader.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ingest.TestFiles;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A number's crop re-read with the digit whitelist gives digits only. */
class CropReaderTest {
    @Test
    void digitsAreReadFromTheBoxOfTheFirstReading() throws Exception {
        BufferedImage page = TestFiles.renderedPage(List.of("(b) total = 3,088,878 params"));
        BufferedImage top = page.getSubimage(0, 0, page.getWidth(), 600);
        Word first;
        try (TesseractEngine engine = new TesseractEngine(OcrSettings.DEFAULT)) {
            first = engine.read(Preprocessor.clean(top), 1).get(0).words().stream()
                    .filter(w -> w.text().equals("3,088,878")).findFirst().orElseThrow();
        }
        try (CropReader reader = new CropReader(OcrSettings.DEFAULT)) {
            Word again = reader.readDigits(top, first.box()).orElseThrow();
            assertEquals("3,088,878", again.text());
            assertEquals(first.box(), again.box());
            assertTrue(again.confidence() > 50, again.toString());
        }
    }

    @Test
    void lettersThatLookLikeDigitsComeBackAsDigits() throws Exception {
        // "4O96" written with a capital O: a person reads 4096, and so must the digit re-read.
        BufferedImage page = TestFiles.renderedPage(List.of("4O96"));
        try (CropReader reader = new CropReader(OcrSettings.DEFAULT)) {
            // The line starts 1 in from the left (300 px) with its baseline 92 pt from the top
            // (383 px); 12-pt capitals stand about 36 px above it.
            Word word = reader.readDigits(page, new Box(290, 340, 200, 52)).orElseThrow();
            assertTrue(word.text().matches("[0-9.,-]+"), word.text());
            assertEquals("4096", word.text());
        }
    }

    @Test
    void boxOutsideThePageReadsNothing() throws Exception {
        BufferedImage page = TestFiles.renderedPage(List.of("7"));
        try (CropReader reader = new CropReader(OcrSettings.DEFAULT)) {
            assertTrue(reader.readDigits(page, new Box(5000, 5000, 50, 50)).isEmpty());
            assertTrue(reader.readDigits(page, Box.NONE).isEmpty());
        }
    }
}
