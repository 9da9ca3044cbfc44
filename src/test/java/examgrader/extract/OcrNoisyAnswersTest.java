package examgrader.extract;

import static examgrader.extract.Answers.chosen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ocr.Box;
import examgrader.ocr.Word;
import examgrader.rubric.AnswerKind;
import examgrader.segment.Fragment;
import examgrader.segment.ExamRubrics;
import examgrader.segment.TestScripts;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Answer forms that reach extraction from scans and other students' habits; made-up lines. */
class OcrNoisyAnswersTest {
    @Test
    void aColumnVectorWrittenOneRowPerLine() {
        assertEquals(new Value.Vector(List.of(0.4, 0.1, 0.9)),
                chosen(AnswerKind.VECTOR, "= (0.1, 0.1, 0.3) + (0.3, 0, 0.6)\n[0.4]\nso h = [0.1]\n[0.9]"));
    }

    @Test
    void aColumnVectorInOneBracketSpanningItsRows() {
        Answer a = Answers.single(AnswerKind.VECTOR, "h = [0.4\n     0.15\n     0.9]");
        assertEquals(new Value.Vector(List.of(0.4, 0.15, 0.9)), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        assertEquals(new Value.Vector(List.of(0.3, 0.6)), chosen(AnswerKind.VECTOR, "working first\nh = (0.3,\n0.6)"));
    }

    @Test
    void aColumnVectorKeepsTheLowestConfidenceOfItsRows() {
        Answer a = Answers.scanned(AnswerKind.VECTOR, Map.of("[0.9]", 40.0), "[0.4]\nh = [0.1]\n[0.9]");
        assertEquals(new Value.Vector(List.of(0.4, 0.1, 0.9)), a.chosen().orElseThrow().value());
        assertTrue(a.uncertain(), a.note());
    }

    @Test
    void aMissingLabelWithTextBelongingToNoQuestionIsUncertainNotBlank() {
        var script = TestScripts.text("Name: A Student\nRoll 18CS10001\nCT3\n12 March\nsomething = 12\n2. (b) 0");
        Answer a = Answers.of(script, ExamRubrics.ct3()).get("3c");
        assertTrue(a.uncertain());
        assertTrue(a.chosen().isEmpty());
        assertTrue(a.note().contains("not found"), a.note());
    }

    @Test
    void aThousandsCommaReadAsADotInACountGoesToReview() {
        Answer a = Answers.scanned(AnswerKind.INTEGER, Map.of("3*3*16*8", 91.0, "1.152", 90.0), "weights = 3*3*16*8 = 1.152");
        assertTrue(a.uncertain());
        assertTrue(a.note().contains("thousands"), a.note());
    }

    @Test
    void aShapeQuestionAnsweredOnlyByAWorkedOutProductOnAScanGoesToReviewWhenAWordThereIsInDoubt() {
        Answer a = Answers.scanned(AnswerKind.SHAPE, Map.of("mults", 40.0), "depthwise mults = 3 x 3 x 7 x 7 x 4 = 1764");
        assertTrue(a.uncertain());
        assertTrue(a.note().contains("worked out"), a.note());
    }

    @Test
    void onAScanReadSurelyAShapeQuestionAnsweredOnlyByAWorkedOutProductIsUnanswered() {
        Answer a = Answers.scanned(AnswerKind.SHAPE, Map.of("depthwise", 88.0), "depthwise mults = 3 x 3 x 7 x 7 x 4 = 1764");
        assertTrue(a.isBlank());
        assertFalse(a.uncertain());
        assertTrue(a.note().contains("read surely"), a.note());
    }

    @Test
    void aVectorGivenAsItsOneNumberNamedAsTheAskedSymbolGoesToReviewNotBlank() {
        Answer a = Answers.single(AnswerKind.VECTOR, List.of("h_t"), "h_t = o_t*tanh(C_t); o_t = (1, 0, 0) zeroes the 2nd and 3rd entries, so the only nonzero one is\n"
                + "tanh(0.7) = (e^1.4 - 1)/(e^1.4 + 1) = 3.0552/5.0552 = 0.6044.\nh_t = 0.6044");
        assertFalse(a.isBlank(), a.note());
        assertTrue(a.uncertain(), a.note());
        assertTrue(a.note().contains("'0.6044' worked out"), a.note());
    }

    @Test
    void aValueClosedByABracketThatClosesNothingOnAScanGoesToReview() {
        Answer a = Answers.scanned(AnswerKind.SHAPE, Map.of("1)", 92.0), "Pointwise (1 x 1 x 3, 10 filters) on 199 x 199 x 3:\nAnswer: 199 x 199 x 1)");
        assertTrue(a.uncertain(), a.note());
        Answer inBrackets = Answers.scanned(AnswerKind.SHAPE, Map.of("x", 92.0), "Answer: (199 x 199 x 10)");
        assertFalse(inBrackets.uncertain(), inBrackets.note());
    }

    @Test
    void onATypedPageAShapeQuestionAnsweredOnlyByAWorkedOutProductIsUnanswered() {
        Answer a = Answers.single(AnswerKind.SHAPE, "depthwise mults = 3 x 3 x 7 x 7 x 4 = 1764");
        assertTrue(a.isBlank());
        assertFalse(a.uncertain());
        assertTrue(a.note().contains("'1764' worked out"), a.note());
    }

    @Test
    void specksAtTheEndOfWorkingDoNotHideTheResult() {
        assertEquals(new Value.Scalar(640), chosen(AnswerKind.INTEGER, "mults = 8 x 8 x 10 = 640 -"));
        assertEquals(new Value.Scalar(-3), chosen(AnswerKind.INTEGER, "| = -3"));
    }

    @Test
    void aShapeWrittenOutBeatsAProductWorkedOutNextToItWithoutDoubt() {
        Answer a = Answers.single(AnswerKind.SHAPE, List.of("pointwise"),
                "Pointwise output: (9, 9, 4)\npointwise mults = 9 x 9 x 2 x 4 = 648 -");
        assertEquals(new Value.Shape(List.of(9L, 9L, 4L)), a.chosen().orElseThrow().value());
        assertTrue(!a.uncertain(), a.note());
    }

    @Test
    void aShapeWrittenAnywhereBeatsASideLengthConcludedWithSo() {
        Answer a = Answers.single(AnswerKind.SHAPE, List.of("depthwise"),
                "Depthwise: 2 filters of 3x3x1, pad 1\nthe size stays, so H = W = 50\nAfter depthwise: 50x50x2");
        assertEquals(new Value.Shape(List.of(50L, 50L, 2L)), a.chosen().orElseThrow().value());
        assertTrue(!a.uncertain(), a.note());
    }

    @Test
    void arrowsColonsAndIsStateAResult() {
        assertEquals(new Value.Scalar(6), chosen(AnswerKind.INTEGER, "o_t -> 6"));
        assertEquals(new Value.Scalar(6), chosen(AnswerKind.INTEGER, "g_t → 6"));
        assertEquals(new Value.Shape(List.of(4L, 9L)), chosen(AnswerKind.SHAPE, "U_i: 4 x 9"));
        assertEquals(new Value.Shape(List.of(4L, 9L)), chosen(AnswerKind.SHAPE, "Uiis4by9"));
        assertEquals(new Value.Scalar(12), chosen(AnswerKind.INTEGER, "at 10:30 the count is 12"));
    }

    @Test
    void aFullStopEndingTheSentenceDoesNotHideASetOrShape() {
        assertEquals(new Value.NumberSet(List.of(7.0, 8.0, 9.0)), chosen(AnswerKind.SET, "so n can be 7, 8 or 9."));
        assertEquals(new Value.Shape(List.of(12L, 14L)), chosen(AnswerKind.SHAPE, "so the map is 12x14."));
    }

    @Test
    void severalResultsListedInOneLineAreInDoubt() {
        Answer a = Answers.single(AnswerKind.INTEGER, "g = 2 h. u = 6 k. w = 9");
        assertTrue(a.uncertain());
        assertTrue(a.note().contains("several results"), a.note());
    }

    @Test
    void workingWithIntermediateResultsIsNotAList() {
        Answer a = Answers.single(AnswerKind.INTEGER, "n = 4 x 6 = 24 = 24 + 0 = 24");
        assertEquals(new Value.Scalar(24), a.chosen().orElseThrow().value());
        assertTrue(!a.uncertain(), a.note());
    }

    @Test
    void aSpacedDashBeforeAPhraseIsPunctuationAndASpacedTildeIsApproximatelyEqual() {
        assertEquals(new Value.Scalar(0), chosen(AnswerKind.INTEGER, "0 extra weights - the score has nothing to learn"));
        assertEquals(new Value.Scalar(1.2e6), chosen(AnswerKind.REAL, "total: 700000 + 500000 ~ 1.2 × 10^6"));
    }

    @Test
    void aLineGoingOnFromAnOpenEqualsKeepsItsArrowInTheChain() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("multiplications"),
                "multiplications: each of the 1,600 outputs needs 7 · 7 · 32 =\n     1,568 products → 2,508,800");
        assertEquals(new Value.Scalar(2508800), a.chosen().orElseThrow().value());
    }

    @Test
    void aTypedSentenceCutAfterACommaGoesOnAndSoDoesAListCutAfterOne() {
        Answer adds = Answers.single(AnswerKind.INTEGER, List.of("additions"),
                "additions: I accumulate each product into a running sum starting from 0,\none addition per product → 2,508,800");
        assertEquals(new Value.Scalar(2508800), adds.chosen().orElseThrow().value());
        Answer set = Answers.single(AnswerKind.SET, "16 = ⌊(n − 7)/3⌋ + 1 ⇒ **n = 51, 52,\n53**");
        assertEquals(new Value.NumberSet(List.of(51.0, 52.0, 53.0)), set.chosen().orElseThrow().value());
    }

    @Test
    void anArrowReadAsAGreaterThanSignBeforeTheNumberEndingALineIsAnArrow() {
        Answer a = Answers.scanned(AnswerKind.INTEGER, Map.of("sum", 70.0),
                "- additions: I accumulate each product into a running sum starting from 0, one\naddition per product > 2,508,800");
        assertEquals(new Value.Scalar(2508800), a.chosen().orElseThrow().value());
    }

    @Test
    void aSpeckBetweenAShapesTimesSignAndItsSizeIsNoDecimalPoint() {
        Answer a = Answers.scanned(AnswerKind.SHAPE, Map.of("x.3", 80.0), "After depthwise: 199 x 199 x.3");
        assertEquals(new Value.Shape(List.of(199L, 199L, 3L)), a.chosen().orElseThrow().value());
    }

    @Test
    void aThousandsCommaReadAsASemicolonOnAScanIsAComma() {
        Answer a = Answers.scanned(AnswerKind.INTEGER, Map.of("3;", 80.0), "**Total multiplications = 3; 088,878**");
        assertEquals(new Value.Scalar(3088878), a.chosen().orElseThrow().value());
    }

    @Test
    void aSentenceEndingOnTheNextLineInItsNumberIsJoined() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("parameters"),
                "each gate has 15 + 3 + 3 = 21 parameters, and the four gates together have\n84.");
        assertEquals(new Value.Scalar(84), a.chosen().orElseThrow().value());
        Answer scanned = Answers.scanned(AnswerKind.INTEGER, Map.of("have", 85.0),
                "so each gate has 15 + 3 + 3 = 21 parameters, and the four gates together have\n84.");
        assertEquals(new Value.Scalar(84), scanned.chosen().orElseThrow().value());
    }

    @Test
    void aLineEndingInEqualsIsContinuedByTheNext() {
        Answer a = Answers.single(AnswerKind.INTEGER, "count = 1,200 + 3,400 =\n4,600");
        assertEquals(new Value.Scalar(4600), a.chosen().orElseThrow().value());
        assertTrue(a.chosen().orElseThrow().reason().contains(Scoring.ARITHMETIC_AGREES), a.chosen().get().reason());
    }

    @Test
    void aValueClosedByACommaBeforeMoreWordsMakesTheLineAList() {
        Answer a = Answers.single(AnswerKind.SHAPE, "U is 4 by 7, .b dim(c) = 4 by 1");
        assertTrue(a.uncertain());
        assertTrue(a.note().contains("several results"), a.note());
    }

    @Test
    void aPowerOfTenWhoseCaretWasReadAsAStar() {
        assertEquals(new Value.Scalar(4.12e5), chosen(AnswerKind.REAL, "total: 200,000 + 212,000 ~ 4. 12 x 10*5"));
        assertEquals(new Value.Scalar(60), chosen(AnswerKind.INTEGER, "n = 2 x 10*3 = 60"));
    }

    @Test
    void onAScanAMisreadResultOnTheLineNamingTheQuestionMostPutsTheAnswerInReview() {
        List<String> cues = List.of("total", "multiplications");
        Answer a = Answers.scanned(AnswerKind.INTEGER, cues, Map.of("4,1s0", 30.0),
                "first multiplications = 2 * 2000 = 4,000\nTotal multiplications: 4,000 + 150 = 4,1s0");
        assertTrue(a.uncertain());
        assertTrue(a.note().contains("naming the question most"), a.note());
        Answer working = Answers.scanned(AnswerKind.INTEGER, cues, Map.of("x", 30.0),
                "Total multiplications x = 2 * 2000 + 150 =\n(2000 + 2000) + 150\nso the count = 4150");
        assertTrue(!working.note().contains("naming the question most"));
    }

    @Test
    void aStrayDotAfterANumberBeforeOrOrXIsNotADecimalPoint() {
        assertEquals(new Value.NumberSet(List.of(52.0, 53.0, 54.0)),
                chosen(AnswerKind.SET, "therefore the input can be 52, 53.or 54"));
        assertEquals(new Value.Shape(List.of(3L, 5L)), chosen(AnswerKind.SHAPE, "dim(W_f) = 3.x 5"));
        assertEquals(new Value.Scalar(3.5), chosen(AnswerKind.REAL, "so h = 3.5"));
    }

    @Test
    void aSetWhoseListGoesOnWithADoubtfulWordGoesToReview() {
        Answer a = Answers.scanned(AnswerKind.SET, Map.of("SU", 65.0), "HENCE N = 52, 53 OR SU");
        assertTrue(a.uncertain());
        assertTrue(a.note().contains("may go on"), a.note());
        Answer sure = Answers.scanned(AnswerKind.SET, Map.of("HENCE", 80.0), "HENCE N = 52, 53 OR MORE");
        assertFalse(sure.uncertain(), "a surely read word after the list is not a member");
    }

    @Test
    void theQuantitysNameWithItsOReadAsZeroIsNotAValue() {
        Answer a = Answers.scanned(AnswerKind.INTEGER, List.of("o_t"), Map.of("0", 46.0), "0 t-> 8");
        assertEquals(new Value.Scalar(8), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        Answer zero = Answers.scanned(AnswerKind.INTEGER, List.of("o_t"), Map.of("x", 46.0), "0 x-> 8");
        assertTrue(zero.uncertain(), "another name: both numbers stay candidates");
    }

    @Test
    void anOrReadWithAZeroBetweenTwoMembersOfASetIsStillOr() {
        assertEquals(new Value.NumberSet(List.of(52.0, 53.0, 54.0)), chosen(AnswerKind.SET, "=>n=52,530r54"));
        assertEquals(new Value.NumberSet(List.of(52.0, 53.0, 55.0)), chosen(AnswerKind.SET, "n = 52,53 0r 55"));
        assertEquals(new Value.Scalar(530), chosen(AnswerKind.INTEGER, "n = 530"));
    }

    @Test
    void onAScanALoneGreaterThanSignBetweenTwoValuesIsAnArrowWhoseShaftWasLost() {
        Answer a = Answers.scanned(AnswerKind.SHAPE, List.of("output"), Map.of("stride", 90.0),
                "input 40 x 36, kernel 3 x 3, stride 2, pad 1 > 20 x 18");
        assertEquals(new Value.Shape(List.of(20L, 18L)), a.chosen().orElseThrow().value());
    }

    @Test
    void onAScanAStrayDotAfterACommaBeforeADecimalIsASpeck() {
        Answer a = Answers.scanned(AnswerKind.VECTOR, Map.of("(0.3,.0.6,", 90.0), "Answer: h = (0.3,.0.6, 0.15)");
        assertEquals(new Value.Vector(List.of(0.3, 0.6, 0.15)), a.chosen().orElseThrow().value());
    }

    @Test
    void onAScanAStrictRangeThatDisagreesWithASetOnItsLineGoesToReview() {
        String text = "n = 31, 32 or 33 ∴ 30 < n < 33";
        Answer scanned = Answers.scanned(AnswerKind.SET, Map.of("n", 90.0), text);
        assertEquals(new Value.NumberSet(List.of(31.0, 32.0)), scanned.chosen().orElseThrow().value());
        assertTrue(scanned.uncertain(), scanned.candidates().toString());
        assertTrue(scanned.note().contains("strict bound"), scanned.note());
        assertFalse(Answers.single(AnswerKind.SET, text).note().contains("strict bound"), "typed: the '<' is as written");
    }

    @Test
    void aSetSaidAgainAfterIeIsOneResultNotAList() {
        Answer a = Answers.scanned(AnswerKind.SET, Map.of("answer", 90.0), "Final answer - 30 < n < 34, i.e. n = 31, 32 or 33");
        assertEquals(new Value.NumberSet(List.of(31.0, 32.0, 33.0)), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void anArrowReadAsAngleBracketBeforeANumberWithSpacedThousandsEndsTheChain() {
        Answer a = Answers.scanned(AnswerKind.INTEGER, List.of("parameters", "params"), Map.of("kernel)", 60.0),
                "params =\n1:1:256-64 = 16 384, plus 64 (one per kernel) > 16 448");
        assertEquals(new Value.Scalar(16448), a.chosen().orElseThrow().value(), a.note());
    }

    @Test
    void aThereforeSignReadAsAQuoteOrADotStillMarksTheConclusion() {
        Answer quoted = Answers.scanned(AnswerKind.SHAPE, List.of("W_f"), Map.of("Wfis", 80.0), "W_fxt:(4 x 3)(3x1)=4x1\n“ Wfis 4 x 3");
        assertEquals(new Value.Shape(List.of(4L, 3L)), quoted.chosen().orElseThrow().value(), quoted.note());
        Answer dotted = Answers.scanned(AnswerKind.SHAPE, List.of("W_f"), Map.of(".Wfis4", 90.0),
                ".Wfis4 x7\nb_f is added to W_f[h_{t-1}, x_t] which is4x1");
        assertEquals(new Value.Shape(List.of(4L, 7L)), dotted.chosen().orElseThrow().value(), dotted.note());
        assertEquals(new Value.Shape(List.of(4L, 1L)), Answers.scanned(AnswerKind.SHAPE, List.of("W_f"), Map.of("W_fxt", 90.0),
                "W_fxt: (4 x 3)(3x1) = 4x1, “the output”").chosen().orElseThrow().value(), "a quote closed on its line is a quote");
    }

    @Test
    void aPronounReadAsABarDoesNotSplitAStatementFromItsValue() {
        Answer a = Answers.scanned(AnswerKind.INTEGER, List.of("additions"), Map.of("|", 60.0),
                "- additions: | accumulate each product into a running sum starting from 0, one addition per product > 2,508,800");
        assertEquals(new Value.Scalar(2508800), a.chosen().orElseThrow().value(), a.note());
        assertEquals(new Value.Scalar(2508800), Answers.scanned(AnswerKind.INTEGER, List.of("additions"), Map.of("|", 60.0),
                "| params | 100 |\n| additions | 2,508,800 |").chosen().orElseThrow().value(), "a table's bars stay bars");
        assertEquals(new Value.Scalar(2508800), Answers.scanned(AnswerKind.INTEGER, List.of("multiplications", "mults"), Map.of("|", 60.0),
                "mults = 2508800 | adds = 2507200").chosen().orElseThrow().value(), "a bar between two named values separates them");
    }

    @Test
    void aLineWrappedAfterAnOperatorIsJoinedOnlyWithTheLineRightBelowIt() {
        Fragment line = new Fragment(1, "so the total is 4 x", List.of(new Word("so the total is 4 x", 90, new Box(10, 100, 300, 40))));
        Fragment below = new Fragment(1, "(7 + 2) = 36", List.of(new Word("(7 + 2) = 36", 90, new Box(10, 150, 200, 40))));
        Fragment farBelow = new Fragment(1, "(7 + 2) = 36", List.of(new Word("(7 + 2) = 36", 90, new Box(10, 400, 200, 40))));
        assertEquals(1, Statements.chains(List.of(line, below)).size());
        assertEquals(2, Statements.chains(List.of(line, farBelow)).size());
    }

    @Test
    void aValueThatEndsItsChainOnlyBecauseTheSideAfterItWasMisreadGoesToAPerson() {
        Answer a = Answers.scanned(AnswerKind.INTEGER, List.of("trainable", "parameters"), Map.of("\"65,", 0.0),
                "Trainable parameters = =1x 1 x 512 x 128 = \"65, 536** (padding only changes");
        assertTrue(a.uncertain(), a.chosen() + ": " + a.note());
    }

    @Test
    void aStrictRangeReadOnAScanGoesToAPersonForItsBounds() {
        Answer a = Answers.scanned(AnswerKind.SET, Map.of("54", 90.0), "Input size: 52<n< 54");
        assertTrue(a.uncertain(), a.chosen() + ": " + a.note());
        assertFalse(Answers.single(AnswerKind.SET, "Input size: 52 < n < 55").uncertain());
    }

    @Test
    void aDataNumberChosenWhileTheAnswersLineEndsUnreadBoldGoesToAPerson() {
        Answer a = Answers.scanned(AnswerKind.INTEGER, List.of("trainable", "parameters"), Map.of("\"65,", 0.0),
                "Input (512, 25, 25), kernel (1, 1), stride 1; 128 kernels, padding 2, no bias.\n"
                        + "Trainable parameters = =1x 1 x 512 x 128 = \"65, 536** (padding only changes");
        assertTrue(a.uncertain(), a.chosen() + ": " + a.note());
    }

    @Test
    void aPowerOfTenWithASpaceAfterItsCaretIsRead() {
        Answer a = Answers.scanned(AnswerKind.INTEGER, List.of("multiplications"), Map.of("10^", 59.0),
                "Multiplications: $(5 \\times 5 \\times 64) \\times(7 \\times 7 \\times 32)=\\boxed{2.5088 \\times 10^ {6}}$");
        assertEquals(new Value.Scalar(2508800), a.chosen().orElseThrow().value(), a.note());
    }

    @Test
    void aStepChosenWhileTheLineNamingTheQuantityEndsUnreadBeforeARemarkGoesToAPerson() {
        Answer a = Answers.scanned(AnswerKind.VECTOR, List.of("C_t"), Map.of("=0.7,.0.2,0.05", 60.0),
                "f_t o C_{t-1} = 1(0.2), 0.5(0.4), 0(0.8)  = 0.2, 0.2, 0\n"
                        + "i_t o C~_t = 1(0.5), 0(0), 0.5(0.1) = 0.5, 0, 0.05\nCt =0.7,.0.2,0.05 (column vector)");
        assertTrue(a.uncertain(), a.chosen() + ": " + a.note());
    }

    @Test
    void aVectorWithoutBracketsIsBelievedOnTypedTextButNotOnAScan() {
        Answer scanned = Answers.scanned(AnswerKind.VECTOR, List.of("C_t"), Map.of("0.05", 90.0), "so C_t = 0.7, 0.2, 0.05");
        assertTrue(scanned.uncertain(), scanned.note());
        Answer typed = Answers.single(AnswerKind.VECTOR, List.of("C_t"), "so C_t = 0.7, 0.2, 0.05");
        assertFalse(typed.uncertain(), typed.note());
    }

    @Test
    void aBetterAnswerReadTooDoubtfullyToBeChosenSendsTheCleanerReadToReview() {
        Answer a = Answers.scanned(AnswerKind.INTEGER, List.of("total", "parameters"), Map.of("60", 3.0, "total", 0.0, "=4x15=", 0.0),
                "The question asks for weight values, so only the W's:\nW_f, W_i, W_o, W_C each 3 × 5 = 15\ntotal =4x15= 60");
        assertTrue(a.uncertain(), "60 names the total and computes; 15 was only read more cleanly: "
                + a.chosen().map(c -> c.value().display()).orElse("-") + " " + a.note());
        Answer clean = Answers.scanned(AnswerKind.INTEGER, List.of("total", "parameters"), Map.of("W_i,", 60.0),
                "so only the W's:\nW_f, W_i, W_o, W_C each 3 × 5 = 15\ntotal = 4 × 15 = 60");
        assertEquals(60.0, ((examgrader.extract.Value.Scalar) clean.chosen().orElseThrow().value()).value(), 1e-9, clean.note());
    }

    @Test
    void aNumberBetweenUnevenUnderscoresOnAScanIsTheUnderlinedAnswer() {
        Answer a = Answers.scanned(AnswerKind.INTEGER, List.of("parameters"), Map.of("_65536__", 51.0),
                "conv layer with input (512, 25, 25), kernel size (1, 1), stride 1, 128 kernels,\npadding 2, no bias.\n"
                        + "1 x 1 x 512 = 512 per kernel, 128 kernels = _65536__ parameters");
        assertTrue(a.chosen().isPresent(), a.note());
        assertEquals(65536.0, ((Value.Scalar) a.chosen().orElseThrow().value()).value(), 1e-9, a.note());
    }

    @Test
    void aNumberInWordsEndingItsLineBeforeAMisreadNumberWordIsInDoubt() {
        Answer cut = Answers.scanned(AnswerKind.INTEGER, List.of("additions"), Map.of("HONDRED", 60.0),
                "ADDITIONS EQUALS TWO MILLION FIVE HUNDRED AND SEVEN THOUSAND TWO\nHONDRED");
        assertTrue(cut.uncertain(), cut.note());
        Answer whole = Answers.scanned(AnswerKind.INTEGER, List.of("additions"), Map.of("SO", 60.0),
                "ADDITIONS EQUALS TWO MILLION FIVE HUNDRED AND SEVEN THOUSAND TWO HUNDRED\nSO THAT IS THE ANSWER");
        assertFalse(whole.uncertain(), whole.note());
    }

    @Test
    void anArrowBetweenASymbolAndItsPositionAsOcrReadsItSetsTheValueOff() {
        for (String line : List.of("ft + 4", "Ct>4", "C t> 4", "ot —4", "C {t-l} >4")) {
            Answer a = Answers.scanned(AnswerKind.INTEGER, Map.of(line.split(" ")[0], 96.0), line);
            assertEquals(new Value.Scalar(4), a.chosen().orElseThrow(() -> new AssertionError(line + ": " + a.note())).value(), line);
        }
        Answer shape = Answers.scanned(AnswerKind.SHAPE, Map.of("filters,", 96.0), "1 x 1 x 3 filters, 10 of them > 199 x 199 x 10");
        assertEquals(new Value.Shape(List.of(199L, 199L, 10L)), shape.chosen().orElseThrow().value());
        assertFalse(shape.uncertain(), shape.note());
    }
}
