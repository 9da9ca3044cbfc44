package examgrader.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An answer that only says the question was not answered: {@code skipped}, {@code (not done)},
 * {@code [no time]}, {@code N/A}, {@code - [ ] additions — come back to this}, {@code and (4):
 * didn't get to them, sorry.} A TA marks it as nothing written, 0 marks; read as an answer, a
 * hand-marked question waited for a marker and a numeric one went to review as unreadable.
 *
 * <p>Every line must say so, apart from rules ({@code ---}), the question copied out in quotes, and the student's own name or number
 * line that a script's footer leaves under its last answer. Words after the statement are allowed
 * only when they are few and hold no number or {@code =} ({@code skipped, ran out of time}); a
 * longer text ({@code N/A because the dot product has no weights}) is an answer and is read as one.
 */
public final class NotAttempted {
    private NotAttempted() {}

    /** What students write for "I did not answer this". */
    private static final Pattern STATEMENT = Pattern.compile("(?i)^(?:"
            + "(?:not|never)\\s+(?:done|attempted|answered|solved|finished|completed|sure|known)"
            + "|skip(?:ped)?|left\\s+(?:blank|out|unanswered)|unanswered|unattempted|no\\s+(?:answer|attempt)"
            + "|(?:ran|run|running)\\s+out\\s+of\\s+time|out\\s+of\\s+time|no\\s+time(?:\\s+left)?|didn['’]?t\\s+have\\s+time"
            + "|to\\s?do|tbd|come\\s+back\\s+(?:to\\s+(?:this|it)|later|if\\s+time)"
            + "|(?:did\\s+not|didn['’]?t|could\\s+not|couldn['’]?t|can['’]?t|cannot)\\s+(?:get\\s+to|do|attempt|answer|finish|solve|complete)"
            + "|(?:do\\s+not|don['’]?t)\\s+know|no\\s+idea|n/a|n\\.a\\.?"
            + ")(?![\\w/])");

    /** A whole answer that is only a dash or a question mark: the place left empty on purpose. */
    private static final Pattern LONE_MARK = Pattern.compile("^(?:[-–—…]|\\?+)$");

    /** Markup around the words: list bullets, an unticked box, emphasis, brackets, a trailing stop. */
    private static final Pattern MARKUP = Pattern.compile("^(?:[\\s>#*_`~•·\\-–—]+|\\[\\s?]\\s*)+|[\\s*_`~.!]+$");
    private static final Pattern BRACKETED = Pattern.compile("^[(\\[{]\\s*(.*?)\\s*[)\\]}]$");

    /**
     * What is left of a label running on from the line before ({@code and (4):}, {@code (b)}), or
     * the name of the part set off before the statement ({@code additions — come back to this}).
     */
    private static final Pattern LABEL_LEFT = Pattern.compile(
            "(?i)^(?:and\\s+|&\\s*)?(?:\\(?[a-z0-9]{1,4}\\)?|[a-z]+(?:\\s+[a-z]+)?)\\s*[.:)\\-–—]\\s+");

    /** A label set off from the statement by spaces alone, as in a column: {@code 4 a  skipped}. */
    private static final Pattern SPACED_LABEL = Pattern.compile("(?i)^(?:[a-z0-9]{1,4}[.)]?\\s+){1,3}(?=\\S)");

    /**
     * The question restated in quotes above the statement ({@code "Write down df_t/dh_{t-1}"} then
     * {@code -}): the student's copy of the paper, not an answer.
     */
    private static final Pattern QUOTED = Pattern.compile("^[\"“”'‘’].*[\"“”'‘’]$");

    /** A rule, or a line of only markup. */
    private static final Pattern RULE = Pattern.compile("^[\\s\\-–—=_*~#|+.]*$");

    /** A student's name or number line, as a footer leaves it under the last answer: {@code *Roll No.: 19CS30007*}. */
    private static final Pattern IDENTITY = Pattern.compile(
            "(?i)^\\W*(?:roll|reg(?:istration|n)?|student|matric(?:ulation)?|enrol(?:l)?ment|id|name|e-?mail)\\b[^=]*?(?::|#|no\\b|number\\b)");

    private static final int MAX_WORDS_AFTER = 8;

    /**
     * The student's words saying the question was not answered, when that is all the answer says.
     *
     * @param loneMarkCounts whether a lone dash or question mark counts: on typed text it is the
     *                       student's; on a scan it may be a speck
     */
    public static Optional<String> said(String text, boolean loneMarkCounts) {
        List<String> statements = new ArrayList<>();
        for (String raw : text.split("\n")) {
            String line = raw.strip();
            if (RULE.matcher(line).matches() && !(loneMarkCounts && LONE_MARK.matcher(line).matches())) continue;
            if (QUOTED.matcher(line).matches()) continue;
            if (loneMarkCounts && LONE_MARK.matcher(line).matches() || saysNotAnswered(unwrapped(line))) {
                statements.add(line);
            } else if (statements.isEmpty() || !IDENTITY.matcher(line).find()) {
                return Optional.empty();
            }
        }
        return statements.isEmpty() ? Optional.empty() : Optional.of(String.join(" / ", statements));
    }

    private static String unwrapped(String line) {
        String words = MARKUP.matcher(line).replaceAll("");
        java.util.regex.Matcher bracketed = BRACKETED.matcher(words);
        if (bracketed.matches()) words = bracketed.group(1);
        words = LABEL_LEFT.matcher(words).replaceFirst("");
        return MARKUP.matcher(words).replaceAll("");
    }

    private static boolean saysNotAnswered(String words) {
        return saysSo(words) || saysSo(SPACED_LABEL.matcher(words).replaceFirst(""));
    }

    private static boolean saysSo(String words) {
        java.util.regex.Matcher m = STATEMENT.matcher(words);
        if (!m.lookingAt()) return false;
        String after = words.substring(m.end());
        return !after.matches("(?s).*[\\d=].*") && after.strip().split("\\s+").length <= MAX_WORDS_AFTER;
    }
}
