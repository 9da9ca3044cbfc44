package examgrader.extract;

import examgrader.rubric.WrittenFormula;
import examgrader.segment.Fragment;
import examgrader.segment.Segment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a formula answer: the right-hand side of the last equality written, as written (LaTeX
 * kept, math delimiters such as {@code $} and {@code \(} dropped), for the scorer to evaluate. Without an "=", the whole text is the
 * formula. What the student boxed, underlined twice or made bold is the answer, without the mark
 * ({@code = \boxed{\sigma(z)(1-\sigma(z))}} gives {@code \sigma(z)(1-\sigma(z))}), and it outranks
 * a formula of a later line as a marked value does. What the answer defines on the way
 * ({@code let s = σ(z)}, {@code where s = σ(z)}, on the formula's line or another) stays with the
 * formula ({@link WrittenFormula#text()}), and a line that only defines is not a formula of its own.
 */
final class FormulaReader {
    /**
     * A line that is only a reason in brackets, under the formula it backs:
     * {@code (because 1 - sigma(z) = sigma(-z))} under {@code sigma'(z) = sigma(z) * sigma(-z)}. It is
     * working, not a later answer: read as one, its right-hand side {@code sigma(-z))} was the formula.
     */
    private static final java.util.regex.Pattern REASON_IN_BRACKETS = java.util.regex.Pattern.compile(
            "(?is)\\s*[(\\[]\\s*(?:because|since|as|using|by|from|via|i\\.e\\.?|e\\.g\\.?|note|check)\\b.*[)\\]][\\s.,;]*");

    /**
     * Hashes opening a line, a comment in a script typed as code ({@code #         because d/dz ...}) or a Markdown heading's
     * marks: never part of a formula. Left on, a line of only {@code #} was read as the formula {@code #}, and a reason after
     * it was not seen to open with its reason word.
     */
    private static final Pattern COMMENT_MARK = Pattern.compile("^#+\\s*");

    private FormulaReader() {}

    static List<Candidate> candidates(Segment segment) {
        List<Fragment> fragments = segment.fragments();
        List<WrittenFormula> written = new ArrayList<>();
        List<Boolean> marked = new ArrayList<>();
        List<WrittenFormula.Definition> definitions = new ArrayList<>();
        for (Fragment f : fragments) {
            String text = COMMENT_MARK.matcher(Latex.withoutMathDelimiters(Latex.markAnswers(f.text())).strip()).replaceFirst("");
            String inMark = lastMarked(text);
            marked.add(inMark != null);
            if (inMark != null) text = inMark;
            WrittenFormula w = REASON_IN_BRACKETS.matcher(text).matches() && inMark == null
                    ? WrittenFormula.read("")
                    : WrittenFormula.read(text.replace(Latex.MARK_OPEN, ' ').replace(Latex.MARK_CLOSE, ' ').strip());
            written.add(w);
            definitions.addAll(w.definitions());
        }
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < fragments.size(); i++) {
            WrittenFormula w = written.get(i);
            if (w.formula().isEmpty() || checkAfterAFormula(written, fragments, i)) continue;
            String formula = w.withDefinitions(definitions).text();
            double score = (w.rightHandSide() ? Scoring.END_OF_CHAIN : Scoring.STATED_ALONE) + 2 * Scoring.CLOSE_CALL * i;
            String reason = w.rightHandSide() ? "right-hand side of the last =" : "the formula as written";
            if (marked.get(i)) {
                score += Scoring.MARKED;
                reason += ", " + Scoring.UNDERLINED;
            }
            found.add(new Candidate(new Value.Formula(formula), formula, fragments.get(i).minConfidence(),
                    fragments.get(i), reason, score));
        }
        return Extractor.best(found);
    }

    /** A line that opens with the reason for the line above: {@code because d/dz (1+e^{-z})^{-1} = ... = 1 - sigma(z).} */
    private static final Pattern REASON_LINE = Pattern.compile("(?i)\\s*#*\\s*(?:because|since|as|using|via|by\\s+the|from\\s+the|which)\\b");

    /**
     * The line checks the formula at a point ({@code e.g. σ'(0) = 0.5 × 0.5 = 0.25}) or gives the reason for it
     * ({@code because ... e^{-z}/(1+e^{-z}) = 1 - sigma(z).}) after a line stating one: as the last line, its own "="
     * was read as the answer, a number or a step where a formula is asked.
     */
    private static boolean checkAfterAFormula(List<WrittenFormula> written, List<Fragment> fragments, int i) {
        String text = fragments.get(i).text();
        if (!WrittenFormula.checksAtAPoint(text) && !inAReason(fragments, i)) return false;
        for (int j = 0; j < i; j++) {
            if (!written.get(j).formula().isEmpty() && !WrittenFormula.checksAtAPoint(fragments.get(j).text())) return true;
        }
        return false;
    }

    /**
     * Whether the line gives a reason: it opens with a reason word, or the line above does and breaks off mid-sentence
     * (a page wrapped {@code because ... and} before {@code e^{-z}/(1+e^{-z}) = 1 - sigma(z).}).
     */
    private static boolean inAReason(List<Fragment> fragments, int i) {
        if (REASON_LINE.matcher(fragments.get(i).text()).lookingAt()) return true;
        if (i == 0) return false;
        String above = fragments.get(i - 1).text();
        return REASON_LINE.matcher(above).lookingAt() && BROKEN_OFF.matcher(above).find();
    }

    /** A line that ends mid-sentence: on "and", "or", a comma or an operator. */
    private static final Pattern BROKEN_OFF = Pattern.compile("(?:\\b(?:and|or)|[,=+\\-*/×])\\s*$");

    /** What is inside the last mark of {@code text}, or null when nothing in it is marked. */
    private static String lastMarked(String text) {
        Matcher m = Latex.MARKED.matcher(text);
        String last = null;
        while (m.find()) last = m.group(1);
        return last == null || last.isBlank() ? null : last;
    }
}
