package examgrader.cli;

import examgrader.ocr.OcrCache;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grader cache [--prune-unused-days N]}: how big the OCR cache has grown, and a way to
 * shrink it. The cache keeps every page ever read so that re-grading never runs OCR again; over
 * a few courses it grows without bound, and the person running the batches needs to see that and
 * clear what no current course will read again. Only OCR readings are deleted: they can always be
 * made again from the scripts, which the grader never touches.
 */
@Command(name = "cache", mixinStandardHelpOptions = true,
        description = "Show the OCR cache's size; with --prune-unused-days, delete entries not used for that long.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:bad arguments or the cache folder could not be read (one line says why)"})
public final class CacheCommand implements Callable<Integer> {
    @Option(names = "--ocr-cache", paramLabel = "DIR", description = "OCR cache folder (default: ~/.cache/examgrader/ocr).")
    Path ocrCache;

    @Option(names = "--prune-unused-days", paramLabel = "N",
            description = "delete the readings not written or read by a grading run in the last N days")
    Integer pruneUnusedDays;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        OcrCache cache = new OcrCache(ocrCache == null ? OcrCache.userDefault() : ocrCache);
        if (pruneUnusedDays != null && pruneUnusedDays < 0) {
            err.println("grader cache: --prune-unused-days must be 0 or more, not " + pruneUnusedDays);
            return ExitCodes.BAD_INPUT;
        }
        if (java.nio.file.Files.exists(cache.dir()) && !java.nio.file.Files.isDirectory(cache.dir())) {
            err.println("grader cache: " + cache.dir() + ": not a folder (the OCR cache is a folder of page readings)");
            return ExitCodes.BAD_INPUT;
        }
        try {
            if (pruneUnusedDays != null) {
                OcrCache.Usage removed = cache.prune(Duration.ofDays(pruneUnusedDays), Instant.now());
                out.printf("removed %d reading(s), %s, unused for %d day(s)%n", removed.entries(), size(removed.bytes()),
                        pruneUnusedDays);
            }
            OcrCache.Usage usage = cache.usage();
            out.printf("OCR cache %s: %d page reading(s), %s%n", cache.dir(), usage.entries(), size(usage.bytes()));
            out.flush();
            return ExitCodes.OK;
        } catch (IOException | RuntimeException e) {
            err.println("grader cache: " + cache.dir() + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    private static String size(long bytes) {
        return bytes < 1024 * 1024 ? String.format(Locale.ROOT, "%.1f KB", bytes / 1024.0)
                : String.format(Locale.ROOT, "%.1f MB", bytes / (1024.0 * 1024));
    }
}
