package examgrader.ocr;

import examgrader.cli.ProgressBar;
import examgrader.ingest.Ingestor;
import examgrader.ingest.TestFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Times a batch: three 2-page scanned scripts (12 answer lines a page, 2 % speckle, 1.2° skew)
 * plus any files given as arguments, read with 1 and with 2 workers, then again from the cache.
 * Run: {@code OMP_THREAD_LIMIT=1 java -cp <test classpath> examgrader.ocr.BatchBenchmark [files...]}.
 */
public final class BatchBenchmark {
    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("examgrader-bench");
        List<Path> files = new ArrayList<>();
        for (int script = 0; script < 3; script++) {
            List<BufferedImage> pages = new ArrayList<>();
            for (int page = 0; page < 2; page++) {
                List<String> lines = new ArrayList<>();
                for (int l = 0; l < 12; l++) {
                    lines.add((l + 1) + ". (a) W_f = " + (script * 7 + page * 3 + l) + " x 5 = " + (1000 + script * 37 + page * 11 + l)
                            + ", {0.7, 0.2, 0.05}");
                }
                pages.add(TestFiles.withNoise(TestFiles.rotated(TestFiles.renderedPage(lines), 1.2), 0.02, script * 10 + page));
            }
            files.add(TestFiles.scannedPdf(dir.resolve("script" + script + ".pdf"), pages));
        }
        for (String extra : args) files.add(Path.of(extra));
        for (int workers : new int[] {1, 2}) {
            try (BatchReader reader = new BatchReader(OcrSettings.DEFAULT, new OcrCache(dir.resolve("cache" + workers)), workers, new Ingestor())) {
                long start = System.nanoTime();
                List<ScriptOutcome> outcomes = reader.readAll(files, ProgressBar.onStderr());
                System.out.printf("workers=%d: %d files, %d pages OCRed in %.1f s%n", workers, outcomes.size(), reader.ocrRuns(),
                        (System.nanoTime() - start) / 1e9);
                start = System.nanoTime();
                reader.readAll(files, ProgressListener.NONE);
                System.out.printf("  again: %.1f s, %d from cache%n", (System.nanoTime() - start) / 1e9, reader.cacheHits());
                for (ScriptOutcome o : outcomes) {
                    System.out.println("  " + o.file().getFileName() + ": " + (o.isRejected() ? "rejected, " + o.rejection().reason()
                            : o.text().pages().size() + " pages, " + o.text().lines().size() + " lines, " + o.text().pages().get(0).engine()));
                }
            }
        }
    }
}
