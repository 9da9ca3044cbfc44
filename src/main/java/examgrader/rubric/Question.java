package examgrader.rubric;

import java.util.List;

/**
 * One question of a rubric. Segmentation reads {@link #label()} and {@link #cues()}, extraction
 * reads {@link #kind()}, scoring reads the rest.
 *
 * <p>Contract kept stable for the other stages: the accessors {@code id, label, cues, kind,
 * marks} and the factory {@link #of}. The scoring rules are added by the rubric package.
 *
 * @param id    the question id used in results and the gradebook (e.g. {@code 1b.i}, {@code T2.4.adds})
 * @param label the label path as the paper numbers it, outermost first (e.g. {@code ["1","b","i"]},
 *              {@code ["2","4"]}); several questions may share a label and be told apart by cues
 * @param cues  words that, near a value, mark it as this question's answer (e.g. "addition")
 * @param kind  the answer's form
 * @param marks the question's full marks
 */
public record Question(String id, List<String> label, List<String> cues, AnswerKind kind, double marks) {
    public Question {
        label = List.copyOf(label);
        cues = List.copyOf(cues);
    }

    public static Question of(String id, List<String> label, List<String> cues, AnswerKind kind, double marks) {
        return new Question(id, label, cues, kind, marks);
    }
}
