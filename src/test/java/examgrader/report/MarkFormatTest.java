package examgrader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class MarkFormatTest {
    @Test
    void twoDecimalsAtMostAndNoTrailingZeros() {
        assertEquals("0.5", MarkFormat.marks(0.5));
        assertEquals("0.67", MarkFormat.marks(2.0 / 3));
        assertEquals("0.33", MarkFormat.marks(1.0 / 3));
        assertEquals("1", MarkFormat.marks(1.0));
        assertEquals("12.5", MarkFormat.marks(12.5));
        assertEquals("20", MarkFormat.marks(20));
        assertEquals("0", MarkFormat.marks(0));
        assertEquals("0.01", MarkFormat.marks(0.005));
    }

    @Test
    void thirdsThatAddUpToOneShowAsOne() {
        assertEquals("1", MarkFormat.marks(1.0 / 3 + 1.0 / 3 + 1.0 / 3));
        assertEquals("3.17", MarkFormat.marks(0.5 + 2.0 / 3 + 2));
    }
}
