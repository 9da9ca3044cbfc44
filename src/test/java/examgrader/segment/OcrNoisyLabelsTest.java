package examgrader.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Labels as Tesseract returns them from scans: specks before them, a 1 read as a letter, dots
 * doubled, spaces lost; and the labelling styles of other students (T-prefixed, "Part", a
 * question word inside a task word). Lines are made up here, not taken from the samples.
 */
class OcrNoisyLabelsTest {
    private static Map<String, Segment> split(examgrader.rubric.Rubric rubric, String text) {
        return new Segmenter().split(TestScripts.text(text), rubric).stream()
                .collect(Collectors.toMap(Segment::questionId, Function.identity()));
    }

    private static String text(Map<String, Segment> s, String id) {
        return s.get(id).text().strip();
    }

    @Test
    void specksBeforeALabelAreSkipped() {
        var s = split(ExamRubrics.ct3(), "Roll 18CS10001\n~ 3(b) b_f is 3 x 1\n' 3(c) total 4 x 18 = 72\n_ 2(b) none, 0");
        assertEquals("b_f is 3 x 1", text(s, "3b"));
        assertEquals("total 4 x 18 = 72", text(s, "3c"));
        assertEquals("none, 0", text(s, "2b"));
    }

    @Test
    void aBulletReadAsAQuestionMarkBeforeALabelIsNoise() {
        var s = split(ExamRubrics.ct3(), "Roll 20EC10031\n##?Q1\n? (a)(i) ft+4\n? (a)(ii) it +8\n?Q3\n? (b) b_f = 3 x 1");
        assertEquals("ft+4", text(s, "1a.i"));
        assertEquals("it +8", text(s, "1a.ii"));
        assertEquals("b_f = 3 x 1", text(s, "3b"));
    }

    @Test
    void aCapitalGluedToAParenthesisedLabelIsNoise() {
        var s = split(ExamRubrics.ct3(), "1(b)(i) c = [0.1, 0.2, 0.3]\nV(b)(ii) h = [0.5, 0, 0]");
        assertEquals("h = [0.5, 0, 0]", text(s, "1b.ii"));
        assertEquals("c = [0.1, 0.2, 0.3]", text(s, "1b.i"));
    }

    @Test
    void aOneReadAsLetterAfterAHeadingWordAndDoubledDots() {
        var s = new Segmenter().split(TestScripts.ocrLike(Map.of("Ql.", 70.0), "Task I\nQl. maybe\nQ2.. derivative chain\nTask 2\nQ5.. 1 x 1 x 64 x 32 = 2048"),
                ExamRubrics.week8()).stream().collect(java.util.stream.Collectors.toMap(Segment::questionId, java.util.function.Function.identity()));
        assertEquals("maybe", text(s, "T1.1"));
        assertEquals("derivative chain", text(s, "T1.2"));
        assertEquals("1 x 1 x 64 x 32 = 2048", text(s, "T2.5.params"));
    }

    @Test
    void aBareLetterLabelsColonThenItsFirstBracketedItemOnAScan() {
        var s = scanned(ExamRubrics.ct3(), "Roll 21CS60019\nQl part a: (i) ft-> 4, (ii) it->5, (iii) ot-> 8\nQ1 part b (i): 0.7, 0.2, 0.05\n"
                + "Q2 part a: dot product\nQ2 part b: (0.7, 0.2) seems wrong, it is 0");
        assertEquals("ft-> 4,", text(s, "1a.i"));
        assertEquals("it->5,", text(s, "1a.ii"));
        assertEquals("ot-> 8", text(s, "1a.iii"));
        assertEquals(": (0.7, 0.2) seems wrong, it is 0", text(s, "2b"), "a bracketed value after the colon is the answer");
    }

    @Test
    void questionWordUnderTaskWordIsAnItemOfTheTask() {
        var s = split(ExamRubrics.week8(), "TASK 2\nQ1. size 10x12\nQ3. n in {7, 8}\nTASK 1\nQ6. no");
        assertEquals("size 10x12", text(s, "T2.1"));
        assertEquals("n in {7, 8}", text(s, "T2.3"));
        assertEquals("no", text(s, "T1.6"));
    }

    @Test
    void partHeadingsAndTPrefixedDottedLabels() {
        var s = split(ExamRubrics.week8(), "Part 2\n2. spatial 9 x 9\nT2.4(ii) multiplications: 640\nT1.3 s(1-s)");
        assertEquals("spatial 9 x 9", text(s, "T2.2"));
        assertEquals("multiplications: 640", text(s, "T2.4.mults"));
        assertEquals("s(1-s)", text(s, "T1.3"));
    }

    @Test
    void aTReadAsSevenIsTheNextItemAfterATLabelOnly() {
        var s = split(ExamRubrics.week8(), "T1.1 No, it is fixed before\n71.2 dh_t = tanh(c_t) do_t\nT1.3 s(1-s)\n72.3 so 52");
        assertEquals("No, it is fixed before", text(s, "T1.1"));
        assertEquals("dh_t = tanh(c_t) do_t", text(s, "T1.2"));
        assertTrue(text(s, "T1.3").contains("72.3 so 52"), "not the next item after T1.3: text, " + text(s, "T1.3"));
        var plain = split(ExamRubrics.week8(), "1.1 No, it is fixed before\n71.2 dh_t = tanh(c_t) do_t");
        assertTrue(text(plain, "T1.1").contains("71.2"), "without a T label before it, 71.2 stays text");
    }

    /** The text as Tesseract hands over a page of scanned print: every word read at 95. */
    private static Map<String, Segment> scanned(examgrader.rubric.Rubric rubric, String text) {
        List<examgrader.ocr.Line> lines = new java.util.ArrayList<>();
        for (String l : text.split("\n")) {
            lines.add(new examgrader.ocr.Line(1, l, java.util.Arrays.stream(l.trim().split("\\s+"))
                    .map(t -> new examgrader.ocr.Word(t, 95, examgrader.ocr.Box.NONE)).toList()));
        }
        var script = new examgrader.ocr.ScriptText(java.nio.file.Path.of("scan.pdf"), "0".repeat(64),
                List.of(new examgrader.ocr.PageText(1, "tesseract 5.3.0 eng psm=4", null, lines)));
        return new Segmenter().split(script, rubric).stream().collect(Collectors.toMap(Segment::questionId, Function.identity()));
    }

    @Test
    void spacedLabelsReadGluedWithTheirDashAreTheNextLabelsInRubricOrder() {
        var s = scanned(CT3_WITH_CUES, "Roll No: 17IE10045\nlai-4\nlaii-5\nlaiii-8\nlaiv-3\nlav-1\nlavi-7\nlbi-\nC_t = [0.70, 0.20, 0.05]\n"
                + "lbii- h_t = [0.60, 0.19, 0.05]\nlaiv-9");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("8", text(s, "1a.iii"), "the dash is the label's, not a minus sign");
        assertEquals("C_t = [0.70, 0.20, 0.05]", text(s, "1b.i"));
        assertTrue(text(s, "1b.ii").startsWith("h_t = [0.60, 0.19, 0.05]"), text(s, "1b.ii"));
        assertTrue(text(s, "1b.ii").contains("laiv-9"), "1.a.iv again is not the label next in order: " + text(s, "1b.ii"));
    }

