package examgrader.segment;

import examgrader.rubric.AnswerKind;
import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import java.util.List;
import java.util.regex.Pattern;

/** The two course rubrics as the marking schemes define them (ids, label paths, cues, kinds, marks). */
public final class ExamRubrics {
    private ExamRubrics() {}

    public static Rubric ct3() {
        return Rubric.of("cs60010-ct3-2021", Pattern.compile("\\d{2}[A-Z]{2}\\d{5}"), List.of(
                q("1a.i", List.of("1", "a", "i"), List.of(), AnswerKind.INTEGER, 0.5),
                q("1a.ii", List.of("1", "a", "ii"), List.of(), AnswerKind.INTEGER, 0.5),
                q("1a.iii", List.of("1", "a", "iii"), List.of(), AnswerKind.INTEGER, 0.5),
                q("1a.iv", List.of("1", "a", "iv"), List.of(), AnswerKind.INTEGER, 0.5),
                q("1a.v", List.of("1", "a", "v"), List.of(), AnswerKind.INTEGER, 0.5),
                q("1a.vi", List.of("1", "a", "vi"), List.of(), AnswerKind.INTEGER, 0.5),
                q("1b.i", List.of("1", "b", "i"), List.of(), AnswerKind.VECTOR, 1),
                q("1b.ii", List.of("1", "b", "ii"), List.of(), AnswerKind.VECTOR, 1),
                q("2a", List.of("2", "a"), List.of(), AnswerKind.MANUAL, 1),
                q("2b", List.of("2", "b"), List.of(), AnswerKind.INTEGER, 1),
                q("3a", List.of("3", "a"), List.of("W_f"), AnswerKind.SHAPE, 1),
                q("3b", List.of("3", "b"), List.of("b_f"), AnswerKind.SHAPE, 1),
                q("3c", List.of("3", "c"), List.of("total", "parameters"), AnswerKind.INTEGER, 1),
                q("4a", List.of("4", "a"), List.of(), AnswerKind.MANUAL, 5),
                q("4b", List.of("4", "b"), List.of(), AnswerKind.MANUAL, 2),
                q("5.total", List.of("5"), List.of("total", "multiplications", "computation"), AnswerKind.INTEGER, 1),
                q("5.dw_shape", List.of("5"), List.of("depthwise"), AnswerKind.SHAPE, 1),
                q("5.pw_shape", List.of("5"), List.of("pointwise"), AnswerKind.SHAPE, 1)));
    }

    /** Question 1 of ct3 with the symbol cues the scheme gives its parts ({@code f_t}, {@code C_{t-1}}, ...). */
    public static Rubric ct3QuestionOneWithCues() {
        return Rubric.of("cs60010-ct3-2021", Pattern.compile("\\d{2}[A-Z]{2}\\d{5}"), List.of(
                q("1a.i", List.of("1", "a", "i"), List.of("f_t"), AnswerKind.INTEGER, 0.5),
                q("1a.ii", List.of("1", "a", "ii"), List.of("i_t"), AnswerKind.INTEGER, 0.5),
                q("1a.iii", List.of("1", "a", "iii"), List.of("o_t"), AnswerKind.INTEGER, 0.5),
                q("1a.iv", List.of("1", "a", "iv"), List.of("C_t"), AnswerKind.INTEGER, 0.5),
                q("1a.v", List.of("1", "a", "v"), List.of("C_{t-1}"), AnswerKind.INTEGER, 0.5),
                q("1a.vi", List.of("1", "a", "vi"), List.of("\\tilde{C}_t"), AnswerKind.INTEGER, 0.5),
                q("1b.i", List.of("1", "b", "i"), List.of("C_t"), AnswerKind.VECTOR, 1),
                q("1b.ii", List.of("1", "b", "ii"), List.of("h_t"), AnswerKind.VECTOR, 1)));
    }

    public static Rubric week8() {
        return Rubric.of("dl50039-week8", Pattern.compile("\\b\\d{7}\\b"), List.of(
                q("T1.1", List.of("1", "1"), List.of(), AnswerKind.MANUAL, 1),
                q("T1.2", List.of("1", "2"), List.of(), AnswerKind.MANUAL, 2),
                q("T1.3", List.of("1", "3"), List.of(), AnswerKind.FORMULA, 1),
                q("T1.4", List.of("1", "4"), List.of(), AnswerKind.MANUAL, 1),
                q("T1.5", List.of("1", "5"), List.of(), AnswerKind.MANUAL, 1),
                q("T1.6", List.of("1", "6"), List.of(), AnswerKind.MANUAL, 1),
                q("T2.1", List.of("2", "1"), List.of(), AnswerKind.SHAPE, 1),
                q("T2.2", List.of("2", "2"), List.of(), AnswerKind.SHAPE, 1),
                q("T2.3", List.of("2", "3"), List.of(), AnswerKind.SET, 1),
                q("T2.4.params", List.of("2", "4"), List.of("parameters"), AnswerKind.INTEGER, 1),
                q("T2.4.mults", List.of("2", "4"), List.of("multiplication"), AnswerKind.INTEGER, 1),
                q("T2.4.adds", List.of("2", "4"), List.of("addition"), AnswerKind.INTEGER, 1),
                q("T2.5.params", List.of("2", "5"), List.of("parameters"), AnswerKind.INTEGER, 1)));
    }

    private static Question q(String id, List<String> label, List<String> cues, AnswerKind kind, double marks) {
        return Question.of(id, label, cues, kind, marks);
    }
}
