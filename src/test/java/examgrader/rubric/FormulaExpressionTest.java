package examgrader.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Formulas in plain text and LaTeX style, evaluated at hand-checked points and compared by sampling. */
class FormulaExpressionTest {
    private static double at(String formula, Map<String, Double> point) {
        return FormulaExpression.parse(formula).evaluate(point);
    }

    @Test
    void implicitMultiplicationAndPrecedence() {
        // (D + 2H)H with D = 3, H = 4: (3 + 8)·4 = 44
        assertEquals(44, at("(D+2H)H", Map.of("D", 3.0, "H", 4.0)), 1e-12);
        assertEquals(44, at("(D + 2 H) \\cdot H", Map.of("D", 3.0, "H", 4.0)), 1e-12);
        assertEquals(-9, at("-3^2", Map.of()), 1e-12);
        assertEquals(2, at("8/2/2", Map.of()), 1e-12);
        assertEquals(0.25, at("sigma(0)(1 - sigma(0))", Map.of()), 1e-12);
        assertEquals(0.25, at("\\frac{e^{-0}}{(1+e^{-0})^2}", Map.of()), 1e-12);
        assertEquals(Math.tanh(0.7), at("tanh(0.7)", Map.of()), 1e-12);
    }

    @Test
    void unicodeSuperscriptsArePowers() {
        Map<String, Double> z = Map.of("z", 0.8);
        assertEquals(Math.exp(-0.8) / Math.pow(1 + Math.exp(-0.8), 2), at("e⁻ᶻ / (1 + e⁻ᶻ)²", z), 1e-12);
        assertEquals(1e6 * 0.8 * 0.8 * 0.8, at("10⁶ z³", z), 1e-6);
        assertEquals(Math.pow(0.8, 12), at("z¹²", z), 1e-12, "a run of superscript digits is one exponent");
        double s = 1 / (1 + Math.exp(-0.8));
        assertEquals(s - s * s, at("σ(z) − σ²(z)", z), 1e-12, "a power on a function");
        assertEquals(1 / (4 * Math.pow(Math.cosh(0.4), 2)), at("1 / (4 cosh²(z/2))", z), 1e-12);
    }

    @Test
    void undefinedPointsAreNaN() {
        assertTrue(Double.isNaN(at("ln(x)", Map.of("x", -1.0))));
        assertTrue(Double.isNaN(at("y", Map.of())));
    }

