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
    void aDottedQuestionOneLabelWithItsOneReadAsAnLIsQuestionOne() {
        var s = ocr(ExamRubrics.ct3(), "Roll 18CS10001\nlaift=4\nl.a.iii o_t = 8\nl.a.iv C_t = 3\nI.b.ii h = 2\n2.a e_kj = dot(s, h)");
        assertEquals("o_t = 8", text(s, "1a.iii"));
        assertEquals("C_t = 3", text(s, "1a.iv"));
        assertEquals("h = 2", text(s, "1b.ii"));
        assertTrue(s.get("1a.i").fragments().isEmpty(), "laift=4 is no label: " + s.get("1a.i"));
    }

    @Test
    void aDottedLabelWithALookAlikeOneIsNotBelievedOutsideQuestionOne() {
        var s = ocr(ExamRubrics.ct3(), "Roll 18CS10001\n2.a e_kj = dot(s, h)\nl.b.ii h = 2");
        assertTrue(s.get("1b.ii").fragments().isEmpty(), s.get("1b.ii").toString());
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

    private static final String IN_ORDER = String.join("\n",
            "Roll 18CS10001",
            "® a) (i) f_t = 4 (ii) i_t = 5 (iii) o_t = 8 (iv) C_t = 3 (v) C_{t-1} = 1 (vi) C~_t = 7",
            "b) (i) C_t = [0.7, 0.2, 0.05]",
            "(ii) h_t = [0.6044, 0, 0]",
            "@a) e_kj = s_{k-1} . h_j",
            "b) 0 additional parameters",
            "@ a) dim(W_f) = 3 x 5",
            "b) b_f is 3 x 1",
            "c) total = 4 x 18 = 72",
            "@ a) dL/dc_t = dL/dh_t o_t (1 - tanh^2 c_t) + dL/dc_{t+1} f_{t+1}",
            "b) with f_t = 1 nothing vanishes",
            "© Output after depthwise conv: 199 x 199 x 3",
            "Total multiplications = 3088878");

    /** The project's ct3 rubric: its cue words tell question 2 (parameters) from question 4. */
    private static final Rubric CT3 = examgrader.rubric.RubricLoader.load(java.nio.file.Path.of("rubrics/cs60010-ct3-2021.yaml"));

    @Test
    void questionsNumberedWithUnreadableMarkersInOrderAreTheRubricsQuestions() {
        var s = ocr(CT3, IN_ORDER);
        assertEquals("f_t = 4", text(s, "1a.i"));
        assertEquals("C_t = [0.7, 0.2, 0.05]", text(s, "1b.i"));
        assertFalse(s.get("3c").isDoubtful(), s.get("3c").doubt());
        assertEquals("0 additional parameters", text(s, "2b"));
        assertEquals("dim(W_f) = 3 x 5", text(s, "3a"));
        assertEquals("total = 4 x 18 = 72", text(s, "3c"));
        assertTrue(text(s, "5.total").contains("3088878"), text(s, "5.total"));
    }

    @Test
    void questionsAnsweredOutOfOrderUnderUnreadableMarkersAreTakenByWhatIsWrittenUnderThem() {
        // 1, 5, 3, 2, 4: the second block has no sub-labels (only question 5 has none), the third
        // has (c) (only question 3), and question 2's "parameters" tells it from question 4.
        String shuffled = String.join("\n",
                "Roll 18CS10001",
                "® a) (i) f_t = 4 (ii) i_t = 5",
                "b) (i) C_t = [0.7, 0.2, 0.05]",
                "@ Output after depthwise conv: 199 x 199 x 3",
                "Total multiplications = 3088878",
                "@ a) dim(W_f) = 3 x 5",
                "b) b_f is 3 x 1",
                "c) total = 4 x 18 = 72",
                "@a) e_kj = s_{k-1} . h_j",
                "b) 0 additional parameters",
                "© a) dL/dc_t = dL/dh_t o_t",
                "b) with f_t = 1 nothing vanishes");
        var s = ocr(CT3, shuffled);
        assertTrue(text(s, "5.total").contains("3088878"), text(s, "5.total"));
        assertEquals("dim(W_f) = 3 x 5", text(s, "3a"));
        assertEquals("0 additional parameters", text(s, "2b"));
        assertEquals("with f_t = 1 nothing vanishes", text(s, "4b"));
        assertFalse(s.get("2b").isDoubtful(), s.get("2b").doubt());
    }

    @Test
    void markersWhoseSubLabelsFitNoQuestionPlaceNothing() {
        String odd = IN_ORDER.replace("c) total = 4 x 18 = 72", "d) total = 4 x 18 = 72");
        var s = ocr(CT3, odd);
        assertTrue(s.get("3a").isEmpty() || s.get("3a").isDoubtful(), s.get("3a").text());
        assertTrue(s.get("1a.i").isEmpty() || s.get("1a.i").isDoubtful(), s.get("1a.i").text());
    }

    @Test
    void markersAreNotPlacedWhenTwoQuestionsFitEitherPlace() {
        // The test rubric gives questions 2 and 4 no cue words: both have (a) and (b), so the
        // second and fourth markers could be either, and nothing is placed.
        var s = ocr(ExamRubrics.ct3(), IN_ORDER);
        assertTrue(s.get("2b").isEmpty() || s.get("2b").isDoubtful(), s.get("2b").text());
        assertTrue(s.get("1a.i").isEmpty() || s.get("1a.i").isDoubtful(), s.get("1a.i").text());
    }
}
