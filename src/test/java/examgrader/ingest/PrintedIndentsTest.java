package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrintedIndentsTest {
    @Test
    void eachLineIsIndentedByWhereItsFirstWordStandsInCharactersOfThePage() {
        String text = "1. LSTM cell\n2. (b)\nf_t = 4 # (i)\n# ===== Q1 =====";
        List<PlacedWord> placed = List.of(new PlacedWord("1.", 100, 0, 20, 10), new PlacedWord("LSTM", 130, 0, 40, 10),
                new PlacedWord("cell", 180, 0, 40, 10),
                new PlacedWord("2.", 140, 20, 20, 10), new PlacedWord("(b)", 170, 20, 30, 10),
                new PlacedWord("f_t", 100, 40, 30, 10), new PlacedWord("=", 140, 40, 10, 10), new PlacedWord("4", 160, 40, 10, 10),
                new PlacedWord("#", 180, 40, 10, 10), new PlacedWord("(i)", 200, 40, 30, 10),
                new PlacedWord("#", 100, 60, 10, 10), new PlacedWord("=====", 120, 60, 50, 10), new PlacedWord("Q1", 180, 60, 20, 10),
                new PlacedWord("=====", 210, 60, 50, 10));
        String[] lines = PrintedIndents.indented(text, placed).split("\n");
        assertEquals("1. LSTM cell", lines[0]);
        assertEquals("    2. (b)", lines[1], "40 px right of the margin, 10 px a character");
        assertEquals("f_t = 4 # (i)", lines[2]);
        assertEquals("# ===== Q1 =====", lines[3], "a '#' inside the line above is not this line's first word");
    }

    @Test
    void withoutTheWordsPlacesTheTextIsAsItWas() {
        assertEquals("a\n b", PrintedIndents.indented("a\n b", List.of()));
    }
}