    @Test
    void aTableRowWhoseLabelOcrGarbledIsMarkedAsALostLabel() {
        var s = scanned(ExamRubrics.ct3(), "Roll : 17EE30012\n| 1(a)(i) | 4 |\n| Way(ii) | 5 |\n| 1(a)(iii) | 8 |");
        assertTrue(s.get("1a.i").lostLabelAt() >= 0, "the row after 1(a)(i) may be another part's: " + s.get("1a.i").text());
        assertEquals("| 8 |", text(s, "1a.iii"));
    }

    @Test
    void compactLabelsGluedWholeToTheirQuantityAreTheNextLabelsInRubricOrder() {
        var s = scanned(CT3_WITH_CUES, "Roll No: 20ME19896\nlaift=4\nLaiiit=5\nl.aiiio t= 8\nlaivCt=3\n"
                + "l.a.v C_{t-1} =1\nl.a.vi C~_t =7\nlbiCt=ftoC {t-1} +itoC~t\n= (0.7, 0.2, 0.05)");
        assertEquals("ft=4", text(s, "1a.i"));
        assertEquals("it=5", text(s, "1a.ii"));
        assertEquals("o t= 8", text(s, "1a.iii"));
        assertEquals("Ct=3", text(s, "1a.iv"));
        assertTrue(text(s, "1b.i").startsWith("Ct=ftoC") && text(s, "1b.i").endsWith("(0.7, 0.2, 0.05)"), text(s, "1b.i"));
    }

    @Test
    void aGluedCompactLabelThatIsNotTheNextOneStaysText() {
        var s = scanned(CT3_WITH_CUES, "Roll No: 20ME19896\n1.a.i f_t = 4\nlaiiio t=8");
        assertTrue(text(s, "1a.i").contains("laiiio t=8"), "1.a.iii is not next after 1.a.i: " + text(s, "1a.i"));
        assertTrue(s.get("1a.iii").fragments().isEmpty());
    }

    @Test
    void aLowerCaseTIsAVariableNotALabel() {
        var s = split(ExamRubrics.week8(), "2.1 t2.5 = 3\nt2.5 gives 12 x 12");
        assertTrue(text(s, "T2.1").contains("t2.5 gives 12 x 12"));
        assertTrue(s.get("T2.5.params").fragments().isEmpty());
    }

    @Test
    void romanNumeralGluedToACapitalAndParenthesisedInlineLabelGluedToItsAnswer() {
        var s = split(ExamRubrics.ct3(), "1. (a) iii) 2\niv)C_t -> 6\n3. (a) W_f: 4 x 7, (b)b_f: 4 x 1");
        assertEquals("C_t -> 6", text(s, "1a.iv"));
        assertEquals("W_f: 4 x 7,", text(s, "3a"));
        assertEquals("b_f: 4 x 1", text(s, "3b"));
    }

