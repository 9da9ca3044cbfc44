package examgrader.extract;

import static examgrader.extract.Answers.chosen;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.rubric.AnswerKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The student's final answer is chosen, not restated data or intermediate working. */
class FinalAnswerTest {
    private static Value.Scalar scalar(double v) {
        return new Value.Scalar(v);
    }

    @Test
    void endOfAnEqualsChain() {
        assertEquals(scalar(2508800), chosen(AnswerKind.INTEGER, "mults = 5 × 5 × 100352 = 2508800"));
    }

    @Test
    void chainContinuedOnTheNextLines() {
        assertEquals(scalar(72), chosen(AnswerKind.INTEGER, "params = 4 × (15 + 3)\n= 4 × 18\n= 72"));
    }

    @Test
    void afterTherefore() {
        assertEquals(scalar(72), chosen(AnswerKind.INTEGER, "W has 15 entries, b has 3\ntherefore 72 in all"));
        assertEquals(scalar(72), chosen(AnswerKind.INTEGER, "one gate = 18\n∴ 72"));
        assertEquals(scalar(72), chosen(AnswerKind.INTEGER, "one gate = 18\n$\\therefore$ 72"));
        assertEquals(scalar(72), chosen(AnswerKind.INTEGER, "one gate = 18\nso 72"));
    }

