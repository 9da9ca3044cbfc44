package examgrader.segment;

import examgrader.ocr.Line;
import examgrader.ocr.ScriptText;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Labels written after their answers, in brackets at the end of the line: {@code C_t is at 3   (1a iv)},
 * {@code b_f is 3 by 1   (3b)}, {@code mults = 4 x 9   (5 total)}, in a code comment
 * {@code f_t = 4   # (i)}, or set off by a pointing mark {@code 31 × 30   ◂ T2 Q2}. Read as if written at the start of the answer: without this the label is
 * read inline, and the answer before it falls under the label above, one item off.
 *
 * <p>An answer that takes several lines carries its label on its last line; the label then opens
 * the lines of its paragraph since the previous such label ({@code if f = 1 then ...} /
 * {@code unchanged, so ...   (4b)}), never the script's header above its first label. A bracket at
 * a line's end is taken for a label only in a script that ends three lines or more with different
 * labels, one of them with a part or an item, as an equation's number {@code (2)} or a remark
 * {@code (v)} by chance never are; and only in typed text, where a bracket at a line's end is surely there.
 */
final class TrailingLabels {
    /** The word before a pointed label's number: {@code T2}, {@code Q3}, {@code Task 1}, {@code Question 2}. */
    private static final String QUESTION_WORD = "(?i:(?:t|task|q|question)\\.?\\s?)";
    /**
     * A bracketed label ending the line, after a space: a question number with its part and item
     * ({@code (1a iii)}, {@code (2b)}, {@code (1 b ii)}), maybe with the word of a cue ({@code (5 depthwise)}),
     * or a part or item alone ({@code (b)}, {@code (iv)}); or a label a pointing mark sets off
     * ({@code 26 × 28   ◂ T2 Q1}, {@code 52   ◂ 2.3}, {@code 100,352 weights   ◂ T2 Q4 params}), with a question word
     * after an arrow that may be working ({@code w ← 2} is an update, {@code ← Q2} a label).
     */
    private static final Pattern TRAILING = Pattern.compile(
            "(?<=\\s)(?:\\(\\s*(?:(\\d{1,2})(?:\\s?([a-h]))?(?:\\s?([ivx]{1,4}))?(?:\\s+[A-Za-z]{3,})?|([a-h]|[ivx]{1,4}))\\s*\\)"
            + "|(?i:[◂◀◄◁]\\s*" + QUESTION_WORD + "?|(?:←|⟵|<-{1,2}|<==?)\\s*" + QUESTION_WORD + ")(\\d{1,2})"
            + "(?:(?:\\s*[.\\-]\\s*|\\s+)(?i:(?:q|question|part)\\.?\\s?)?(\\d{1,2}|[a-h]))?(?:\\s?\\(?([ivx]{1,4})\\)?)?"
            + "(?:\\s+[A-Za-z]{3,})?)\\s*$");

    private static final Pattern COMMENT_MARK = Pattern.compile("\\s(?:#|//)\\s*$");

    /** For the first line of each labelled answer, the label that opens it (placed at the line's start). */
    private final Map<Integer, Label> opening = new HashMap<>();
    /** For each line of a labelled answer, where its answer text ends (before the trailing label). */
    private final Map<Integer, Integer> answerEnd = new HashMap<>();

    TrailingLabels(ScriptText script) {
        if (script.readByOcr()) return;
        List<Line> lines = script.lines();
        Map<Integer, Matcher> found = new HashMap<>();
        int firstLabelled = lines.size();
        Set<String> distinct = new HashSet<>();
        boolean belowQuestion = false;
        for (int i = 0; i < lines.size(); i++) {
            String cleaned = LabelScanner.blankMarkup(lines.get(i).text());
            if (firstLabelled == lines.size() && !cleaned.isBlank() && !continuesAnswer(cleaned)) firstLabelled = i;
            Matcher m = TRAILING.matcher(cleaned);
            if (!m.find() || !continuesAnswer(cleaned.substring(0, m.start()))) continue;
            firstLabelled = Math.min(firstLabelled, i);
            found.put(i, m);
            distinct.add(m.group().replaceAll("\\s", ""));
            belowQuestion |= label(m).parts().size() > 1 || m.group(4) != null;
        }
        if (distinct.size() < 3 || !belowQuestion) return;
        for (var e : found.entrySet()) {
            int last = e.getKey();
            Matcher m = e.getValue();
            int first = last;
            while (first - 1 > firstLabelled && continuesAnswer(lines.get(first - 1).text()) && !found.containsKey(first - 1)) first--;
            opening.put(first, label(m));
            for (int i = first; i < last; i++) answerEnd.put(i, lines.get(i).text().length());
            answerEnd.put(last, beforeCommentMark(lines.get(last).text(), m.start()));
        }
    }

    /** Whether the line belongs to an answer labelled at its end, so that its own leading labels are not read. */
    boolean covers(int lineNo) {
        return answerEnd.containsKey(lineNo);
    }

    /** The label that opens the answer starting at this line, as if written at its start; null when none does. */
    Label openingAt(int lineNo) {
        return opening.get(lineNo);
    }

    /** Where the answer text of a covered line ends: before its trailing label. */
    int answerEnd(int lineNo) {
        return answerEnd.get(lineNo);
    }

    /**
     * A line (or the text before a trailing label) that is part of an answer: not blank, and not starting
     * with a label of its own ({@code # == Q1 (a) ==} heads the answers below it, its {@code (a)} is no
     * trailing label); a number starting working ({@code 0 extra parameters}) is no label.
     */
    private static boolean continuesAnswer(String text) {
        if (text.isBlank()) return false;
        List<Label> leading = LabelScanner.leading(LabelScanner.blankMarkup(text));
        return leading.isEmpty() || leading.get(0).kind() == Label.Kind.BARE_NUMBER;
    }

    /** Where the answer ends before a trailing label at {@code labelStart}: before the code comment's mark it is in ({@code # (i)}), if any. */
    private static int beforeCommentMark(String text, int labelStart) {
        Matcher m = COMMENT_MARK.matcher(text.substring(0, labelStart));
        return m.find() ? m.start() : labelStart;
    }

    private static Label label(Matcher m) {
        String raw = m.group().strip();
        if (m.group(4) != null) {
            String v = m.group(4).toLowerCase(Locale.ROOT);
            return new Label(v.length() > 1 ? Label.Kind.ROMAN : Label.Kind.LETTER, List.of(v), raw, 0, 0);
        }
        int first = m.group(1) != null ? 1 : 5;
        List<String> parts = new java.util.ArrayList<>(List.of(m.group(first)));
        if (m.group(first + 1) != null) parts.add(m.group(first + 1).toLowerCase(Locale.ROOT));
        if (m.group(first + 2) != null) parts.add(m.group(first + 2).toLowerCase(Locale.ROOT));
        return new Label(parts.size() == 1 ? Label.Kind.HEADING : Label.Kind.DOTTED, List.copyOf(parts), raw, 0, 0);
    }
}
