package examgrader.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.rubric.Rubric;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Labels Tesseract leaves unreadable on scans: circled item numbers read as one symbol, and a
 * {@code 1(a)(i)} whose brackets were lost and whose 1 reads as a letter. Lines are made up here.
 */
class UnreadableMarkersTest {
    private static Map<String, Segment> ocr(Rubric rubric, String text) {
        return new Segmenter().split(TestScripts.ocrLike(Map.of("Roll", 80.0), text), rubric).stream()
                .collect(Collectors.toMap(Segment::questionId, Function.identity()));
    }

    private static String text(Map<String, Segment> s, String id) {
        return s.get(id).text().strip();
    }

    @Test
    void markersAreTheItemsInOrderWhenThereAreAsManyAsTheBlockHas() {
        var s = ocr(ExamRubrics.week8(), "Roll 1002003\nTask 2\n® size 9 x 9\nthat is 9 by 9\n@ size 4 x 6\n"
                + "- © n is 7 or 8\n@ a. parameters 100\nb. multiplications 200\nc. additions 300\n. O weights 512");
        assertEquals("size 9 x 9\nthat is 9 by 9", text(s, "T2.1"));
        assertEquals("size 4 x 6", text(s, "T2.2"));
        assertEquals("n is 7 or 8", text(s, "T2.3"));
        assertEquals("parameters 100", text(s, "T2.4.params"));
        assertTrue(text(s, "T2.4.mults").endsWith("multiplications 200"), text(s, "T2.4.mults"));
        assertTrue(text(s, "T2.4.adds").endsWith("additions 300"), text(s, "T2.4.adds"));
        assertEquals("weights 512", text(s, "T2.5.params"));
        assertFalse(s.get("T2.3").isDoubtful(), s.get("T2.3").doubt());
    }

    @Test
    void aMarkerSymbolMayBeGluedToItsAnswer() {
        var s = ocr(ExamRubrics.week8(), "Roll 1002003\nTask 2.\n@H = 9, W = 9\n®-size 4 x 6\n| @ n is 7 or 8\n"
                + "©4 x 4 x 8 gives 128 parameters\n. © weights 512");
        assertEquals("H = 9, W = 9", text(s, "T2.1"));
        assertEquals("size 4 x 6", text(s, "T2.2"));
        assertEquals("n is 7 or 8", text(s, "T2.3"));
        assertEquals("4 x 4 x 8 gives 128 parameters", text(s, "T2.4.params"));
        assertEquals("weights 512", text(s, "T2.5.params"));
    }

    @Test
    void fewerMarkersThanItemsAreNotGuessedAt() {
        var s = ocr(ExamRubrics.week8(), "Roll 1002003\nTask 2\n® size 9 x 9\n@ size 4 x 6\n© n is 7 or 8\n@ weights 512");
        for (String id : new String[] {"T2.1", "T2.2", "T2.3", "T2.5.params"}) {
            assertTrue(s.get(id).fragments().isEmpty(), id);
            assertTrue(s.get(id).isDoubtful(), id);
        }
    }

    @Test
    void markersAreNotUsedWhenOneItemWasReadAsALabel() {
        var s = ocr(ExamRubrics.week8(), "Roll 1002003\nTask 2\n® size 9 x 9\n2. size 4 x 6\n@ n is 7 or 8\n"
                + "@ parameters 100\n© weights 512");
        assertEquals("size 4 x 6\n@ n is 7 or 8\n@ parameters 100\n© weights 512", text(s, "T2.2"));
        assertTrue(s.get("T2.1").fragments().isEmpty());
    }

    @Test
    void markersInATranscriptionAreNotLabels() {
        var s = new Segmenter().split(TestScripts.text("Task 2\n@ a\n@ b\n@ c\n@ d\n@ e"), ExamRubrics.week8());
        assertTrue(s.stream().filter(seg -> seg.questionId().startsWith("T2")).allMatch(seg -> seg.fragments().isEmpty()));
    }

    @Test
    void aOneWithItsBracketsLostIsTheFirstQuestionWhenWrittenFirst() {
        var s = ocr(ExamRubrics.ct3(), "Roll 18CS10001\nlai) f = 2 (ii)i = 3\n(iii) o = 6");
        assertEquals("f = 2", text(s, "1a.i"));
        assertEquals("i = 3", text(s, "1a.ii"));
        assertEquals("o = 6", text(s, "1a.iii"));
    }

    @Test
    void aGluedLabelAfterALostLabelMayHaveLostAnIAndIsNotBelieved() {
        var s = ocr(ExamRubrics.ct3(), "Class test 3\nName A. Student\nRoll 18CS10001\n\nNba) f 7 2\nLai) i 7 3\n(iii) o = 6");
        assertTrue(s.get("1a.i").fragments().isEmpty());
        assertTrue(s.get("1a.i").isDoubtful());
    }

    @Test
    void aGluedLabelOtherThanTheFirstQuestionIsNotBelieved() {
        var s = ocr(ExamRubrics.ct3(), "Roll 18CS10001\nLbi) c = [0.1, 0.2]");
        assertTrue(s.get("1b.i").fragments().isEmpty());
    }

    @Test
    void aOneReadAsAnIBeforeAParenthesisedLetterAndARomanWithItsBracketReadAsY() {
        var s = ocr(ExamRubrics.ct3(), "Roll 18CS10001\ni(a)i) f: 2\nii) i: 3\niii) o: 6\nivy C: 9\nv) c: 1");
        assertEquals("f: 2", text(s, "1a.i"));
        assertEquals("C: 9", text(s, "1a.iv"));
        assertEquals("c: 1", text(s, "1a.v"));
    }

    @Test
    void aRomanWithAMisreadBracketIsBelievedOnlyAsTheNextItem() {
        var s = ocr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i) f: 2\nii) i: 3\nvj o: 6");
        assertEquals("i: 3\nvj o: 6", text(s, "1a.ii"));
        assertTrue(s.get("1a.v").fragments().isEmpty());
    }

    @Test
    void aLetterGluedToItsRomanAndARomanGluedToItsAnswer() {
        var s = ocr(ExamRubrics.ct3(), "Roll 18CS10001\nAns 1)\na.i. 6\nii. 2\n(b) i) f 3 ii)iota 7 iii)x 9");
        assertEquals("6", text(s, "1a.i"));
        assertEquals("2", text(s, "1a.ii"));
        assertFalse(s.get("1a.ii").isDoubtful(), s.get("1a.ii").doubt());
        assertEquals("iota 7 iii)x 9", text(s, "1b.ii"));
    }

    @Test
    void aNumberAndCommaAloneOnALineIsTheNextQuestionOnly() {
        var s = ocr(ExamRubrics.ct3(), "Roll 18CS10001\n1.\n(b)(ii) h = [0.6, 0, 0]\n2,\n(a) a dot product\n(b) none, 0\n"
                + "4,\n(c) total 72");
        assertTrue(text(s, "2b").startsWith("none, 0"), text(s, "2b"));
        assertEquals("a dot product", text(s, "2a"));
        assertTrue(s.get("3c").fragments().isEmpty());
    }
}
