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

    @Test
    void pruningDeletesOnlyReadingsUnusedForTheGivenTimeAndAReadKeepsAnEntry() throws Exception {
        OcrCache cache = new OcrCache(dir);
        String other = "cd".repeat(32);
        cache.put(page(1));
        cache.put(new PageText(1, ENGINE, other, page(1).lines()));
        java.time.Instant now = java.time.Instant.now();
        java.nio.file.attribute.FileTime old = java.nio.file.attribute.FileTime.from(now.minus(java.time.Duration.ofDays(400)));
        Files.setLastModifiedTime(cache.entry(IMAGE, ENGINE), old);
        Files.setLastModifiedTime(cache.entry(other, ENGINE), old);
        assertTrue(cache.get(other, ENGINE, 1).isPresent(), "read again: used today");

        OcrCache.Usage removed = cache.prune(java.time.Duration.ofDays(180), now.plusSeconds(5));

        assertEquals(1, removed.entries());
        assertTrue(cache.get(IMAGE, ENGINE, 1).isEmpty());
        assertTrue(cache.get(other, ENGINE, 1).isPresent());
        assertEquals(1, cache.usage().entries());
    }
}
