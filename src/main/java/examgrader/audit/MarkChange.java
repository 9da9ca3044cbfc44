package examgrader.audit;

import examgrader.score.Status;

/**
 * One row of the append-only record of mark changes: who changed which mark, when, from what to
 * what, and why.
 *
 * @param id        sequence number (later changes have larger ids)
 * @param studentId the student
 * @param questionId the question
 * @param kind      why the mark changed
 * @param oldMarks  the effective marks before
 * @param oldStatus the effective status before
 * @param newMarks  the marks after
 * @param newStatus the status after
 * @param answer    the answer a TA typed in review, or null
 * @param feedback  the feedback that goes with a typed answer's new mark, or null
 * @param by        who made the change
 * @param at        when (ISO-8601 UTC)
 * @param why       the reason given
 */
public record MarkChange(long id, String studentId, String questionId, ChangeKind kind, double oldMarks,
                         Status oldStatus, double newMarks, Status newStatus, String answer, String feedback, String by,
                         String at, String why) {}
