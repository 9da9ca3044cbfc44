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
 * {@code b_f is 3 by 1   (3b)}, {@code mults = 4 x 9   (5 total)}, closing a sentence after a dash or in brackets
 * ({@code The output gate o_t is at position 8 — 1(a)(iii).}, {@code ... gives C_t = (0.7, 0.2, 0.05) (1(b)(i)).},
 * {@code ... zero extra parameters [2(b)].}, {@code ... 100,352 trainable parameters — 2.4.}, {@code ... is 199 × 199 × 3 — 5 (depthwise size).}, {@code ... from c_{t-1} (answer to 1.1).}), in a code comment
 * {@code f_t = 4   # (i)}, set off by a pointing mark {@code 31 × 30   ◂ T2 Q2}, or after a form's dot leader
 * ({@code 4 .......... 1(a)(i)}, {@code 3,088,878 ...... 5 total mults}). Read as if written at the start of the answer: without this the label is
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
     * The name of the quantity an item asks for, written in the label after its number: a word
     * ({@code depthwise}) or a symbol with a subscript ({@code f_t}, {@code C~_t}, {@code C_{t-1}}), maybe with its
     * underscore lost to OCR ({@code Ct}).
     */
    private static final String CUE_WORD = "(?:[A-Za-z]{3,}|[A-Za-z]~?_?(?:\\{[^}\\s]{1,6}\\}|[A-Za-z0-9]{1,3}))";
    /** A round or a square bracket, closed by the same kind at the line's end: {@code (1a iv)}, {@code [1a-iv  C_t]}. */
    private static final String OPENING_BRACKET = "(?:\\((?=[^\\]]*$)|\\[(?=[^)]*$))";
    /**
     * A bracketed label ending the line, after a space: a question number with its part and item
     * ({@code (1a iii)}, {@code (2b)}, {@code (1 b ii)}, {@code [1a-iv  C_t]}), maybe with the name of the quantity it
     * asks for ({@code (5 depthwise)}, {@code [5 pointwise output]}), or a part or item alone ({@code (b)}, {@code (iv)});
     * or a label a pointing mark sets off ({@code 26 × 28   ◂ T2 Q1}, {@code 52   ◂ 2.3},
     * {@code 100,352 weights   ◂ T2 Q4 params}), after an arrow that may be working only with a question word
     * ({@code w ← 2} is an update, {@code ← Q2} a label) or as a dotted label ({@code **52** <- 2.3}).
     * An HTML line break may follow ({@code **No** <- 1.1<br>}).
     */
    private static final Pattern TRAILING = Pattern.compile(
            "(?<=\\s|\\s#)(?:" + OPENING_BRACKET + "\\s*(?:(?<number>\\d{1,2})(?:[\\s\\-]?(?<part>[a-h]))?(?:[\\s\\-]?(?<item>[ivx]{1,4}))?"
            + "(?<quantity>(?:\\s+" + CUE_WORD + "){0,2})|(?<alone>[a-h]|[ivx]{1,4}))\\s*[)\\]]"
            + "|(?:(?i:[◂◀◄◁]\\s*" + QUESTION_WORD + "?|(?:←|⟵|<-{1,2}|<==?)\\s*" + QUESTION_WORD + ")(?<pointed>\\d{1,2})"
            + "(?:(?:\\s*[.\\-]\\s*|\\s+)(?i:(?:q|question|part)\\.?\\s?)?(?<pointedPart>\\d{1,2}|[a-h]))?"
            + "|(?:←|⟵|<-{1,2}|<==?)\\s*(?<dotted>\\d{1,2})\\.(?<dottedPart>\\d|[a-h])(?![\\d.])"
            + "|(?:[—–-]\\s*|[(\\[])(?<full>\\d{1,2})\\((?<fullPart>[a-h])\\)(?:\\((?<fullItem>[ivx]{1,4})\\))?(?<=\\))[)\\]]?[.;]?(?=\\s*$)"
            + "|\\.{4,}\\s*(?<leader>\\d{1,2})(?:\\s?\\(?(?<leaderPart>[a-h])\\)?)?(?:\\s?\\(?(?<leaderItem>[ivx]{1,4})\\)?)?"
            + "(?<leaderQuantity>(?:\\s+[A-Za-z]{3,}){0,3})(?=\\s*$)"
            + "|[—–]\\s*(?<dashed>\\d{1,2})\\.(?<dashedPart>\\d{1,2})[.;]?(?=\\s*$)"
            + "|[—–]\\s*(?<named>\\d{1,2})\\s*\\((?<namedQuantity>[A-Za-z][A-Za-z ]{1,30})\\)[.;]?(?=\\s*$)"
            + "|\\((?i:answer|ans|solution|sol)\\.?\\s+(?i:to|for|of)\\s+(?i:q(?:uestion)?\\.?\\s*)?(?<answerTo>\\d{1,2})(?:\\.(?<answerToPart>\\d{1,2}|[a-h]))?\\)[.;]?(?=\\s*$))"
            + "(?:\\s?\\(?(?<pointedItem>[ivx]{1,4})\\)?)?(?<pointedQuantity>(?:\\s+[A-Za-z]{3,}){0,2}))(?:\\s*<br\\s*/?>)?\\s*$");

    /**
     * On a scanned page, the {@code 1} opening a bracketed label before its part letter, read as a letter
     * ({@code [la-i f_t]}, {@code (Ia iii)}); replaced in place, one character for one, so positions hold.
     */
    private static final Pattern OCR_ONE_BEFORE_PART = Pattern.compile("(?<=[(\\[]\\s?)[lI](?=[a-h](?:[\\s\\-]|[ivx]{1,4}[)\\]]))");

    private static final Pattern LINE_BREAK_AT_END = Pattern.compile("<br\\s*/?>\\s*$");

    /** An equals sign or an arrow of working: the line states a result of its own. */
    private static final Pattern STATES_A_RESULT = Pattern.compile("[=⟹⇒→]");

    private static final Pattern CLOSING_EMPHASIS = Pattern.compile("(?<=\\S)\\*+\\s*$");

    /**
     * A heading before a bracketed part ({@code Question Two (a)}, {@code Question One (b) part (ii)}, {@code Question Three, part (c)}): a label written
     * in the student's own words, not an answer with its label after it. Taken for one, every heading of the script
     * made it a script of labels after answers, and the lines under them were set aside as working.
     */
    private static final Pattern HEADING_BEFORE = Pattern.compile("(?i)\\s*(?:question|ques|qn|q|task|problem|exercise|part|section)"
            + "\\.?\\s*(?:\\d{1,2}|[ivx]{1,4}|one|two|three|four|five|six|seven|eight|nine|ten)?\\s*[,;:\\-–—]?\\s*(?:\\(?[a-h]\\)?\\s*)?(?:part\\s*)?");
    private static final Pattern COMMENT_MARK = Pattern.compile("\\s(?:#|//)\\s*$");

    /** For the first line of each labelled answer, the label that opens it (placed at the line's start). */
    private final Map<Integer, Label> opening = new HashMap<>();
    /** For each line of a labelled answer, where its answer text ends (before the trailing label). */
    private final Map<Integer, Integer> answerEnd = new HashMap<>();

    TrailingLabels(ScriptText script) {
        boolean scanned = script.readByOcr();
        List<Line> lines = script.lines();
        Map<Integer, Matcher> found = new HashMap<>();
        Map<Integer, Matcher> labelsAlone = new HashMap<>();
        int firstLabelled = lines.size();
        Set<String> distinct = new HashSet<>();
        boolean belowQuestion = false;
        for (int i = 0; i < lines.size(); i++) {
            String cleaned = LabelScanner.blankMarkup(lines.get(i).text());
            if (scanned) cleaned = OCR_ONE_BEFORE_PART.matcher(cleaned).replaceAll("1");
            if (firstLabelled == lines.size() && !cleaned.isBlank() && !continuesAnswer(cleaned)) firstLabelled = i;
            Matcher m = TRAILING.matcher(cleaned);
            if (!m.find()) continue;
            if (cleaned.substring(0, m.start()).isBlank()) {
                labelsAlone.put(i, m);
                continue;
            }
            if (!answersBeforeLabel(cleaned.substring(0, m.start())) || HEADING_BEFORE.matcher(cleaned.substring(0, m.start())).matches()) continue;
            firstLabelled = Math.min(firstLabelled, i);
            found.put(i, m);
            distinct.add(m.group().replaceAll("\\s", ""));
            belowQuestion |= label(m).parts().size() > 1 || m.group("alone") != null;
        }
        if (distinct.size() < 3 || !belowQuestion) return;
        Set<Integer> working = workingUnderAnswers(lines, found.keySet());
        for (var e : found.entrySet()) {
            int last = e.getKey();
            Matcher m = e.getValue();
            int first = last;
            while (first - 1 > firstLabelled && continuesAnswer(lines.get(first - 1).text()) && !found.containsKey(first - 1)
                    && !working.contains(first - 1) && !labelsAlone.containsKey(first - 1)) {
                first--;
            }
            opening.put(first, label(m));
            for (int i = first; i < last; i++) answerEnd.put(i, lines.get(i).text().length());
            answerEnd.put(last, beforeCommentMark(lines.get(last).text(), m.start()));
        }
        for (int i : working) answerEnd.put(i, STATES_A_RESULT.matcher(lines.get(i).text()).find() ? 0 : lines.get(i).text().length());
        for (int i = 0; i < lines.size(); i++) {
            Matcher alone = labelsAlone.get(i);
            if (alone == null || !afterAnswerOrWorking(lines, i, found.keySet(), working)) continue;
            opening.put(i, label(alone));
            answerEnd.put(i, alone.start());
            working.add(i);
        }
    }

    /**
     * The lines right under a labelled answer that are its working, not the start of the next
     * answer: those indented deeper than the answer ({@code 72      [3c]} over
     * {@code    4 gates x (3*5 weights + 3 biases) = 4 x 18.}), or all up to the next label when
     * the answer's line ends in an HTML line break ({@code **52** <- 2.3<br>}), which joins the
     * lines under it to its paragraph. The student wrote the answer first and labelled it: a working
     * line that states a result of its own ({@code i_t*C~_t = (0.5, 0, 0.05)} under
     * {@code (0.7, 0.2, 0.05)   [1b-i]}) is a step, so it is left out of the answer rather than read as a
     * later, final value; a line of words that states none ({@code from (70 + 4 - 5)/3 + 1}) stays with it.
     */
    private static Set<Integer> workingUnderAnswers(List<Line> lines, Set<Integer> labelled) {
        Set<Integer> working = new HashSet<>();
        for (int answer : labelled) {
            String text = lines.get(answer).text();
            boolean broken = LINE_BREAK_AT_END.matcher(text).find();
            for (int i = answer + 1; i < lines.size() && !labelled.contains(i); i++) {
                String below = lines.get(i).text();
                if (below.isBlank() || !(broken || indentedUnder(lines.get(i), lines.get(answer)))) break;
                working.add(i);
            }
        }
        return working;
    }

    /**
     * Whether a line holding only a label ({@code       [2a]}) comes, past blank lines, right after a
     * labelled answer or its working: it labels no text above it, so the student left that item unanswered.
     * A label alone under unlabelled text may close that text instead, and is left to the other readings.
     */
    private static boolean afterAnswerOrWorking(List<Line> lines, int lineNo, Set<Integer> labelled, Set<Integer> working) {
        int above = lineNo - 1;
        while (above >= 0 && lines.get(above).text().isBlank()) above--;
        return above >= 0 && (labelled.contains(above) || working.contains(above));
    }

    /**
     * Whether {@code below} starts further right than {@code answer}: by its leading spaces in typed text; on a page,
     * where a line's text has none, by its first word's box, more than about a character and a half to the right.
     */
    private static boolean indentedUnder(Line below, Line answer) {
        if (!below.words().isEmpty() && !answer.words().isEmpty()) {
            examgrader.ocr.Box b = below.words().get(0).box(), a = answer.words().get(0).box();
            if (a.isKnown() && b.isKnown()) return b.x() - a.x() > 0.8 * Math.max(a.height(), b.height());
        }
        return indentOf(below.text()) > indentOf(answer.text());
    }

    private static int indentOf(String text) {
        return text.length() - text.stripLeading().length();
    }

    /**
     * The name of the quantity a label written after its answer gives with its number
     * ({@code pointwise output} of {@code [5 pointwise output]}, {@code params} of {@code ◂ T2 Q4 params}), or
     * empty: for a question whose parts share one label and are told apart by their cue words.
     */
    static String quantityNamed(String writtenLabel) {
        Matcher m = TRAILING.matcher(" " + writtenLabel);
        if (!m.find() || m.start() != 1) return "";
        String quantity = m.group("quantity") != null ? m.group("quantity")
                : m.group("namedQuantity") != null ? m.group("namedQuantity")
                : m.group("leaderQuantity") != null ? m.group("leaderQuantity") : m.group("pointedQuantity");
        return quantity == null ? "" : quantity.strip();
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

    /** Whether the text before a trailing label is an answer: a number alone ({@code 72      [3c]}) is the answer itself, no question's number. */
    private static boolean answersBeforeLabel(String text) {
        if (continuesAnswer(text)) return true;
        List<Label> leading = LabelScanner.leading(text);
        return leading.size() == 1 && leading.get(0).kind() == Label.Kind.LONE_NUMBER;
    }

    /**
     * Where the answer ends before a trailing label at {@code labelStart}: before the code comment's mark it is in
     * ({@code # (i)}), if any, and before the stars closing the answer's emphasis ({@code **52** <- 2.3}).
     */
    private static int beforeCommentMark(String text, int labelStart) {
        Matcher m = COMMENT_MARK.matcher(text.substring(0, labelStart));
        Matcher stars = CLOSING_EMPHASIS.matcher(text.substring(0, labelStart));
        return m.find() ? m.start() : stars.find() ? stars.start() : labelStart;
    }

    private static Label label(Matcher m) {
        String raw = m.group().strip();
        if (m.group("alone") != null) {
            String v = m.group("alone").toLowerCase(Locale.ROOT);
            return new Label(v.length() > 1 ? Label.Kind.ROMAN : Label.Kind.LETTER, List.of(v), raw, 0, 0);
        }
        List<String> parts = new java.util.ArrayList<>();
        for (String[] style : PATH_GROUPS) {
            if (m.group(style[0]) == null) continue;
            for (String group : style) addLowerCase(parts, m.group(group));
            break;
        }
        return new Label(parts.size() == 1 ? Label.Kind.HEADING : Label.Kind.DOTTED, List.copyOf(parts), raw, 0, 0);
    }

    /** For each way of writing a trailing label, the groups holding its path's levels, the question's number first. */
    private static final String[][] PATH_GROUPS = {
            {"number", "part", "item"}, {"pointed", "pointedPart", "pointedItem"}, {"full", "fullPart", "fullItem"},
            {"answerTo", "answerToPart"}, {"leader", "leaderPart", "leaderItem"}, {"named"}, {"dashed", "dashedPart"}, {"dotted", "dottedPart", "pointedItem"}};

    private static void addLowerCase(List<String> parts, String value) {
        if (value != null) parts.add(value.toLowerCase(Locale.ROOT));
    }
}
