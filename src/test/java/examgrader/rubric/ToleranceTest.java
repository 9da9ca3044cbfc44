package examgrader.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Tolerances decided by hand: which written numbers count as the reference. */
class ToleranceTest {
    @Test
    void significantFiguresAreCountedAsWritten() {
        assertEquals(2, Tolerance.significantFigures("0.70", 0.7));
        assertEquals(1, Tolerance.significantFigures("0.7", 0.7));
        assertEquals(4, Tolerance.significantFigures("3.089 × 10^6", 3.089e6));
        assertEquals(7, Tolerance.significantFigures("3,088,878", 3088878));
        assertEquals(2, Tolerance.significantFigures("3100", 3100));
        assertEquals(4, Tolerance.significantFigures("0.6044", 0.6044));
    }

    @Test
    void exactSignificantFigures() {
        Tolerance three = new Tolerance(null, null, 3, null, null);
        assertTrue(three.matches(0.604368, 0.604, "0.604"));
        assertFalse(three.matches(0.604368, 0.6044, "0.6044"), "4 figures written where exactly 3 are asked");
        assertFalse(three.matches(0.604368, 0.605, "0.605"));
        assertFalse(three.matches(0.7, 0.70, "0.7"), "0.7 has one figure");
        assertTrue(new Tolerance(null, null, 2, null, null).matches(0.7, 0.70, "0.70"), "trailing zero counts");
    }

    @Test
    void atLeastSignificantFiguresMustBeRightToEveryFigureWritten() {
        Tolerance atLeast3 = new Tolerance(null, null, null, 3, null);
        assertTrue(atLeast3.matches(0.604368, 0.6044, "0.6044"));
        assertTrue(atLeast3.matches(0.604368, 0.60437, "0.60437"));
        assertFalse(atLeast3.matches(0.604368, 0.6043, "0.6043"), "wrong in the 4th figure");
        assertFalse(atLeast3.matches(0.604368, 0.60, "0.60"), "only 2 figures");
        assertTrue(atLeast3.matches(3088878, 3.09e6, "3.09 × 10^6"));
    }

    @Test
    void absoluteRelativeAndDecimals() {
        assertTrue(Tolerance.absolute(0.005).matches(0.05, 0.055, null));
        assertFalse(Tolerance.absolute(0.005).matches(0.05, 0.056, null));
        assertTrue(Tolerance.relative(0.001).matches(3088878, 3.089e6, null));
        assertFalse(Tolerance.relative(0.001).matches(3088878, 3.1e6, null));
        Tolerance twoPlaces = new Tolerance(null, null, null, null, 2);
        assertTrue(twoPlaces.matches(0.604368, 0.60, "0.60"));
        assertFalse(twoPlaces.matches(0.604368, 0.61, "0.61"));
    }

    @Test
    void exactAllowsOnlyFloatingPointNoise() {
        assertTrue(Tolerance.EXACT.matches(0.3, 0.1 + 0.2, null));
        assertFalse(Tolerance.EXACT.matches(72, 72.01, null));
    }
}
