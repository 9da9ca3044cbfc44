package examgrader.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What a student's statement of a formula answer gives as the formula. */
class WrittenFormulaTest {
    @Test
    void aReasonAfterTheAnswerIsNoPartOfIt() {
        assertEquals("σ(z)σ(-z)", WrittenFormula.read("σ'(z) = σ(z)σ(-z), since σ(-z) = 1 - σ(z)").formula());
        assertEquals("σ(z)(1 - σ(z))", WrittenFormula.read("σ'(z) = σ(z)(1 - σ(z)) because e^{-z}/(1+e^{-z}) = 1 - σ(z)").formula());
        assertEquals("σ(z)·σ(-z)", WrittenFormula.read("σ'(z) = σ(z)·σ(-z), using the quotient rule").formula());
    }

    @Test
    void factsAReasonJoinsWithAndAreOneReason() {
        assertEquals("σ(z)(1 − σ(z))", WrittenFormula.read(
                "σ'(z) = σ(z)(1 − σ(z)), from σ' = e^{−z}/(1+e^{−z})² and 1 − σ = e^{−z}/(1+e^{−z}).").formula());
    }

    @Test
    void anAnswerStatedAgainAfterItsReasonIsTheOneRead() {
        assertEquals("σ(z) − σ(z)²", WrittenFormula.read(
                "σ′(z) = e^{−z}/(1 + e^{−z})², and since e^{−z}/(1 + e^{−z}) = 1 − σ(z), this can be written as σ′(z) = σ(z) − σ(z)².")
                .formula());
    }

    @Test
    void aLetterDefinedAfterACommaIsADefinition() {
        WrittenFormula w = WrittenFormula.read("σ'(z) = s(1-s), s = sigma(z)");
        assertEquals("s(1-s)", w.formula());
        assertEquals("s(1-s), where s = sigma(z)", w.text());
        assertTrue(WrittenFormula.read("σ'(z) = σ(z)(1 - σ(z)), z = 0").definitions().isEmpty(),
                "a letter set to a number is a point, not a definition");
    }

    @Test
    void aReasonLeadingInToTheAnswerStays() {
        assertEquals("σ(z)(1 - σ(z))", WrittenFormula.read("using the chain rule, σ'(z) = σ(z)(1 - σ(z))").formula());
        assertEquals("σ(1 - σ)", WrittenFormula.read("Differentiating by the chain rule, σ' = σ(1 - σ)").formula());
    }

    @Test
    void aCheckAtAPointAfterTheAnswerIsNoPartOfIt() {
        assertEquals("σ(z)(1 - σ(z))", WrittenFormula.read("σ'(z) = e^{-z}/(1+e^{-z})^2 which simplifies to σ'(z) = σ(z)(1 - σ(z)). "
                + "Quick check at z = 0: σ(0) = 0.5, so σ'(0) = 0.5 * 0.5 = 0.25.").formula());
        assertEquals("s(1 - s)", WrittenFormula.read("σ'(z) = s(1 - s). At z = 0, σ'(0) = 0.25; in general σ'(z) = s(1 - s)").formula());
    }
}