    @Test
    void aHeadingWithASpeckReadAsAnUnderscoreAfterItsNumber() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\nAnswer 3\n(a) W_f = (3, 5)\n(b) b_f is (3, 1)\n"
                + "\u201cAnswer 4_ | |\n(a) c_{t+1} = f * c + i * g\n(b) the product of the f_t stays 1");
        assertEquals("c_{t+1} = f * c + i * g", text(s, "4a"));
        assertFalse(s.get("4a").isDoubtful(), s.get("4a").doubt());
        assertEquals("b_f is (3, 1)", text(s, "3b"));
        var comma = splitOcr(ExamRubrics.week8(), "ID 1005985\nTask 1.\n\u2460 no\n\u2461 dh = 0\nTask 2,\n\u2460 Output: 26x28\n\u2461 size 31x30");
        assertEquals("Output: 26x28", text(comma, "T2.1"));
        assertFalse(comma.get("T2.1").isDoubtful(), comma.get("T2.1").doubt());
    }

    @Test
    void romanSubLabelsGluedToTheirNumbersInsideALine() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i) 4 ii) 5\niii) 8 iv)3 v)1 vi)7");
        assertEquals("8", text(s, "1a.iii"));
        assertEquals("3", text(s, "1a.iv"));
        assertEquals("1", text(s, "1a.v"));
        assertEquals("7", text(s, "1a.vi"));
        var dotted = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\nAnswer 1\n-(a)i. f.t = 4 il. it =5 iii.o t=8 iv.Ct=3");
        assertEquals("it =5", text(dotted, "1a.ii"));
        assertEquals("o t=8", text(dotted, "1a.iii"));
        var back = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i) 4 ii) 5\niii) 8 ii)7");
        assertEquals("8 ii)7", text(back, "1a.iii"), "a sibling already passed is no label inside a line");
    }

    @Test
    void aMissingLabelWithUnplacedTextIsDoubtedNotBlank() {
        var s = split(ExamRubrics.ct3(), "Name: A Student\nRoll 18CS10001\nClass test\n12/03\n#? 4 x 9 = 36 total\n2. (b) 0");
        assertTrue(s.get("3c").fragments().isEmpty());
        assertTrue(s.get("1a.i").isDoubtful());
        assertFalse(s.get("2b").isDoubtful());
        assertTrue(s.get("3c").doubt().contains("not found"), s.get("3c").doubt());
        assertTrue(s.get("3c").doubt().contains("1 line belongs to no question and may hold its answer: '#? 4 x 9 = 36 total'"),
                s.get("3c").doubt());
    }

    @Test
    void aMissingLabelOnAFullyAccountedScriptIsBlankEvenWithTextUnderAnotherParent() {
        var s = split(ExamRubrics.ct3(), "Name: A Student\nRoll 18CS10001\nExam CT3\n2. (b) 0\n3. (a) 3 x 5\n4. given: a sum path\n(b) no squashing");
        assertTrue(s.get("3c").isEmpty());
        assertFalse(s.get("3c").isDoubtful(), s.get("3c").doubt());
        assertFalse(s.get("1a.i").isDoubtful(), s.get("1a.i").doubt());
    }

    @Test
    void textUnderAParentLabelDoubtsOnlyTheQuestionsUnderIt() {
        var s = split(ExamRubrics.week8(), "Student 1000001\nTask 1\n@ sigma(z)(1 - sigma(z))\nTask 2\n1) 5 x 5");
        assertTrue(s.get("T1.3").doubt().contains("not found"), s.get("T1.3").doubt());
        assertFalse(s.get("T2.2").isDoubtful(), s.get("T2.2").doubt());
    }

    @Test
    void romanNumeralsWithDotsInsideALine() {
        var s = split(ExamRubrics.ct3(), "Ans 1)\na. i. 6  ii. 2  iii. 9\nb. i. [0.3, 0.1]");
        assertEquals("6", text(s, "1a.i"));
        assertEquals("2", text(s, "1a.ii"));
        assertEquals("9", text(s, "1a.iii"));
        assertEquals("[0.3, 0.1]", text(s, "1b.i"));
    }

    @Test
    void aBareQuestionNumberBeforeWordsIsALabelOnlyTheFirstTime() {
        var s = split(ExamRubrics.ct3(), "Roll 18CS10001\n2(b) none\n5 Depthwise output 10 x 10 x 2\n"
                + "3 filters, total multiplications 600\n3(a) 6 x 9");
        assertEquals("Depthwise output 10 x 10 x 2", text(s, "5.dw_shape"));
        assertEquals("3 filters, total multiplications 600", text(s, "5.total"));
        assertEquals("6 x 9", text(s, "3a"));
        assertEquals("none", text(s, "2b"));
    }

    @Test
    void aBareNumberBeforeATimesSignIsArithmetic() {
        var s = split(ExamRubrics.ct3(), "Roll 18CS10001\n3(c) 4 gates\n4 x 18 = 72");
        assertEquals("4 gates\n4 x 18 = 72", text(s, "3c"));
    }

    @Test
    void aLineIsAboutTheQuestionNamedBeforeItsFirstEquals() {
        var s = split(ExamRubrics.week8(), "2.4 params: 3 x 3 x 8 = 72\nadditions: as many as the multiplications = 5184");
        assertEquals("additions: as many as the multiplications = 5184", text(s, "T2.4.adds"));
        assertTrue(s.get("T2.4.mults").fragments().isEmpty());
        assertTrue(s.get("T2.4.mults").doubt().contains("in passing"), s.get("T2.4.mults").doubt());
    }

    @Test
    void aLineNamingSeveralQuestionsBeforeItsEqualsStillGoesToAll() {
        var s = split(ExamRubrics.ct3(), "5. Depthwise output 7 x 7 x 4\ndepthwise mults = 3 x 3 x 7 x 7 x 4 = 1764");
        assertTrue(text(s, "5.total").contains("1764"));
        assertTrue(text(s, "5.dw_shape").contains("1764"));
    }

    private static Map<String, Segment> splitOcr(examgrader.rubric.Rubric rubric, String text) {
        return splitOcr(rubric, Map.of("Roll", 80.0), text);
    }

    private static Map<String, Segment> splitOcr(examgrader.rubric.Rubric rubric, Map<String, Double> lowConfidence, String text) {
        return new Segmenter().split(TestScripts.ocrLike(lowConfidence, text), rubric).stream()
                .collect(Collectors.toMap(Segment::questionId, Function.identity()));
    }

    @Test
    void aHeadingWhoseDotWasReadAsAColonAndARomanGluedToItsAnswer() {
        var s = split(ExamRubrics.week8(), "Q2:2 7 x 7\nQ1.1 no");
        assertEquals("7 x 7", text(s, "T2.2"));
        var t = split(ExamRubrics.ct3(), "1. (a) i) 2\nii)i_t=6");
        assertEquals("i_t=6", text(t, "1a.ii"));
    }

    @Test
    void anOcrLineStartingWithAnUnreadableLabelLeavesMissingQuestionsInDoubt() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i) 2\nzi) 6\n(iii) 9\n2. (b) 0");
        assertTrue(s.get("1a.ii").doubt().contains("not found"), s.get("1a.ii").doubt());
        assertFalse(s.get("1a.iii").isDoubtful(), s.get("1a.iii").doubt());
    }

    @Test
    void theSameLabelReadTwiceInARowLeavesMissingQuestionsInDoubt() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i) 2\nii) 6\nii) 9\n(iv) 1");
        assertTrue(s.get("1a.iii").doubt().contains("read twice"), s.get("1a.iii").doubt());
    }

    @Test
    void aLabelReadTwiceAndASiblingMissingPutTheAnswersBetweenThemInDoubt() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i) f_t = 4\ni) i_t = 8\nii) o_t = 5\niv) C_t = 3\nv) 1");
        assertTrue(s.get("1a.ii").doubt().contains("read twice"), s.get("1a.ii").doubt());
        assertTrue(s.get("1a.iii").doubt().contains("read twice"), s.get("1a.iii").doubt());
        assertFalse(s.get("1a.iv").isDoubtful(), "after the missing label the reading is back in step: " + s.get("1a.iv").doubt());
        var inStep = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i) f_t = 4\nii) i_t = 8\niii) o_t = 5\niv) C_t = 3\nv) 1");
        assertFalse(inStep.get("1a.ii").isDoubtful(), inStep.get("1a.ii").doubt());
    }

    @Test
    void onATypedPageTheSameChecksDoNotApply() {
        var s = split(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i) 2\nii) 6\nii) 9\n(iv) 1");
        assertFalse(s.get("1a.iii").isDoubtful(), s.get("1a.iii").doubt());
    }

    @Test
    void otherUnreadableLabelShapesAlsoLeaveMissingQuestionsInDoubt() {
        for (String lost : new String[] {". vijx: 6", "Q4ib)e 6", "S. six", "(cy) 6", "® 6", "GL. six", "4, six",
                "Task } six", "ANSWER y |", "Answer 4S six"}) {
            var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n2. (a) words\n" + lost + "\n3. (a) 3 x 5");
            assertTrue(s.get("4a").doubt().contains("not found"), lost + ": " + s.get("4a").doubt());
        }
    }

    @Test
    void aDottedLabelGluedToTheNumberAfterItLeavesThatQuestionInDoubt() {
        var s = splitOcr(ExamRubrics.week8(), "Roll 1000001\n2.2 6 x 6\n2.3.16 = floor(n / 3)\n2.4 params: 9");
        assertTrue(s.get("T2.3").doubt().contains("not found"), s.get("T2.3").doubt());
    }

    @Test
    void aSharedLabelQuestionWithoutItsCueIsInDoubtWhenALabelWasReadTwice() {
        var s = splitOcr(ExamRubrics.week8(), "Roll 1000001\nPart 2\n3. n in {4, 5}\n4. parameters = 90\n(3) additions = 800");
        assertTrue(s.get("T2.4.adds").fragments().isEmpty());
        assertTrue(s.get("T2.4.adds").doubt().contains("read twice"), s.get("T2.4.adds").doubt());
    }

    @Test
    void aDottedSubLabelGluedToItsAnswerAfterAnotherLabel() {
        var s = split(ExamRubrics.ct3(), "Answer 1\n(a)i.f_t = 2 ii.Ct = 6\n(b)i.C = [0.1, 0.2]");
        assertEquals("f_t = 2", text(s, "1a.i"));
        assertEquals("Ct = 6", text(s, "1a.ii"));
        assertEquals("C = [0.1, 0.2]", text(s, "1b.i"));
    }

    @Test
    void onATypedPageAQuestionWhoseCueIsMissingIsNotGivenItsNeighboursLines() {
        var s = split(ExamRubrics.week8(), "2.4 side = 3, so 3 x 3 x 8\nparameters: 72\nadditions: 500");
        assertTrue(s.get("T2.4.mults").isEmpty());
        assertFalse(s.get("T2.4.mults").isDoubtful(), s.get("T2.4.mults").doubt());
        var ocr = splitOcr(ExamRubrics.week8(), "Roll 1\n2.4 side = 3, so 3 x 3 x 8\nparameters: 72\nadditions: 500");
        assertTrue(ocr.get("T2.4.mults").isDoubtful());
    }

    @Test
    void theSharedLabelsOwnFirstLineIsNotACueFreeSubItem() {
        var s = split(ExamRubrics.week8(), "2.4 side = 3, so 3 x 3 x 8\na. parameters = 72\nc. additions = 500");
        assertTrue(s.get("T2.4.mults").isEmpty());
        assertFalse(s.get("T2.4.mults").isDoubtful(), s.get("T2.4.mults").doubt());
    }

    @Test
    void dotPrefixedSubLabelsInsideALine() {
        var s = split(ExamRubrics.ct3(), "1.a.i f = 2  .ii i = 6\n3.a W_f is 4 by 7,  .b b_f = 4 by 1");
        assertEquals("i = 6", text(s, "1a.ii"));
        assertEquals("W_f is 4 by 7,", text(s, "3a"));
        assertEquals("b_f = 4 by 1", text(s, "3b"));
    }

    @Test
    void onAScanASubLabelGoingBackAmongItsSiblingsIsDoubtedUnlessBothWereReadSurely() {
        String script = "Roll 18CS10001\n1. (a) i) 2\niii) 9\nvi) 4\nii) h = [0.3, 0, 0]";
        var s = new Segmenter().split(TestScripts.ocrLike(Map.of("Roll", 80.0, "ii)", 70.0), script), ExamRubrics.ct3())
                .stream().collect(Collectors.toMap(Segment::questionId, Function.identity()));
        assertTrue(s.get("1a.ii").doubt().contains("later sibling"), s.get("1a.ii").doubt());
        assertFalse(s.get("1a.iii").isDoubtful(), s.get("1a.iii").doubt());
        var sure = splitOcr(ExamRubrics.ct3(), script);
        assertFalse(sure.get("1a.ii").isDoubtful(), "both labels read surely on print: answered out of order");
        var typed = split(ExamRubrics.ct3(), "1. (a) i) 2\niii) 9\nvi) 4\nii) 5");
        assertFalse(typed.get("1a.ii").isDoubtful(), typed.get("1a.ii").doubt());
    }

    @Test
    void aRomanWithItsIReadAsLIsTheNextSubLabel() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1(a)(i) ft =4 (ii)it=5 (ili)o t=8 (iv) Ct=3 (v) C=1 (vi)C~t=7");
        assertEquals("o t=8", text(s, "1a.iii"));
        assertEquals("Ct=3", text(s, "1a.iv"));
        assertEquals("C~t=7", text(s, "1a.vi"));
        var lines = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i)ft=4\nii) it=5\nili)o t=3\niv)C t=8");
        assertEquals("o t=3", text(lines, "1a.iii"));
        assertEquals("C t=8", text(lines, "1a.iv"));
    }

    @Test
    void aRomanWhoseDotWasReadAsACommaOrGluedToItsNumberIsTheNextSubLabel() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i. 4 ii. 5 iii. 8 iv. 3 v.1 vi. 7\n(b) i. C = 3");
        assertEquals("1", text(s, "1a.v"));
        assertEquals("7", text(s, "1a.vi"));
        var comma = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i. f:4\nii. i:5\niii,o t:8\niv. C:3");
        assertEquals("o t:8", text(comma, "1a.iii"));
        assertEquals("C:3", text(comma, "1a.iv"));
    }

    @Test
    void aRomanWithItsIReadAsJIsTheNextSubLabelWhenItsAnswerFollowsStatedWithAt() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i) ft at 4 ii) it at 5 iji)o tat8 iv) C t at 3");
        assertEquals("it at 5", text(s, "1a.ii"));
        assertEquals("o tat8", text(s, "1a.iii"));
        assertEquals("C t at 3", text(s, "1a.iv"));
    }

    @Test
    void aMisreadRomanThatIsNotTheNextSiblingIsNotALabel() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i) 4 (ili) 8");
        assertEquals("4 (ili) 8", text(s, "1a.i"));
        assertTrue(s.get("1a.iii").isEmpty());
    }

    @Test
    void dottedLabelsGluedToTheirAnswersAreRead() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\nAns 1)\na.i.4 ii. 5 iii. 8 iv. 3 v.1 vi. 7\nb.i. C = 3");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("1", text(s, "1a.v"));
        var lines = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\nAnswer 1\n(a) i. ft: 4\nii. it: 5\niii. o t:8\niv.C t:3\nv.C_{t-1}:1");
        assertEquals("C t:3", text(lines, "1a.iv"));
        assertEquals("C_{t-1}:1", text(lines, "1a.v"));
    }

    @Test
    void onAScanARomanReadAsWrittenMayPassOverASubAnswerLeftOut() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i) f_t at 4 ii) i_t at 5 iii) o_t at 8 iv) C_t at 3 vi) C~_t at 7");
        assertEquals("C~_t at 7", text(s, "1a.vi"));
        assertTrue(s.get("1a.v").isEmpty());
        assertEquals(new Gap("1a.iv"), s.get("1a.v").gap(),
                "on a scan the v) label may be what OCR lost: the line it would have joined is named for a check");
        var far = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i) 4 vi) 7");
        assertEquals("4 vi) 7", text(far, "1a.i"), "four siblings passed over is more likely a misread");
    }

    @Test
    void aDottedRomanGluedToItsNumberStartsALine() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\nAns 1)\na.i.f t->4\nii. i t->5\niii. o t->8\niv. 3\nv.1\nvi. 7");
        assertEquals("f t->4", text(s, "1a.i"));
        assertEquals("1", text(s, "1a.v"));
        assertEquals("7", text(s, "1a.vi"));
    }

    @Test
    void aLineOfWorkingThatStartsWithAnOperatorHasNoLostLabel() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n3.\n(b) b_f is 3 x 1\n(c) 4 x (3x5 + 3)\n= {1, 0.5, 0} * {0.2, 0.4}");
        assertTrue(s.get("3a").isEmpty());
        assertFalse(s.get("3a").isDoubtful(), s.get("3a").doubt());
    }

    @Test
    void aLineWithAnUnreadLabelThatNamesItsOwnQuestionsCuesHoldsNoOtherAnswer() {
        var s = splitOcr(ExamRubrics.week8(), "Roll 1001234\nTASK 1\nQ2. dh_t/dh_{t-1} = tanh(c_t)\nQ3. sigma(1 - sigma)\n"
                + "Q4. df_t/dh_{t-1} = sigma' U_f\nQ5. h = U_f / |U_f|\nQ6. argmax: no\nTASK 2\nQ1. 26 x 28\nQ2. 31 x 30\n"
                + "Q3. 52, 53, 54\nQ4. output side = floor((19 - 7)/3) +1=5\na) parameters = 100352\n"
                + "b) number of multiplications = 2508800\nc) number of additions = 2507200\nQ5. parameters = 65664");
        assertTrue(s.get("T1.1").isEmpty());
        assertFalse(s.get("T1.1").isDoubtful(), s.get("T1.1").doubt());
        assertEquals(new Gap(""), s.get("T1.1").gap(), "Task 1 is followed straight by its item 2");
    }

    @Test
    void aWholeLabelWrittenMidLineMayHoldTheAnswerOfAQuestionAnsweredInWords() {
        var s = splitOcr(ExamRubrics.week8(), "Roll 1005770 wk8\nT1Q1 no: c_{t-1} comes first\nh_{t-1} comes after it | T1Q3 sigma(z)*sigma(-z) | T1Q4\n"
                + "df_t/dh = sigma' U^f (row-wise)\nT1Q5 best unit h = U^f(d)/|U^f(d)|\nT2Q1: (26, 28)");
        assertTrue(s.get("T1.4").isEmpty());
        assertTrue(s.get("T1.4").gap() == null || s.get("T1.4").gap().needsCheck(), "T1Q4 is written mid-line: " + s.get("T1.4").gap());
    }

    @Test
    void inAScriptNumberingTasksInCapitalRomanNumeralsAMisreadNumeralLabelsNothing() {
        var s = splitOcr(ExamRubrics.week8(), "Roll 1002716 hw8\nII-1. (26, 28)\nII-2. (31, 30)\nII-3. 52, 53, 54\n"
                + "1-5. 1 x 1 x 512 x 128 = 65 536\nI-1. No, c_{t-1} comes first\nI-3. sigma(1 - sigma)\n|-5. with x_t = 0, h = U^f(d)/|U^f(d)|");
        assertEquals("(31, 30)", s.get("T2.2").text().strip());
        assertTrue(s.get("T2.5.params").isEmpty(), s.get("T2.5.params").text());
        assertTrue(s.get("T1.5").isEmpty(), s.get("T1.5").text());
        assertTrue(s.get("T2.3").lostLabelAt() >= 0, "the misread label's line is marked as one: " + s.get("T2.3").text());
    }

    @Test
    void aShortLineReadUnsurelyInTheAnswerBeforeMayBeTheLostLabelOfAQuestionAnsweredInWords() {
        String script = "Roll 1004777 hw8\nTask 1.5\nmaximise U^f(d) h over unit h: h = U^f(d)/|U^f(d)|\n%s\n"
                + "the argmax does not depend on W^f(d) x_t; the max does\nTask 2.1\n26 x 28";
        var garbled = splitOcr(ExamRubrics.week8(), Map.of("eaTaS", 0.0, "Kole", 20.0, "Open", 38.0), script.formatted("eaTaS Kole Open"));
        assertTrue(garbled.get("T1.6").isEmpty());
        assertTrue(garbled.get("T1.6").gap() == null || garbled.get("T1.6").gap().needsCheck(),
                "an unreadable line may be T1.6's label: " + garbled.get("T1.6").gap());
        var clean = splitOcr(ExamRubrics.week8(), Map.of("eaTaS", 0.0), script.formatted("and the norm is one"));
        assertFalse(clean.get("T1.6").gap() == null || clean.get("T1.6").gap().needsCheck(),
                "nothing of T1.6's label in a surely read answer: " + clean.get("T1.6").gap());
    }

    @Test
    void itemsWrittenInRomanWithTheirTaskNumberMisreadAreNoPlaceLeftEmpty() {
        var s = splitOcr(ExamRubrics.week8(), "Roll 1004777 hw8\nTl1-i. yes, c_{t-1} and h_{t-1} both come out of step t-1\n"
                + "T1-iii 1/(2+e^z+e^-z)\nTl-v U^f(d)/|U^f(d)|\nTl-vi argmax no / max yes\nT2-i 26x28\nT2-ii 31x30");
        assertTrue(s.get("T1.1").isEmpty());
        assertTrue(s.get("T1.1").gap() == null || s.get("T1.1").gap().needsCheck(), "the line before T1-iii starts as T1-i: " + s.get("T1.1").gap());
        assertTrue(s.get("T1.5").gap() == null || s.get("T1.5").gap().needsCheck(), "Tl-v may be T1-v: " + s.get("T1.5").gap());
        assertTrue(s.get("T1.6").gap() == null || s.get("T1.6").gap().needsCheck(), "Tl-vi may be T1-vi: " + s.get("T1.6").gap());
        var plain = splitOcr(ExamRubrics.week8(), "Roll 1004777 hw8\nT1-iii 1/(2+e^z+e^-z)\nwhich is sigma(z)(1 - sigma(z))\n"
                + "T2-i 26x28\nT2-ii 31x30");
        assertFalse(plain.get("T1.6").gap() == null || plain.get("T1.6").gap().needsCheck(),
                "a place with nothing of T1-vi's label in it is left empty: " + plain.get("T1.6").gap());
    }

    @Test
    void aBracketedQuestionOneLabelWithItsOneReadAsALetterIsTheNextItem() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\nQuestion | Answer\n1(a)(i) |4\nl(a)(ii) =| 5\nl(a)(iii) | 8\n"
                + "1(a)(iv) - | 3\n1(a)(v) | 1\nl(a)(vi) | 7\nI(b)(i) | (0.7, 0.2, 0.05)");
        assertEquals("|4", text(s, "1a.i"));
        assertEquals("=| 5", text(s, "1a.ii"));
        assertEquals("| 8", text(s, "1a.iii"));
        assertEquals("| 7", text(s, "1a.vi"));
        assertEquals("| (0.7, 0.2, 0.05)", text(s, "1b.i"));
        var outOfOrder = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1(a)(i) |4\nl(a)(iv) | 3");
        assertTrue(outOfOrder.get("1a.iv").isEmpty(), "not the next item: " + text(outOfOrder, "1a.i"));
    }

    @Test
    void aValueLeftOutAfterAnAnswerThatHoldsNoValueAtAllIsLeftOut() {
        String before = "Roll 18CS10001\nAnswer 2\n(a) e_kj = s_{k-1} . hj\n";
        String after = "\nAnswer 3\n(a) W_f is 3 x 5\n(b) b_f is 3 x 1\n(c) 72";
        var s = new Segmenter().split(TestScripts.ocrLike(Map.of("Roll", 80.0, "hj", 37.0, "product:", 70.0), before
                + "the score of encoder state j for decoder step k is a plain dot product:" + after), ExamRubrics.ct3())
                .stream().collect(Collectors.toMap(Segment::questionId, Function.identity()));
        assertTrue(s.get("2b").isEmpty());
        assertFalse(s.get("2b").gap().needsCheck(), s.get("2b").gap().toString());
        assertTrue(s.get("2b").gap().whyNothing().contains("holds no value"), s.get("2b").gap().whyNothing());
    }

    @Test
    void anAnswerBeforeThatMayHoldALostLabelsValueIsNoPlaceLeftEmpty() {
        String before = "Roll 18CS10001\nAnswer 2\n(a) e_kj = s_{k-1} . hj\n";
        String after = "\nAnswer 3\n(a) W_f is 3 x 5\n(b) b_f is 3 x 1\n(c) 72";
        for (String line : List.of("previous state against each encoder state, no weights involved",
                "the score of each state is O", "extra weights: 0", "dot product, so none")) {
            var s = new Segmenter().split(TestScripts.ocrLike(Map.of("Roll", 80.0, "O", 60.0), before + line + after),
                    ExamRubrics.ct3()).stream().collect(Collectors.toMap(Segment::questionId, Function.identity()));
            assertTrue(s.get("2b").gap() == null || s.get("2b").gap().needsCheck(), line + ": " + s.get("2b").gap());
        }
    }

    @Test
    void partsFoundOutOfOrderGiveNoPlaceToCheck() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\n1. (a) i) f_t at 4\niv) C_t at 3\nii) i_t at 5\nv) 1\nvi) 7");
        assertTrue(s.get("1a.iii").isEmpty());
        assertEquals(null, s.get("1a.iii").gap());
    }

    @Test
    void aDottedLetterGluedToAnAnswerStartingWithALetterIsTheNextPart() {
        var s = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\nAns 3) Given: x_t is 2x1\na. dim(W_f) = 3 x 5\nb.b fis3x1\n"
                + "c. total = 4 x 18 = 72");
        assertEquals("b fis3x1", text(s, "3b"));
        var notNext = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\nAns 3) Given: x_t is 2x1\na. dim(W_f) = 3 x 5\n"
                + "d.b fis3x1");
        assertEquals("dim(W_f) = 3 x 5\nd.b fis3x1", text(notNext, "3a"), "only the next part is believed");
        var inline = splitOcr(ExamRubrics.ct3(), "Roll 18CS10001\nAns 3) Given: x_t is 2x1\na. dim(W_f) =3x5, b.b fis3x1\n"
                + "c. total = 4 x 18 = 72");
        assertEquals("dim(W_f) =3x5,", text(inline, "3a"));
        assertEquals("b fis3x1", text(inline, "3b"));
    }

    /** The course's rubric, whose parts of question 1 have the quantities they ask for as cues. */
    private static final examgrader.rubric.Rubric CT3_WITH_CUES =
            examgrader.rubric.RubricLoader.load(java.nio.file.Path.of("rubrics/cs60010-ct3-2021.yaml"));

    @Test
    void aSubLabelReadAsTheOneBeforeItIsTheNextPartWhenItsTextNamesThatPart() {
        var s = splitOcr(CT3_WITH_CUES, "Roll 18CS10001\n1. (a) i)f.t=4\ni)it=5\niii)o t=8\niv) C t=3");
        assertEquals("f.t=4", text(s, "1a.i"));
        assertEquals("it=5", text(s, "1a.ii"));
        assertFalse(s.get("1a.ii").isDoubtful(), s.get("1a.ii").doubt());
    }

    @Test
    void aRepeatedSubLabelNamingItsOwnQuantityStaysWhereItWasWritten() {
        var s = splitOcr(CT3_WITH_CUES, "Roll 18CS10001\n1. (a) i) f_t = 4\ni) f_t = 5\niii) o_t = 8");
        assertTrue(s.get("1a.ii").fragments().isEmpty());
        assertTrue(text(s, "1a.i").contains("5"), text(s, "1a.i"));
    }

    @Test
    void numberingThatStartsAgainPutsWhatFollowsInDoubt() {
        var s = splitOcr(ExamRubrics.week8(), "Roll 1001234\nTask 2.\n(1) 26 x 28\n(2) 31 x 30\n(3) 52, 53, 54\n"
                + "(4) parameters = 100352\nTrsk 1.\n(1) no, c_{t-1} comes first\n(2) dh_t/dh_{t-1} = tanh(c_t)\n"
                + "(5) maximise U_f . h on the unit sphere\n(6) argmax: no");
        assertTrue(s.get("T2.5.params").isDoubtful(), "(5) after the numbering started again may be Task 1's");
    }

    @Test
    void aQuestionNumberOpenedAgainAfterAnotherPutsWhatFollowsInDoubt() {
        var s = splitOcr(ExamRubrics.week8(), "Roll 1001234\n(2) 31 x 30\n(4) parameters = 100352\n(1) no\n(2) dh_t\n"
                + "(3) sigma(z)(1 - sigma(z))\n(5) maximise U_f . h");
        assertTrue(s.get("T2.5.params").isDoubtful(), s.get("T2.5.params").doubt());
    }

    @Test
    void aSubItemReadAsAnEarlierSiblingDoesNotPutTheNextQuestionInDoubt() {
        var s = splitOcr(ExamRubrics.week8(), "Roll 1001234\nPART 2\n1. 26 by 28\n2. 31 by 30\n3. 52, 53, 54\n"
                + "4. output side 5\n(2) multiplications = 2508800\n(3) additions = 2507200\n5. parameters = 65536");
        assertFalse(s.get("T2.5.params").isDoubtful(), s.get("T2.5.params").doubt());
    }

    @Test
    void aDamagedLabelIsTheNextPartWhenItsNumeralLeadsStraightToThatPartsQuantity() {
        var s = splitOcr(CT3_WITH_CUES, "Roll 18CS10001\nAns 1)\na.i.f.t:4\nii it: 5\niii,o t: 8");
        assertEquals("it: 5", text(s, "1a.ii"));
        var glued = splitOcr(CT3_WITH_CUES, "Roll 18CS10001\nAnswer 1\n(a) i. ft = 4\niiit=1\niii,ot=8");
        assertEquals("it=1", text(glued, "1a.ii"));
        assertEquals("ot=8", text(glued, "1a.iii"));
    }

    @Test
    void aLineThatNamesAnotherQuantityIsNotTakenForTheNextPart() {
        var s = splitOcr(CT3_WITH_CUES, "Roll 18CS10001\nAns 1)\na.i.f.t:4\nii ot: 8");
        assertTrue(s.get("1a.ii").fragments().isEmpty(), text(s, "1a.ii"));
    }

    /** A page as Tesseract reads handwriting: every word unsure, so the script is not print-like. */
    private static Map<String, Segment> splitHandwriting(examgrader.rubric.Rubric rubric, String text) {
        java.util.List<examgrader.ocr.Line> lines = new java.util.ArrayList<>();
        for (String l : text.split("\n")) {
            lines.add(new examgrader.ocr.Line(1, l, java.util.Arrays.stream(l.split(" "))
                    .map(w -> new examgrader.ocr.Word(w, 60, examgrader.ocr.Box.NONE)).toList()));
        }
        return splitRead(rubric, "tesseract 5.3.0 eng", lines);
    }

    /** Segments one page of {@code lines} as the OCR engine {@code engine} read it. */
    private static Map<String, Segment> splitRead(examgrader.rubric.Rubric rubric, String engine, java.util.List<examgrader.ocr.Line> lines) {
        var script = new examgrader.ocr.ScriptText(java.nio.file.Path.of("p.pdf"), "0",
                java.util.List.of(new examgrader.ocr.PageText(1, engine, null, lines)));
        return new Segmenter().split(script, rubric).stream().collect(Collectors.toMap(Segment::questionId, Function.identity()));
    }

    @Test
    void onHandwritingAnyLabelGoingBackOrReadAgainPutsWhatFollowsInDoubt() {
        var back = splitHandwriting(ExamRubrics.week8(), "ID 1001234\nTask 2\n1) 26 x 28\n2) 31 x 30\n"
                + "4) parameters = 100352\n2) dh = tanh\n5) sigma is increasing 18");
        assertTrue(back.get("T2.5.params").isDoubtful(), "5) after 2) went back may be another task's");
        var again = splitHandwriting(ExamRubrics.week8(), "ID 1001234\n2) 31 x 30\n2) dh = tanh\n5) sigma is increasing 18");
        assertTrue(again.get("T2.5.params").isDoubtful(), "5) after 2) read twice may be another task's");
    }

    @Test
    void aDamagedLabelWithOneLetterOfItsNumeralMisreadIsTheNextPartWhenItNamesThatPartsQuantity() {
        var s = splitOcr(CT3_WITH_CUES, "Roll 18CS10001\nAns 1)\nb.i. Ct =ftoC_{t-1} +it*C~t\n= {0.2, 0.2, 0} + {0.5, 0, 0.05}\n"
                + "Ct = {0.7, 0.2, 0:05}\nish t=ot*Ct\n= {0.7, 0, 0}");
        assertEquals("h t=ot*Ct\n= {0.7, 0, 0}", text(s, "1b.ii"));
    }

    /**
     * A printed page as Tesseract reads it: every word sure, the engine Tesseract, so the script counts as scanned.
     * A line's leading spaces become the x of its first word's box (22 px a character, 40 px high), as on a page,
     * and leave its text, as OCR gives none.
     */
    private static Map<String, Segment> splitScan(examgrader.rubric.Rubric rubric, String text) {
        java.util.List<examgrader.ocr.Line> lines = new java.util.ArrayList<>();
        String[] rows = text.split("\n");
        for (int row = 0; row < rows.length; row++) {
            String l = rows[row];
            int x = 100 + 22 * (l.length() - l.stripLeading().length()), y = 100 + 60 * row;
            java.util.List<examgrader.ocr.Word> words = new java.util.ArrayList<>();
            for (String w : l.strip().split(" ")) {
                if (w.isEmpty()) continue;
                words.add(new examgrader.ocr.Word(w, 96, new examgrader.ocr.Box(x, y, 22 * w.length(), 40)));
                x += 22 * (w.length() + 1);
            }
            lines.add(new examgrader.ocr.Line(1, l.strip(), words));
        }
        return splitRead(rubric, "tesseract 5.3.0 eng psm=4", lines);
    }

    @Test
    void labelsWrittenAfterTheirAnswersAreReadOnAScanTooWithAOneReadAsAnL() {
        var s = splitScan(ExamRubrics.ct3(), "Ravi 18MA20033\nf_t is at 4 (1a i)\nitis at 5 (la ii)\no tis at 8 (1a iii)\n"
                + "b fis3by1 (3b)\nweights only: 4 gates x 15 = 60 parameters (3c)");
        assertEquals("f_t is at 4", text(s, "1a.i"));
        assertEquals("itis at 5", text(s, "1a.ii"), "(la ii) is (1a ii) with its 1 read as an l");
        assertEquals("o tis at 8", text(s, "1a.iii"));
        assertEquals("b fis3by1", text(s, "3b"));
        var comments = splitScan(ExamRubrics.ct3(), "Souvik 20CS10061\n# positions\nft =4 #(i)\nit =5 # (ii)\not =8 # (iii)");
        assertEquals("ft =4", text(comments, "1a.i"), "a comment mark glued to the bracket, its space lost");
        assertEquals("it =5", text(comments, "1a.ii"));
        var indented = splitScan(ExamRubrics.ct3(), "Priya 16ME32007\n4 [la-i f_t]\n5 [la-ii i_t]\n3 [la-iv Ct]\n3by5 [3a]\n"
                + "   W_f multiplies [h_{t-1}, x_t], length 3 + 2 = 5, and outputs 3 values.\n3 [3b]\n72 [3c]");
        assertEquals("3", text(indented, "1a.iv"), "a quantity whose underscore OCR lost still names it");
        assertEquals("3by5", text(indented, "3a"));
        assertEquals("3", text(indented, "3b"), "working set in under an answer is that answer's, by its box on the page");
    }

    @Test
    void aOneReadAsLBeforeAPartAndItemClosedByADotOrADash() {
        var s = new Segmenter().split(TestScripts.ocrLike(Map.of("l(a)iv.", 70.0), "1(a)iii. o_t - position 8\nl(a)iv. C_t - position 3\n"
                + "lav-1\nlavi-7"), ExamRubrics.ct3()).stream().collect(Collectors.toMap(Segment::questionId, Function.identity()));
        assertEquals("o_t - position 8", s.get("1a.iii").text().strip());
        assertEquals("C_t - position 3", s.get("1a.iv").text().strip());
        assertEquals("1", s.get("1a.v").text().strip());
        assertEquals("7", s.get("1a.vi").text().strip());
    }

    @Test
    void aQuestionOneReadAsQlBeforeADashAndAPartNumberGluedToItsSlash() {
        var s = new Segmenter().split(TestScripts.ocrLike(Map.of("Ql-b-(i)", 70.0), "Q1-a-(vi) C~_t 7\nQl-b-(i)\nC_t = (0.7, 0.2, 0.05)\n"
                + "Part 3/(a) |\nW_f is 3 x 5\nPart 3 / (b)\nb_f is 3 x 1"), ExamRubrics.ct3()).stream()
                .collect(Collectors.toMap(Segment::questionId, Function.identity()));
        assertEquals("C_t = (0.7, 0.2, 0.05)", s.get("1b.i").text().strip());
        assertTrue(s.get("3a").text().contains("W_f is 3 x 5"), s.get("3a").text());
        assertEquals("b_f is 3 x 1", s.get("3b").text().strip());
    }

    @Test
    void aOneReadAsAnLGluedToItsPartIsStillTheQuestionNumber() {
        String script = "Roll 18CS10001\nQ1 a) vi) C~_t -> position 7\nQlb)i)Ct = (0.7, 0.2, 0.05)\nQ1 b) ii) h_t = (0.6044, 0, 0)";
        var s = new Segmenter().split(TestScripts.ocrLike(Map.of("Qlb)i)Ct", 80.0), script), ExamRubrics.ct3()).stream()
                .collect(Collectors.toMap(Segment::questionId, Function.identity()));
        assertEquals("Ct = (0.7, 0.2, 0.05)", text(s, "1b.i"));
    }

    /** A scanned line set under the answer above it, by where its words stand; the same number at the margin is a label. */
    @Test
    void aScannedLineSetUnderTheAnswerDoesNotOpenTheQuestionItsNumberNames() {
        var under = split(scanned(new int[] {100, 350}, new int[] {1000, 1060}), ExamRubrics.ct3());
        assertEquals("each gate 3*5 + 3 = 18\n4 gates -> 72", under.get("3c").text().strip());
        var margin = split(scanned(new int[] {100, 350}, new int[] {100, 160}), ExamRubrics.ct3());
        assertEquals("each gate 3*5 + 3 = 18", margin.get("3c").text().strip());
    }

    private static Map<String, Segment> split(examgrader.ocr.ScriptText script, examgrader.rubric.Rubric rubric) {
        return new Segmenter().split(script, rubric).stream().collect(Collectors.toMap(Segment::questionId, Function.identity()));
    }

    /** {@code 3(c) each gate ...} and {@code 4 gates -> 72} read by OCR, the words of each line starting at the x given. */
    private static examgrader.ocr.ScriptText scanned(int[] labelLine, int[] nextLine) {
        List<examgrader.ocr.Line> lines = List.of(
                line(1, "Roll 18CS10001", 100, 100),
                line(2, "3(c) each gate 3*5 + 3 = 18", labelLine[0], labelLine[1]),
                line(3, "4 gates -> 72", nextLine[0], nextLine[1]));
        return new examgrader.ocr.ScriptText(java.nio.file.Path.of("scan.pdf"), "0".repeat(64),
                List.of(new examgrader.ocr.PageText(1, "tesseract", null, lines)));
    }

    /** A line whose first word starts at {@code first} and every other word from {@code rest} on, 60 px apart. */
    private static examgrader.ocr.Line line(int n, String text, int first, int rest) {
        String[] tokens = text.split(" ");
        List<examgrader.ocr.Word> words = new java.util.ArrayList<>();
        for (int t = 0; t < tokens.length; t++) {
            int x = t == 0 ? first : rest + 60 * (t - 1);
            words.add(new examgrader.ocr.Word(tokens[t], 90, new examgrader.ocr.Box(x, 100 * n, 50, 30)));
        }
        return new examgrader.ocr.Line(1, text, words);
    }

    @Test
    void symbolsReadWithoutTheirUnderscoresNameThePartsOfAScannedList() {
        String page = "Roll 18MA20031 CS60010 Deep Learning class test three\nQuestion 1\n(a) positions in the diagram:\n"
                + "- ft: 4\nit=5\not —: 8\nCt = 3\nC~t=7";
        var s = scanned(CT3_WITH_CUES, page);
        assertEquals("- ft: 4", text(s, "1a.i"));
        assertEquals("it=5", text(s, "1a.ii"));
        assertEquals("ot —: 8", text(s, "1a.iii"));
        assertEquals("Ct = 3", text(s, "1a.iv"));
        var wrapped = scanned(CT3_WITH_CUES, "Roll 21AI91007 CS60010 Deep Learning class test three\n"
                + "1(b): C_t = f_t.C_{t-1} + i_t.C~_t = [0.7, 0.2, 0.05] | h_t = tanh(C_t) = [0.6044,\n0.1974, 0.0500]");
        assertTrue(wrapped.get("1b.ii").fragments().isEmpty(), "a vector the page wrapped is no short value: " + text(wrapped, "1b.ii"));
        var handwritten = splitHandwriting(CT3_WITH_CUES, page);
        assertTrue(handwritten.get("1a.ii").fragments().isEmpty(), "handwriting is read too loosely: " + text(handwritten, "1a.ii"));
    }

    @Test
    void aSubscriptWhoseOneOcrReadAsAnLStillNamesTheQuantity() {
        assertTrue(Cues.namesAtStart("C_{t-l} =1", "C_{t-1}"));
        assertTrue(Cues.namesAtStartOnAScan("C t-I: 1", "C_{t-1}"));
        var s = scanned(CT3_WITH_CUES, "Roll No: 20ME19896\n1)\nl.a.i ft =4\nlaii it =5\nlaiii ot =8\nlaiv Ct =3\nlav C_{t-l} =1\n"
                + "lavi C~t =7\n1.b.i\nC_t = [0.7, 0.2, 0.05]");
        assertEquals("Ct =3", text(s, "1a.iv"));
        assertEquals("C_{t-l} =1", text(s, "1a.v"));
    }

    @Test
    void aGluedLabelOfQuestionOneLeftUnreadUnderTheItemAboveIsALostLabel() {
        var s = scanned(CT3_WITH_CUES, "Roll No: 20ME19896\n1)\nl.a.i ft =4\nlaii it =5\nlaiii ot =8\nlaiv Ct =3\nlav Cc(t-ll =1\n"
                + "Q.lavi:7\n1.b.i\nC_t = [0.7, 0.2, 0.05]");
        assertTrue(s.get("1a.iv").lostLabelAt() >= 0, "the line after 1(a)(iv) may be 1(a)(v)'s: " + text(s, "1a.iv"));
    }

    @Test
    void aLineGivingASiblingItemsSymbolItsNumberSendsTheItemToReview() {
        var s = scanned(CT3_WITH_CUES, "Roll No: 20ME19896\n1 (a)\n(i) ft + 4\n(ii) ot > 8\n(iv) Ct = 3\n(v) C t-1 = 1\n(vi) Ct>7\n2 (b) 0");
        assertTrue(s.get("1a.ii").isDoubtful(), "o_t is what 1a.iii asks for: " + text(s, "1a.ii"));
        assertFalse(s.get("1a.i").isDoubtful(), s.get("1a.i").doubt());
        assertFalse(s.get("1a.v").isDoubtful(), "C_t inside C_{t-1} is its own: " + s.get("1a.v").doubt());
        assertFalse(s.get("1a.vi").isDoubtful(), "C~_t read without its tilde is its own: " + s.get("1a.vi").doubt());
    }

    @Test
    void aQuestionOneLabelWhoseOneOcrReadAsALetterBeforeItsPart() {
        var alone = scanned(CT3_WITH_CUES, "Roll No: 20ME19896\nla)\ni) ft = 4\nii) it = 5\n1b)\ni) C_t = (0.7, 0.2, 0.05)\n2b) 0");
        assertEquals("ft = 4", text(alone, "1a.i"));
        assertEquals("it = 5", text(alone, "1a.ii"));
        var dashed = scanned(CT3_WITH_CUES, "Roll No: 20ME19896\n1. LSTM\nl(a) — matching to positions\n(i) ft = 4\n(ii) it = 5\n2 (b) 0");
        assertEquals("ft = 4", text(dashed, "1a.i"));
        var afterQ = scanned(CT3_WITH_CUES, "Roll No: 20ME19896\nQl(a)\ni) ft = 4\nii) it = 5\nQ2 (b) 0");
        assertEquals("ft = 4", text(afterQ, "1a.i"));
        var colon = scanned(CT3_WITH_CUES, "Roll No: 20ME19896\nQla: i) 4 ii) 5 iii) 8\nQ2 (b) 0");
        assertEquals("5", text(colon, "1a.ii"));
        var laterQuestion = scanned(CT3_WITH_CUES, "Roll No: 20ME19896\n1 (a) i) ft = 4\n2 (a) dot product\nlb) 3 x 1");
        assertTrue(text(laterQuestion, "2a").contains("3 x 1"), "believed only inside question 1: " + text(laterQuestion, "2a"));
    }

    @Test
    void anAnswerWordBeforeAnEqualsSignIsNoLostLabel() {
        var s = scanned(CT3_WITH_CUES, "Roll No: 20ME19896\n3 (c)\nEach gate: 3 x 5 = 15 weights + 3 biases\nAnswer = _72__\n5 total 3,088,878");
        assertTrue(s.get("3c").lostLabelAt() < 0, "the line states 3(c)'s answer: " + text(s, "3c"));
        assertTrue(text(s, "3c").contains("_72__"), text(s, "3c"));
    }

    @Test
    void aSymbolThatSpellsAWordIsNotNamedByIsOnAScan() {
        assertFalse(Cues.namesAtStartOnAScan("it is at position 5", "i_t"));
        assertTrue(Cues.namesAtStartOnAScan("ft is at position 4", "f_t"));
        assertTrue(Cues.namesAtStartOnAScan("it: position 5", "i_t"));
        assertFalse(Cues.namesAtStartOnAScan("C {tl} =1", "C_t"));
    }

    @Test
    void aLineOpeningWithALabelReadWithoutItsDotSendsBothQuestionsToReview() {
        var s = splitHandwriting(ExamRubrics.week8(), "2.3 SO INPUT SIZE 52 OR 53\n24 AD PARAMS = 7 X 7 X 32 X 64 = 100.352 WEIGHTS\n"
                + "MULTIPLICATIONS = 1 600 X 1 568 = 2 508 800\n2.4 C) EACH OUTPUT SUMS 1568 PRODUCTS -> 1 567 ADDITIONS\n"
                + "ADDITIONS = 1 600 X 1 567 = 2.5072 MILLION\n25 PARAMS = 1X 1 X 512 X 128 = 65 536 (PADDING ADDS NO WEIGHTS)");
        assertTrue(s.get("T2.5.params").isDoubtful(), "2.5 may be the line's label");
        assertTrue(s.get("T2.4.params").isDoubtful(), s.get("T2.4.params").doubt());
        var typed = split(ExamRubrics.week8(), "2.4 a) params = 7 x 7 x 32 x 64 = 100,352\n25 params of the 64 kernels' rows");
        assertFalse(typed.get("T2.5.params").isDoubtful(), "typed labels are read as written");
    }

    @Test
    void aPartLetterClosedByAColonIsNotReadOnAScanWhereItsQuestionsHeadingMayBeLost() {
        var s = splitScan(ExamRubrics.ct3(), "q2:\na: |\ne_kj = s_{k-1} . h_j\nb: 3 # one bias per hidden unit\nc: 60 # 4 gates x (3 x 5)");
        assertFalse(s.get("2b").text().contains("3"), "b: after a lost q3: is no part of question 2: " + s.get("2b").text());
        var typed = split(ExamRubrics.ct3(), "q2:\na: e_kj = s_{k-1} . h_j\nb: 0 extra parameters");
        assertEquals("0 extra parameters", typed.get("2b").text().strip());
    }
}
