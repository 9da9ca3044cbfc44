package examgrader.audit;

import examgrader.score.Status;

/**
 * A person's decision on one mark, before it is recorded as a {@link MarkChange}.
 *
 * @param studentId  the student
 * @param questionId the question
 * @param marks      the marks decided (0..the question's maximum)
 * @param status     the status after the decision (normally {@code graded})
 * @param by         who decided
 * @param why        the reason, required
 * @param kind       override, dispute, review or hand
 * @param answer     the answer a TA typed in review, or null
 * @param feedback   feedback that goes with a typed answer's mark, or null to keep the grader's
 */
public record Decision(String studentId, String questionId, double marks, Status status, String by, String why,
                       ChangeKind kind, String answer, String feedback) {
    public static Decision of(String studentId, String questionId, double marks, String by, String why, ChangeKind kind) {
        return new Decision(studentId, questionId, marks, Status.GRADED, by, why, kind, null, null);
    }
}
