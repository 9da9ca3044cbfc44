package examgrader;

import examgrader.audit.Store;
import examgrader.ingest.Ingestor;
import examgrader.ingest.Rejection;
import examgrader.report.ExamColumns;
import examgrader.report.OutputWriter;
import examgrader.report.RejectedCsv;
import examgrader.score.ScriptResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Rewrites an output folder's files (results JSON, gradebooks, reports, summary) from its store,
 * so that a mark a person changed (override, dispute, review, hand mark) shows everywhere at once:
 * the files are exports of the store, never edited on their own.
 */
public final class Outputs {
    private Outputs() {}

    /**
     * @param onlyChangedReports rebuild only the PDF reports whose student's marks changed (after a
     *                           person's decision); false rebuilds them all ({@code grader report})
     * @return notices for the user; nothing is written when the folder has no store or no scripts
     */
    public static List<String> refresh(Path outDir, boolean onlyChangedReports) {
        if (!Files.exists(outDir.resolve(Store.FILE_NAME))) return List.of();
        List<ScriptResult> results;
        try (Store store = Store.openExisting(outDir)) {
            results = store.results(null);
        }
        if (results.isEmpty()) return List.of();
        try {
            List<Rejection> rejected = RejectedCsv.read(outDir.resolve("rejected.csv"));
            return OutputWriter.writeAll(outDir, ExamColumns.of(results), results, rejected, new OcrPageImages(new Ingestor()),
                    onlyChangedReports);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rewrite the outputs in " + outDir + ": " + e.getMessage(), e);
        } catch (examgrader.report.ReportException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }
}
