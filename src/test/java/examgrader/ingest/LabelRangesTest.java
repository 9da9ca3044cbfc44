package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LabelRangesTest {
    @Test
    void aRunOfRomanItemsIsWrittenOutOneItemALine() {
        assertEquals("1(a)(i): 4\n1(a)(ii): 5\n1(a)(iii): 8\n1(a)(iv): 1\n1(a)(v): 3\n1(a)(vi): 7",
                LabelRanges.asLines("1(a)(i)-(vi): 4, 5, 8, 1, 3, 7"));
        assertEquals("Q1a(i): 4\nQ1a(ii): 5\nQ1a(iii): 8", LabelRanges.asLines("Q1a i–iii: 4 5 8"));
    }

    @Test
    void aRunOfNumberedItemsKeepsEachAnswerWholeWithItsBrackets() {
        assertEquals("2.1: (26, 28)\n2.2: (31, 31)\n2.3: {52, 53, 54}",
                LabelRanges.asLines("2.1-2.3: (26, 28), (31, 31), {52, 53, 54}"));
    }

    @Test
    void aListOfLabelsTakesItsAnswersInOrder() {
        assertEquals("3(a): W_f: 3 x 5\n3(b): b_f: 3 x 1", LabelRanges.asLines("3(a), 3(b): W_f: 3 x 5, b_f: 3 x 1"));
    }

    @Test
    void aLineWhoseAnswersDoNotMatchItsItemsStaysAsWritten() {
        for (String line : List.of("1(a)(i)-(vi): 4, 5, 8", "2.1-2.3: see the working below",
                "0.7, 0.2: 1, 2", "C_t = f_t * C_{t-1} + i_t * C~_t", "1(a)(i): 4")) {
            assertEquals(line, LabelRanges.asLines(line));
        }
    }

    @Test
    void thousandsSeparatorsDoNotPartAnswers() {
        assertEquals(List.of("2,508,800", "2,507,200"), LabelRanges.entries("2,508,800, 2,507,200"));
    }
}
