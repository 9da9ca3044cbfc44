package examgrader.samples;

import java.util.List;
import java.util.Locale;

/**
 * The two exams the generator knows: their ids, question ids (rubric order), marks and the
 * pattern of the student number, copied from the instructors' marking schemes.
 */
public enum ExamSpec {
    CT3("cs60010-ct3-2021", List.of(
            q("1a.i", 0.5), q("1a.ii", 0.5), q("1a.iii", 0.5), q("1a.iv", 0.5), q("1a.v", 0.5), q("1a.vi", 0.5),
            q("1b.i", 1), q("1b.ii", 1), manual("2a", 1), q("2b", 1), q("3a", 1), q("3b", 1), q("3c", 1),
            manual("4a", 5), manual("4b", 2), q("5.total", 1), q("5.dw_shape", 1), q("5.pw_shape", 1))),
    WEEK8("dl50039-week8", List.of(
            manual("T1.1", 1), manual("T1.2", 2), manual("T1.3", 1), manual("T1.4", 1), manual("T1.5", 1),
            manual("T1.6", 1), q("T2.1", 1), q("T2.2", 1), q("T2.3", 1), q("T2.4.params", 1),
            q("T2.4.mults", 1), q("T2.4.adds", 1), q("T2.5.params", 1)));

    /** One question: id, full marks, and whether the scheme marks it by hand. */
    public record QuestionSpec(String id, double marks, boolean manual) {}

    private final String id;
    private final List<QuestionSpec> questions;

    ExamSpec(String id, List<QuestionSpec> questions) {
        this.id = id;
        this.questions = questions;
    }

    public String id() {
        return id;
    }

    public List<QuestionSpec> questions() {
        return questions;
    }

    public double totalMarks() {
        return questions.stream().mapToDouble(QuestionSpec::marks).sum();
    }

    /** Finds an exam by its id; the message lists the known ids. */
    public static ExamSpec byId(String id) {
        for (ExamSpec exam : values()) {
            if (exam.id.equals(id.trim().toLowerCase(Locale.ROOT))) {
                return exam;
            }
        }
        throw new IllegalArgumentException("unknown exam '" + id + "' (known: cs60010-ct3-2021, dl50039-week8)");
    }

    private static QuestionSpec q(String id, double marks) {
        return new QuestionSpec(id, marks, false);
    }

    private static QuestionSpec manual(String id, double marks) {
        return new QuestionSpec(id, marks, true);
    }
}
