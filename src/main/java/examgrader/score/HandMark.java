package examgrader.score;

/**
 * A mark a person gave: a hand-marked question (derivation, explanation) or a review decision.
 *
 * @param line the line of the marks file it came from, for the audit trail and error messages
 */
public record HandMark(String studentId, String questionId, double marks, String marker, String comment, int line) {}
