package examgrader.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ingest.Ingestor;
import examgrader.ingest.TestFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A batch of mixed scripts: results in input order, bad files rejected, OCR cached between runs. */
class BatchReaderTest {
    @TempDir
    Path dir;

    private BatchReader reader(OcrSettings settings, int workers) {
        return new BatchReader(settings, new OcrCache(dir.resolve("cache")), workers, new Ingestor());
    }

    /** A small scanned answer: the top of a page, so OCR stays quick. */
    private static BufferedImage scan(String answer) throws Exception {
        BufferedImage page = TestFiles.renderedPage(List.of(answer));
        return page.getSubimage(0, 0, page.getWidth(), 700);
    }

    private static String text(ScriptText script) {
        return OcrReadTest.squeeze(String.join("\n", script.lines().stream().map(Line::text).toList()));
    }

    @Test
    void secondReadOfTheSameScanComesFromTheCacheWithoutOcr() throws Exception {
        Path png = TestFiles.png(dir.resolve("s1.png"), scan("Q4 total = 3,088,878"));
        ScriptText first, second;
        try (BatchReader reader = reader(OcrSettings.DEFAULT, 1)) {
            first = reader.readOne(png);
            assertEquals(1, reader.ocrRuns());
            assertEquals(0, reader.cacheHits());
        }
        try (BatchReader reader = reader(OcrSettings.DEFAULT, 1)) {
            second = reader.readOne(png);
            assertEquals(0, reader.ocrRuns(), "no OCR the second time");
            assertEquals(1, reader.cacheHits());
        }
        assertTrue(text(first).contains("3,088,878"), text(first));
        assertEquals(first.pages(), second.pages());
        try (Stream<Path> entries = Files.list(dir.resolve("cache"))) {
            List<String> names = entries.map(p -> p.getFileName().toString()).toList();
            assertEquals(1, names.size(), names.toString());
            assertTrue(names.get(0).endsWith(".json"), "no temp file left: " + names);
        }
    }

    @Test
    void aSecondReadingAtAnotherTextSizeIsItsOwnCachedReading() throws Exception {
        Path png = TestFiles.png(dir.resolve("s1.png"), scan("Q4 total = 3,088,878"));
        try (BatchReader reader = reader(OcrSettings.DEFAULT, 1)) {
            ScriptText first = reader.readOne(png);
            ScriptText again = reader.readAgain(List.of(png), ProgressListener.NONE).get(0).text();
            assertEquals(2, reader.ocrRuns(), "the second reading is not the first one from the cache");
            assertTrue(first.pages().get(0).engine().endsWith("caps=" + (int) TextSize.TARGET_CAP_HEIGHT), first.pages().get(0).engine());
            assertTrue(again.pages().get(0).engine().endsWith("caps=" + (int) TextSize.SECOND_CAP_HEIGHT), again.pages().get(0).engine());
            assertTrue(text(again).contains("3,088,878"), text(again));
            reader.readAgain(List.of(png), ProgressListener.NONE);
            assertEquals(2, reader.ocrRuns(), "and is cached too");
        }
    }

    @Test
    void changedSettingsDoNotReuseTheCache() throws Exception {
        Path png = TestFiles.png(dir.resolve("s1.png"), scan("Q1 = 42"));
        try (BatchReader reader = reader(OcrSettings.DEFAULT, 1)) {
            reader.readOne(png);
        }
        try (BatchReader reader = reader(OcrSettings.DEFAULT.withPsm(6), 1)) {
            reader.readOne(png);
            assertEquals(1, reader.ocrRuns());
        }
    }

    @Test
    void mixedBatchKeepsInputOrderAndRejectsOnlyTheBadFile() throws Exception {
        Path scanA = TestFiles.scannedPdf(dir.resolve("a-scan.pdf"), List.of(scan("Q1 = 111"), scan("Q2 = 222")));
        Path typed = Files.writeString(dir.resolve("b-typed.md"), "1. (a) $f_t = 4$\n\n2. 36\n");
        Path broken = Files.writeString(dir.resolve("c-broken.pdf"), "not really a pdf");
        Path digital = TestFiles.textPdf(dir.resolve("d-digital.pdf"), List.of("3. W_f = 3 x 5"));
        Path scanE = TestFiles.png(dir.resolve("e-photo.png"), scan("Q5 = 555"));
        List<Path> files = List.of(scanE, typed, broken, scanA, digital);
        List<int[]> progress = new ArrayList<>();

        List<ScriptOutcome> outcomes;
        try (BatchReader reader = reader(OcrSettings.DEFAULT, 2)) {
            outcomes = reader.readAll(files, (done, total) -> progress.add(new int[] {done, total}));
        }

        assertEquals(files, outcomes.stream().map(ScriptOutcome::file).toList());
        assertTrue(text(outcomes.get(0).text()).contains("Q5=555"), text(outcomes.get(0).text()));
        ScriptText md = outcomes.get(1).text();
        assertEquals("transcription", md.pages().get(0).engine());
        assertEquals(List.of("1. (a) $f_t = 4$", "2. 36"), md.lines().stream().map(Line::text).toList());
        assertTrue(outcomes.get(2).isRejected());
        assertNull(outcomes.get(2).text());
        assertTrue(outcomes.get(2).rejection().reason().startsWith("not a PDF"), outcomes.get(2).rejection().reason());
        ScriptText scans = outcomes.get(3).text();
        assertEquals(2, scans.pages().size());
        assertTrue(OcrReadTest.squeeze(scans.pages().get(0).lines().get(0).text()).contains("Q1=111"));
        assertTrue(OcrReadTest.squeeze(scans.pages().get(1).lines().get(0).text()).contains("Q2=222"));
        assertEquals(2, scans.pages().get(1).page());
        assertEquals(2, scans.pages().get(1).lines().get(0).page());
        assertEquals("text-layer", outcomes.get(4).text().pages().get(0).engine());
        assertTrue(outcomes.get(4).text().lines().get(0).text().contains("W_f = 3 x 5"));

        // 1 + 1 + 0 + 2 + 1 pages; every page reported once, in increasing order.
        assertEquals(List.of(0, 1, 2, 3, 4, 5), progress.stream().map(p -> p[0]).toList());
        assertTrue(progress.stream().allMatch(p -> p[1] == 5));
    }

    @Test
    void pagePastItsDeadlineRejectsItsScriptAndTheBatchGoesOn() throws Exception {
        Path slow = TestFiles.scannedPdf(dir.resolve("slow.pdf"), List.of(scan("Q1 = 7"), scan("Q2 = 8"), scan("Q3 = 9")));
        Path typed = Files.writeString(dir.resolve("typed.txt"), "1. 7\n");
        OcrSettings impatient = OcrSettings.DEFAULT.withPageTimeout(Duration.ofMillis(1));
        List<Integer> done = new ArrayList<>();
        List<ScriptOutcome> outcomes;
        try (BatchReader reader = reader(impatient, 1)) {
            outcomes = reader.readAll(List.of(slow, typed), (pages, total) -> done.add(pages));
        }
        assertEquals("page 1: OCR timed out after 1 ms", outcomes.get(0).rejection().reason());
        assertFalse(outcomes.get(1).isRejected());
        assertEquals(List.of(0, 1, 2, 3, 4), done, "every page counted once, dropped pages included");
        assertFalse(Files.exists(dir.resolve("cache")) && Files.list(dir.resolve("cache")).findAny().isPresent(),
                "a timed-out page is not cached");
    }
}
