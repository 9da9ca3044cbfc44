package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class InlineLabelBreaksTest {
    @Test
    void questionsAnsweredOneAfterAnotherOnALineGetALineEach() {
        String line = "T1Q1 no: c_{t-1} comes first | T1Q3 sigma(z)*sigma(-z) | T1Q4 sigma' U^f\n"
                + "T2Q1: (78+4-5)/3+1 -> 26 => (26, 28); T2Q2: => (31, 30) | Task 2.3: 52, 53, 54";
        assertEquals(List.of("T1Q1 no: c_{t-1} comes first", "T1Q3 sigma(z)*sigma(-z)", "T1Q4 sigma' U^f",
                        "T2Q1: (78+4-5)/3+1 -> 26 => (26, 28)", "T2Q2: => (31, 30)", "Task 2.3: 52, 53, 54"),
                InlineLabelBreaks.asLines(line).lines().toList());
    }

    @Test
    void barsAndSemicolonsBetweenValuesOfOneAnswerStay() {
        for (String text : List.of("T2Q4 params = 100352 | mults = 2508800 ; adds = 2507200",
                "the gates; Q3 asks for the size | Q4 too", "x = 1; Q2 is next")) {
            assertEquals(text, InlineLabelBreaks.asLines(text));
        }
    }

    @Test
    void aPartsItemsAnsweredOnOneLineGetALineEach() {
        assertEquals(List.of("Q1a(i): 4", "Q1a(ii): 5", "Q1a(iii): 9", "Q1a(iv): 3"),
                InlineLabelBreaks.asLines("Q1a: i=4; ii=5; iii=9 | iv=3").lines().toList());
        for (String text : List.of("Q1a: i=4; iii=9", "Q1a: x=4; y=5", "1b: v = 2; i = 3")) {
            assertEquals(text, InlineLabelBreaks.asLines(text), "items that do not count on from i stay as written");
        }
    }

    @Test
    void aRunWrappedByThePageBreaksWhereverItsLabelsFall() {
        String printed = "T1Q1 no: c_{t-1} comes first;\nh_{t-1} after it | T1Q3 sigma(z)*sigma(-z) | T1Q4\ndf_t/dh = sigma' U^f\nT2Q1: (26, 28); T2Q2:\n(31, 30)";
        assertEquals(List.of("T1Q1 no: c_{t-1} comes first;", "h_{t-1} after it", "T1Q3 sigma(z)*sigma(-z)", "T1Q4", "df_t/dh = sigma' U^f",
                "T2Q1: (26, 28)", "T2Q2:", "(31, 30)"), InlineLabelBreaks.asLines(printed).lines().toList());
        String once = "T1Q1 no\nso x | Q3 is the next one";
        assertEquals(once, InlineLabelBreaks.asLines(once), "one labelled line is no style of the script's");
    }
}
