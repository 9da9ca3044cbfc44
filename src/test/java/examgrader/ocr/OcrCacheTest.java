package examgrader.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cache entries round-trip, are found only under the same image and engine, and a broken entry is a miss. */
class OcrCacheTest {
    @TempDir
    Path dir;

    private static final String ENGINE = "tesseract 5.3.0 eng psm=4 dpi=300 prep=v1";
    private static final String IMAGE = "ab".repeat(32);

    private static PageText page(int number) {
        Word word = new Word("3,088,878", 88.5, new Box(10, 20, 300, 40));
        return new PageText(number, ENGINE, IMAGE, List.of(new Line(number, "3,088,878", List.of(word))));
    }

    @Test
    void entryRoundTripsAndIsRenumberedForAnotherPage() {
        OcrCache cache = new OcrCache(dir);
        cache.put(page(1));
        assertEquals(page(1), cache.get(IMAGE, ENGINE, 1).orElseThrow());
        assertEquals(page(4), cache.get(IMAGE, ENGINE, 4).orElseThrow());
        assertTrue(cache.get(IMAGE, ENGINE.replace("psm=4", "psm=6"), 1).isEmpty());
        assertTrue(cache.get("cd".repeat(32), ENGINE, 1).isEmpty());
    }

    @Test
    void halfWrittenEntryIsAMissAndIsReplaced() throws Exception {
        OcrCache cache = new OcrCache(dir);
        Files.writeString(cache.entry(IMAGE, ENGINE), "{\"page\":1,\"engine\":\"tess");
        assertTrue(cache.get(IMAGE, ENGINE, 1).isEmpty());
        cache.put(page(1));
        assertEquals(page(1), cache.get(IMAGE, ENGINE, 1).orElseThrow());
    }
}
