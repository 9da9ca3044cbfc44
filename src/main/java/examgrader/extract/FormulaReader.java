package examgrader.extract;

import examgrader.rubric.WrittenFormula;
import examgrader.segment.Fragment;
import examgrader.segment.Segment;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a formula answer: the right-hand side of the last equality written, as written (LaTeX
 * kept, dollar signs dropped), for the scorer to evaluate. Without an "=", the whole text is the
 * formula. What the answer defines on the way ({@code let s = σ(z)}, {@code where s = σ(z)}, on the
 * formula's line or another) stays with the formula ({@link WrittenFormula#text()}), and a line
 * that only defines is not a formula of its own.
 */
final class FormulaReader {
    private FormulaReader() {}

    static List<Candidate> candidates(Segment segment) {
        List<Fragment> fragments = segment.fragments();
        List<WrittenFormula> written = new ArrayList<>();
        List<WrittenFormula.Definition> definitions = new ArrayList<>();
        for (Fragment f : fragments) {
            WrittenFormula w = WrittenFormula.read(f.text().replace("$", " ").strip());
            written.add(w);
            definitions.addAll(w.definitions());
        }
        List<Candidate> found = new ArrayList<>();
        for (int i = 0; i < fragments.size(); i++) {
            WrittenFormula w = written.get(i);
            if (w.formula().isEmpty()) continue;
            String formula = w.withDefinitions(definitions).text();
            double score = (w.rightHandSide() ? Scoring.END_OF_CHAIN : Scoring.STATED_ALONE) + 2 * Scoring.CLOSE_CALL * i;
            String reason = w.rightHandSide() ? "right-hand side of the last =" : "the formula as written";
            found.add(new Candidate(new Value.Formula(formula), formula, fragments.get(i).minConfidence(),
                    fragments.get(i), reason, score));
        }
        return Extractor.best(found);
    }
}
