package examgrader.segment;

import examgrader.ocr.ScriptText;
import examgrader.ocr.Line;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A script that copies each question out before answering it, with no number, only the word "Question" and a colon,
 * and opens each answer with an answer word:
 * <pre>{@code
 * Question: Calculate σ'(z), the derivative of the sigmoid.
 *
 * Sol: σ'(z) = σ(z)(1 − σ(z)).
 * }</pre>
 * The copied lines are the question paper's words, as a mail's quotes are ({@link QuotedMail}): they name the question
 * the answer below belongs to ({@link QuotedQuestions}) and are never an answer themselves, whatever data they restate.
 * Only a script with two such lines or more, each followed by an answer opened with {@code Sol:}, {@code Ans:},
 * {@code Answer:}, {@code Solution:} or {@code A:} before the next, is read so; a single {@code Question:} line is a student's own
 * remark.
 */
final class RestatedQuestions {
    /**
     * {@code Question: ...}, {@code **Q:** ...}, {@code Problem - ...}: a question word and a colon or dash with no number,
     * then text; maybe after the label {@link QuotedQuestions} wrote before it ({@code 2.1 Question: ...}).
     */
    private static final Pattern RESTATED = Pattern.compile(
            "(?i)\\s*(?:\\d{1,2}(?:\\.\\d{1,2})*\\.?(?:\\([a-z]{1,4}\\))*\\s+)?[*_]*(?:question|q|problem|exercise)[*_]*\\s*[:\\-–][*_]*\\s+\\S.*");
    /**
     * The answer word opening an answer under a copied question: {@code Sol:}, {@code Ans.}, {@code **Answer:**}, and the
     * capital {@code A:} of a {@code Q:} / {@code A:} pair (a small {@code a:} is part (a)'s label).
     */
    private static final Pattern ANSWER_OPENS = Pattern.compile("(?i)\\s*[*_]*(?:sol|soln|solution|ans|answer|(?-i:A)(?=[*_]*:))[*_]*\\s*[:.\\-–][*_]*(?:\\s|$).*");
    private static final int AT_LEAST = 2;

    private RestatedQuestions() {}

    /** The numbers (counted over the script from 0) of the lines that copy out a question; empty when the script is not so written. */
    static Set<Integer> lines(ScriptText script) {
        List<Line> lines = script.lines();
        Set<Integer> restated = new HashSet<>();
        int answered = 0;
        Integer open = null;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (RESTATED.matcher(text).matches()) {
                restated.add(i);
                open = i;
            } else if (open != null && ANSWER_OPENS.matcher(text).matches()) {
                answered++;
                open = null;
            }
        }
        return answered >= AT_LEAST && answered >= restated.size() - 1 ? restated : Set.of();
    }
}
