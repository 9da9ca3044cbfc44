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

    @Test
    void aPrintedPageKeepsATableLinedUpWithSpaces() {
        String page = "2(b)      extra params    0\n3(c)      total params    each gate 3*5 + 3 = 18\n"
                + "                               4 gates -> 72\n5         pointwise out   199 x 199 x 10";
        assertEquals("2(b) extra params, 0\n3(c) total params, each gate 3*5 + 3 = 18\n     4 gates -> 72\n"
                + "5: pointwise out, 199 x 199 x 10", TypedText.asLinesOfAPrintedPage(page));
    }

    @Test
    void aQuotedLineThePageWrappedKeepsItsQuoteMark() {
        String page = "> 2.5 conv layer, 128 kernels, padding\n     2, no bias: #params\n(Sorry, no time for this one.)";
        assertEquals("> 2.5 conv layer, 128 kernels, padding\n> 2, no bias: #params\n(Sorry, no time for this one.)",
                TypedText.asLinesOfAPrintedPage(page));
    }

    @Test
    void aPageThatOpensInsideATableGetsTheHeadingOfThePageBefore() {
        String before = "Answers\n+----+---------+--------+\n| Q  | Working | Answer |\n+----+---------+--------+\n"
                + "| T2.2 | (64 - 3)/2 + 1 | 31 |\n+----+---------+--------+\n";
        String page = "+----+---------+--------+\n| T2.4 | 1568 mults each | 2,508,800 |\n+----+---------+--------+\n";
        String read = TypedText.asLinesOfAPrintedPage(MarkdownTables.headedAsOnPageBefore(before, page));
        assertEquals("T2.4: 1568 mults each ∴ 2,508,800", read.lines().filter(l -> l.startsWith("T2.4")).findFirst().orElse(read));
    }
}
