package examgrader.report;

import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * Class statistics of one question over the marks that count now (graded and blank); marks waiting
 * for review or manual marking are counted in {@code pending} and left out of the rest.
 *
 * @param id       question id
 * @param maxMarks full marks
 * @param n        number of counted marks
 * @param pending  number of scripts whose mark is still in review or manual
 * @param mean     mean mark (0 when n = 0)
 * @param sd       population standard deviation: the class is the whole group, not a sample of one
 * @param min      lowest mark
 * @param max      highest mark
 * @param full     share of counted marks that are full marks
 * @param partial  share strictly between 0 and full
 * @param zero     share with 0 marks
 */
public record QuestionStats(String id, double maxMarks, int n, int pending, double mean, double sd,
                            double min, double max, double full, double partial, double zero) {
    private static final double EPS = 1e-9;

    public static List<QuestionStats> of(ExamColumns columns, List<ScriptResult> results) {
        List<QuestionStats> stats = new ArrayList<>();
        for (ExamColumns.Column column : columns.questions()) stats.add(of(column, results));
        return stats;
    }

    static QuestionStats of(ExamColumns.Column column, List<ScriptResult> results) {
        List<Double> counted = new ArrayList<>();
        int pending = 0;
        for (ScriptResult result : results) {
            for (Mark mark : result.marks()) {
                if (!mark.questionId().equals(column.id())) continue;
                if (mark.status() == Status.GRADED || mark.status() == Status.BLANK) counted.add(mark.marks());
                else pending++;
            }
        }
        Summary s = Summary.of(counted);
        int full = 0, zero = 0;
        for (double m : counted) {
            if (m >= column.maxMarks() - EPS) full++;
            else if (m <= EPS) zero++;
        }
        int n = counted.size();
        int partial = n - full - zero;
        return new QuestionStats(column.id(), column.maxMarks(), n, pending, s.mean(), s.sd(), s.min(), s.max(),
                share(full, n), share(partial, n), share(zero, n));
    }

    private static double share(int count, int n) {
        return n == 0 ? 0 : (double) count / n;
    }

    /** Mean, population sd, min and max of a list of numbers (all 0 for an empty list). */
    public record Summary(int n, double mean, double sd, double min, double max) {
        public static Summary of(List<Double> values) {
            if (values.isEmpty()) return new Summary(0, 0, 0, 0, 0);
            double sum = 0, min = Double.POSITIVE_INFINITY, max = Double.NEGATIVE_INFINITY;
            for (double v : values) {
                sum += v;
                min = Math.min(min, v);
                max = Math.max(max, v);
            }
            double mean = sum / values.size();
            double squares = 0;
            for (double v : values) squares += (v - mean) * (v - mean);
            return new Summary(values.size(), mean, Math.sqrt(squares / values.size()), min, max);
        }
    }
}
