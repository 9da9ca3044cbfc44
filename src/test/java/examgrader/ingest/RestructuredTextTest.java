package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class RestructuredTextTest {
    private static final String I = ListNumbers.INSET;

    @Test
    void autoEnumeratedItemsTakeTheNumbersTheyRenderAs() {
        String rst = "Part (a)\n--------\n\n#. :math:`f_t` -- 4\n#.\n#. :math:`o_t` -- 8\n\nPart (b)\n--------\n\n#. next list";
        assertEquals("Part (a)\n--------\n\n" + I + "1. f_t -- 4\n" + I + "2.\n" + I + "3. o_t -- 8\n\nPart (b)\n--------\n\n" + I + "1. next list",
                RestructuredText.asLines(rst));
    }

    @Test
    void aListRunsOnOverItsIndentedBodiesAndBlankLines() {
        String rst = "#. Cell state:\n\n   :math:`C_t\n   = 0.7`\n\n#. Hidden state:\n\n   h_t = 0.7";
        assertEquals(I + "1. Cell state:\n\n   C_t\n   = 0.7\n\n" + I + "2. Hidden state:\n\n   h_t = 0.7", RestructuredText.asLines(rst));
    }

    @Test
    void theFirstExplicitItemSetsTheStyleAndStart() {
        assertEquals(List.of("c. x", I + "d. y", "", "iii) z", I + "iv) w", "", "(A) p", I + "(B) q"),
                RestructuredText.asLines("c. x\n#. y\n\niii) z\n#) w\n\n(A) p\n(#) q").lines().toList());
    }

    @Test
    void aNestedListIsNumberedOnItsOwn() {
        assertEquals(List.of(I + "1. outer", "", "   a. inner", "   " + I + "b. inner", "", I + "2. outer"),
                RestructuredText.asLines("#. outer\n\n   a. inner\n   #. inner\n\n#. outer").lines().toList());
    }

    @Test
    void textWithoutAutoEnumeratedItemsIsLeftAsItWas() {
        for (String text : List.of("1. a\n2. b", "#. once in passing\nno other reStructuredText", "# heading\n#.5 is not an item")) {
            assertEquals(text, RestructuredText.asLines(text));
        }
    }
}
