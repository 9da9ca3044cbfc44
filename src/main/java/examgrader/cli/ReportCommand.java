package examgrader.cli;

import examgrader.OcrPageImages;
import examgrader.ingest.Ingestor;
import examgrader.report.ExamColumns;
import examgrader.report.OutputWriter;
import examgrader.report.RejectedCsv;
import examgrader.ingest.Rejection;
import examgrader.report.ReportException;
import examgrader.report.ResultsJson;
import examgrader.score.ScriptResult;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grader report --out DIR}: rebuilds the gradebooks, the per-student reports and the class summary
 * from {@code DIR/results/*.json} (and {@code DIR/rejected.csv}), e.g. after marks were corrected.
 */
@Command(name = "report", mixinStandardHelpOptions = true,
        description = "Rebuild results/*.json, gradebook.csv, canvas.csv, moodle.csv, reports/*.pdf and summary.html/pdf from DIR/grader.db (or, without a store, from DIR/results/*.json).",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:reports rebuilt", "2:no results to read, or a results file is malformed", "70:internal error"})
public final class ReportCommand implements Callable<Integer> {
    @Option(names = {"-o", "--out"}, required = true, paramLabel = "DIR", description = "The output directory of a grading run.")
    Path outDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (Files.exists(outDir.resolve(examgrader.audit.Store.FILE_NAME))) {
            List<String> notices = examgrader.Outputs.refresh(outDir, false);
            notices.forEach(n -> err.println("grader report: note: " + n));
            out.println("Rebuilt results, gradebooks, reports and summary from the store in " + outDir);
            return ExitCodes.OK;
        }
        Path resultsDir = outDir.resolve("results");
        if (!Files.isDirectory(resultsDir)) {
            err.println("grader report: " + resultsDir + ": no such directory (run `grader grade --out " + outDir + "` first)");
            return ExitCodes.BAD_INPUT;
        }
        try {
            List<ScriptResult> results = readResults(resultsDir);
            if (results.isEmpty()) {
                err.println("grader report: " + resultsDir + ": no results/*.json files to build reports from");
                return ExitCodes.BAD_INPUT;
            }
            List<Rejection> rejected = RejectedCsv.read(outDir.resolve("rejected.csv"));
            List<String> notices;
            // the pages as OCR read them (cleaned, straightened), as at grading: the boxes are measured there
            notices = OutputWriter.rewriteDerived(outDir, ExamColumns.of(results), results, rejected,
                    new OcrPageImages(new Ingestor()));
            notices.forEach(n -> err.println("grader report: note: " + n));
            out.println("Rebuilt reports for " + results.size() + " scripts in " + outDir);
            return ExitCodes.OK;
        } catch (ReportException e) {
            err.println("grader report: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("grader report: cannot write to " + outDir + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    private static List<ScriptResult> readResults(Path resultsDir) throws IOException, ReportException {
        List<Path> files = new ArrayList<>();
        try (DirectoryStream<Path> dir = Files.newDirectoryStream(resultsDir, "*.json")) {
            dir.forEach(files::add);
        }
        files.sort(null);
        List<ScriptResult> results = new ArrayList<>();
        for (Path file : files) results.add(ResultsJson.read(file));
        return results;
    }
}
