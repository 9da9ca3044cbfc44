package examgrader.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
}