    @Test
    void unreadableFormulasAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> FormulaExpression.parse("sigma(z"));
        assertThrows(IllegalArgumentException.class, () -> FormulaExpression.parse("z ? 2"));
    }

    @Test
    void comparisonBySamplingSkipsUndefinedPoints() {
        Reference.Formula ref = new Reference.Formula("(D+2H)H", Map.of(), 8, SourcePos.NONE);
        assertTrue(FormulaComparison.equal(ref, "DH + 2H^2", 1e-9));
        assertTrue(FormulaComparison.equal(ref, "H(D + 2H)", 1e-9));
        assertFalse(FormulaComparison.equal(ref, "(D+H)H", 1e-9));
        assertFalse(FormulaComparison.equal(ref, "(D+2H)H + K", 1e-9), "a symbol the reference lacks");
        Reference.Formula withRange = new Reference.Formula("x/x", Map.of("x", new double[] {-1, 1}), 5,
                SourcePos.NONE);
        assertTrue(FormulaComparison.equal(withRange, "1", 1e-9));
        assertFalse(FormulaComparison.equal(withRange, "garbage((", 1e-9));
    }

    @Test
    void parameterNamesReadAsOneVariable() {
        FormulaExpression e = FormulaExpression.parse("lstm_hidden + lstm_input", java.util.Set.of("lstm_hidden",
                "lstm_input"));
        assertEquals(java.util.Set.of("lstm_hidden", "lstm_input"), e.variables());
        assertEquals(5, e.evaluate(Map.of("lstm_hidden", 3.0, "lstm_input", 2.0)), 1e-12);
    }

    @Test
    void hyperbolicAndOtherUsualFunctionsInLatexAndPlainForms() {
        Map<String, Double> z = Map.of("z", 0.8);
        assertEquals(1 / Math.cosh(0.8), at("sech(z)", z), 1e-12);
        assertEquals(1 / Math.cosh(0.8), at("\\operatorname{sech} z", z), 1e-12);
        assertEquals(1 / Math.sinh(0.8), at("\\mathrm{csch}(z)", z), 1e-12);
        assertEquals(1 / Math.tanh(0.8), at("\\coth(z)", z), 1e-12);
        assertEquals(Math.cosh(0.8), at("\\cosh z", z), 1e-12);
        assertEquals(Math.tan(0.8), at("tan(z)", z), 1e-12);
        assertEquals(Math.exp(-0.8), at("\\exp(-z)", z), 1e-12);
        assertEquals(Math.log(0.8), at("\\ln z", z), 1e-12);
        assertEquals(Math.sqrt(0.8), at("\\sqrt{z}", z), 1e-12);
        assertEquals(Math.exp(0.8), at("\\mathrm{e}^{z}", z), 1e-12);
    }

    @Test
    void aPowerWrittenOnAFunctionIsThePowerOfItsValue() {
        double sech2 = Math.pow(1 / Math.cosh(0.4), 2);
        for (String f : List.of("\\operatorname{sech}^2(z)", "\\mathrm{sech}^{2}(z)", "sech^2(z)",
                "\\text{sech}^2\\left(z\\right)", "sech(z)^2", "\\frac{1}{\\cosh^2(z)}")) {
            assertEquals(sech2, at(f, Map.of("z", 0.4)), 1e-12, f);
        }
        // (1/4) sech²(z/2) at z = 0.8 is (1/4) sech²(0.4)
        assertEquals(sech2 / 4, at("\\frac{1}{4}\\operatorname{sech}^2(z/2)", Map.of("z", 0.8)), 1e-12);
        assertEquals(0.5 * 0.5, at("\\sigma^2(0)", Map.of()), 1e-12);
    }

    @Test
    void layoutCommandsDoNotChangeTheValue() {
        assertEquals(0.25, at("\\boxed{\\sigma(0)(1-\\sigma(0))}", Map.of()), 1e-12);
        assertEquals(0.25, at("\\sigma(0)\\left[1-\\sigma(0)\\right]", Map.of()), 1e-12);
        assertEquals(0.5, at("\\frac12", Map.of()), 1e-12);
        assertEquals(0.5, at("\\frac14 z", Map.of("z", 2.0)), 1e-12);
    }

    @Test
    void whatCouldBeReadTwoWaysOrNamesSomethingUnknownIsRefusedNotGuessed() {
        for (String f : List.of("\\tanh^{-1}(z)", "\\sin z^2", "\\operatorname{sgn}(z)", "\\foo(z)",
                "\\sqrt[3]{z}", "\\text{for all } z")) {
            assertThrows(IllegalArgumentException.class, () -> FormulaExpression.parse(f), f);
        }
    }

    @Test
    void aFormulaThatCannotBeComparedIsUndecidedNotDifferent() {
        Reference.Formula ref = new Reference.Formula("(D+2H)H", Map.of(), 8, SourcePos.NONE);
        assertEquals(FormulaComparison.Agreement.DIFFERENT, FormulaComparison.compare(ref, "(D+H)H", 1e-9).agreement());
        assertEquals(FormulaComparison.Agreement.EQUAL, FormulaComparison.compare(ref, "H(D + 2H)", 1e-9).agreement());
        FormulaComparison.Outcome extra = FormulaComparison.compare(ref, "(D+2H)H + K", 1e-9);
        assertEquals(FormulaComparison.Agreement.UNDECIDED, extra.agreement());
        assertTrue(extra.doubt().contains("K"), extra.doubt());
        assertEquals(FormulaComparison.Agreement.UNDECIDED, FormulaComparison.compare(ref, "garbage((", 1e-9).agreement());
        assertEquals(FormulaComparison.Agreement.UNDECIDED, FormulaComparison.compare(ref, "sqrt(-1 - D^2)", 1e-9).agreement(),
                "defined nowhere the reference is");
    }

    @Test
    void namesTheTextDefinesAreSubstituted() {
        FormulaExpression e = FormulaExpression.parse("let s = \\sigma(z). Then \\sigma'(z) = s(1 - s)");
        assertEquals(java.util.Set.of("z"), e.variables());
        assertEquals(0.25, e.evaluate(Map.of("z", 0.0)), 1e-12);
        assertEquals(6.0, at("st, where s = 2 and t = s + 1", Map.of()), 1e-12, "a definition may use an earlier one");
        assertThrows(IllegalArgumentException.class, () -> FormulaExpression.parse("s, where s = 1 and s = 2"));
    }
}
