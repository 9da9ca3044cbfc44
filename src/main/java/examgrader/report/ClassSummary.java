package examgrader.report;

import examgrader.ingest.Rejection;

import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the class summary shows, computed once for both the HTML and the PDF: per-question statistics,
 * the totals, what a person still has to look at, and the files that could not be graded.
 */
public record ClassSummary(String exam, double maxTotal, List<QuestionStats> questions, QuestionStats.Summary totals,
                           List<Double> totalValues, List<ReviewItem> reviews, List<Rejection> rejected,
                           List<ReviewItem> notExported, int manualPending) {

    /** The question column of an item about a whole script (e.g. a duplicate student id). */
    public static final String WHOLE_SCRIPT = "—";

    /** One thing a person must look at: which script, which question (or "—"), and why. */
    public record ReviewItem(String studentId, String source, String questionId, String why) {}

    public static ClassSummary of(ExamColumns columns, List<ScriptResult> results, List<Rejection> rejected) {
        List<Double> totals = new ArrayList<>();
        results.forEach(r -> totals.add(r.total()));
        List<ReviewItem> reviews = new ArrayList<>();
        int manual = 0;
        Map<String, List<ScriptResult>> byStudent = new HashMap<>();
        for (ScriptResult result : results) {
            byStudent.computeIfAbsent(result.studentId(), k -> new ArrayList<>()).add(result);
            for (Mark mark : result.marks()) {
                if (mark.status() == Status.REVIEW) reviews.add(new ReviewItem(result.studentId(), source(result), mark.questionId(), why(mark)));
                if (mark.status() == Status.MANUAL) manual++;
            }
        }
        for (ScriptResult result : results) {
            List<ScriptResult> same = byStudent.get(result.studentId());
            if (same.size() > 1) {
                reviews.add(new ReviewItem(result.studentId(), source(result), WHOLE_SCRIPT,
                        same.size() + " scripts claim this student id; both are kept, check which is whose"));
            }
        }
        Map<ScriptResult, String> held = GradebookCsv.notExported(results);
        List<ReviewItem> notExported = new ArrayList<>();
        for (ScriptResult result : results) {
            if (held.containsKey(result)) notExported.add(new ReviewItem(result.studentId(), source(result), WHOLE_SCRIPT, held.get(result)));
        }
        return new ClassSummary(columns.exam(), columns.maxTotal(), QuestionStats.of(columns, results),
                QuestionStats.Summary.of(totals), totals, reviews, List.copyOf(rejected), notExported, manual);
    }

    /** "1 file", "2 files". */
    static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    private static String source(ScriptResult result) {
        return result.source() == null ? "" : result.source().toString();
    }

    private static String why(Mark mark) {
        String read = mark.answer().isBlank() ? "" : "read \"" + mark.answer() + "\" at confidence " + Math.round(mark.confidence());
        if (mark.feedback().isBlank()) return read.isEmpty() ? "uncertain read" : read;
        return read.isEmpty() ? mark.feedback() : mark.feedback() + " (" + read + ")";
    }
}
