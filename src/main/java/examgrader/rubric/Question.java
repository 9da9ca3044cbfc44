package examgrader.rubric;

import java.util.List;

/**
 * One question of a rubric. Segmentation reads {@link #label()} and {@link #cues()}, extraction
 * reads {@link #kind()}, scoring reads the rest.
 *
 * <p>Contract kept stable for the other stages: the accessors {@code id, label, cues, kind,
 * marks} and the factory {@link #of}. The scoring rules are added by the rubric package.
 *
 * @param id        the question id used in results and the gradebook (e.g. {@code 1b.i}, {@code T2.4.adds})
 * @param label     the label path as the paper numbers it, outermost first (e.g. {@code ["1","b","i"]},
 *                  {@code ["2","4"]}); several questions may share a label and be told apart by cues
 * @param cues      words that, near a value, mark it as this question's answer (e.g. "addition")
 * @param kind      the answer's form
 * @param marks     the question's full marks
 * @param title     what is asked, in a few words (answer key, reports)
 * @param reference where the reference answer comes from
 * @param tolerance how close an answer must be for full marks
 * @param rules     partial-credit rules, tried when the answer is not within tolerance; the best credit wins
 * @param feedback  what a student with a wrong answer (no rule firing) is told; may be empty
 * @param pos       where the question starts in the rubric file
 * @param printedLabel the label the question paper's own bullets give it where that differs from {@code label}
 *                  (the paper prints "how many multiplications and additions" as a bullet of its own, 2.5, which the
 *                  scheme marks as part of 2.4); empty when the paper numbers it as the label does
 */
public record Question(String id, List<String> label, List<String> cues, AnswerKind kind, double marks,
                       String title, Reference reference, Tolerance tolerance, List<Rule> rules, String feedback,
                       SourcePos pos, List<String> printedLabel) {
    public Question {
        label = List.copyOf(label);
        printedLabel = printedLabel == null ? List.of() : List.copyOf(printedLabel);
        cues = List.copyOf(cues);
        rules = List.copyOf(rules);
        title = title == null ? "" : title;
        feedback = feedback == null ? "" : feedback;
        tolerance = tolerance == null ? Tolerance.EXACT : tolerance;
        pos = pos == null ? SourcePos.NONE : pos;
        reference = reference == null ? new Reference.None(pos) : reference;
    }

    /** A question the paper numbers as its label does. */
    public Question(String id, List<String> label, List<String> cues, AnswerKind kind, double marks, String title,
                    Reference reference, Tolerance tolerance, List<Rule> rules, String feedback, SourcePos pos) {
        this(id, label, cues, kind, marks, title, reference, tolerance, rules, feedback, pos, List.of());
    }

    /** A question without scoring rules (as other stages' tests build them). */
    public static Question of(String id, List<String> label, List<String> cues, AnswerKind kind, double marks) {
        return new Question(id, label, cues, kind, marks, "", null, Tolerance.EXACT, List.of(), "", SourcePos.NONE);
    }

    /** This question with a reference, tolerance and rules (tests and programmatic rubrics). */
    public Question scoredBy(Reference reference, Tolerance tolerance, List<Rule> rules) {
        return new Question(id, label, cues, kind, marks, title, reference, tolerance, rules, feedback, pos, printedLabel);
    }

    /** The label the question paper prints for this question: {@link #printedLabel} when given, else {@link #label}. */
    public List<String> labelAsPrinted() {
        return printedLabel.isEmpty() ? label : printedLabel;
    }

    public boolean isManual() {
        return kind == AnswerKind.MANUAL;
    }
}
