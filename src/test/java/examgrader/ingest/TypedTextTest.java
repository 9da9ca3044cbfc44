package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TypedTextTest {
    /** Word processors and LMS editors space thousands and lists with no-break spaces; later stages part at plain ones. */
    @Test
    void noBreakAndThinSpacesAreReadAsPlainSpaces() {
        String typed = "params = 7 × 7 × 32 × 64 = **100\u00a0352**\ninput (512,\u00a025,\u202f25), total 3\u2009088\u2009878";
        assertEquals("params = 7 × 7 × 32 × 64 = **100 352**\ninput (512, 25, 25), total 3 088 878", TypedText.asLines(typed));
        assertEquals("a 1 b", TypedText.asLinesOfAPrintedPage("a\u00a01\u2007b"));
    }
}
