package examgrader.segment;

import examgrader.ocr.Line;
import examgrader.rubric.Question;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A script that does its rough work first and then gives its answers in a section of their own:
 * <pre>{@code
 * ===== ROUGH WORK =====
 * Q5 200x200x3, k = 4x4 ... DW: 199x199x3
 * ===== ANSWER SHEET =====
 * 199 x 199 x 3 ......... 5 after depthwise
 * }</pre>
 * The student says which lines are the answers. A question answered in the answer section is marked on that answer
 * alone: its lines in the rough work are steps, not a second answer that disagrees with the first (the data restated
 * there, {@code 200x200x3}, read as an answer of its own, sent the question to review). A question answered only in
 * the rough work keeps those lines, as a TA would still read them.
 */
final class RoughWork {
    private RoughWork() {}

    /** A heading line naming the rough work: {@code ROUGH WORK}, {@code == Scratch work ==}, {@code Workings:}. */
    private static final Pattern ROUGH = Pattern.compile(
            "(?i)[\\W_]*(?:rough\\s*(?:work(?:ing)?|notes?|sheet)|scratch\\s*(?:work|pad|notes?)?|workings?)[\\W_]*");
    /** A heading line opening the answers: {@code ANSWER SHEET}, {@code Final answers}, {@code ## Answers}. */
    private static final Pattern ANSWERS = Pattern.compile(
            "(?i)[\\W_]*(?:answer\\s*sheet|final\\s*answers?|answers?|summary\\s*of\\s*(?:the\\s*)?answers)[\\W_]*");

    /** Takes out of each question's lines those in the rough work when the question is answered in the answer section. */
    static void setAside(List<Question> questions, Map<Question, List<Segmenter.Assigned>> byQuestion, List<Line> lines) {
        int rough = -1, answers = -1;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (rough < 0 && ROUGH.matcher(text).matches()) rough = i;
            else if (rough >= 0 && ANSWERS.matcher(text).matches()) {
                answers = i;
                break;
            }
        }
        if (answers < 0) return;
        for (Question q : questions) {
            List<Segmenter.Assigned> assigned = byQuestion.get(q);
            int from = rough, to = answers;
            boolean answered = assigned.stream().anyMatch(a -> a.piece().line() > to);
            if (answered) assigned.removeIf(a -> a.piece().line() > from && a.piece().line() < to);
        }
    }
}
