package examgrader.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** When a second, digits-only read counts as agreeing with the first. */
class DigitRecheckTest {
    @Test
    void theSameDigitsAndSeparatorsAgree() {
        assertTrue(DigitRecheck.sameNumber("3,088,878", "3,088,878"));
        assertTrue(DigitRecheck.sameNumber("199", "199."));
        assertTrue(DigitRecheck.sameNumber("0.05", "0.05"));
    }

    @Test
    void anyOtherDigitOrSeparatorDisagrees() {
        assertFalse(DigitRecheck.sameNumber("5", "0"));
        assertFalse(DigitRecheck.sameNumber("1.400", "1,400"));
        assertFalse(DigitRecheck.sameNumber("2508800", "250800"));
        assertFalse(DigitRecheck.sameNumber("72", ""));
    }
}