    @Test
    void aTotalStatedAfterAPerPartChainIsNotLeftOutSilently() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "parameters"),
                "each gate has an input bias and a hidden bias, so each gate has 15 + 3 + 3 = 21 parameters, "
                        + "and the four gates together have 84.");
        assertTrue(a.uncertain() || a.chosen().orElseThrow().value().equals(scalar(84)),
                "the chain's 21 is one gate's count, the clause after it the total: " + a.note());
        assertTrue(a.note().contains("84"), a.note());
    }

    @Test
    void aValueWrittenBeforeADashedRemarkIsTheAnswer() {
        assertEquals(scalar(4), chosen(AnswerKind.INTEGER, "4   -- f_t, the first sigmoid from the left"));
        assertEquals(scalar(1), chosen(AnswerKind.INTEGER, "1   -- C_{t-1}, upper line at the entry"));
        Answer a = Answers.single(AnswerKind.INTEGER, "4 — f_t, the first sigmoid from the left");
        assertEquals(scalar(4), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aDashedRemarkThatStatesANumberOfItsOwnIsNotSetAside() {
        Answer a = Answers.single(AnswerKind.INTEGER, "72 -- no wait, the biases make it 84 in all");
        assertTrue(a.uncertain() || a.chosen().map(c -> !c.value().equals(scalar(72))).orElse(true), a.note());
    }

    @Test
    void aDashedRemarkThatDoubtsItsValueIsNotSetAsideAsIfTheValueStoodAlone() {
        Answer a = Answers.single(AnswerKind.INTEGER, "4   -- wrong, should be the second sigmoid");
        assertTrue(a.uncertain() || a.chosen().isEmpty(), "the student takes the 4 back: " + a.note());
        Answer no = Answers.single(AnswerKind.INTEGER, "4 -- no, the second sigmoid from the left");
        assertTrue(no.uncertain() || no.chosen().isEmpty(), "'no,' takes the 4 back: " + no.note());
    }

    @Test
    void countsListedEachWithItsNameAreReadEachForItsOwnQuestion() {
        assertEquals(scalar(2508800), Answers.single(AnswerKind.INTEGER, List.of("multiplications"), "2508800 multiplications, 2507200 additions").chosen().orElseThrow().value());
        assertEquals(scalar(2507200), Answers.single(AnswerKind.INTEGER, List.of("additions"), "2508800 multiplications, 2507200 additions").chosen().orElseThrow().value());
        assertEquals(new Value.Shape(List.of(199L, 199L, 10L)), Answers.single(AnswerKind.SHAPE, List.of("pointwise"),
                "Pointwise: 199 × 199 × 3 input, 10 filters of 1 × 1 × 3 → output 199 × 199 × 10").chosen().orElseThrow().value(),
                "a count inside working is no list of named counts");
    }

    @Test
    void aRemarksOwnNoExplainsTheValueRatherThanDoubtingIt() {
        Answer a = Answers.single(AnswerKind.INTEGER, "0 -- the dot-product score has no learnable weights, so nothing extra is added.");
        assertEquals(scalar(0), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void anArrowOpeningTheLineAfterUnfinishedWorkingGivesThatWorkingsResult() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "multiplications"),
                "depthwise mults = 199² × 3 × 16 = 1 900 848\npointwise mults = 199² × 3 × 10 = 1 188 030\n"
                        + "total multiplications = 1 900 848 + 1 188 030\n→ 3 088 878 ≈ 3.09 × 10⁶");
        assertEquals(scalar(3088878), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        Answer afterAValue = Answers.single(AnswerKind.INTEGER, List.of("total", "multiplications"),
                "total multiplications = 3,088,878\n→ 1,900,848 of them in the depthwise step");
        assertEquals(scalar(3088878), afterAValue.chosen().orElseThrow().value(), afterAValue.note());
    }

    @Test
    void doubleUnderlineMarksTheAnswer() {
        assertEquals(scalar(36), chosen(AnswerKind.INTEGER,
                "$$= 24 + 12 = \\underline{\\underline{36}}$$\n$$check: 6 \\times 6 = 36 = 6^2 = 36$$\n1 cell = 4 gates"));
    }

    @Test
    void underliningEveryIntermediateResultMarksNoneOfThem() {
        Answer a = Answers.single(AnswerKind.REAL, List.of("total", "multiplications"),
                "depthwise mults $= 4 \\times 4 \\times 199 \\times 199 \\times 3 = \\underline{\\underline{1,900,848}}$\n"
                        + "pointwise mults $= 199 \\times 199 \\times 3 \\times 10 = \\underline{\\underline{1,188,030}}$\n"
                        + "Total no. of multiplications: $1,900,848 + 1,188,030 \\approx 3.089 \\times 10^6$");
        assertEquals(scalar(3.089e6), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void cueWordsPointToTheAnswer() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "multiplications"),
                "depthwise = 1,900,848\npointwise = 1,188,030\ntotal multiplications = 3,088,878");
        assertEquals(scalar(3088878), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void valueWithAUnitThatDoesNotFitIsNotTheAnswer() {
        String working = "$$\\begin{aligned} \\therefore \\text{Total computation} &= 4 \\times 4 \\times 199 \\times 199 "
                + "\\times 3 + 199 \\times 199 \\times 3 \\times 10 \\\\ &= 3,088,878 \\\\ &= 3 \\text{ M} \\times 4 "
                + "\\text{ bytes} \\\\ &= 12 \\text{ Mb} \\end{aligned}$$";
        assertEquals(scalar(3088878), chosen(AnswerKind.INTEGER, working));
    }

    @Test
    void restatedDataIsNotTheAnswer() {
        assertEquals(new Value.Shape(List.of(199L, 199L, 3L)), chosen(AnswerKind.SHAPE,
                "Input: 200 x 200 x 3\nfilter = 4 x 4\nOutput = (200 - 4 + 2)/1 + 1 = 199\nso output is 199 x 199 x 3"));
    }

    @Test
    void productWorkedOutIsNotAShape() {
        assertEquals(new Value.Shape(List.of(199L, 199L, 3L)), chosen(AnswerKind.SHAPE,
                "output 199 x 199 x 3\ncost = 4 x 4 x 199 x 199 x 3 = 1900848"));
    }

    @Test
    void fractionsAndFloorsAreWorkingNotAnswers() {
        assertEquals(scalar(199), chosen(AnswerKind.INTEGER,
                "$$\\text{Output} = \\left\\lfloor \\frac{200 - 4 + 2}{1} \\right\\rfloor + 1 = 199$$"));
    }

    @Test
    void crossedOutTextIsIgnored() {
        assertEquals(scalar(72), chosen(AnswerKind.INTEGER, "total = ~~60~~\ntotal = 72"));
        assertEquals(scalar(72), chosen(AnswerKind.INTEGER, "total = 72 ~~= 60~~"));
    }

    @Test
    void candidatesCarryReasonsAndTheirSource() {
        Answer a = Answers.single(AnswerKind.INTEGER, "mults = 5 × 5 × 100352 = 2508800");
        Candidate c = a.chosen().orElseThrow();
        assertTrue(c.reason().contains("end of an = chain"), c.reason());
        assertTrue(c.source().text().contains("2508800"));
        assertEquals("2508800", c.raw());
    }

    @Test
    void arrowsStartAConclusion() {
        assertEquals(new Value.Scalar(2508800), Answers.single(AnswerKind.INTEGER, List.of("multiplications"),
                "multiplications: each output needs 7 · 7 · 32 = 1,568 products → 2,508,800").chosen().orElseThrow().value());
        assertEquals(new Value.Shape(List.of(30L, 30L)), chosen(AnswerKind.SHAPE, "I used (64 - 5)/2 + 1 = 30 for both sides ⇒ 30 × 30"));
        assertEquals(new Value.Shape(List.of(26L, 28L)), chosen(AnswerKind.SHAPE, "H = 26, W = 28 -> output (26, 28)"));
        assertEquals(new Value.Shape(List.of(26L, 28L)), chosen(AnswerKind.SHAPE, "$H = 26 \\Rightarrow$ output is $26 \\times 28$"));
    }

    @Test
    void bareWorkingAfterAnArrowIsAboutWhatItsLineNames() {
        Answer arrow = Answers.single(AnswerKind.INTEGER, List.of("addition", "additions"),
                "adds: 287 per output -> 4*4*32*287 = 146,944");
        assertEquals(scalar(146944), arrow.chosen().orElseThrow().value());
        assertFalse(arrow.uncertain(), arrow.note());
        Answer so = Answers.single(AnswerKind.INTEGER, List.of("addition", "additions"),
                "additions = 511 for each output, so 1600 × 511 = 817600");
        assertEquals(scalar(817600), so.chosen().orElseThrow().value());
        assertFalse(so.uncertain(), so.note());
    }

    @Test
    void anArrowAfterAColonToANumberEndingTheLineIsOneMoreEquals() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("addition", "additions"),
                "additions: every product is added to a total that begins at 0, one addition each → 401,408");
        assertEquals(scalar(401408), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aValueFollowedByACommaAndItsExplanationIsTheAnswer() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("parameters"), "Extra parameters = 9, a 3 by 3 score matrix W_a");
        assertEquals(new Value.Scalar(9), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        assertEquals(new Value.Shape(List.of(3L, 5L)), chosen(AnswerKind.SHAPE, "W_f = 3 x 5, since h has 3 and x has 2"));
        assertEquals(new Value.Shape(List.of(3L, 2L)), chosen(AnswerKind.SHAPE, "W_f is 3 x 2 since x_t has 2 entries and c_t has 3"));
        assertEquals(new Value.Scalar(72), chosen(AnswerKind.INTEGER, "total = 72 because each of 4 gates has 18"));
    }

    @Test
    void aSetFollowedByARemarkInBracketsIsTheAnswer() {
        Answer a = Answers.single(AnswerKind.SET, List.of("input", "size"), "input sizes {52, 53, 54}  (floor makes 3 values work)");
        assertEquals(new Value.NumberSet(List.of(52.0, 53.0, 54.0)), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        Answer another = Answers.single(AnswerKind.SET, List.of("input", "size"), "input sizes {52, 53} (maybe 54 too)");
        assertTrue(another.chosen().isEmpty() || another.uncertain(), "a remark that may add a member is not passed over: " + another.chosen());
    }

    @Test
    void aRoundedValueThenTheExactOneAfterAsWellIsNoValueWithAReason() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("addition"),
                "Additions: about 2.5 million as well (2,507,200), one fewer than the products per output");
        assertTrue(a.chosen().isEmpty() || a.uncertain() || a.chosen().get().value().equals(new Value.Scalar(2507200)),
                "2.5 million is not taken as the answer, silently: " + a.chosen());
    }

    @Test
    void aListOfNumbersIsNotAValueWithAnExplanation() {
        assertTrue(Answers.single(AnswerKind.INTEGER, "= 9, 10, 11 and so on").chosen().isEmpty());
    }

    @Test
    void boldMarksTheAnswer() {
        assertEquals(scalar(2508800), chosen(AnswerKind.INTEGER, "(b) each output is 5 x 5 x 64 = 1600 values, each needs 1568 "
                + "products → multiplications = **2508800**"));
        assertEquals(scalar(72), chosen(AnswerKind.INTEGER, "**72**\nwithout the biases: 4 × 15 = 60"));
    }

    @Test
    void aBoxAroundAWholeEquationMarksItsResult() {
        assertEquals(scalar(72), chosen(AnswerKind.INTEGER, "**total = 72**\nwithout the biases: 4 × 15 = 60"));
        assertEquals(scalar(72), chosen(AnswerKind.INTEGER, "$\\boxed{total = 72}$\nwithout the biases: 4 × 15 = 60"));
    }

    @Test
    void boldWordsWithoutANumberMarkNothing() {
        assertEquals(scalar(72), chosen(AnswerKind.INTEGER, "**Without the biases** it would be 60\ntotal = 4 × 18 = 72"));
    }

    @Test
    void aMarkSinglesOutTheResultAmongOtherValuesInALine() {
        assertEquals(new Value.Shape(List.of(199L, 199L, 10L)),
                chosen(AnswerKind.SHAPE, "Pointwise: ten 1×1×3 filters, output **199 × 199 × 10**"));
        assertEquals(new Value.Shape(List.of(199L, 199L, 10L)),
                chosen(AnswerKind.SHAPE, "Pointwise: ten 1×1×3 filters, output $\\boxed{199 \\times 199 \\times 10}$"));
    }

    @Test
    void aNumberInARemarkInBracketsAfterTheWorkingIsNotTheAnswer() {
        Answer adds = Answers.single(AnswerKind.INTEGER, List.of("additions"), "Additions: $5^2 \\cdot 64 \\cdot "
                + "(7^2\\cdot 32 - 1) = 2507200$ (the first product is added to nothing, an accumulator starting at 0)");
        assertEquals(scalar(2507200), adds.chosen().orElseThrow().value());
        assertFalse(adds.uncertain(), adds.note());
        Answer weights = Answers.single(AnswerKind.INTEGER, List.of("parameters"),
                "weights = 1 · 1 · 512 · 128 = 65,536 (no bias, padding 2 only changes the output size to 29 × 29)");
        assertEquals(scalar(65536), weights.chosen().orElseThrow().value());
        assertFalse(weights.uncertain(), weights.note());
    }

    @Test
    void aRightHandSideInBracketsIsWorkingNotARemark() {
        Answer a = Answers.single(AnswerKind.VECTOR, "h_t = tanh(C_t) = (tanh 0.7, tanh 0.2, tanh 0.45)\n= (0.6044, 0.1974, 0.4219)");
        assertEquals(new Value.Vector(List.of(0.6044, 0.1974, 0.4219)), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void anApproximationAfterTheExactResultOnlyRoundsIt() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "multiplications"),
                "so the total is 1,900,848 + 1,188,030 = 3,088,878 ≈ 3.1 million multiplications");
        assertEquals(scalar(3088878), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        assertEquals(scalar(3088878), chosen(AnswerKind.INTEGER, "total = 1900848 + 1188030 = 3088878 ~ 3.089 × 10^6"));
        assertEquals(scalar(3088878), chosen(AnswerKind.INTEGER, "3,088,878 ≈ 3.1 million"));
    }

    @Test
    void aRemarkInBracketsThatRoundsTheNumberBeforeItLeavesTheExactNumberTheAnswer() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("weights"),
                "two layers of 2,048 × 1,024, which gives 4,194,304 weights (roughly 4.19 million)");
        assertEquals(scalar(4194304), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        assertEquals(scalar(12800), chosen(AnswerKind.INTEGER, "count: 8·8·200, 12,800 (about 12.8 thousand)"));
        assertEquals(scalar(12800), chosen(AnswerKind.INTEGER, "count: 8·8·200, 12,800 (12.8 thousand)"));
        Answer signed = Answers.single(AnswerKind.INTEGER, "count: 8·8·200, 12,800 (≈ 12.8 thousand)");
        assertEquals(scalar(12800), signed.chosen().orElseThrow().value());
        assertFalse(signed.uncertain(), signed.note());
    }

    @Test
    void anExactNumberInBracketsAfterItsRoundingIsTheAnswer() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("weights"), "weights: about 4.2 million (4,194,304)");
        assertEquals(scalar(4194304), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aRemarkInBracketsThatDoesNotRoundTheNumberBeforeItStaysARemark() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("weights"),
                "two layers of 2,048 × 1,024, which gives 4,194,304 weights (about 5.2 million with the biases)");
        assertEquals(scalar(4194304), a.chosen().orElseThrow().value(), a.note());
        Candidate remark = a.candidates().stream().filter(c -> c.value().equals(scalar(5.2e6))).findFirst().orElseThrow();
        assertTrue(remark.reason().contains(Scoring.IN_A_REMARK), remark.reason());
    }

    @Test
    void theStarsClosingABoldQuestionDoNotJoinTheAnswerBelowAsAProduct() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("heads"), "How many heads does the layer use?**\n\n8");
        assertEquals(scalar(8), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        assertEquals(scalar(72), chosen(AnswerKind.INTEGER, "params = 4 *\n18 = 72"));
    }

    @Test
    void anApproximationThatDoesNotRoundTheValueBeforeItIsAResultOfItsOwn() {
        assertEquals(scalar(3.2e6), chosen(AnswerKind.REAL, "total = 1900848 + 1188030 = 3088878 ≈ 3.2 million"));
        assertEquals(scalar(3.10e6), chosen(AnswerKind.REAL, "total = 3088878 ≈ 3.10 million"));
    }

    @Test
    void aResultThatLaterWorkingTakesAsAnOperandIsAStepNotACompetingAnswer() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("parameters"),
                "per gate: W (6) + U (9) + b (3) = 18\nall four gates: 4 × 18 = 72");
        assertEquals(scalar(72), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aResultUsedByLaterWorkingThatNamesTheQuestionLessStaysTheAnswer() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("parameters"),
                "parameters = 7 × 7 × 32 × 64 = 100352\nmults = 5 × 5 × 100352 = 2508800");
        assertEquals(scalar(100352), a.chosen().orElseThrow().value());
    }

    @Test
    void aCheckAfterTheAnswerDoesNotMakeTheAnswerWorking() {
        Answer a = Answers.single(AnswerKind.INTEGER, "4 × 18 = 72\ncheck: 72 / 4 = 18");
        assertTrue(a.uncertain() || a.chosen().orElseThrow().value().equals(scalar(72)), a.note());
    }

    @Test
    void anAnswerWrittenBeforeItsWorkingIsNotRivalledByAStepOfThatWorking() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "parameters"),
                "84\nhow: one gate 3·5 + 3 + 3 = 21; all gates → 4 × 21 = 84.");
        assertEquals(scalar(84), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void resultsThatAddUpToATotalStatedAfterThemAreItsParts() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "multiplications"),
                "mults: 30*30*3*9 = 24300\n30*30*3*8 = 21600\nTOTAL = 45900");
        assertEquals(scalar(45900), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void resultsThatAddUpToARoundedTotalStatedBeforeThemAreItsParts() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "multiplications"),
                "Total: about 4.2 million multiplications.\nFirst layer mults = 2048*1024 = 2,097,152\n"
                        + "Second layer mults = 1024*2048 = 2,097,152\n");
        assertEquals(scalar(4.2e6), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void resultsThatDoNotAddUpToTheTotalStayRivals() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "multiplications"),
                "mults: 30*30*3*9 = 24300\n30*30*3*8 = 21600\nTOTAL = 46900");
        assertTrue(a.uncertain(), "the total is not the sum of the parts: which is meant is in doubt; " + a.chosen());
    }

    @Test
    void partsOfATotalAreNoStepsWhereTheQuestionAsksNoTotal() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("multiplications"),
                "multiplications = 24300\nadditions = 21600\ntotal operations with multiplications = 45900");
        assertTrue(a.uncertain() || a.chosen().orElseThrow().value().equals(scalar(24300)),
                "45,900 counts more than multiplications: not taken silently; " + a.chosen());
    }

    @Test
    void anExactNumberSaidToBeExactInBracketsAfterItsRoundingIsTheAnswer() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("weights"),
                "Weights = about 4.19 million (exactly 4,194,304) weights.");
        assertEquals(scalar(4194304), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aRemarkInBracketsClosesATableCellAsItClosesALine() {
        Answer a = Answers.single(AnswerKind.VECTOR, List.of("y"), "| y = 0.25 (the other two are zero)   |");
        assertEquals(scalar(0.25), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void theCellsOfAPrintedTableRowAreReadOneByOne() {
        Answer mults = Answers.single(AnswerKind.INTEGER, List.of("multiplications"), "| multiplications | 5*5*64*(7*7*32) | 2508800 |");
        assertEquals(scalar(2508800), mults.chosen().orElseThrow().value());
        assertFalse(mults.uncertain(), mults.note());
        Answer params = Answers.single(AnswerKind.INTEGER, List.of("parameters"), "| parameters | 65,536 | 1x1x512x128, padding does not matter |");
        assertEquals(scalar(65536), params.chosen().orElseThrow().value());
    }

    @Test
    void shapesAndResultsWrittenInWordsAreRead() {
        assertEquals(new Value.Shape(List.of(3L, 2L)), chosen(AnswerKind.SHAPE, "W_f maps x_t (two) to the gate (three), so W_f is three by two."));
        assertEquals(new Value.Shape(List.of(3L, 1L)), chosen(AnswerKind.SHAPE, "b_f is three by one."));
        assertEquals(scalar(36), chosen(AnswerKind.INTEGER, "Each gate: 6 weights + 3 biases = 9, so 4 x (6 + 3) = thirty-six weights"));
        assertEquals(scalar(48), chosen(AnswerKind.INTEGER, "four gates, so 4 x 12 = forty eight"));
        assertEquals(scalar(2508800), chosen(AnswerKind.INTEGER, "one addition per product, so 25 x 64 x 1568 = 2508800"),
                "a number word in prose is no value");
    }

    @Test
    void compoundNumbersInWordsAreReadWhole() {
        assertEquals(scalar(65536), chosen(AnswerKind.INTEGER, "A 1 × 1 kernel over 512 channels, 128 of them, no bias: 512 × 128 = "
                + "sixty-five thousand five hundred and thirty-six trainable parameters (padding 2 only changes the output size)"),
                "not 65 thousand");
        assertEquals(new Value.Shape(List.of(26L, 28L)), chosen(AnswerKind.SHAPE, "(78 + 4 − 5)/3 = 25.67 → 25, plus one gives 26; "
                + "(84 + 4 − 5)/3 = 27.67 → 27, plus one gives 28. The feature map is twenty-six by twenty-eight."));
        assertEquals(new Value.Shape(List.of(31L, 30L)), chosen(AnswerKind.SHAPE,
                "(64 − 3)/2 = 30.5 → 30, +1 = 31; (64 − 5)/2 = 29.5 → 29, +1 = 30. Output size thirty-one by thirty, i.e. (31, 30)."));
        assertEquals(52.0, ((Value.Scalar) chosen(AnswerKind.SET,
                "Need 16 = floor((n + 2 − 9)/3) + 1, i.e. (n − 7)/3 = 15 → n = 45 + 7. The input size needed is fifty-two.")).value());
        assertEquals(scalar(100352), chosen(AnswerKind.INTEGER,
                "trainable parameters: 7 · 7 · 32 · 64 = 1.00352×10⁵ (a hundred thousand three hundred fifty-two)"));
        assertEquals(scalar(2508800), chosen(AnswerKind.INTEGER,
                "multiplications: each of the 1600 outputs needs 1568 products → 1600 × 1568 = 2.5088M multiplications"));
    }

    @Test
    void aShapeStatedAfterThePerDimensionWorkingWins() {
        Value shape = new Value.Shape(List.of(26L, 28L));
        assertEquals(shape, chosen(AnswerKind.SHAPE, "(78 + 4 − 5)/3 → 25, +1 → 26; (84 + 4 − 5)/3 → 27, +1 → 28. Output (26, 28)"));
        assertEquals(shape, chosen(AnswerKind.SHAPE, "1 + int((78-5)/3) = 26 and 1 + int((84-5)/3) = 28, output 26 x 28"));
    }

    @Test
    void aReasonInBracketsAfterTheShapeIsWorkingNotTheAnswer() {
        Answer a = Answers.single(AnswerKind.SHAPE, List.of("depthwise"),
                "Depthwise output = 199 × 199 × 3 (since (200 + 2 − 4) + 1 = 199)");
        assertEquals(new Value.Shape(List.of(199L, 199L, 3L)), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aSentenceNamingAnotherQuestionDoesNotLendItsCueToThisOne() {
        Answer a = Answers.single(AnswerKind.SHAPE, List.of("depthwise", "dw"),
                "so the output size after depthwise convolution is (202 − 4)/1 + 1 = 199, which gives 199 × 199 × 3. "
                        + "In the pointwise step, ten 1 × 1 × 3 filters are applied, so the output size after pointwise "
                        + "convolution is 199 × 199 × 10.");
        assertEquals(new Value.Shape(List.of(199L, 199L, 3L)), a.chosen().orElseThrow().value());
    }

    @Test
    void aDashGluedToASubscriptedSymbolAsOcrReadsItSetsThePositionOff() {
        assertEquals(scalar(4), chosen(AnswerKind.INTEGER, "f.t-4"));
        assertEquals(scalar(5), chosen(AnswerKind.INTEGER, "it-5"));
        assertEquals(scalar(6), chosen(AnswerKind.INTEGER, "o t-6 ©"));
        assertEquals(scalar(1), chosen(AnswerKind.INTEGER, "C_{t-1} -1"));
        assertEquals(scalar(7), chosen(AnswerKind.INTEGER, "C~_t-7"));
        assertEquals(scalar(-3), chosen(AnswerKind.INTEGER, "x = 4 - 7 = -3"), "a minus after an = stays one");
    }

    @Test
    void anImplicationArrowOpeningANamedLineIsTheConclusion() {
        Answer a = Answers.single(AnswerKind.SHAPE, List.of("W_f"), "f_t (3 x 1) = W_f (? x ?) [h_{t-1}, x_t] (5 x 1)\n=> W_f : 3 x 5");
        assertEquals(new Value.Shape(List.of(3L, 5L)), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        assertEquals(scalar(72), chosen(AnswerKind.INTEGER, "per gate 15 + 3 = 18\n=> 4 * 18 = 72"), "before a number it goes on with the working");
        Answer plainArrow = Answers.single(AnswerKind.INTEGER, "output (19-7)/3+1 = 5\n-> multiplications: 1600*1568 = 2508800");
        assertTrue(plainArrow.uncertain(), "a plain arrow only leads on: " + plainArrow.chosen());
    }

    @Test
    void aSymbolReadWithoutItsUnderscoreOnAScanStillNamesTheAnswer() {
        Answer a = Answers.scanned(AnswerKind.SHAPE, List.of("W_f"), Map.of("ft(3x1)=", 96.0),
                "ft(3x1)= W_f (?.x ?) [h_{t-1}, x_t] (5 x 1)\n. => Wf:3x5");
        assertEquals(new Value.Shape(List.of(3L, 5L)), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        assertTrue(examgrader.segment.Cues.mentionsOnAScan("Wf:3x5", "W_f"));
        assertFalse(examgrader.segment.Cues.mentionsOnAScan("so it is 5", "i_t"), "a symbol that spells a word is no mention");
    }

    @Test
    void aDashGluedToTheAnswerWordSetsTheAnswerOff() {
        assertEquals(scalar(36), chosen(AnswerKind.INTEGER, "per gate = 3*2 + 3 = 9\ntotal = 4 x (3*2 + 3) = 4 x 9\nAns- 36 parameters"));
    }

    @Test
    void aSingleNumberWorkedOutWhereASetIsAskedIsASetOfOne() {
        Answer a = Answers.single(AnswerKind.SET, List.of("input", "size"),
                "Ans- 16 = (n+2-9)/3 + 1 , so n = 15*3 + 7 = 52\ninput size is 52");
        assertFalse(a.isBlank(), a.note());
        assertFalse(a.uncertain(), a.note());
        assertEquals(scalar(52), a.chosen().orElseThrow().value());
    }

    @Test
    void workingInBracketsClosingTheLineIsARemarkNotTheAnswer() {
        Value shape = new Value.Shape(List.of(199L, 199L, 3L));
        assertEquals(shape, chosen(AnswerKind.SHAPE, "depthwise  -> 199x199x3   (200 - 4 + 2 + 1 = 199)"));
        assertEquals(shape, chosen(AnswerKind.SHAPE, "depthwise output: **(199, 199, 3)**  [ (200 + 2 − 4)/1 + 1 = 199 ]"));
    }

    @Test
    void aResultInBracketsOpeningWithEqualsIsTheResultNotARemark() {
        Answer a = Answers.single(AnswerKind.INTEGER, "mults = 5 × 5 × 64 × 1568 (= 2508800)");
        assertEquals(scalar(2508800), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aDashAfterAnswerStatesTheResult() {
        Answer a = Answers.single(AnswerKind.SHAPE, List.of("output"),
                "H_out = ⌈(64 − 3)/2⌉ + 1 = 32\nW_out = ⌊(64 − 5)/2⌋ + 1 = 30\nFinal answer – 32 × 30");
        assertEquals(new Value.Shape(List.of(32L, 30L)), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void perDimensionWorkingWithFunctionsIsNotAListOfResults() {
        Answer a = Answers.single(AnswerKind.SHAPE, List.of("output"),
                "1 + int((78+2*2-5)/3) = 26, 1 + int((84+2*2-5)/3) = 28, output = 26 x 28");
        assertEquals(new Value.Shape(List.of(26L, 28L)), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void heightAndWidthWorkedOutOneByOneAreTheShape() {
        Answer a = Answers.single(AnswerKind.SHAPE, List.of("output"),
                "H_out = ⌊(64 − 3)/2⌋ + 1 = 31\nW_out = ⌊(64 − 5)/2⌋ + 1 = 30");
        assertEquals(new Value.Shape(List.of(31L, 30L)), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        assertEquals(new Value.Shape(List.of(26L, 28L)), chosen(AnswerKind.SHAPE,
                "H_out = ⌊(78 + 2·2 − 5)/3⌋ + 1 = 26\nW_out = ⌊(84 + 2·2 − 5)/3⌋ + 1 = 28\nFinal answer – H_out = 26, W_out = 28"));
    }

    @Test
    void namedDimensionsInOneStatementAreTheShapeWritten() {
        String both = "Depthwise: spatial out = (200 - 4 + 2*1)/1 + 1 = 199.\n"
                + "Output after depthwise conv: H=199, W=199, C=3\n"
                + "Pointwise: 1x1 conv with 10 filters keeps H and W.\n"
                + "Output after pointwise conv: H=199, W=199, C=10\n"
                + "- depthwise: (199*199) * (4*4) * 3 = 1,900,848";
        Answer depthwise = Answers.single(AnswerKind.SHAPE, List.of("depthwise", "dw"), both);
        assertEquals(new Value.Shape(List.of(199L, 199L, 3L)), depthwise.chosen().orElseThrow().value());
        assertFalse(depthwise.uncertain(), depthwise.note());
        Answer pointwise = Answers.single(AnswerKind.SHAPE, List.of("pointwise", "pw"), both);
        assertEquals(new Value.Shape(List.of(199L, 199L, 10L)), pointwise.chosen().orElseThrow().value());
        assertFalse(pointwise.uncertain(), pointwise.note());
        Answer beside = Answers.single(AnswerKind.SHAPE, List.of("output"),
                "given: input 64 x 64, kernel 3 x 5, stride 2, pad 0\n=> H=31, W=30");
        assertEquals(new Value.Shape(List.of(31L, 30L)), beside.chosen().orElseThrow().value());
        assertFalse(beside.uncertain(), beside.note());
    }

    @Test
    void aValueCrossedOutIsNeverTheAnswer() {
        assertEquals(scalar(78), chosen(AnswerKind.INTEGER, "params = ~~72~~ 78"));
        assertEquals(scalar(78), chosen(AnswerKind.INTEGER, "params = <del>72</del> 78"));
        assertEquals(scalar(78), chosen(AnswerKind.INTEGER, "params = <s>72</s> 78"));
        Answer org = Answers.single(AnswerKind.INTEGER, List.of("total", "multiplications"),
                "mults = 199*199*3*10 = 1,188,030\nTotal multiplications = +3,108,030+ 3,088,878\n"
                        + "(first time I used 200*200 positions for the depthwise part, that was wrong)");
        assertEquals(scalar(3088878), org.chosen().orElseThrow().value());
        assertFalse(org.uncertain(), org.note());
        assertEquals(scalar(7), chosen(AnswerKind.INTEGER, "n = 4 + 3 = 7"), "a plus between spaces is arithmetic");
        assertEquals(scalar(6), chosen(AnswerKind.INTEGER, "n = 1+2+3 = 6"));
    }

    @Test
    void takingBackAValueAlreadyCrossedOutTakesBackNothingElse() {
        Answer a = Answers.single(AnswerKind.SHAPE, List.of("depthwise"),
                "output after depthwise = 199 x 199 x 3\nTotal multiplications = +3,108,030+ 3,088,878\n"
                        + "(first time I used 200*200 positions for the depthwise part, that was wrong)");
        assertEquals(new Value.Shape(List.of(199L, 199L, 3L)), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        Answer plain = Answers.single(AnswerKind.SHAPE, List.of("depthwise"),
                "output after depthwise = 200 x 200 x 3\n(that was wrong)");
        assertTrue(plain.uncertain(), "a retraction with nothing crossed out still takes back what is above: " + plain.note());
    }

    @Test
    void twoDifferentHeightsMakeNoShape() {
        Answer a = Answers.single(AnswerKind.SHAPE, "H = 31\nW = 30\nH = 32");
        assertTrue(a.chosen().isEmpty() || !(a.chosen().get().value() instanceof Value.Shape) || a.uncertain(), a.note());
    }

    @Test
    void aNumberRestatedInMillionsAfterAPlainEqualsOnlyRoundsTheExactResult() {
        assertEquals(scalar(2045321), chosen(AnswerKind.INTEGER, "total = 1,200,000 + 845,321 = 2,045,321 = 2.0 million"));
        assertEquals(scalar(2045321), chosen(AnswerKind.REAL, "total = 1,200,000 + 845,321 = 2,045,321 = 2.05 x 10^6"));
    }

    @Test
    void aPlainEqualsToFewerDigitsInTheSameNotationIsWorkingNotARounding() {
        assertEquals(scalar(29), chosen(AnswerKind.INTEGER, "(61 - 4)/2 + 1 = 29.5 = 29"));
    }

    @Test
    void aShapeAfterADimensionItIsMadeOfIsTheResultNotAProduct() {
        assertEquals(new Value.Shape(List.of(24L, 24L)), chosen(AnswerKind.SHAPE,
                "input 50 x 50, kernel 3 x 3, stride 2, no pad.\nI used (50 - 3)/2 + 1 = 24 for both sides = 24 x 24"));
        Answer product = Answers.single(AnswerKind.SHAPE, "mults: 1764 = 3 x 3 x 7 x 7 x 4");
        assertTrue(product.candidates().stream().filter(c -> c.value().equals(new Value.Shape(List.of(3L, 3L, 7L, 7L, 4L))))
                .allMatch(c -> c.reason().contains(Scoring.PRODUCT)), "a product that computes to the number before it");
    }

    @Test
    void aLineEndingInAnOperatorGoesOnOnTheNextLine() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "parameters"),
                "Each of the 4 gates has a 5x2 weight and a 5x1 bias, so the total is 4 x\n(10 + 5) = 60 parameters.");
        assertEquals(scalar(60), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        assertEquals(scalar(999), chosen(AnswerKind.INTEGER, "additions: one fewer, 1,000 −\n1 = 999"));
    }

    @Test
    void aMinusInsideABracketLeftOpenAtTheLineEndGoesOnOnTheNextLine() {
        String wrapped = "The height is floor((40 — 4)/4) + 1 = 9 + 1 = 10 and the width is floor((40 %s\n6)/2) + 1 = 17 + 1 = 18.";
        for (String minus : List.of("—", "-", "−")) {
            assertEquals(new Value.Shape(List.of(10L, 18L)), chosen(AnswerKind.SHAPE, wrapped.formatted(minus) + " So it is 10 by 18."), minus);
            Answer alone = Answers.single(AnswerKind.SHAPE, wrapped.formatted(minus));
            assertFalse(alone.chosen().map(c -> c.value().equals(new Value.Shape(List.of(10L, 40L)))).orElse(false),
                    "the first number of a cut subtraction is no width: " + alone.chosen());
        }
        assertEquals(scalar(7), chosen(AnswerKind.INTEGER, "so the rest is 7 -\n- which I checked twice"));
    }

    @Test
    void aRemarkClosingOneOfSeveralStatementsPartedByBarsIsNoPartOfTheNextValue() {
        Answer a = Answers.single(AnswerKind.SHAPE, List.of("pointwise", "pw"),
                "pointwise out = 49 x 49 x 8 (8 filters of 1x1x3) | mults: dw = 49 x 49 x 3 x 9 = 64,827 ; pw = 49 x 49 x 3 x 8 = 57,624");
        assertEquals(new Value.Shape(List.of(49L, 49L, 8L)), a.chosen().orElseThrow().value(), a.note());
    }

    @Test
    void aClauseClosingTheSentenceWithItsResultIsAStatementOfItsOwn() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("multiplication", "multiplications"), "Its output is (19 − 7)/3 + 1 = 5 on each"
                + " side, so there are 5 × 5 × 64 = 1,600 output values, each needing 1,568 products, for 2,508,800 multiplications.");
        assertEquals(scalar(2508800), a.chosen().orElseThrow().value(), a.note());
    }

    @Test
    void aCountWrappedBeforeWhatItCountsAndItsProductIsAFactor() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "parameters"), "total = 4\ngates x (15 weights + 3 biases) = 72 params");
        assertEquals(scalar(72), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), "the 4 is a factor of the working, no second result: " + a.note());
    }

    @Test
    void aShapeBeforeTheCommaOfAWrappedSentenceIsRead() {
        assertEquals(new Value.Shape(List.of(49L, 49L, 3L)), Answers.single(AnswerKind.SHAPE, List.of("depthwise", "dw"),
                "depthwise: out = (50 - 4 + 2*1)/1 + 1 = 49, output 49×49×3,").chosen().orElseThrow().value());
    }

    @Test
    void aNumberWrappedBeforeItsScaleWordIsReadWithIt() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "multiplications"),
                "the depthwise step needs 2 000 and the pointwise 1 000, so in total roughly 4.21\nmillion, exactly 4 210 400.");
        assertTrue(a.chosen().orElseThrow().value() instanceof Value.Scalar s && s.value() > 4_000_000, a.chosen() + " " + a.note());
    }

    @Test
    void aSentenceWrappedOntoALineStartingWithASmallLetterIsOneStatement() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "multiplications"),
                "with 8 x 8 x 10 = 640 multiplications. Hence the total\nnumber of multiplications is 1,792.");
        assertEquals(scalar(1792), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void theValuesOfAnExpressionOfTheUnknownAreAStepTowardsTheUnknowns() {
        Answer a = Answers.single(AnswerKind.SET, List.of("input", "sizes"),
                "need floor((n-9)/2) = 20, so n-9 = 40..41\n     n = 49, 50");
        assertEquals(new Value.NumberSet(List.of(49.0, 50.0)), a.chosen().orElseThrow().value(), a.note());
    }

    @Test
    void anEarlierAnswerNamedInPassingDoesNotAnnounceTheValueAfterIt() {
        assertFalse(Extractor.isTherefore("Correction (replaces my answer above): because of the floor, n"));
        assertFalse(Extractor.isTherefore("as in the answer above, n"));
        assertTrue(Extractor.isTherefore("Ans: 4 x 18"));
        assertTrue(Extractor.isTherefore("The answer is"));
    }

    @Test
    void aLineStatingANumberIsNotWrappedIntoTheNextLinesWorking() {
        var stated = new examgrader.segment.Fragment(1, "total: about 4.2 million multiplications", List.of());
        var working = new examgrader.segment.Fragment(1, "first layer mults = 2048*1024 = 2,097,152", List.of());
        assertEquals(2, Statements.chains(List.of(stated, working)).size(), "two statements, not one sentence");
    }

    @Test
    void aListCutBeforeItsLastEntryOrANumberWhoseSentenceEndsBelowIsOneStatement() {
        assertEquals(new Value.NumberSet(List.of(52.0, 53.0, 54.0)),
                chosen(AnswerKind.SET, "so the input size can be 52, 53 or\n54."), "the page wrapped the list");
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "multiplications"),
                "pointwise = 1,188,030 multiplications\n1,900,848 + 1,188,030 = 3,088,878\nmultiplications in total.");
        assertEquals(scalar(3088878), a.chosen().orElseThrow().value(), "the words below name what the number counts");
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aLineEndingInAStopOrANumberIsNotWrapped() {
        var heading = new examgrader.segment.Fragment(1, "Hence the total.", List.of());
        var first = new examgrader.segment.Fragment(1, "pointwise = 640", List.of());
        var second = new examgrader.segment.Fragment(1, "depthwise = 1,920", List.of());
        assertEquals(2, Statements.chains(List.of(heading, new examgrader.segment.Fragment(1, "number of additions is 1,792", List.of()))).size());
        assertEquals(2, Statements.chains(List.of(first, second)).size());
    }

    @Test
    void aValueTheStudentTakesBackIsNotTheirAnswer() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("trainable", "parameters"),
                "trainable parameters = 3*3*512*128 = 589824\n-- scratch that, the kernel is 1x1, not 3x3:\n"
                        + "trainable parameters = 1*1*512*128 = 65536");
        assertEquals(scalar(65536), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aSpacedDashAfterTheSymbolALineOpensWithStatesItsPositionButStaysAMinusInWorking() {
        assertEquals(scalar(4), Answers.single(AnswerKind.INTEGER, List.of("f_t"), "f_t -- position 4").chosen().orElseThrow().value());
        assertEquals(scalar(3), Answers.single(AnswerKind.INTEGER, List.of("C_t"), "C_t – 3").chosen().orElseThrow().value());
        assertEquals(scalar(10), Answers.single(AnswerKind.INTEGER, List.of("count"), "count = 13 - 3 = 10").chosen().orElseThrow().value());
    }

    @Test
    void aValueWrittenBesideTheOneItReplacesIsTheAnswer() {
        for (String text : List.of("72 not 60", "the answer is 72 (not 60)", "4 x 15 = 60\nCorrection: 72, not 60")) {
            Answer a = Answers.single(AnswerKind.INTEGER, List.of("parameters"), text);
            assertEquals(scalar(72), a.chosen().orElseThrow().value(), text);
        }
        assertEquals(scalar(60), Answers.single(AnswerKind.INTEGER, List.of("parameters"), "parameters = 4 x 15 = 60, not 4 x 18")
                .chosen().orElseThrow().value());
    }

    @Test
    void aValueTakenBackLaterInItsOwnLineGivesWayToTheValueAfterIt() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("o_t"), "o_t : 9 — scratch that, I misread the arrow, o_t is at 8");
        assertEquals(scalar(8), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aSecondThoughtOpeningALineTakesBackWhatCameBeforeButNotInsideASentence() {
        Answer redone = Answers.single(AnswerKind.INTEGER, List.of("trainable", "parameters"),
                "so trainable parameters = 3*3*512*128 = 589824\nactually I forgot the kernel is 1x1:\n"
                        + "trainable parameters = 1*1*512*128 = 65536");
        assertEquals(scalar(65536), redone.chosen().orElseThrow().value());
        Answer wrongAgain = Answers.single(AnswerKind.INTEGER, List.of("trainable", "parameters"),
                "trainable parameters = 589824\nwait, that's wrong:\ntrainable parameters = 65536");
        assertEquals(scalar(65536), wrongAgain.chosen().orElseThrow().value());
        Answer stressed = Answers.single(AnswerKind.INTEGER, List.of("trainable", "parameters"),
                "trainable parameters = 1*1*512*128 = 65536\nthis layer is actually cheap");
        assertEquals(scalar(65536), stressed.chosen().orElseThrow().value());
        assertFalse(stressed.uncertain(), stressed.note());
    }

    @Test
    void aValueTakenBackWithNothingInItsPlaceGoesToAPerson() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("trainable", "parameters"),
                "trainable parameters = 3*3*512*128 = 589824 (ignore that, no time to redo it)");
        assertTrue(a.uncertain(), a.note());
    }

    @Test
    void wordsEndingInAColonAboveAChainWithItsOwnSubjectAreItsTopicNotItsData() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("trainable", "parameters"),
                "trainable parameters = 3*3*512*128 = 589824\nthe kernel is small:\ntrainable parameters = 1*1*512*128 = 65536");
        assertTrue(a.uncertain(), "two results for the same quantity, neither the question's data: " + a.note());
    }

    @Test
    void aNumberWhosePowerOfTenWrappedOntoTheNextLineIsReadWhole() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("trainable", "parameters"),
                "Trainable parameters: $7 \\times 7 \\times 32 \\times 64=\\boxed{1.00352\n\\times 10^{5}}$");
        assertEquals(scalar(100352), a.chosen().orElseThrow().value());
    }

    @Test
    void statementsPartedByBarsAreReadApartEvenWhenTheLastWrapsOntoTheNextLine() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("multiplications", "mults"),
                "B-iv: output 5x5 ⇒ params = 100352 | mults = 2508800 | adds =\n2507200");
        assertEquals(scalar(2508800), a.chosen().orElseThrow().value(), a.note());
    }

    @Test
    void aVectorCutByALineBreakIsReadWhole() {
        Answer a = Answers.single(AnswerKind.VECTOR, List.of("h_t"),
                "(ii) $h_t = \\tanh(C_t) = [\\tanh 0.7; \\tanh 0.2; \\tanh 0.05] = [0.6044; 0.1974;\n0.0500]$");
        assertEquals(new Value.Vector(List.of(0.6044, 0.1974, 0.05)), a.chosen().orElseThrow().value(), a.note());
    }

    @Test
    void anExplanationAfterADashWithNumbersOfItsOwnLeavesTheValueBeforeIt() {
        Answer a = Answers.single(AnswerKind.SHAPE, List.of("W_f"),
                "W_f is 3 x 5 -- it multiplies the concatenation [h_{t-1}, x_t], which has 3 + 2 = 5 entries.");
        assertEquals(new Value.Shape(List.of(3L, 5L)), a.chosen().orElseThrow().value(), a.note());
    }

    @Test
    void aLineThatIsOneRemarkInBracketsExplainsTheAnswersAboveIt() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "parameters"),
                "4 × (15 + 3) = 72 params\n(x_t is 2, c_t and h_t are 3, so [h_{t-1}, x_t] is 5 long; four gates each with a 3 × 5 matrix.)");
        assertEquals(scalar(72), a.chosen().orElseThrow().value(), a.note());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aClauseThatGivesTheSentencesResultIsItsOwnStatement() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "parameters"),
                "There are 4 gates. Per gate that is 15 + 3 + 3 = 21, which gives us 84 in total.");
        assertEquals(scalar(84), a.chosen().orElseThrow().value(), a.note());
    }

    @Test
    void aSizeWorkedOutForEachPartAfterTheResultIsNotTheResult() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("parameters", "trainable"),
                "params = 7 * 7 * 32 * 64 = 100,352\n"
                        + "output = floor((19 - 7)/3) + 1 = 5, so 5 * 5 * 64 = 1600 output values, each a dot product of length 7*7*32 = 1568");
        assertTrue(a.uncertain() || a.chosen().orElseThrow().value().equals(scalar(100352)), a.note());
        assertFalse(a.chosen().orElseThrow().value().equals(scalar(1568)) && !a.uncertain(), a.note());
    }

    @Test
    void twoNamedResultsJoinedByAndAreReadApart() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("multiplications", "mults"),
                "Corrected: multiplications = 5 · 5 · 64 · 1568 = 2,508,800 and additions = 5 · 5 · 64 · 1567 = 2,507,200.");
        assertEquals(scalar(2508800), a.chosen().orElseThrow().value(), a.note());
    }


    @Test
    void twoCountedResultsJoinedByAndAreReadApart() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("multiplications", "mults"),
                "In total 1600 · 1568 = 2,508,800 multiplications and 1600 · 1567 = 2,507,200 additions.");
        assertEquals(scalar(2508800), a.chosen().orElseThrow().value(), a.note());
    }

    @Test
    void aCountOfMultiplicationsIsNoAnswerToAQuestionOnAdditions() {
        String line = "additions. In total 1600 · 1568 = 2,508,800 multiplications and 1600 · 1567 = 2,507,200 additions.";
        Answer adds = Answers.single(AnswerKind.INTEGER, List.of("addition", "additions"), line);
        assertEquals(scalar(2507200), adds.chosen().orElseThrow().value(), adds.note());
        assertFalse(adds.uncertain(), adds.note());
        Answer both = Answers.single(AnswerKind.INTEGER, List.of("addition", "additions"),
                "one addition per product: 1600 · 1568 = 2,508,800 multiplications and additions");
        assertEquals(scalar(2508800), both.chosen().orElseThrow().value(), both.note());
        Answer products = Answers.of(examgrader.segment.TestScripts.text("Student 1234567\n\n2.4 additions\nDouble-check: adding N"
                + " numbers needs N - 1 additions, N = 2,508,800 products -> 2,508,799. Agrees."),
                examgrader.rubric.RubricLoader.load(java.nio.file.Path.of("rubrics/dl50039-week8.yaml"))).get("T2.4.adds");
        assertEquals(scalar(2508799), products.chosen().orElseThrow().value(), products.note());
        Answer mults = Answers.single(AnswerKind.INTEGER, List.of("multiplication", "multiplications"),
                "5 * 5 * 64 outputs, each 1568 products: 1600 * 1568 = 2,508,800 products");
        assertEquals(scalar(2508800), mults.chosen().orElseThrow().value(), mults.note());
        assertFalse(mults.uncertain(), mults.note());
    }

    @Test
    void aShapeBeforeACommaAndTheWorkingOfACountIsAResultOfItsOwn() {
        Answer a = Answers.single(AnswerKind.SHAPE, List.of("pointwise", "pw"),
                "pointwise (10 filters of 1×1×3): 200 × 200 × 10, 200·200·3·10 = 1,200,000");
        assertEquals(new Value.Shape(List.of(200L, 200L, 10L)), a.chosen().orElseThrow().value(), a.note());
        Answer counted = Answers.single(AnswerKind.SHAPE, List.of("pointwise", "pw"), "pointwise: 200 × 200 × 10, 1,200,000 mults");
        assertEquals(new Value.Shape(List.of(200L, 200L, 10L)), counted.chosen().orElseThrow().value(), counted.note());
    }

    @Test
    void aWordHyphenatedOverTwoLinesIsOneWord() {
        Answer a = Answers.of(examgrader.segment.TestScripts.text("Roll 20MA20045\n\nQ2(b): 0. The dot product score has no weight matrix and no bias,"
                + " so no\nadditional para-\nmeters are needed compared to feeding C = h_n to every s_i.\nQ3(c): Four gate blocks (f, i, o, C~), each has 3 x 5 = 15 weights"
                + " and 3\nbiases, total = 4 x (15 + 3) = 4 x 18 = 72 para-\nmeters."),
                examgrader.rubric.RubricLoader.load(java.nio.file.Path.of("rubrics/cs60010-ct3-2021.yaml"))).get("3c");
        assertEquals(scalar(72), a.chosen().orElseThrow().value(), a.note());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void theQuestionsOwnDataWrittenBackIsNoRivalAnswer() {
        Answer a = Answers.of(examgrader.segment.TestScripts.text("roll no 18EE10034\n\n1 b ii\nh t = o t o tanh(c t)\ntanh 0.7 = 0.6044\n"
                + "o t = 1 0 0 so the 2nd and 3rd entries get multiplied by zero anyway\nh t = 0.6044 0 0"),
                examgrader.rubric.RubricLoader.load(java.nio.file.Path.of("rubrics/cs60010-ct3-2021.yaml"))).get("1b.ii");
        assertEquals(new Value.Vector(List.of(0.6044, 0.0, 0.0)), a.chosen().orElseThrow().value(), a.note());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aNumberWhoseBoldClosesOnTheNextLineIsTheMarkedResult() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("parameters", "trainable"),
                "Weights per kernel = 1·1·512 = 512 → total = 512 · 128 = **65,536\ntrainable parameters**.");
        assertEquals(scalar(65536), a.chosen().orElseThrow().value(), a.note());
    }

    @Test
    void aCountOfOtherThingsAfterSoIsAStepNotTheResult() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("multiplication", "multiplications"),
                "  Output side $floor((19 - 7) / 3) + 1 = 5$, so $64 times 5 times 5 = 1600$ outputs, each a dot product of length"
                        + " $7 times 7 times 32 = 1568$:\n  $ \"mult\" = 1600 times 1568 = 2508800 $");
        assertEquals(scalar(2508800), a.chosen().orElseThrow().value(), a.note());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aClauseGivingTheTotalOfTwoNamedStepsIsTheResult() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "multiplications", "computation"),
                "Multiplications: depthwise 199² · 3 · 16 = 1,900,848 and pointwise 199² · 3 · 10 =\n"
                        + "1,188,030, which gives a total of 3,088,878 multiplications (about 3.09 million).");
        assertEquals(scalar(3088878), a.chosen().orElseThrow().value(), a.note());
        assertFalse(a.uncertain(), a.note());
    }

    /** HTML source printed or scanned reaches the extractor as text: a character reference is a character, not a number. */
    @Test
    void aCharacterReferenceInTextIsNoNumber() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("C~_t"), "vi. C&#771;<sub>t</sub> &rarr; 7<br>");
        assertEquals(scalar(7), a.chosen().orElseThrow().value(), a.note());
        assertEquals(new Value.Shape(List.of(3L, 5L)), chosen(AnswerKind.SHAPE, "W_f is <b>3 &times; 5</b>"));
    }

    @Test
    void aRemarkInBracketsThatThePageWrappedIsStillARemark() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "parameters"),
                "4 × (15 + 3) = 72 params\n(x_t is 2, c_t and h_t are 3, so [h_{t-1}, x_t] is 5 long; four gates f, i, o,\n"
                        + "     C~ each with a 3 × 5 matrix and a 3-bias.)");
        assertEquals(scalar(72), a.chosen().orElseThrow().value(), a.note());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void eachPartsSizeAfterAndIsAStepNotTheResult() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("parameters", "trainable"),
                "    = 100,352 trainable parameters.\n"
                        + "The output is 5 per side, so there are 5 × 5 × 64 =\n    1600 outputs, and each one is 1568 products.");
        assertFalse(a.chosen().orElseThrow().value().equals(scalar(1568)) && !a.uncertain(), a.note());
    }

    /**
     * {@code 4 gates -> 72} after {@code each gate ... = 18}: 18 is one gate's share, four of which make the 72 after it,
     * so it is no sure answer of its own.
     */
    @Test
    void aValueThatACountOfThingsMultipliesIntoTheNextResultIsNotTakenSurely() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "parameters"), "total params: each gate 3*5 + 3 = 18; 4 gates -> 72");
        assertTrue(a.uncertain() || a.chosen().orElseThrow().value().equals(scalar(72)), a.note());
    }

    @Test
    void aListThePageCutBeforeItsLastEntrysOrGoesOn() {
        assertEquals(new Value.NumberSet(List.of(52.0, 53.0, 54.0)), chosen(AnswerKind.SET, "45 ≤ n - 7 ≤ 47 → n = 52, 53\nor 54."));
    }

    /** The sum of two results stated after them without the word "total" makes them its parts, not answers beside it. */
    @Test
    void resultsThatASumStatedLaterAddUpToAreNotTakenSurelyForTheTotal() {
        Answer a = Answers.single(AnswerKind.INTEGER, List.of("total", "multiplications"),
                "over the positions that makes 200 x 200 x 3 x 16 = 1,920,000\n"
                        + "10, costing 199 x 199 x 3 x 10 = 1,188,030 multiplications. Adding\nthe two parts,\n3,108,030 multiplications.");
        assertTrue(a.uncertain() || a.chosen().orElseThrow().value().equals(scalar(3108030)), a.note());
    }
}
