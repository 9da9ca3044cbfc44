package examgrader.extract;

import examgrader.segment.Fragment;
import examgrader.segment.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a formula answer: the right-hand side of the last equality written, as written (LaTeX
 * kept, dollar signs dropped), for the scorer to evaluate. Without an "=", the whole text is the formula.
 */
final class FormulaReader {
    private FormulaReader() {}

    static List<Candidate> candidates(Segment segment) {
        List<Candidate> found = new ArrayList<>();
        List<Fragment> fragments = segment.fragments();
        for (int i = 0; i < fragments.size(); i++) {
            Fragment f = fragments.get(i);
            String text = f.text().replace("$", " ").strip();
            if (text.isEmpty()) continue;
            int eq = text.lastIndexOf('=');
            String rhs = (eq >= 0 ? text.substring(eq + 1) : text).strip();
            if (rhs.isEmpty()) continue;
            double score = (eq >= 0 ? Scoring.END_OF_CHAIN : Scoring.STATED_ALONE) + 2 * Scoring.CLOSE_CALL * i;
            String reason = eq >= 0 ? "right-hand side of the last =" : "the formula as written";
            found.add(new Candidate(new Value.Formula(rhs), rhs, f.minConfidence(), f, reason, score));
        }
        return Extractor.best(found);
    }
}
