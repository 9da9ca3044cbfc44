package examgrader.audit;

import examgrader.score.Mark;
import java.nio.file.Path;

/**
 * One question of one stored script, as the audit commands need it: the grader's own mark, the
 * mark that counts after people's decisions, and how the grader's mark was made.
 *
 * @param scriptId     the store's id of the script
 * @param studentId    the student
 * @param exam         the exam id
 * @param source       the uploaded file
 * @param sourceSha256 SHA-256 of the uploaded file
 * @param graded       the grader's mark
 * @param effective    the mark that counts (the latest person's decision, else {@code graded})
 * @param provenance   how {@code graded} was made
 * @param decision     the person's decision behind {@code effective}, or null when the grader's mark counts
 */
public record StoredMark(long scriptId, String studentId, String exam, Path source, String sourceSha256,
                         Mark graded, Mark effective, ProvenanceRecord provenance, MarkChange decision) {
    public boolean isDecidedByPerson() {
        return decision != null;
    }
}
