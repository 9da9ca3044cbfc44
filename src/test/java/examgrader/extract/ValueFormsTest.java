package examgrader.extract;

import static examgrader.extract.Answers.chosen;
import static examgrader.extract.Answers.single;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.rubric.AnswerKind;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ValueFormsTest {
    private static Value.Scalar scalar(double v) {
        return new Value.Scalar(v);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "total = 3,088,878 | 3088878",
            "total = 3088878 | 3088878",
            "= 3.089 x 10^6 | 3089000",
            "= 3.089 × 10^6 | 3089000",
            "$= 3.089 \\times 10^{6}$ | 3089000",
            "= 2.5088e6 | 2508800",
            "$= 100{,}352$ | 100352",
            "Parameters $= 512 \\times 128 = 65{,}536$ | 65536",
            "$4 \\times 4 \\times 64 \\times 1568 = 1{,}605{,}632$ | 1605632",
            "= 0.6044 | 0.6044",
            "$h_1 = 0{,}6044$ | 0.6044",
            "$= 12{,}5$ | 12.5",
            "0 | 0",
            "-3 | -3"})
    void scalars(String text, double expected) {
        assertEquals(scalar(expected), chosen(AnswerKind.REAL, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"{0.7, 0.2, 0.05}", "[0.7, 0.2, 0.05]", "(0.7, 0.2, 0.05)",
            "$C_t = \\begin{bmatrix} 0.7 \\\\ 0.2 \\\\ 0.05 \\end{bmatrix}$", "$$= \\{0.7, 0.2, 0.05\\}$$",
            "C_t = (0.7; 0.2; 0.05)", "so C_t = 0.7, 0.2, 0.05  ✅", "\\mathbf{C_t = (0{,}7;\\ 0{,}2;\\ 0{,}05)}"})
    void vectors(String text) {
        assertEquals(new Value.Vector(List.of(0.7, 0.2, 0.05)), chosen(AnswerKind.VECTOR, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"3 x 5", "3 × 5", "3 by 5", "3X5", "(3, 5)", "$W_f = 3 \\times 5$", "W_f is 3x5", "3 by5", "3by 5", "bf: 3by5",
            "W_f is (3, 5)   because it acts on concat of h_(t-1) (3) and x_t (2)"})
    void shapes(String text) {
        assertEquals(new Value.Shape(List.of(3L, 5L)), chosen(AnswerKind.SHAPE, text));
    }

    @Test
    void aBracketedValueBeforeACommaAndMoreDataIsNotTakenAsStatedOnItsOwn() {
        assertTrue(ValueReader.pureValue("Input (78, 84), kernel (5, 5), stride 3", AnswerKind.SHAPE).isEmpty());
        assertEquals(new Value.Shape(List.of(3L, 5L)),
                ValueReader.pureValue("W_f is (3, 5) since it acts on (3) and (2)", AnswerKind.SHAPE).orElseThrow().value());
    }

    @Test
    void entriesWithoutBracketsAreAVectorOnlyWhenTheyAreAllThatIsStated() {
        for (String text : List.of("= 0.2+0.5 , 0.2+0 , 0+0.05", "C_t = 0.7, 0.2, 0.05 and more", "C_t = 0.7,0.2")) {
            assertTrue(single(AnswerKind.VECTOR, text).chosen().stream().noneMatch(c -> c.value() instanceof Value.Vector),
                    text);
        }
    }

    @Test
    void aNumberWhoseSpaceOcrLostAfterAtOrIsIsStillRead() {
        assertEquals(scalar(5), chosen(AnswerKind.INTEGER, "i_tat5"));
        assertEquals(scalar(1), chosen(AnswerKind.INTEGER, "C {t-1} at1"), "a subscript whose underscore OCR lost is a name");
        assertEquals(scalar(1), chosen(AnswerKind.INTEGER, "C{t-1} = 1"));
        assertEquals(new Value.Shape(List.of(3L, 1L)), chosen(AnswerKind.SHAPE, "b fis3x1"));
    }

    @Test
    void digitsGroupedByUnderscoresAreOneNumber() {
        assertEquals(new Value.Scalar(2508800), chosen(AnswerKind.INTEGER, "multiplications = 25 * 64 * 1_568 = 2_508_800"));
        assertEquals(new Value.Scalar(65536), chosen(AnswerKind.INTEGER, "params = 1 * 1 * 512 * 128 = 65_536"));
        assertEquals(new Value.Scalar(12), chosen(AnswerKind.INTEGER, "W_100 has 12 entries"), "a subscript's digits stay a subscript");
    }

    @Test
    void aShapeWhoseDimensionsNameWhatTheyCount() {
        Answer a = Answers.single(AnswerKind.SHAPE, List.of("W_f"),
                "W_f is 3 rows × 5 cols (it is applied to [h_{t-1}, x_t] which has 3 + 2 = 5 entries).");
        assertEquals(new Value.Shape(List.of(3L, 5L)), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        assertEquals(new Value.Shape(List.of(3L, 5L)), chosen(AnswerKind.SHAPE, "W_f: 3 rows by 5 columns"));
    }

    @Test
    void threeDimensionalShape() {
        assertEquals(new Value.Shape(List.of(199L, 199L, 3L)), chosen(AnswerKind.SHAPE, "Output: 199 × 199 × 3"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"52, 53, 54", "52 53 54", "{52,53,54}", "52 or 53 or 54", "x can be 52, 53 and 54", "so input size **52/53/54**"})
    void sets(String text) {
        assertEquals(new Value.NumberSet(List.of(52.0, 53.0, 54.0)), chosen(AnswerKind.SET, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"52 ≤ n ≤ 54", "$52 \\leq n \\leq 54$", "so 52 <= n < 55", "∴ 51 < n < 55",
            "n could be 52-54", "any size from 52 to 54", "n = 52..54", "52 ≤ n ≤ 54, i.e. 52, 53 or 54", "so 52 <= n <= 54, namely 52, 53, 54"})
    void aRangeOfWholeNumbersIsTheSetOfThem(String text) {
        assertEquals(new Value.NumberSet(List.of(52.0, 53.0, 54.0)), chosen(AnswerKind.SET, text));
    }

    @Test
    void aDifferenceOrAWideSpanIsNoRange() {
        assertEquals(scalar(61), chosen(AnswerKind.INTEGER, "64 - 3 = 61"));
        assertTrue(Answers.single(AnswerKind.SET, "n = 54-52").chosen().filter(c -> c.value() instanceof Value.NumberSet).isEmpty());
        assertTrue(Answers.single(AnswerKind.SET, "n = 156/3/1").chosen().filter(c -> c.value() instanceof Value.NumberSet).isEmpty(),
                "numbers parted by slashes that do not rise are a division");
        assertTrue(Answers.single(AnswerKind.SET, "1 ≤ n ≤ 1000").chosen().filter(c -> c.value() instanceof Value.NumberSet).isEmpty());
    }

    @Test
    void commasMakeASetOrAShapeOrAThousandsSeparatorByKind() {
        assertEquals(new Value.NumberSet(List.of(52.0, 53.0, 54.0)), chosen(AnswerKind.SET, "52, 53, 54"));
        assertEquals(new Value.Shape(List.of(26L, 28L)), chosen(AnswerKind.SHAPE, "(26, 28)"));
        assertEquals(scalar(3088878), chosen(AnswerKind.INTEGER, "3,088,878"));
    }

    @Test
    void aShapeIsNotAnIntegerAnswer() {
        Answer a = Answers.single(AnswerKind.INTEGER, "b_f = 3 × 1");
        assertTrue(a.chosen().isEmpty());
        assertTrue(a.uncertain(), "written but nothing readable as an integer goes to review");
    }

    @Test
    void aBareNumberMayAnswerAShapeButAShapeWinsOverIt() {
        assertEquals(scalar(3), chosen(AnswerKind.SHAPE, "b_f has 3 rows"));
        assertEquals(new Value.Shape(List.of(3L, 1L)), chosen(AnswerKind.SHAPE, "rows = 3\n∴ b_f = 3 x 1"));
    }

    @Test
    void aLoneScalarIsAVectorCandidate() {
        assertEquals(scalar(0.6044), chosen(AnswerKind.VECTOR, "h_t = tanh(0.7) = 0.6044"));
    }

    @Test
    void formulaKeepsTheRightHandSideAsWritten() {
        assertEquals(new Value.Formula("\\sigma(z) \\cdot (1 - \\sigma(z))"),
                chosen(AnswerKind.FORMULA, "$\\sigma'(z) = \\sigma(z) \\cdot (1 - \\sigma(z))$"));
    }

    @Test
    void aStudentsDoubtAfterAFormulaIsNoPartOfIt() {
        for (String written : List.of("sigma'(z) = sigma(z)(1 - sigma(z)) ?", "σ'(z) = σ(z)(1 − σ(z)) (not sure)", "sigma(z)*(1-sigma(z))??")) {
            assertTrue(isSigmoidDerivative(written), written);
        }
    }

    /** σ'(z) as the week-8 rubric states it. */
    private static final examgrader.rubric.Reference.Formula SIGMOID_DERIVATIVE = new examgrader.rubric.Reference.Formula(
            "sigma(z) * (1 - sigma(z))", java.util.Map.of("z", new double[] {-6, 6}), 8, examgrader.rubric.SourcePos.NONE);

    private static boolean isSigmoidDerivative(String written) {
        Answer a = Answers.single(AnswerKind.FORMULA, written);
        assertFalse(a.uncertain(), written + ": " + a.note());
        String formula = ((Value.Formula) a.chosen().orElseThrow().value()).expression();
        return examgrader.rubric.FormulaComparison.equal(SIGMOID_DERIVATIVE, formula, 1e-9);
    }

    @Test
    void formulaKeepsWhatTheAnswerDefinesOnItsLineOrAnother() {
        assertTrue(isSigmoidDerivative("let s = σ(z). Then σ'(z) = s(1 - s)"));
        assertTrue(isSigmoidDerivative("$\\sigma'(z) = s(1 - s)$, where $s = \\sigma(z)$"));
        assertTrue(isSigmoidDerivative("σ'(z) = s(1 - s)\nwhere s = σ(z)"), "the definition on the next line");
        assertTrue(isSigmoidDerivative("let s = σ(z)\nσ'(z) = s(1 - s)"), "the definition on the line before");
        assertTrue(isSigmoidDerivative("σ'(z) = σ(z)(1 - σ(z)), where σ(z) = 1/(1 + e^{-z})"),
                "not the right-hand side of the definition");
        assertFalse(isSigmoidDerivative("σ'(z) = s(1 + s), where s = σ(z)"));
    }

    @Test
    void aReasonInBracketsUnderTheFormulaIsNotALaterAnswer() {
        assertTrue(isSigmoidDerivative("sigma'(z) = sigma(z) * sigma(-z)\n(because 1 - sigma(z) = sigma(-z))"));
        assertFalse(isSigmoidDerivative("sigma'(z) = sigma(z) * sigma(z)\n(because 1 - sigma(z) = sigma(-z))"));
    }

    @Test
    void aFormulaAfterAnArrowFromItsWorkingIsTheAnswer() {
        assertTrue(isSigmoidDerivative("quotient rule on 1/(1+e^{-z}) → sigmoid(z)*(1 - sigmoid(z))"));
        assertFalse(isSigmoidDerivative("quotient rule on 1/(1+e^{-z}) → sigmoid(z)*(1 + sigmoid(z))"));
    }

    @Test
    void mathpixDelimitersAroundAFormulaAreNotPartOfIt() {
        assertTrue(isSigmoidDerivative("\\( \\sigma'(z)=\\sigma(z)\\left(1-\\sigma(z)\\right) \\)"));
        assertTrue(isSigmoidDerivative("\\[ \\sigma'(z)=\\frac{e^{-z}}{(1+e^{-z})^{2}} \\]"));
        assertEquals(new Value.Shape(List.of(26L, 28L)), chosen(AnswerKind.SHAPE, "output \\( 26 \\times 28 \\)"));
    }

    @Test
    void aLineCheckingTheFormulaAtAPointIsNotTheAnswer() {
        assertTrue(isSigmoidDerivative("σ'(z) = e^{−z}(1 + e^{−z})^{−2} = σ(z)·(1 − σ(z)).\ne.g. σ'(0) = 0.5 × 0.5 = 0.25, the largest value of σ'."));
        assertTrue(isSigmoidDerivative("sigma'(z) = sigma(z) (1 - sigma(z))\n"
                + "because d/dz (1+e^{-z})^{-1} = e^{-z}/(1+e^{-z})^2 and e^{-z}/(1+e^{-z}) = 1 - sigma(z)."), "a reason on the next line");
        assertTrue(isSigmoidDerivative("sigma'(z) = sigma(z) (1 - sigma(z))\n"
                + "because d/dz (1+e^{-z})^{-1} = e^{-z}/(1+e^{-z})^2 and\ne^{-z}/(1+e^{-z}) = 1 - sigma(z)."), "a reason the page wrapped");
        assertTrue(isSigmoidDerivative("σ(z) = 1/(1+e^{-z})\nusing the quotient rule\nσ'(z) = σ(z)(1 - σ(z))"),
                "a reason leading in to the answer on the line before it");
    }

    @Test
    void aVectorTypedWithSpacesBetweenItsEntries() {
        assertEquals(new Value.Vector(List.of(0.7, 0.2, 0.05)), chosen(AnswerKind.VECTOR, "adding\nc t = 0.7 0.2 0.05"));
        assertEquals(new Value.Vector(List.of(0.6044, 0.0, 0.0)), chosen(AnswerKind.VECTOR, "h t = 0.6044 0 0"));
    }

    @Test
    void aFormulaTypedInCommentsKeepsItsReasonApart() {
        assertTrue(isSigmoidDerivative("-> sigma'(z) = sigma(z) * (1 - sigma(z))\n#         because d/dz 1/(1+exp(-z)) = exp(-z)/(1+exp(-z))**2\n#"));
    }

    @Test
    void aBoxedFormulaIsTheAnswerWithoutItsBox() {
        Value.Formula answer = new Value.Formula("\\sigma(z)(1-\\sigma(z))");
        assertEquals(answer, chosen(AnswerKind.FORMULA,
                "$\\sigma'(z) = \\frac{d}{dz}\\frac{1}{1+e^{-z}} = \\boxed{\\sigma(z)(1-\\sigma(z))}$"));
        assertEquals(answer, chosen(AnswerKind.FORMULA, "$\\boxed{\\sigma'(z) = \\sigma(z)(1-\\sigma(z))}$"));
        assertEquals(answer, chosen(AnswerKind.FORMULA, "$\\boxed{\\sigma(z)(1-\\sigma(z))}$ where the check at 0 gives\n"
                + "$\\sigma'(0) = 1/4$"));
    }

    @Test
    void manualQuestionsKeepTheTextAndChooseNothing() {
        Answer a = Answers.single(AnswerKind.MANUAL, "because f_t = 1 the cell state passes unchanged");
        assertTrue(a.chosen().isEmpty());
        assertFalse(a.uncertain());
        assertTrue(a.text().contains("passes unchanged"));
    }

    @Test
    void blankSegmentIsBlank() {
        Answer a = Answers.single(AnswerKind.INTEGER, "");
        assertTrue(a.isBlank());
        assertEquals("q", a.questionId());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "≈ 3.09 million | 3090000",
            "about 3.09M multiplications | 3090000",
            "3.089 × 10⁶ | 3089000",
            "3 088 878 | 3088878",
            "it is zero | 0"})
    void scalarsInLooserForms(String text, double expected) {
        assertEquals(scalar(expected), chosen(AnswerKind.REAL, text));
    }

    @Test
    void transposedAndSpaceSeparatedVectors() {
        assertEquals(new Value.Vector(List.of(0.6044, 0.0, 0.0)), chosen(AnswerKind.VECTOR, "$h_t = [0.6044, 0, 0]^T$"));
        assertEquals(new Value.Vector(List.of(0.7, 0.2, 0.05)), chosen(AnswerKind.VECTOR, "C_t = [0.7 0.2 0.05]"));
    }

    @Test
    void shapeAsAnExponentOfR() {
        assertEquals(new Value.Shape(List.of(3L, 5L)), chosen(AnswerKind.SHAPE, "$W_f \\in \\mathbb{R}^{3 \\times 5}$"));
        assertEquals(new Value.Shape(List.of(3L, 5L)), chosen(AnswerKind.SHAPE, "torch.Size([3, 5])"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "f_t sits at position **4** | 4",
            "extra parameters = **0** | 0",
            "multiplications = __2508800__ | 2508800",
            "total = *72* | 72",
            "$= **100352**$ | 100352"})
    void boldAndItalicValuesAreRead(String text, double expected) {
        assertEquals(scalar(expected), chosen(AnswerKind.INTEGER, text));
    }

    @Test
    void boldShapesAndVectorsAreRead() {
        assertEquals(new Value.Shape(List.of(3L, 1L)), chosen(AnswerKind.SHAPE, "b_f: **3 × 1**"));
        assertEquals(new Value.Vector(List.of(0.6044, 0.0, 0.0)), chosen(AnswerKind.VECTOR, "h_t = **[0.6044, 0, 0]**"));
    }

    @Test
    void starsTouchingNumbersAreMultiplicationsAndPowersNotEmphasis() {
        assertEquals(scalar(1600), chosen(AnswerKind.INTEGER, "outputs = 5*5*64 = 1600"));
        assertEquals(scalar(1024), chosen(AnswerKind.INTEGER, "2**10 = 1024"));
        assertTrue(Answers.single(AnswerKind.INTEGER, "x**2 + y**2").chosen().isEmpty(), "a sum of powers is no value");
    }

    @Test
    void latexControlSpacesAndSizedBracketsAroundATuple() {
        assertEquals(new Value.Shape(List.of(26L, 28L)), chosen(AnswerKind.SHAPE, "$$\\left(26,\\ 28\\right)$$"));
        assertEquals(new Value.Vector(List.of(0.7, 0.2, 0.05)), chosen(AnswerKind.VECTOR, "$\\boxed{C_t = (0.7,\\ 0.2,\\ 0.05)}$"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "multiplication = 4*4*199*199*3 = 19,00,848 | 1900848",
            "Total = 19,00,848 + 11,88,030 = 30,88,878 | 3088878",
            "512*128 = 2^16 | 65536",
            "= 2^{16} | 65536"})
    void indianDigitGroupingAndPowersWhereAWholeNumberIsAsked(String text, double expected) {
        assertEquals(scalar(expected), chosen(AnswerKind.INTEGER, text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"**none** — the dot product score adds zero extra parameters",
            "No additional parameters are needed", "it adds no extra parameters",
            "No extra parameters are needed, answer 0"})
    void noneAndNoExtraSayZero(String text) {
        assertEquals(scalar(0), chosen(AnswerKind.INTEGER, text));
    }

    @Test
    void aPartLabelLeftAtTheStartOfALineIsNeverTheValue() {
        Answer a = Answers.single(AnswerKind.INTEGER, "2.4(a) trainable parameters = 7*7*32*64");
        assertTrue(a.chosen().isEmpty(), () -> "read " + a.chosen().get().value());
        Answer b = Answers.single(AnswerKind.INTEGER, "1. (a) e_kj = s_{k-1} · h_j");
        assertTrue(b.chosen().isEmpty(), () -> "read " + b.chosen().get().value());
    }

    @Test
    void aNumberInBracketsAfterAWordSetApartIsStatedNotAFunctionsArgument() {
        assertEquals(new Value.Scalar(0), Answers.chosen(AnswerKind.INTEGER, "so no extra weights are needed (0)."));
        assertTrue(Answers.single(AnswerKind.REAL, "h = tanh (0.7)").chosen().isEmpty(), "tanh's argument");
    }
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Lösung: C_t = (0,7; 0,2; 0,05) | 0.7 | 0.2 | 0.05",
            "h_t = (0,6044; 0; 0) | 0.6044 | 0 | 0",
            "C_t = [12,5; 0,25; 1] | 12.5 | 0.25 | 1"})
    void decimalCommasInsideAListPartedBySemicolonsArePoints(String text, double first, double second, double third) {
        assertEquals(new Value.Vector(List.of(first, second, third)), chosen(AnswerKind.VECTOR, text));
    }

    @Test
    void aListMixingCommasAndSemicolonsIsNoVectorOfAllItsNumbers() {
        for (String text : List.of("C_t = (1,188; 2,000; 3)", "C_t = (0,7; 0,2, 0,05)")) {
            assertTrue(single(AnswerKind.VECTOR, text).chosen().stream()
                    .noneMatch(c -> c.value() instanceof Value.Vector v && v.components().size() != 3), text);
        }
    }

    @Test
    void thousandsGroupedByPointsAreOneWholeNumber() {
        Answer a = single(AnswerKind.INTEGER, "Gesamt: 1.900.848 + 1.188.030 = 3.088.878 Multiplikationen");
        assertEquals(scalar(3088878), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
        assertEquals(scalar(1.9), chosen(AnswerKind.REAL, "= 1.900"), "one point is a decimal point");
    }

    @Test
    void aRealSpaceWithABareExponentIsAVectorOfThatLength() {
        assertEquals(scalar(3), chosen(AnswerKind.SHAPE, "Lösung: b_f ∈ ℝ^3"));
        assertEquals(scalar(3), chosen(AnswerKind.SHAPE, "$b_f \\in \\mathbb{R}^3$"));
        assertEquals(new Value.Shape(List.of(3L, 5L)), chosen(AnswerKind.SHAPE, "W_f ∈ ℝ^{3×5}"));
    }

    @Test
    void footnoteReferencesAreNoPartOfAValueAndFootnotesAreNoAnswer() {
        assertEquals(new Value.Shape(List.of(26L, 28L)), chosen(AnswerKind.SHAPE, ".................... 26 × 28[^3]"));
        Answer a = single(AnswerKind.INTEGER, "parameters ........ 65,536[^6]\n\n[^6]: 1 · 1 · 512 · 128, and the output is 30 = 30");
        assertEquals(scalar(65536), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void aCodeCommentAfterAValueIsARemarkNotWorking() {
        Answer a = single(AnswerKind.INTEGER, "total_mults: ~3.09 million         # 199*199*3*16 + 199*199*3*10");
        assertEquals(scalar(3090000), a.chosen().orElseThrow().value());
    }
    @Test
    void aCommentOfNothingButAValueIsWhatTheCodePrintsAndStaysTheResult() {
        Value chosen = chosen(AnswerKind.SET, "o = out(19, 7, 1, 0)                  # 13\ninput size 52, 53 or 54");
        assertEquals(new Value.NumberSet(List.of(52.0, 53.0, 54.0)), chosen, "the call's arguments are no answer");
    }

    @Test
    void aNumberNamingAnItemIsALabelNotAValue() {
        Answer a = single(AnswerKind.INTEGER, "parameters ........ 65,536\n\n"
                + "**Derivation for item 2.** From h_t = o_t ∘ tanh(c_t) and the product rule,");
        assertEquals(scalar(65536), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }

    @Test
    void anItemNumberInBracketsTheStudentPointsToIsALabelNotAValue() {
        Answer pointer = single(AnswerKind.INTEGER, List.of("multiplications"),
                "see (4) - the number of multiplications is worked out there.");
        assertTrue(pointer.chosen().isEmpty(), "the (4) names an item: " + pointer.chosen());
        Answer inWorking = single(AnswerKind.INTEGER, "the kernels in (4) x 2 = 8");
        assertEquals(scalar(8), inWorking.chosen().orElseThrow().value());
    }

    @Test
    void resultsGroupedByPointsThatAddUpToTheTotalArePartsOfIt() {
        Answer a = single(AnswerKind.INTEGER, List.of("total", "multiplications"),
                "Multiplikationen: Depthwise 199·199·3·16 = 1.900.848, Pointwise 199·199·3·10 = 1.188.030\n"
                        + "Gesamt: 1.900.848 + 1.188.030 = 3.088.878 Multiplikationen");
        assertEquals(scalar(3088878), a.chosen().orElseThrow().value());
        assertFalse(a.uncertain(), a.note());
    }
    @Test
    void aReasonWithEquationsOfItsOwnAfterAVectorIsNoListOfResults() {
        for (String text : List.of("h_t = (0,6044; 0; 0), weil o_t = (1; 0; 0) und tanh(0,7) = 0,6044",
                "h_t = (0.6044, 0, 0), because o_t = (1, 0, 0) and tanh(0.7) = 0.6044")) {
            Answer a = single(AnswerKind.VECTOR, List.of("h_t"), text);
            assertEquals(new Value.Vector(List.of(0.6044, 0.0, 0.0)), a.chosen().orElseThrow().value(), text);
            assertFalse(a.uncertain(), a.note());
        }
    }

    @Test
    void aFillInLineLeftAsPrintedIsBlank() {
        Answer a = single(AnswerKind.FORMULA, ".................... ____________");
        assertTrue(a.chosen().isEmpty());
        assertFalse(a.uncertain(), a.note());
        assertEquals("nothing written", a.note());
    }

    @Test
    void theAnswerWordWithNothingAfterItIsBlank() {
        for (String text : List.of("Answer:", "**Ans.**", "Lösung:", "Respuesta:")) {
            Answer a = single(AnswerKind.MANUAL, text);
            assertEquals("nothing written", a.note(), text);
        }
        assertEquals("marked by hand", single(AnswerKind.MANUAL, "Answer: no").note());
    }

    @Test
    void aStatementOpeningWithACorrectionsWordReplacesTheAnswerBeforeIt() {
        for (String fix : List.of("EDIT: 72 not 60, I forgot the 3 biases of each gate: 4 × (15 + 3) = 72.",
                "**Edit** - total is 72", "Correction: forgot the biases, 4 × 18 = 72")) {
            Answer a = single(AnswerKind.INTEGER, List.of("total", "parameters"), "4 gates × 15 weights = 60 parameters.\n\n" + fix);
            assertEquals(new Value.Scalar(72), a.chosen().orElseThrow().value(), fix);
            assertFalse(a.uncertain(), fix + ": " + a.note());
        }
    }

    @Test
    void aCountPerUnitIsNoTotalAQuestionAsks() {
        Answer a = single(AnswerKind.INTEGER, List.of("additions"), "adds: 1567 per output instead of\n1568 > 2,508,800 — 1,600 = 2,507,200");
        assertTrue(a.uncertain() || a.chosen().orElseThrow().value().equals(new Value.Scalar(2507200)),
                "1567 per output is not taken surely: " + a.chosen() + " " + a.note());
        assertEquals(new Value.Scalar(72), chosen(AnswerKind.INTEGER, "18 parameters per gate, 4 gates: 4 x 18 = 72"));
    }

    @Test
    void aValueCalledTheAnswerEndsItsStatement() {
        assertEquals(new Value.Shape(List.of(26L, 28L)), chosen(AnswerKind.SHAPE,
                "floor((84 + 4 - 5)/3) + 1 = 27 + 1 = 28\n=> 26 by 28 is my answer for part 1, not 25 by 27."));
    }

    @Test
    void theQuestionsOwnNumberOpeningALineIsNoValueOfIt() {
        assertEquals(new Value.Shape(List.of(199L, 199L, 10L)), chosen(AnswerKind.SHAPE, "1 pointwise out 199 x 199 x 10"));
        assertTrue(Answers.single(AnswerKind.SHAPE, "1 filters of 1 x 1 x 3").chosen().isEmpty(),
                "before a plural the number counts things: the line holds two values, neither alone its answer");
    }

    @ParameterizedTest
    @ValueSource(strings = {"Output feature map: height 26, width 28.", "26 (H) x 28 (W)", "height = 26 and width = 28"})
    void aShapeGivenByItsSidesNames(String text) {
        assertEquals(new Value.Shape(List.of(26L, 28L)), chosen(AnswerKind.SHAPE, text));
    }

    @Test
    void aCommentOfAValueAfterCodeIsWhatTheCodeGives() {
        assertEquals(scalar(26), chosen(AnswerKind.INTEGER, "out_h = (78 + 2*2 - 5)//3 + 1   # 26"));
    }

    @Test
    void zeroNamingAThingIsNoValue() {
        assertEquals(scalar(2508800), chosen(AnswerKind.INTEGER,
                "additions: one addition per product (accumulate into a zero register) -> 2,508,800 additions"));
        assertEquals(scalar(0), chosen(AnswerKind.INTEGER, "it is zero"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"so n ∈ [52, 54] (integers)", "n in [52, 54]", "input [52, 54] integers"})
    void aClosedIntervalOfWholeNumbersIsTheSetOfThem(String text) {
        assertEquals(new Value.NumberSet(List.of(52.0, 53.0, 54.0)), chosen(AnswerKind.SET, text));
    }

    @Test
    void twoNumbersInSquareBracketsApartMayBeAnIntervalSoTheyAreDoubted() {
        assertTrue(Answers.single(AnswerKind.SET, "sizes [52, 54]").uncertain());
        assertFalse(Answers.single(AnswerKind.SET, "sizes [52, 53]").uncertain());
    }
}
