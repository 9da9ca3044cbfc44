package examgrader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.extract.Answer;
import examgrader.segment.Fragment;
import examgrader.segment.Segment;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** When a question with nothing under its label on a typed script is blank, and when a person must look. */
class ScanBlanksTest {
    private static final ScanBlanks TEXT = new ScanBlanks(false, false);

    private static Segment segment(String id, String... lines) {
        return new Segment(id, id, Arrays.stream(lines).map(l -> new Fragment(1, l, List.of())).toList());
    }

    private static Answer blankAfter(String... linesOfTheAnswerBefore) {
        List<Segment> segments = List.of(segment("T1.1", linesOfTheAnswerBefore), segment("T1.2"), segment("T1.3", "sigma(z)(1 - sigma(z))"));
        return TEXT.trustBlankOnlyOnText(Answer.blank("T1.2"), segments, null, Map.of());
    }

    @Test
    void aQuestionLeftOutAfterAnAnswerOfPlainLinesIsBlank() {
        Answer a = blankAfter("No: c_{t-1} comes before h_{t-1}", "which depends on h_{t-2} and x_{t-1}.");
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aLineThatStartsLikeALabelInTheAnswerBeforeMayBeTheMissingOnesSoAPersonLooks() {
        for (String line : List.of("**(b)** dh_t/dh_{t-1} = tanh(c_t) do_t", "(b) dh_t/dh_{t-1} = tanh(c_t) do_t",
                "- ii. dh_t/dh_{t-1} = tanh(c_t) do_t", "1.2: dh_t/dh_{t-1}", "Ques 2 dh_t/dh_{t-1}", "c) tanh(c_t)")) {
            Answer a = blankAfter("No: c_{t-1} comes before h_{t-1}", line);
            assertTrue(a.uncertain(), line);
            assertTrue(a.note().contains("T1.1"), a.note());
        }
    }

    @Test
    void theAnswersOwnFirstLineAndWorkingThatStartsWithANumberAreNoLabel() {
        assertFalse(blankAfter("(a) No: c_{t-1} comes first", "2 + 3 = 5", "10 x 10 = 100").uncertain());
    }

    @Test
    void aLabelledLineInNoAnswerBeforeEveryAnswerFoundMayHoldTheMissingOne() {
        List<Segment> segments = List.of(segment("T1.1"), segment("T1.2"), segment("T2.1", "(26, 28)"));
        ScanBlanks typed = new ScanBlanks(false, false, List.of("Homework 8, Chen Mei 1002387", "### Part A (LSTM)",
                "(b) dh_t/dh_{t-1} = tanh(c_t) do_t", "Task 2", "1. (26, 28)"));
        Answer a = typed.trustBlankOnlyOnText(Answer.blank("T1.2"), segments, null, Map.of());
        assertTrue(a.uncertain(), a.note());
        ScanBlanks tidy = new ScanBlanks(false, false, List.of("Homework 8, Chen Mei 1002387", "Task 1", "Task 2", "1. (26, 28)"));
        assertFalse(tidy.trustBlankOnlyOnText(Answer.blank("T1.2"), segments, null, Map.of()).uncertain(),
                "headings alone and lines in answers hold no answer");
    }

    /** {@code 1a) i. 4  ii. 6  iii. 8  iv. 3  vil  vi. 7}: OCR read {@code v. 1} as {@code vil}, no digit left, yet an item is there. */
    @Test
    void aNumeralWithItsOneReadAsALetterAfterTheValueMayBeTheMissingItem() {
        List<examgrader.ocr.Word> words = List.of(new examgrader.ocr.Word("3", 96, examgrader.ocr.Box.NONE),
                new examgrader.ocr.Word("vil", 90, examgrader.ocr.Box.NONE));
        Fragment line = new Fragment(1, "3 vil", words);
        examgrader.extract.Candidate three = new examgrader.extract.Candidate(new examgrader.extract.Value.Scalar(3), "3", 96,
                new Fragment(1, "3", List.of(words.get(0))), "stated on its own", 2);
        Answer before = new Answer("1a.iv", java.util.Optional.of(three), List.of(three), false, "", "3 vil");
        List<Segment> segments = List.of(new Segment("1a.iv", "1a.iv", List.of(line)), segment("1a.v"));
        ScanBlanks scan = new ScanBlanks(true, true);
        Answer a = scan.trustBlankOnlyOnText(Answer.blank("1a.v"), segments, new examgrader.segment.Gap("1a.iv"), Map.of("1a.iv", before));
        assertTrue(a.uncertain(), a.note());
        Fragment plain = new Fragment(1, "3", List.of(words.get(0)));
        Answer alone = new Answer("1a.iv", java.util.Optional.of(three), List.of(three), false, "", "3");
        assertFalse(scan.trustBlankOnlyOnText(Answer.blank("1a.v"), List.of(new Segment("1a.iv", "1a.iv", List.of(plain)), segment("1a.v")),
                new examgrader.segment.Gap("1a.iv"), Map.of("1a.iv", alone)).uncertain(), "a value alone hides no label");
    }
}
