package examgrader.segment;

import examgrader.ocr.Line;
import examgrader.ocr.ScriptText;
import examgrader.rubric.Question;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A script sent as a reply to the mail that set the questions quotes them, each line behind a {@code >},
 * and answers between the quotes:
 * <pre>{@code
 * On Mon, 15 Mar 2021 at 10:58, CS60010 TA <ta@example.org> wrote:
 * > (b) How many additional parameters are required ...?
 *
 * 2(b): none, 0 extra parameters
 * }</pre>
 * The quoted lines are the question paper's text, never an answer: their labels still say where the
 * student is, but their words are no answer's. Only a script that reads as a mail (a reply's
 * {@code ... wrote:} line, or the {@code Subject:} of its header with a {@code From:} or a greeting such as
 * {@code Hi Prof,} on its own line, as a body pasted from a mail client keeps) with something written
 * between its quotes counts, or a post whose every quote names a question of the paper ({@link #quotesOfThePaper});
 * elsewhere a {@code >} block may be the student's own (a Markdown note).
 */
final class QuotedMail {
    /** The line a mail client puts above the quoted mail: {@code On Mon, 15 Mar 2021 at 10:58, TA <...> wrote:}. */
    private static final Pattern ATTRIBUTION = Pattern.compile("(?i)\\s*on\\s.{5,160}\\swrote:\\s*");
    private static final Pattern FROM = Pattern.compile("(?i)\\s*from:\\s.*\\S.*");
    private static final Pattern SUBJECT = Pattern.compile("(?i)\\s*subject:\\s.*\\S.*");
    private static final Pattern QUOTED = Pattern.compile("\\s*>.*");
    /** A mail's greeting on a line of its own: {@code Hi Prof,}, {@code Dear Dr. Tan,}. */
    private static final Pattern SALUTATION = Pattern.compile(
            "(?i)\\s*(?:hi|hello|dear|hey|good\\s+(?:morning|afternoon|evening))\\b[^.!?]{0,40}[,!]\\s*");
    /** How many lines from the top a mail's header may be found in. */
    private static final int HEADER_LINES = 12;

    private QuotedMail() {}

    /**
     * The numbers (counted over the script from 0) of the lines that quote the questions; in a script that is no such mail,
     * the quotes of a post that quotes the paper ({@link #quotesOfThePaper}), else the lines that copy the questions out
     * ({@link RestatedQuestions}), if any.
     */
    static Set<Integer> quotedQuestionLines(ScriptText script, Map<List<String>, List<Question>> byLabel) {
        if (script.readByOcr()) return Set.of();
        List<Line> lines = script.lines();
        boolean from = false;
        boolean subject = false;
        boolean attribution = false;
        boolean greeting = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (i < HEADER_LINES && FROM.matcher(text).matches()) from = true;
            if (i < HEADER_LINES && SALUTATION.matcher(text).matches()) greeting = true;
            if (i < HEADER_LINES && SUBJECT.matcher(text).matches()) subject = true;
            if (ATTRIBUTION.matcher(text).matches()) attribution = true;
        }
        boolean mail = attribution || subject && (from || greeting);
        Set<Integer> quoted = new HashSet<>();
        boolean answeredBetween = false;
        for (int i = 0; i < lines.size(); i++) {
            String text = lines.get(i).text();
            if (QUOTED.matcher(text).matches()) quoted.add(i);
            else if (!quoted.isEmpty() && !text.isBlank()) answeredBetween = true;
        }
        if (!answeredBetween) quoted = Set.of();
        if (mail) return quoted;
        if (quotesOfThePaper(lines, quoted, byLabel)) return quoted;
        return RestatedQuestions.lines(script);
    }

    /**
     * A forum reply or a Markdown page that quotes each question before answering it, as a mail reply does but with no
     * mail around it: every quote (a run of {@code >} lines) opens with a line that names one of the rubric's questions
     * ({@link QuotedQuestions#named}), two quotes or more, and no two name the same label unless several questions share
     * it. A student's own {@code >} note names no question so, and keeps the script from being read this way.
     */
    private static boolean quotesOfThePaper(List<Line> lines, Set<Integer> quoted, Map<List<String>, List<Question>> byLabel) {
        Set<List<String>> named = new HashSet<>();
        int quotes = 0;
        for (int i : new java.util.TreeSet<>(quoted)) {
            if (quoted.contains(i - 1)) continue;
            List<String> label = QuotedQuestions.named(lines.get(i).text(), byLabel);
            if (label == null || !named.add(label) && byLabel.get(label).size() == 1) return false;
            quotes++;
        }
        return quotes >= AT_LEAST_QUOTES;
    }

    /** How many quotes naming questions make a script one that quotes the paper. */
    private static final int AT_LEAST_QUOTES = 2;
}
