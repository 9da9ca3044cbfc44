package examgrader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.rubric.AnswerKind;
import examgrader.rubric.Question;
import examgrader.rubric.Reference;
import examgrader.rubric.Tolerance;
import examgrader.segment.ExamRubrics;
import examgrader.segment.Segment;
import examgrader.segment.Segmenter;
import examgrader.segment.TestScripts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An uncertain read goes to review with a reason, never silently into the gradebook. */
class UncertaintyTest {
    private static final Question TOTAL = ExamRubrics.ct3().questions().stream()
            .filter(q -> q.id().equals("5.total")).findFirst().orElseThrow();

    private static Answer total(Map<String, Double> lowConfidence, String text) {
        var script = TestScripts.ocrLike(lowConfidence, text);
        Segment segment = new Segmenter().split(script, ExamRubrics.ct3()).stream()
                .filter(s -> s.questionId().equals("5.total")).findFirst().orElseThrow();
        return new Extractor().extract(TOTAL, segment);
    }

    @Test
    void lowOcrConfidenceOnTheChosenValueGoesToReview() {
        Answer a = total(Map.of("3,980,070", 41.0), "5. total = 3,980,070");
        assertTrue(a.uncertain());
        assertTrue(a.note().contains("low OCR confidence"), a.note());
        assertEquals(41.0, a.chosen().orElseThrow().confidence());
    }

    @Test
    void lowConfidenceOnOtherWordsDoesNotMatter() {
        Answer a = total(Map.of("tota1", 30.0), "5. tota1 multiplications = 3088878");
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void arithmeticThatAgreesRestoresTrustInDoubtfulDigits() {
        Answer a = total(Map.of("2508800", 60.0), "5. total multiplications = 5 × 5 × 100352 = 2508800");
        assertFalse(a.uncertain(), a.note());
        assertTrue(a.chosen().orElseThrow().reason().contains("computes to it"));
    }

    @Test
    void arithmeticThatDisagreesWithOcrDigitsGoesToReview() {
        Answer a = total(Map.of("2508300", 90.0), "5. total multiplications = 5 × 5 × 100352 = 2508300");
        assertTrue(a.uncertain());
        assertTrue(a.note().contains("does not compute"), a.note());
    }

    @Test
    void aSpeckReadAsADotBeforeADigitOfTheWorkingDoesNotCastDoubtOnTheResult() {
        Answer speck = total(Map.of("2508800", 90.0), "5. total multiplications = 5 × 5 ×.100352 = 2508800");
        assertFalse(speck.uncertain(), speck.note());
        Answer wrongDigit = total(Map.of("2508300", 90.0), "5. total multiplications = 5 × 5 ×.100352 = 2508300");
        assertTrue(wrongDigit.uncertain(), "without the speck the working still does not compute to it");
        Answer starred = total(Map.of("2508800", 90.0), "5. total multiplications = 5 *.5* 100352 = 2508800");
        assertFalse(starred.uncertain(), "stars around a number inside working are multiplications, not emphasis: " + starred.note());
    }

    @Test
    void productDotsReadAsMinusSignsStillVouchForTheResult() {
        Answer dots = total(Map.of("2508800", 90.0), "5. total multiplications = 25 - 64 - 1568 = 2508800");
        assertFalse(dots.uncertain(), dots.note());
        Answer wrongDigit = total(Map.of("2508300", 90.0), "5. total multiplications = 25 - 64 - 1568 = 2508300");
        assertTrue(wrongDigit.uncertain(), "read as products the terms still do not give 2508300");
        Answer subtraction = total(Map.of("1000", 90.0), "5. total multiplications = 1100 - 50 - 50 = 1000");
        Answer pair = total(Map.of("65536", 90.0), "5. total multiplications = 512 - 128 = 65536");
        assertFalse(pair.uncertain(), pair.note());
        assertTrue(subtraction.chosen().orElseThrow().reason().contains("computes to it"), "a real subtraction still computes");
    }

    @Test
    void workingAfterAClauseCommaIsReadOnItsOwn() {
        Answer a = total(Map.of("2508800", 90.0), "5. total multiplications: out = 5x5, 5*5*64*1568 = 2508800");
        assertFalse(a.uncertain(), a.note());
        Answer wrongDigit = total(Map.of("2508300", 90.0), "5. total multiplications: out = 5x5, 5*5*64*1568 = 2508300");
        assertTrue(wrongDigit.uncertain(), wrongDigit.note());
    }

    @Test
    void aCountOfSomethingTheQuestionDoesNotAskForGoesToReview() {
        Answer outputs = Answers.single(AnswerKind.INTEGER, List.of("parameters", "trainable"),
                "Parameters: each kernel is 32 × 7 × 7 = 1568, times 64 kernels = 100,352 params.\n"
                        + "Output per side: 5, so 25 positions × 64 channels = 1600 outputs.");
        assertTrue(outputs.uncertain(), "1600 counts outputs: " + outputs.note());
        Answer params = Answers.single(AnswerKind.INTEGER, List.of("parameters", "trainable"), "7 × 7 × 32 × 64 = 100,352 weights");
        assertFalse(params.uncertain(), params.note());
        Answer channels = Answers.single(AnswerKind.INTEGER, List.of("channels"), "so the output has 64 channels");
        assertFalse(channels.uncertain(), "the question asks for channels: " + channels.note());
    }

    @Test
    void aShapeQuestionWithOnlyWorkingIsNotBlankWhenALineOfItsAnswerEndsBeforeItsResult() {
        Map<String, Answer> wrapped = Answers.of(TestScripts.text("5. depthwise: side = 199, so output after depthwise =\n"
                + "depthwise mults = 200 × 200 × 3 × 16 = 1,920,000"), ExamRubrics.ct3());
        Answer shape = wrapped.get("5.dw_shape");
        assertTrue(shape.uncertain(), "the shape may be on the line after '=': " + shape.note());
        Map<String, Answer> workingOnly = Answers.of(TestScripts.text("5. depthwise mults = 200 × 200 × 3 × 16 = 1,920,000"), ExamRubrics.ct3());
        assertFalse(workingOnly.get("5.dw_shape").uncertain(), "only working for the total: unanswered, " + workingOnly.get("5.dw_shape").note());
    }

    @Test
    void typedPagesAreTrustedEvenWhenTheirArithmeticIsWrong() {
        Answer a = total(Map.of(), "5. total multiplications = 5 × 5 × 100352 = 2508300");
        assertFalse(a.uncertain(), a.note());
        assertEquals(new Value.Scalar(2508300), a.chosen().orElseThrow().value());
    }

    @Test
    void twoStrongCandidatesThatDisagreeGoToReview() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total"), "total = 3,088,878\ntotal = 3,108,030");
        assertTrue(a.uncertain());
        assertTrue(a.note().contains("disagree"), a.note());
        assertEquals(2, a.candidates().size());
    }

