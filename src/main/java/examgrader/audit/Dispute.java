package examgrader.audit;

/**
 * A student's challenge of one mark, from opening to resolution.
 *
 * @param id         sequence number
 * @param studentId  the student
 * @param questionId the question
 * @param openedAt   when it was opened (ISO-8601 UTC)
 * @param openedBy   who opened it
 * @param reason     the student's case
 * @param resolvedAt when it was resolved, or null while open
 * @param resolvedBy who resolved it, or null
 * @param resolution the reason given for the decision, or null
 * @param marks      the marks decided, or null while open
 */
public record Dispute(long id, String studentId, String questionId, String openedAt, String openedBy,
                      String reason, String resolvedAt, String resolvedBy, String resolution, Double marks) {
    public boolean isOpen() {
        return resolvedAt == null;
    }
}
