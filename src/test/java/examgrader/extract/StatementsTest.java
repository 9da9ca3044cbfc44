package examgrader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import examgrader.ocr.Box;
import examgrader.ocr.Word;
import examgrader.segment.Fragment;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatementsTest {
    private static List<Statements.Chain> chains(String... lines) {
        return Statements.chains(List.of(lines).stream()
                .map(l -> new Fragment(1, l, List.of(new Word(l, 100, new Box(0, 0, 1, 1))))).toList());
    }

    /** A correction takes back the working above it, except the results it says still stand. */
    @Test
    void aCorrectionKeepsTheResultsItSaysAreUnchanged() {
        List<Statements.Chain> chains = chains("Parameters: 7 · 7 · 32 · 64 = 100,352.", "Output side: (19 − 7)/3 = 4 → 4 × 4.",
                "Update: forgot the +1, so 5 × 5. Corrected: multiplications = 5 · 5 · 64 · 1568 = 2,508,800. (Parameters unchanged, 100,352.)");
        List<String> withdrawn = chains.stream().filter(Statements.Chain::withdrawn).map(Statements.Chain::text).toList();
        assertEquals(List.of("Output side = (19 - 7)/3 = 4", "4 × 4."), withdrawn.subList(0, 2));
        assertEquals(false, chains.get(0).withdrawn(), chains.get(0).text());
    }

    /** A count of things with an arrow to what they come to is one chain, not a count and a value stated apart. */
    @Test
    void anArrowAfterACountOfThingsGoesOnWithIt() {
        List<Statements.Chain> chains = chains("each gate 3*5 + 3 = 18; 4 gates -> 72");
        assertEquals("4 gates = 72", chains.get(chains.size() - 1).text());
    }
}
