package examgrader.ocr;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** A name's subscript digits are not a value's; a value glued to a name by lost spaces is. */
class SubscriptsTest {
    @Test
    void subscriptDigitsAreNoValue() {
        for (String name : new String[] {"h_{t-1}", "C {t-1}", "x_2", "x_t1", "W_hh", "s_k-", "i_t*C~_t"}) {
            assertFalse(Subscripts.digitsOutside(name), name);
        }
    }

    @Test
    void aValueGluedAfterASubscriptByLostSpacesIsAValue() {
        for (String glued : new String[] {"W_fis3", "W_f:3", "h_t=5", "c_{t-1}1"}) {
            assertTrue(Subscripts.digitsOutside(glued), glued);
        }
        boolean[] mask = Subscripts.mask("W_fis3");
        assertFalse(mask[5], "the 3 of W_fis3");
    }
}
