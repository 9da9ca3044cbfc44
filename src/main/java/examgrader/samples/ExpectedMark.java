package examgrader.samples;

import examgrader.score.Status;

/**
 * The mark a correct grader must give one question of one generated script: one row of
 * {@code samples/expected/<exam-id>.csv}. Marks were worked by hand from the marking schemes into the exam writers'
 * tables; they never come from the grader's own scorer.
 *
 * @param file       the script's file name inside {@code samples/<exam-id>/}
 * @param studentId  the student number written in the script's header
 * @param questionId the rubric's question id
 * @param marks      the marks the scheme awards (0 for blank and manual)
 * @param status     graded, blank or manual
 */
public record ExpectedMark(String file, String studentId, String questionId, double marks, Status status) {

    /** The CSV header matching {@link #csvRow()}. */
    public static final String CSV_HEADER = "file,student_id,question_id,marks,status";

    /** One CSV line, marks as a decimal with at most six places (1/3 is {@code 0.333333}). */
    public String csvRow() {
        return String.join(",", file, studentId, questionId, decimal(marks), status.word());
    }

    static String decimal(double value) {
        String text = new java.math.BigDecimal(value).setScale(6, java.math.RoundingMode.HALF_UP)
                .stripTrailingZeros().toPlainString();
        return text.contains(".") ? text : text + ".0";
    }
}
