package examgrader.segment;

import examgrader.ocr.Line;
import examgrader.ocr.ScriptText;
import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A script typed as two columns split by a TAB, the question in the student's own short words on the left
 * and the answer on the right, with no item numbers at all:
 * <pre>{@code
 * in (78, 84), k (5,5), s 3, p 2 → out size?	(26, 27)
 * same layer: multiplications	2508800
 * }</pre>
 * The left column restates the question as a quote does in a mail reply ({@link QuotedQuestions}): its data
 * and words name the question ({@code 78}, {@code 84}, {@code 5}, {@code 3}, {@code 2} for 2.1, as the
 * rubric's title gives them), so each row gets the label it names written before its answer. The restated
 * question is left out, as a quote is: its numbers are the question's, not the answer's. Where the label is
 * shared by questions told apart by cue words, the row keeps its left column before its answer
 * ({@code trainable params: 100352}), so those cues say whose the value is; the label is written once, on
 * the first row that names it.
 * <p>
 * Only a typed script with at least {@value #AT_LEAST_ROWS} such rows, none of whose left column opens with
 * a label of its own ({@code 2.1<TAB>(26, 27)} is labelled already), is read this way; and only when every
 * row from the first that names a label on names one, in the paper's order. A row that named none would
 * be read as the answer above it; then nothing is labelled, and the rows go to review unplaced, as before.
 */
final class QuestionColumns {
    /** The question in short, a TAB (or more), the answer, which may be empty. */
    private static final Pattern ROW = Pattern.compile("([^\\t]*\\S[^\\t]*)\\t+([^\\t]*)");
    /** A label opening the left column: {@code 5.}, {@code (b)}, {@code Q2}, {@code Task 2:}, {@code ii)}. */
    private static final Pattern OWN_LABEL = Pattern.compile("(?i)\\s*" + QuotedQuestions.LABEL_AT_START);
    /** Fewer rows than this are a line or two with a TAB in them, not a layout. */
    static final int AT_LEAST_ROWS = 4;

    private QuestionColumns() {}

    /** The script with each row's label written before its answer; the script itself when it is no such layout. */
    static ScriptText labelled(ScriptText script, Rubric rubric) {
        if (script.readByOcr()) return script;
        List<Line> lines = script.lines();
        Map<Integer, Matcher> rows = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = ROW.matcher(lines.get(i).text());
            if (m.matches()) rows.put(i, m);
        }
        if (rows.size() < AT_LEAST_ROWS) return script;
        if (rows.values().stream().anyMatch(m -> OWN_LABEL.matcher(m.group(1)).lookingAt())) return script;
        Map<List<String>, List<Question>> byLabel = QuotedQuestions.byLabel(rubric);
        List<List<String>> order = new ArrayList<>(byLabel.keySet());
        Map<Integer, String> rewritten = new LinkedHashMap<>();
        List<String> current = null;
        for (var row : rows.entrySet()) {
            String question = row.getValue().group(1).strip();
            String answer = row.getValue().group(2).strip();
            List<String> named = QuotedQuestions.named(question, byLabel);
            if (named == null && current == null) continue;
            if (named == null || order.indexOf(named) < order.indexOf(current)) return script;
            boolean shared = byLabel.get(named).size() > 1;
            String text = shared ? (question + (question.matches(".*[?:=]") ? " " : ": ") + answer).strip() : answer;
            rewritten.put(row.getKey(), named.equals(current) ? text : QuotedQuestions.written(named) + " " + text);
            current = named;
        }
        return QuotedQuestions.withLines(script, rewritten);
    }
}
