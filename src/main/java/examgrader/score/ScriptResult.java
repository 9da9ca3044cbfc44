package examgrader.score;

import java.nio.file.Path;
import java.util.List;

/**
 * One script's marks: what {@code results/<student_id>.json}, the gradebook row, the report and
 * the store are made from.
 *
 * @param studentId     the student number read from the script (or the file name when none was found)
 * @param exam          the rubric's exam id
 * @param source        the uploaded file
 * @param sourceSha256  SHA-256 of the uploaded file
 * @param rubricSha256  SHA-256 of the rubric file the marks were given under
 * @param marks         one mark per rubric question, in rubric order
 */
public record ScriptResult(String studentId, String exam, Path source, String sourceSha256,
                           String rubricSha256, List<Mark> marks) {
    public ScriptResult {
        marks = List.copyOf(marks);
    }

    /** Marks that count now: graded and blank questions (review and manual count 0 until resolved). */
    public double total() {
        return marks.stream().mapToDouble(Mark::marks).sum();
    }

    public double maxTotal() {
        return marks.stream().mapToDouble(Mark::maxMarks).sum();
    }

    /** Marks still waiting for a person: review and manual questions. */
    public double pending() {
        return marks.stream().filter(m -> m.status() == Status.REVIEW || m.status() == Status.MANUAL)
                .mapToDouble(Mark::maxMarks).sum();
    }
}
