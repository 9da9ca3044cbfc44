package examgrader.report;

import examgrader.ingest.Rejection;

import examgrader.rubric.Rubric;
import examgrader.score.ScriptResult;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes everything {@code grader grade} leaves in the output directory: {@code gradebook.csv},
 * {@code results/<student_id>.json}, {@code rejected.csv}, {@code canvas.csv}, {@code moodle.csv},
 * {@code reports/<student_id>.pdf}, {@code summary.html} (+ {@code summary-files/}) and {@code summary.pdf}.
 *
 * <p>Scripts are written sorted by student id then source file, so the outputs of a batch do not depend
 * on the order files were read in. Two scripts claiming one student are both kept; the second one's files
 * get {@code __2} (and a notice says so).
 */
public final class OutputWriter {
    private OutputWriter() {}

    /**
     * After grading: writes all outputs.
     *
     * @return notices for the user (e.g. duplicate student ids and where the second script went)
     */
    public static List<String> writeAll(Path outDir, Rubric rubric, List<ScriptResult> results, List<Rejection> rejected,
                                        PageImages images) throws IOException {
        return writeAll(outDir, ExamColumns.of(rubric), results, rejected, images);
    }

    /** As {@link #writeAll(Path, Rubric, List, List, PageImages)}, when only the columns are known (a rebuild from the store). */
    public static List<String> writeAll(Path outDir, ExamColumns columns, List<ScriptResult> results, List<Rejection> rejected,
                                        PageImages images) throws IOException {
        return writeAll(outDir, columns, results, rejected, images, false);
    }

    /**
     * As {@link #writeAll(Path, ExamColumns, List, List, PageImages)}; with {@code onlyChangedReports}, a
     * student's PDF report is rebuilt only when their results differ from the results file already
     * there. A report depends on nothing else, and rendering every page of every script again after
     * one override would cost minutes for a large class.
     */
    public static List<String> writeAll(Path outDir, ExamColumns columns, List<ScriptResult> results, List<Rejection> rejected,
                                        PageImages images, boolean onlyChangedReports) throws IOException {
        List<ScriptResult> sorted = sorted(results);
        List<String> names = ScriptFileNames.assign(sorted);
        List<String> notices = new ArrayList<>(moveAsideOldFiles(outDir, names));
        java.util.Set<Integer> unchanged = new java.util.HashSet<>();
        for (int i = 0; i < sorted.size(); i++) {
            Path json = outDir.resolve("results").resolve(names.get(i) + ".json");
            if (onlyChangedReports && sameAsWritten(json, outDir.resolve("reports").resolve(names.get(i) + ".pdf"),
                    sorted.get(i))) {
                unchanged.add(i);
            }
            ResultsJson.write(json, sorted.get(i));
        }
        RejectedCsv.write(outDir.resolve("rejected.csv"), rejected);
        writeDerived(outDir, columns, sorted, names, rejected, images, unchanged);
        notices.addAll(notices(sorted, names));
        return notices;
    }

    /**
     * Results and reports of an earlier run into the same directory that this run does not rewrite (a
     * student id read differently, a script left out) would otherwise be picked up by {@code grader report}
     * as a student of this run. They are moved, not deleted, to {@code superseded/<time>/}.
     */
    private static List<String> moveAsideOldFiles(Path outDir, List<String> names) throws IOException {
        java.util.Set<String> kept = new java.util.HashSet<>(names);
        Path aside = outDir.resolve("superseded").resolve(java.time.Instant.now().toString().replace(':', '-'));
        List<String> notices = new ArrayList<>();
        for (String[] kind : new String[][] {{"results", ".json"}, {"reports", ".pdf"}}) {
            Path dir = outDir.resolve(kind[0]);
            if (!Files.isDirectory(dir)) continue;
            List<Path> old = new ArrayList<>();
            try (var files = Files.newDirectoryStream(dir, "*" + kind[1])) {
                for (Path f : files) {
                    String base = f.getFileName().toString();
                    if (!kept.contains(base.substring(0, base.length() - kind[1].length()))) old.add(f);
                }
            }
            for (Path f : old) {
                Path target = aside.resolve(kind[0]).resolve(f.getFileName());
                Files.createDirectories(target.getParent());
                Files.move(f, target);
            }
            if (!old.isEmpty()) {
                notices.add(old.size() + " " + kind[0] + " file(s) of an earlier run not produced by this one moved to "
                        + outDir.relativize(aside.resolve(kind[0])));
            }
        }
        return notices;
    }

    /**
     * Rebuilds what is derived from the results (gradebooks, LMS files, reports, summary), as
     * {@code grader report} does from {@code results/*.json}; the results files themselves are left alone.
     */
    public static List<String> rewriteDerived(Path outDir, ExamColumns columns, List<ScriptResult> results,
                                              List<Rejection> rejected, PageImages images) throws IOException {
        List<ScriptResult> sorted = sorted(results);
        List<String> names = ScriptFileNames.assign(sorted);
        writeDerived(outDir, columns, sorted, names, rejected, images, java.util.Set.of());
        return notices(sorted, names);
    }

    /** True when the results file and the report already on disk were made from exactly this result. */
    private static boolean sameAsWritten(Path json, Path report, ScriptResult result) {
        if (!Files.isRegularFile(json) || !Files.isRegularFile(report)) return false;
        try {
            return ResultsJson.read(json).equals(result);
        } catch (ReportException e) {
            return false;
        }
    }

    private static void writeDerived(Path outDir, ExamColumns columns, List<ScriptResult> sorted, List<String> names,
                                     List<Rejection> rejected, PageImages images, java.util.Set<Integer> unchangedReports)
            throws IOException {
        Files.createDirectories(outDir);
        GradebookCsv.writeGradebook(outDir.resolve("gradebook.csv"), columns, sorted);
        GradebookCsv.writeCanvas(outDir.resolve("canvas.csv"), columns, sorted);
        GradebookCsv.writeMoodle(outDir.resolve("moodle.csv"), sorted);
        for (int i = 0; i < sorted.size(); i++) {
            if (unchangedReports.contains(i)) continue;
            StudentReportPdf.write(outDir.resolve("reports").resolve(names.get(i) + ".pdf"), sorted.get(i), images);
        }
        ClassSummary summary = ClassSummary.of(columns, sorted, rejected);
        BufferedImage histogram = SummaryCharts.totalsHistogram(summary);
        BufferedImage shares = SummaryCharts.questionShares(summary);
        SummaryHtml.write(outDir, summary, histogram, shares);
        SummaryPdf.write(outDir.resolve("summary.pdf"), summary, histogram, shares);
    }

    static List<ScriptResult> sorted(List<ScriptResult> results) {
        List<ScriptResult> sorted = new ArrayList<>(results);
        sorted.sort(Comparator.comparing(ScriptResult::studentId, Comparator.nullsFirst(Comparator.naturalOrder()))
                .thenComparing(r -> r.source() == null ? "" : r.source().toString()));
        return sorted;
    }

    private static List<String> notices(List<ScriptResult> sorted, List<String> names) {
        List<String> notices = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            if (names.get(i).matches(".*__\\d+")) {
                notices.add("two or more scripts claim student " + sorted.get(i).studentId() + ": " + sorted.get(i).source()
                        + " written as results/" + names.get(i) + ".json; both are in the gradebook and the review list");
            }
        }
        return notices;
    }
}
