package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AsciiDocTextTest {
    private static final String I = ListNumbers.INSET;

    @Test
    void itemsAreNumberedOverAttachedBlocksAndAdjacentLines() {
        String adoc = "== Task 2\n\nFormula: out\n\n. Input (78, 84)\n+\n[source]\n----\n. not an item\n----\nOutput: (26, 28)\n\n. Input (64, 64)";
        assertEquals(List.of("Task 2", "", "Formula: out", "", I + "1. Input (78, 84)", "", "", "", ". not an item",
                "", "Output: (26, 28)", "", I + "2. Input (64, 64)"), AsciiDocText.asLines(adoc).lines().toList());
    }

    @Test
    void nestedItemsAreLetteredAndATitleStartsTheCountAgain() {
        String adoc = "= Homework\n\n== Task 1\n. a\n.. x\n.. y\n. b\n\n== Task 2\n. c";
        assertEquals(List.of("Homework", "", "Task 1", I + "1. a", I + I + "a. x", I + I + "b. y", I + "2. b", "", "Task 2", I + "1. c"),
                AsciiDocText.asLines(adoc).lines().toList());
    }

    @Test
    void anItemOpeningWithTheStudentsOwnLabelGetsNoRenderedNumber() {
        assertEquals(List.of("Question 1", "", I + "(i) f_t -> 5", I + "(ii) i_t -> 4", I + "3. o_t -> 8"),
                AsciiDocText.asLines("== Question 1\n\n. (i) f_t -> 5\n. (ii) i_t -> 4\n. o_t -> 8").lines().toList());
    }

    @Test
    void startAndStyleAttributesAreRead() {
        assertEquals(List.of("T", "", I + "iii. p", I + "iv. q"),
                AsciiDocText.asLines("== T\n[lowerroman, start=3]\n. p\n. q").lines().toList());
    }

    @Test
    void aListStartedAgainAfterAParagraphInTheSameSectionIsLeftAsWritten() {
        String adoc = "== Task 1\n. one\n. two\n\nA remark.\n\n. three?";
        assertEquals(List.of("Task 1", I + "1. one", I + "2. two", "", "A remark.", "", ". three?"), AsciiDocText.asLines(adoc).lines().toList());
    }

    @Test
    void scriptsBecomeUnderscoresAndCarets() {
        assertEquals("T\n" + I + "1. c_{t-1} and U^f x_t\n" + I + "2. b", AsciiDocText.asLines("== T\n. c~t-1~ and U^f^ x~t~\n. b"));
    }

    @Test
    void textWithoutAsciiDocIsLeftAsItWas() {
        for (String text : List.of(". a\n. b", "== Task 1\n. only one item", "1. a\n+\n2. b")) {
            assertEquals(text, AsciiDocText.asLines(text));
        }
    }
}
