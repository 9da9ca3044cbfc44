package examgrader.extract;

import examgrader.segment.Fragment;
import examgrader.segment.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Reads a formula answer: the right-hand side of the last equality written, as written (LaTeX
 * kept, dollar signs dropped), for the scorer to evaluate. Without an "=", the whole text is the
 * formula. What the student boxed, underlined twice or made bold is the answer, without the mark
 * ({@code = \boxed{\sigma(z)(1-\sigma(z))}} gives {@code \sigma(z)(1-\sigma(z))}), and it outranks
 * a formula of a later line as a marked value does.
 */
final class FormulaReader {
    private FormulaReader() {}

    static List<Candidate> candidates(Segment segment) {
        List<Candidate> found = new ArrayList<>();
        List<Fragment> fragments = segment.fragments();
        for (int i = 0; i < fragments.size(); i++) {
            Fragment f = fragments.get(i);
            String text = Latex.markAnswers(f.text()).replace("$", " ").strip();
            String marked = lastMarked(text);
            if (marked != null) text = marked;
            text = text.replace(Latex.MARK_OPEN, ' ').replace(Latex.MARK_CLOSE, ' ').strip();
            if (text.isEmpty()) continue;
            int eq = text.lastIndexOf('=');
            String rhs = (eq >= 0 ? text.substring(eq + 1) : text).strip();
            if (rhs.isEmpty()) continue;
            double score = (eq >= 0 ? Scoring.END_OF_CHAIN : Scoring.STATED_ALONE) + 2 * Scoring.CLOSE_CALL * i;
            String reason = eq >= 0 ? "right-hand side of the last =" : "the formula as written";
            if (marked != null) {
                score += Scoring.MARKED;
                reason += ", " + Scoring.UNDERLINED;
            }
            found.add(new Candidate(new Value.Formula(rhs), rhs, f.minConfidence(), f, reason, score));
        }
        return Extractor.best(found);
    }

    /** What is inside the last mark of {@code text}, or null when nothing in it is marked. */
    private static String lastMarked(String text) {
        Matcher m = Latex.MARKED.matcher(text);
        String last = null;
        while (m.find()) last = m.group(1);
        return last == null || last.isBlank() ? null : last;
    }
}
