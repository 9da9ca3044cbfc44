package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class TypstTextTest {
    private static final String I = ListNumbers.INSET;

    @Test
    void itemsAreNumberedAndASkippedItemKeepsItsNumber() {
        String typ = "#set text(size: 11pt)\n= Task 1\n\n+ first\n  more of it\n\n+ (skipped)\n+ third\n\n= Task 2\n+ again";
        assertEquals(List.of("#set text(size: 11pt)", "Task 1", "", I + "1. first", "  more of it", "", I + "2. (skipped)",
                I + "3. third", "", "Task 2", I + "1. again"), TypstText.asLines(typ).lines().toList());
    }

    @Test
    void aNumberingRuleAndAnExplicitItemAreFollowed() {
        String typ = "#set enum(numbering: \"a)\")\n+ x\n+ y\n4. z\n+ w";
        assertEquals(List.of("#set enum(numbering: \"a)\")", I + "a) x", I + "b) y", "4. z", I + "e) w"), TypstText.asLines(typ).lines().toList());
    }

    @Test
    void aListStartedAgainAfterAParagraphInTheSameSectionIsLeftAsWritten() {
        String typ = "= Task 1\n+ one\n+ two\n\nA remark.\n\n+ three?";
        assertEquals(List.of("Task 1", I + "1. one", I + "2. two", "", "A remark.", "", "+ three?"), TypstText.asLines(typ).lines().toList());
    }

    @Test
    void sumsContinuedOnIndentedLinesAndOtherMarkupAreLeftAsTheyWere() {
        for (String text : List.of("=== Task 1 ===\ndh = a\n      + b\n      + c", "+ one\n+ two\nno Typst here",
                "= 65536 + 128\n+ a\n+ b", "== Task 1\n+\n----\nx\n----\n. a\n. b")) {
            assertEquals(text, TypstText.asLines(text));
        }
    }
}
