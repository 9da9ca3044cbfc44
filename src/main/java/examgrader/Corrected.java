package examgrader;

import examgrader.score.Mark;
import examgrader.segment.Segment;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A mark made on a student's marked correction ({@code 2.3 (corrected): ...}) says which earlier
 * answer the correction set aside. Without it, a student disputing the mark, or an auditor months
 * later, sees only the corrected text and cannot tell that another answer was written and why it
 * did not count.
 */
final class Corrected {
    private Corrected() {}

    /** The longest stretch of the set-aside text shown; the script itself holds the rest. */
    private static final int SHOWN_CHARS = 160;

    static List<Mark> noted(List<Mark> marks, List<Segment> segments) {
        Map<String, String> replaced = segments.stream().filter(s -> !s.replaced().isEmpty())
                .collect(Collectors.toMap(Segment::questionId, Segment::replaced, (a, b) -> a));
        if (replaced.isEmpty()) return marks;
        return marks.stream().map(m -> replaced.containsKey(m.questionId()) ? withNote(m, replaced.get(m.questionId())) : m)
                .toList();
    }

    private static Mark withNote(Mark m, String earlier) {
        String shown = earlier.length() > SHOWN_CHARS ? earlier.substring(0, SHOWN_CHARS - 1) + "…" : earlier;
        String note = "marked from the student's correction, which replaces an earlier answer: '" + shown + "'";
        String feedback = m.feedback() == null || m.feedback().isBlank() ? note : m.feedback() + "; " + note;
        return new Mark(m.questionId(), m.status(), m.marks(), m.maxMarks(), m.answer(), m.reference(), m.confidence(),
                m.evidence(), m.rule(), feedback, m.working(), m.computations());
    }
}