    @Test
    void twoResultsOfferedAsAlternativesGoToReview() {
        Answer adds = Answers.single(AnswerKind.INTEGER, List.of("additions"), "Additions: $5^2 \\cdot 64 \\cdot "
                + "(7^2\\cdot 32 - 1) = 2507200$ (or $2508800$ if each product is added into an accumulator starting at 0)");
        assertTrue(adds.uncertain());
        assertTrue(adds.note().contains("alternative"), adds.note());
        assertEquals(new Value.Scalar(2507200), adds.chosen().orElseThrow().value(), "the number the remark ends on is no candidate");
        Answer shape = Answers.single(AnswerKind.SHAPE, "W_f = 3 × 5 (or 5 × 3 if it multiplies from the right)");
        assertTrue(shape.uncertain());
        assertTrue(shape.note().contains("alternative"), shape.note());
    }

    @Test
    void theSameResultOfferedInAnotherFormIsNoAlternative() {
        Answer a = Answers.single(AnswerKind.INTEGER, "adds = 5 × 5 × 64 × 1567 = 2507200 (or 2.5072 × 10^6 in scientific notation)");
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aValueReadOnlyFromARemarkInBracketsGoesToReview() {
        Answer a = Answers.single(AnswerKind.INTEGER, "as in part (a) (the bias adds 64 more)");
        assertTrue(a.uncertain());
        assertTrue(a.note().contains("remark"), a.note());
    }

    @Test
    void theSameValueWrittenTwiceIsNotADisagreement() {
        Answer a = Answers.single(AnswerKind.SHAPE, "Output = 199 x 199 x 10\nOutput after pointwise = 199 x 199 x 10");
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void writtenButUnreadableGoesToReview() {
        Answer a = Answers.single(AnswerKind.INTEGER, "see the rough work on my last page");
        assertTrue(a.uncertain());
        assertTrue(a.chosen().isEmpty());
        assertFalse(a.isBlank());
        assertTrue(a.note().contains("no integer value"), a.note());
    }

    @Test
    void labelAnsweredTwiceWithDifferentAnswersGoesToReview() {
        Map<String, Answer> answers = Answers.of(TestScripts.text("2. (b) 0\n3. (a) 3 x 5\n2. (b) 1"), ExamRubrics.ct3());
        Answer b = answers.get("2b");
        assertTrue(b.uncertain());
        assertTrue(b.note().contains("answered 2 times"), b.note());
    }

    @Test
    void workingBelowAnAnswerTableThatOnlyAddsUpToItsTotalIsNoSecondAnswer() {
        Map<String, Answer> answers = Answers.of(TestScripts.text(
                "| 5 depthwise | 30 x 30 x 3 |\n| 5 total | ~46 thousand multiplications |\n\nWORKING\n"
                        + "5: depthwise mults = 30*30*3*9 = 24,300\npointwise mults = 30*30*3*8 = 21,600"), ExamRubrics.ct3());
        Answer total = answers.get("5.total");
        assertEquals(new Value.Scalar(46000), total.chosen().orElseThrow().value());
        assertFalse(total.uncertain(), total.note());
        Answer shape = answers.get("5.dw_shape");
        assertEquals(new Value.Shape(List.of(30L, 30L, 3L)), shape.chosen().orElseThrow().value());
        assertFalse(shape.uncertain(), "24,300 is no shape: no second answer to the depthwise output; " + shape.note());
    }

    @Test
    void labelAnsweredTwiceWithTheSameAnswerIsFine() {
        Map<String, Answer> answers = Answers.of(TestScripts.text("2. (b) 0\n3. (a) 3 x 5\n2. (b) = 0"), ExamRubrics.ct3());
        assertFalse(answers.get("2b").uncertain(), answers.get("2b").note());
    }

    @Test
    void segmentationDoubtMakesTheAnswerUncertain() {
        Map<String, Answer> answers = Answers.of(TestScripts.text("Task 2\n4. 100352"), ExamRubrics.week8());
        assertTrue(answers.get("T2.4.params").uncertain());
        assertTrue(answers.get("T2.4.params").note().contains("none of the cues"));
    }

    @Test
    void onATypedPageTheOneCueFreeItemLeftIsTheRemainingQuestionsByElimination() {
        String script = "Task 2\n4.\n\u2460 7 x 7 x 64 x 32 = 100352\n\u2461 h = 5\n"
                + "total times of multiplication = 5 x 5 x 100352 = 2508800\n"
                + "total times of addition = 5 x 5 x (7^2 x 32 - 1) x 64 = 2507200";
        Map<String, Answer> typed = Answers.of(TestScripts.text(script), ExamRubrics.week8());
        Answer params = typed.get("T2.4.params");
        assertFalse(params.uncertain(), params.note());
        assertEquals(new Value.Scalar(100352), params.chosen().orElseThrow().value());
        Map<String, Answer> scanned = Answers.of(TestScripts.ocrLike(Map.of("h", 70.0), script), ExamRubrics.week8());
        assertTrue(scanned.get("T2.4.params").uncertain(), "a cue word OCR misread could make elimination wrong");
    }

    @Test
    void aDoubtfulSubscriptBesideASureValueDoesNotMakeTheValueDoubtful() {
        Question cPrev = ExamRubrics.ct3().questions().stream().filter(q -> q.id().equals("1a.v")).findFirst().orElseThrow();
        var script = TestScripts.ocrLike(Map.of("C_{t-1}", 60.0), "1. (a) v) C_{t-1} =1");
        Segment segment = new Segmenter().split(script, ExamRubrics.ct3()).stream()
                .filter(s -> s.questionId().equals("1a.v")).findFirst().orElseThrow();
        Answer a = new Extractor().extract(cPrev, segment);
        assertEquals(100, a.chosen().orElseThrow().confidence());
        assertFalse(a.uncertain(), a.note());
        var doubtful = TestScripts.ocrLike(Map.of("C_{t-1}", 60.0, "=1", 60.0), "1. (a) v) C_{t-1} =1");
        Segment both = new Segmenter().split(doubtful, ExamRubrics.ct3()).stream()
                .filter(s -> s.questionId().equals("1a.v")).findFirst().orElseThrow();
        assertTrue(new Extractor().extract(cPrev, both).uncertain());
    }

    @Test
    void evidencePointsAtTheValuesOwnWords() {
        var box = new examgrader.ocr.Box(400, 120, 90, 30);
        var words = List.of(new examgrader.ocr.Word("total", 40, new examgrader.ocr.Box(100, 120, 80, 30)),
                new examgrader.ocr.Word("=", 90, new examgrader.ocr.Box(200, 120, 20, 30)),
                new examgrader.ocr.Word("3,088,878", 93, box));
        var line = new examgrader.ocr.Line(1, "total = 3,088,878", words);
        var label = new examgrader.ocr.Line(1, "5.", List.of(new examgrader.ocr.Word("5.", 95, new examgrader.ocr.Box(10, 120, 30, 30))));
        var page = new examgrader.ocr.PageText(1, "tesseract", "0".repeat(64), List.of(label, line));
        var script = new examgrader.ocr.ScriptText(java.nio.file.Path.of("s.pdf"), "0".repeat(64), List.of(page));
        Segment segment = new Segmenter().split(script, ExamRubrics.ct3()).stream()
                .filter(s -> s.questionId().equals("5.total")).findFirst().orElseThrow();
        Answer a = new Extractor().extract(TOTAL, segment);
        Candidate c = a.chosen().orElseThrow();
        assertEquals(box, c.source().box());
        assertEquals(93, c.confidence());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aGarbledNextLabelTakenForTheAnswerGoesToReview() {
        // "Ans 3)" read as "hws 3)" stays in 2b's answer, and its "3" is the only number there.
        Question extra = ExamRubrics.ct3().questions().stream().filter(q -> q.id().equals("2b")).findFirst().orElseThrow();
        var script = TestScripts.ocrLike(Map.of("hws", 37.0), "2. (b) pdditional parameters - the dot product has nothing to leaen\nhws 3)");
        Segment segment = new Segmenter().split(script, ExamRubrics.ct3()).stream()
                .filter(s -> s.questionId().equals("2b")).findFirst().orElseThrow();
        Answer a = new Extractor().extract(extra, segment);
        assertEquals("3", a.chosen().orElseThrow().raw());
        assertTrue(a.uncertain());
        assertTrue(a.note().contains("question number"), a.note());
    }

    @Test
    void aVectorEndingInABracketIsNotTakenForALabel() {
        Answer a = total(Map.of("3)", 90.0), "5. total multiplications = (2, 3)");
        assertFalse(a.note().contains("question number"), a.note());
    }

    @Test
    void workingThatEndsInDoubtfulWordsMayHoldTheAnswerTheChoiceMissed() {
        String text = "5. 3088878 multiplications in all\nthe cost = ";
        Answer misread = total(Map.of("SGLOIE", 20.0, "3088878", 99.0), text + "SGLOIE");
        assertTrue(misread.uncertain());
        assertTrue(misread.note().contains("ends in 'SGLOIE'"), misread.note());
        Answer read = total(Map.of("lower", 96.0, "3088878", 99.0), text + "lower");
        assertFalse(read.uncertain(), read.note());
    }

    @Test
    void aValueAfterAMisreadPartLabelMayBeAnotherPartsAnswer() {
        var words = List.of(new examgrader.ocr.Word("8", 99, examgrader.ocr.Box.NONE));
        var source = new examgrader.segment.Fragment(1, "ittatS iji)o tat8", words, "1. (a) ii)", 0);
        var chosen = new Candidate(new Value.Scalar(8), "8", 99, source, "stated on its own", 1);
        assertTrue(Extractor.afterStrayLabel(chosen).orElseThrow().contains("'iji)'"));
        var function = new examgrader.segment.Fragment(1, "f(i) = 8", words, "1. (a) ii)", 0);
        assertTrue(Extractor.afterStrayLabel(new Candidate(new Value.Scalar(8), "8", 99, function, "end of an = chain", 1)).isEmpty());
        var glued = new examgrader.segment.Fragment(1, "it =5 iii.o t=8", words, "1. (a) il.", 0);
        assertTrue(Extractor.afterStrayLabel(new Candidate(new Value.Scalar(8), "8", 99, glued, "end of an = chain", 1))
                .orElseThrow().contains("'iii.'"), "a roman whose dot OCR glued to the answer after it");
        var items = new examgrader.segment.Fragment(1, "(i) params 100 (ii) mults = 8", words, "2.4", 0);
        assertTrue(Extractor.afterStrayLabel(new Candidate(new Value.Scalar(8), "8", 99, items, "end of an = chain", 1)).isEmpty(),
                "items the rubric splits by cue words");
    }

    @Test
    void aLineOpeningWithTheNextItemsNumeralGluedToLettersIsALostLabel() {
        var script = examgrader.segment.TestScripts.ocrLike(Map.of("fit", 70.0), "Roll 20MA60112\nQuestion 1\nPart (a)\ni. fit 3:4\niit 35\niiot :8");
        Answer first = Answers.of(script, examgrader.segment.ExamRubrics.ct3()).get("1a.i");
        assertTrue(first.uncertain(), first.note());
        var words = examgrader.segment.TestScripts.ocrLike(Map.of("fit", 70.0), "Roll 20MA60112\nQuestion 1\nPart (a)\ni. fit 3:4\nits 35");
        assertFalse(Answers.of(words, examgrader.segment.ExamRubrics.ct3()).get("1a.i").note().contains("starts like a label"),
                "a word that starts with a single i is no numeral");
    }

    @Test
    void aValueReadAfterALineStartingWithAnUnreadLabelMayBeAnotherQuestionsAnswer() {
        Map<String, Double> handwriting = Map.of("Ot", 40.0);
        Answer lost = Answers.scanned(AnswerKind.REAL, handwriting, "Ot -> 7\n() He = ot tanh(C_t)\nkt = 2.60437");
        assertTrue(lost.uncertain());
        assertTrue(lost.note().contains("starts like a label that could not be read"), lost.note());
        Answer working = Answers.scanned(AnswerKind.REAL, handwriting, "Ot -> 7\nHe = ot tanh(C_t)\nkt = 2.60437");
        assertFalse(working.note().contains("starts like a label"), working.note());
    }

    @Test
    void aValuesConfidenceIsItsWordsEvenWhenASubscriptIsGluedToIt() {
        var words = List.of(new examgrader.ocr.Word("v)C", 69, examgrader.ocr.Box.NONE),
                new examgrader.ocr.Word("{t-1}->1", 86, examgrader.ocr.Box.NONE));
        var fragment = new examgrader.segment.Fragment(1, "C {t-1}->1", words, "v)", 0);
        assertEquals(86.0, Extractor.valueSource("1", fragment).minValueConfidence());
    }

    private static Question givenInput(AnswerKind kind, String arg, List<Double> given) {
        return Question.of("q", List.of("1"), List.of("output"), kind, 1)
                .scoredBy(Reference.Compute.of("some.op", Map.of(arg, given), null), Tolerance.EXACT, List.of());
    }

    @Test
    void theQuestionsOwnDataChosenOverAnotherValueGoesToReview() {
        Question q = givenInput(AnswerKind.SHAPE, "input", List.of(40.0, 36.0));
        Answer a = Answers.answerTo(q, TestScripts.text("1.\n20 x 18\n40 x 36"));
        assertEquals(new Value.Shape(List.of(40L, 36L)), a.chosen().orElseThrow().value());
        assertTrue(a.uncertain());
        assertTrue(a.note().contains("question's own data"), a.note());
        Answer alone = Answers.answerTo(q, TestScripts.text("1.\noutput 40 x 36 (padding keeps the size)"));
        assertFalse(alone.uncertain(), "an answer that is the data, with nothing else written: " + alone.note());
        Answer withACount = Answers.answerTo(q, TestScripts.text("1.\noutput 40 x 36 (padding keeps the size)\nmults = 9 x 40 x 36 = 12960"));
        assertFalse(withACount.uncertain(), "a count worked out beside it is no rival shape: " + withACount.note());
    }

    @Test
    void theQuestionsDataOnACopiedQuestionLineBesideOtherWorkingGoesToReview() {
        Question q = givenInput(AnswerKind.SHAPE, "input", List.of(200.0, 200.0, 3.0));
        String question = "> 1. ... image of shape 200x200x3, depthwise separable convolution, filter 4x4,\n"
                + "> stride 1, padding 1 ... output size?\n\n";
        Answer a = Answers.answerTo(q, TestScripts.text(question + "spatial out = (200 - 4 + 2*1)/1 + 1 = 199.\n"
                + "Output: H 199 W 199 C 3\nmults: (199*199) * (4*4) * 3 = 1,900,848"));
        assertTrue(a.uncertain(), "the copied input may not be graded as the answer: " + a.note());
        Answer copiedOnly = Answers.answerTo(q, TestScripts.text(question + "the output is the same as the input"));
        assertFalse(copiedOnly.uncertain(), "nothing else worked out: " + copiedOnly.note());
    }

    @Test
    void aMinusGluedToANumberRightAfterANameIsInDoubtOnAScan() {
        var read = new examgrader.segment.Fragment(1, "v. C_{t-1} -1", List.of(), "v.", 0);
        assertTrue(Extractor.dashAfterAName(new Candidate(new Value.Scalar(-1), "-1", 98, read, "", 0)));
        var equals = new examgrader.segment.Fragment(1, "x = -1", List.of(), "", 0);
        assertFalse(Extractor.dashAfterAName(new Candidate(new Value.Scalar(-1), "-1", 98, equals, "", 0)), "after '=' the sign is the value's");
    }

    @Test
    void aGivenVectorChosenBesideASingleNumberGoesToReview() {
        Question q = givenInput(AnswerKind.VECTOR, "o", List.of(0.0, 1.0, 0.0));
        Answer a = Answers.answerTo(q, TestScripts.text("1.\nsince 0_ t = {0, 1, 0} only the second survives\nAns: h = tanh(0.2) = 0.1974"));
        assertTrue(a.uncertain() || !a.chosen().orElseThrow().value().equals(new Value.Vector(List.of(0.0, 1.0, 0.0))),
                "the given vector may not be graded silently beside the lone component: " + a.note());
    }

    @Test
    void theQuestionsOwnDataChosenWhileABracketedListCouldNotBeReadGoesToReview() {
        Question q = givenInput(AnswerKind.VECTOR, "c_tilde", List.of(0.4, 0.1, 0.2));
        Answer a = Answers.answerTo(q, TestScripts.text("1.\nGiven C~_t = (0.4, 0.1, 0.2), compute C_t.\nC_t = (0.9, 0.1 0.25"));
        assertEquals(new Value.Vector(List.of(0.4, 0.1, 0.2)), a.chosen().orElseThrow().value());
        assertTrue(a.uncertain());
        assertTrue(a.note().contains("could not be read"), a.note());
    }

    @Test
    void anotherQuestionsDataReadAsTheAnswerGoesToReview() {
        Question sizes = givenInput(AnswerKind.SHAPE, "input", List.of(78.0, 84.0));
        Question inputs = Question.of("q3", List.of("3"), List.of("input"), AnswerKind.SET, 1)
                .scoredBy(Reference.Compute.of("some.op", Map.of("output", 16), null), Tolerance.EXACT, List.of());
        Answer read = Answers.answerTo(inputs, TestScripts.text("3.\nWith input (78, 84) the output is 26 x 28"));
        Answer checked = GivenData.ofAnotherQuestion(read, inputs, List.of(sizes, inputs));
        assertTrue(checked.uncertain(), read.chosen() + ": " + checked.note());
        assertTrue(checked.note().contains("data of q"), checked.note());
        Answer own = Answers.answerTo(inputs, TestScripts.text("3.\nn = 52, 53 or 54"));
        assertFalse(GivenData.ofAnotherQuestion(own, inputs, List.of(sizes, inputs)).uncertain());
    }
}
