package examgrader.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.engine.ReferenceEngine;
import examgrader.extract.Answer;
import examgrader.rubric.Rubric;
import examgrader.rubric.RubricLoader;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The two seed rubrics applied to answers, with the marks worked by hand from the instructors'
 * marking schemes (exams/*.md): the expected numbers are the schemes', not the scorer's.
 */
class ScorerSeedRubricsTest {
    private static final double EPS = 1e-9;
    private static Rubric ct3;
    private static Rubric week8;
    private static Scorer scorer;

    @BeforeAll
    static void load() {
        ReferenceEngine engine = new ReferenceEngine();
        ct3 = RubricLoader.load(Path.of("rubrics/cs60010-ct3-2021.yaml"), engine);
        week8 = RubricLoader.load(Path.of("rubrics/dl50039-week8.yaml"), engine);
        scorer = new Scorer(engine);
    }

    private static Mark mark(Rubric rubric, String id, Answer... answers) {
        Map<String, Answer> byId = new HashMap<>();
        for (Answer a : answers) byId.put(a.questionId(), a);
        return scorer.score(rubric, byId, null).stream().filter(m -> m.questionId().equals(id)).findFirst()
                .orElseThrow();
    }

    @Test
    void vectorComponentsEarnAThirdEach() {
        Mark m = mark(ct3, "1b.i", Answers.vector("1b.i", 0.7, 0.2, 0.06));
        assertEquals(2.0 / 3, m.marks(), EPS);
        assertEquals(Status.GRADED, m.status());
        assertEquals("component 2/3", m.rule());
    }

    @Test
    void aWrongAnswerThatIsAStepOfTheReferencesWorkingGoesToAPersonButAWrongCountDoesNot() {
        Mark step = mark(ct3, "5.total", Answers.scalar("5.total", 1_900_848));
        assertEquals(Status.REVIEW, step.status(), step.feedback());
        assertTrue(step.feedback().contains("step of the working"), step.feedback());
        Mark wrong = mark(ct3, "5.total", Answers.scalar("5.total", 3_120_000));
        assertEquals(Status.GRADED, wrong.status(), wrong.feedback());
        assertEquals(0.0, wrong.marks(), EPS);
    }

    @Test
    void vectorWithinToleranceIsFullMarks() {
        Mark m = mark(ct3, "1b.i", Answers.vector("1b.i", 0.7, 0.2, 0.054));
        assertEquals(1.0, m.marks(), EPS);
        assertEquals("tolerance", m.rule());
        assertEquals("lstm.cell", m.computations().get(0).op());
    }

    @Test
    void loneNonZeroComponentOfHtIsFullMarks() {
        Mark m = mark(ct3, "1b.ii", Answers.scalar("1b.ii", 0.6044));
        assertEquals(1.0, m.marks(), EPS);
        assertEquals("accepted: lone non-zero component", m.rule());
    }

    @Test
    void loneWrongValueOfHtEarnsNothing() {
        assertEquals(0.0, mark(ct3, "1b.ii", Answers.scalar("1b.ii", 0.7)).marks(), EPS);
    }

    @Test
    void forgettingHiddenStateInWfEarnsNothingButSaysWhy() {
        Mark m = mark(ct3, "3a", Answers.shape("3a", 3, 2));
        assertEquals(0.0, m.marks(), EPS);
        assertEquals("mistake: forgot h_{t-1}", m.rule());
        assertTrue(m.feedback().contains("[h_{t-1}, x_t]"), m.feedback());
    }

    @Test
    void bareLengthForBiasIsAccepted() {
        Mark m = mark(ct3, "3b", Answers.scalar("3b", 3));
        assertEquals(1.0, m.marks(), EPS);
        assertEquals(1.0, mark(ct3, "3b", Answers.shape("3b", 3, 1)).marks(), EPS);
        assertEquals(0.0, mark(ct3, "3b", Answers.shape("3b", 1, 3)).marks(), EPS);
    }

    @Test
    void carriedForwardFromWrongWf() {
        // 3a answered 3 × 2 (wrong), 3c = 4·(3·2 + 3) = 36: half marks by error carried forward.
        Mark m = mark(ct3, "3c", Answers.shape("3a", 3, 2), Answers.scalar("3c", 36));
        assertEquals(0.5, m.marks(), EPS);
        assertEquals("carried_forward from 3a", m.rule());
        assertEquals(2, m.computations().size());
        assertEquals(List.of(3L, 2L), m.computations().get(1).args().get("gate_weight"));
    }

    @Test
    void noCarriedForwardWhenEarlierAnswerWasRight() {
        Mark m = mark(ct3, "3c", Answers.shape("3a", 3, 5), Answers.scalar("3c", 36));
        assertEquals(0.0, m.marks(), EPS);
    }

    @Test
    void noCarriedForwardWhenEarlierAnswerIsMissing() {
        assertEquals(0.0, mark(ct3, "3c", Answers.scalar("3c", 36)).marks(), EPS);
    }

    @Test
    void carriedForwardFromAnAnswerInReviewGoesToReviewToo() {
        Answer doubtful = Answers.uncertain("3a", new examgrader.extract.Value.Shape(List.of(3L, 2L)), "3 x 2", "low");
        Mark m = mark(ct3, "3c", doubtful, Answers.scalar("3c", 36));
        assertEquals(Status.REVIEW, m.status());
        assertEquals(0.0, m.marks(), EPS);
        assertTrue(m.feedback().startsWith("proposed 0.5 of 1 (carried_forward from 3a)"), m.feedback());
    }

    @Test
    void unreadableFormulaGoesToReview() {
        Mark m = mark(week8, "T1.3", Answers.formula("T1.3", "sigma(z)(1 - sigma(z"));
        assertEquals(Status.REVIEW, m.status());
        assertTrue(m.feedback().contains("could not be read"), m.feedback());
    }

    /** A formula as OCR hands it over: uncertain, since the scan's words were not read surely. */
    private static Answer scannedFormula(String read) {
        return Answers.uncertain("T1.3", new examgrader.extract.Value.Formula(read), read, "low OCR confidence");
    }

    @Test
    void aSigmaReadAsOIsProposedAsRightForAPersonToConfirmWhenTheScriptIsNotPrint() {
        Mark m = mark(week8, "T1.3", scannedFormula("o(z)(1 - o(z))"));
        assertEquals(Status.REVIEW, m.status());
        assertEquals(0.0, m.marks(), EPS);
        assertTrue(m.feedback().startsWith("proposed 1 of 1 (formula, misreadings undone)"), m.feedback());
        assertTrue(m.feedback().contains("sigma(z)(1 - sigma(z))"), m.feedback());
    }

    /** A formula read from scanned print whose only doubt is its OCR confidence. */
    private static Mark onScannedPrint(String read) {
        return onScannedPrint(read, null);
    }

    /** As {@link #onScannedPrint(String)}, read from one word whose signs were told apart by shape or not (null). */
    private static Mark onScannedPrint(String read, Boolean signsByShape) {
        var word = new examgrader.ocr.Word(read, 43, new examgrader.ocr.Box(10, 10, 300, 30), null, signsByShape);
        var c = new examgrader.extract.Candidate(new examgrader.extract.Value.Formula(read), read, 43,
                new examgrader.segment.Fragment(1, read, List.of(word)), "test", 1);
        Answer a = new Answer("T1.3", java.util.Optional.of(c), List.of(c), true,
                examgrader.extract.Extractor.lowConfidenceNote(c), read);
        return scorer.score(week8, Map.of("T1.3", a), null, true).stream()
                .filter(m -> m.questionId().equals("T1.3")).findFirst().orElseThrow();
    }

    @Test
    void onScannedPrintAFormulaRightOnceEachMisreadingHasItsOneUndoingIsMarked() {
        for (String read : List.of("o(z)(1 — o(z))", "sigma(z):(1—sigma(z))", "sigma(z)(1 - sigma(z))")) {
            Mark m = onScannedPrint(read);
            assertEquals(Status.GRADED, m.status(), read + ": " + m.feedback());
            assertEquals(1.0, m.marks(), EPS);
        }
    }

    @Test
    void onScannedPrintAStarAWrongReadingOrAnotherDoubtStillGoesToAPerson() {
        assertEquals(Status.REVIEW, onScannedPrint("e*(-z)/(1+e%(-z))*2").status(), "a * may be a caret");
        assertEquals(Status.REVIEW, onScannedPrint("o(z) * (1 — o(z))").status(), "a * may be a caret");
        assertEquals(Status.REVIEW, onScannedPrint("sigma(z)-(1-sigma(z))").status(), "· read as -: wrong as read");
        assertEquals(Status.REVIEW, onScannedPrint("o(z)(1 + o(2))").status());
        assertEquals(Status.REVIEW, onScannedPrint("o(2)(1 — o(2))").status(), "no o(z) in it: a 2 may be a 2");
        Mark labelDoubt = mark(week8, "T1.3", Answers.uncertain("T1.3", new examgrader.extract.Value.Formula("o(z)(1 — o(z))"),
                "o(z)(1 — o(z))", "label 1.3 comes after a later sibling (misread?)"));
        assertEquals(Status.REVIEW, labelDoubt.status());
    }

    @Test
    void onScannedPrintCaretsAndAsterisksToldApartByShapeAreNoLongerInDoubt() {
        for (String read : List.of("e^(-z)/(1+e^(-z))^2", "o(z) * (1 — o(z))")) {
            Mark m = onScannedPrint(read, true);
            assertEquals(Status.GRADED, m.status(), read + ": " + m.feedback());
            assertEquals(1.0, m.marks(), EPS);
            assertEquals(Status.REVIEW, onScannedPrint(read, null).status(), read + " with its signs unchecked");
        }
        assertTrue(onScannedPrint("e^(-z)/(1+e^(-z))^2", true).feedback().contains("carets told from asterisks by their shape"));
        assertEquals(Status.REVIEW, onScannedPrint("e^(-z)/(1+e%(-z))^2", true).status(), "a % is never trusted");
        assertEquals(Status.REVIEW, onScannedPrint("e^(-z)/(1+e^(-z))*2", true).status(), "an asterisk by shape: wrong as read");
    }

    @Test
    void onScannedPrintAVariableReadAsItsLookAlikeIsUndoneWhenTheFormulaAlsoNamesIt() {
        for (String read : List.of("o(z)(1 — o(2))", "o(Z)(1 — o(z))", "o(Z)(1 - 0(z))")) {
            Mark m = onScannedPrint(read);
            assertEquals(Status.GRADED, m.status(), read + ": " + m.feedback());
            assertEquals(1.0, m.marks(), EPS);
            assertTrue(m.feedback().contains("sigma(z)(1 - sigma(z))"), m.feedback());
        }
        Mark wrong = onScannedPrint("o(z)(1 + o(2))");
        assertTrue(wrong.feedback().startsWith("proposed 0 of 1 (wrong)"), wrong.feedback());
        Mark exponent = mark(week8, "T1.3", scannedFormula("e^(-2)/(1+e^(-2))^2"));
        assertEquals(Status.REVIEW, exponent.status(), exponent.feedback());
        assertTrue(exponent.feedback().startsWith("proposed 1 of 1 (formula, as OCR misreads)"), exponent.feedback());
    }

    @Test
    void aScannedCaretReadAsAStarOrPercentIsProposedAsRight() {
        Mark m = mark(week8, "T1.3", scannedFormula("e*(-z)/(1+e%(-z))*2"));
        assertTrue(m.feedback().startsWith("proposed 1 of 1 (formula, as OCR misreads)"), m.feedback());
    }

    @Test
    void aWrongScannedFormulaStaysWrongUnderEveryReading() {
        Mark m = mark(week8, "T1.3", scannedFormula("o(z)(1 + o(z))"));
        assertTrue(m.feedback().startsWith("proposed 0 of 1 (wrong)"), m.feedback());
        Mark squared = mark(week8, "T1.3", scannedFormula("1 - o(z)*2"));
        assertTrue(squared.feedback().startsWith("proposed 0 of 1 (wrong)"), squared.feedback());
    }

    @Test
    void aTypedFormulaIsMarkedAsWrittenWithoutOcrReadings() {
        // as written, o is a symbol the question does not define: a person looks, and no OCR
        // reading (o for σ) proposes the mark for it
        Mark m = mark(week8, "T1.3", Answers.formula("T1.3", "o(z)(1 - o(z))"));
        assertEquals(Status.REVIEW, m.status());
        assertEquals(0.0, m.marks(), EPS);
        assertTrue(m.feedback().startsWith("proposed 0 of 1"), m.feedback());
    }

    @Test
    void aFormulaWithAnUndefinedSymbolOrThatCannotBeReadOrEvaluatedGoesToReviewNotZero() {
        Map<String, String> whyFor = new java.util.LinkedHashMap<>();
        whyFor.put("s(1 - s)", "uses s");
        whyFor.put("f(z)", "uses f");
        whyFor.put("1 - sigma(x)", "uses x");
        whyFor.put("\\operatorname{sgn}(z)(1 - \\sigma(z))", "could not be read");
        whyFor.put("\\sigma(z) ? 2", "could not be read");
        whyFor.put("\\sqrt{-1 - z^2}", "could be evaluated");
        whyFor.forEach((written, why) -> {
            for (Mark m : List.of(mark(week8, "T1.3", Answers.formula("T1.3", written)), onScannedPrint(written),
                    mark(week8, "T1.3", scannedFormula(written)))) {
                assertEquals(Status.REVIEW, m.status(), written + ": " + m.feedback());
                assertEquals(0.0, m.marks(), EPS);
            }
            Mark typed = mark(week8, "T1.3", Answers.formula("T1.3", written));
            assertTrue(typed.feedback().contains(why), written + ": " + typed.feedback());
        });
    }

    @Test
    void lstmCountMistakesEarnHalf() {
        assertEquals(1.0, mark(ct3, "3c", Answers.scalar("3c", 72)).marks(), EPS);
        Mark noBias = mark(ct3, "3c", Answers.scalar("3c", 60));
        assertEquals(0.5, noBias.marks(), EPS);
        assertEquals("mistake: biases left out", noBias.rule());
        assertEquals(0.5, mark(ct3, "3c", Answers.scalar("3c", 84)).marks(), EPS);
    }

    @Test
    void depthwiseOverInputIsHalfMarks() {
        Mark m = mark(ct3, "5.total", Answers.scalar("5.total", 3_108_030));
        assertEquals(0.5, m.marks(), EPS);
        assertEquals("mistake: depthwise counted over the input", m.rule());
    }

    @Test
    void totalWithinPointOnePercentIsFullMarks() {
        Mark m = mark(ct3, "5.total", Answers.scalar("5.total", 3.089e6, "3.089 × 10^6"));
        assertEquals(1.0, m.marks(), EPS);
        assertEquals("3088878", m.reference());
        assertEquals(0.0, mark(ct3, "5.total", Answers.scalar("5.total", 3.1e6, "3.1 × 10^6")).marks(), EPS);
    }

    @Test
    void pointwiseShapeCarriedForwardFromOwnDepthwiseShape() {
        Mark m = mark(ct3, "5.pw_shape", Answers.shape("5.dw_shape", 200, 200, 3),
                Answers.shape("5.pw_shape", 200, 200, 10));
        assertEquals(1.0, m.marks(), EPS);
        assertEquals("carried_forward from 5.dw_shape", m.rule());
        assertEquals(0.0, mark(ct3, "5.pw_shape", Answers.shape("5.dw_shape", 199, 199, 3),
                Answers.shape("5.pw_shape", 200, 200, 10)).marks(), EPS);
    }

    @Test
    void leftOutQuestionsAreBlankEvenWhenHandMarked() {
        Map<String, Answer> none = Map.of();
        List<Mark> marks = scorer.score(ct3, none, null);
        assertEquals(ct3.questions().size(), marks.size());
        Mark twoA = marks.get(8);
        assertEquals("2a", twoA.questionId());
        assertEquals(Status.BLANK, twoA.status());
        assertEquals(Status.BLANK, marks.get(0).status());
        assertEquals(0.0, marks.stream().mapToDouble(Mark::marks).sum(), EPS);
    }

    @Test
    void aHandMarkedQuestionNotFoundOnAScriptWithUnplacedTextWaitsForAMarkerWhoIsToldWhereToLook() {
        Answer notFound = new Answer("4b", java.util.Optional.empty(), List.of(), true,
                "label 4.b not found; 2 lines belong to no question and may hold its answer: 'IV.b the gate'", "");
        Mark m = mark(ct3, "4b", notFound);
        assertEquals(Status.MANUAL, m.status());
        assertTrue(m.feedback().contains("2 lines belong to no question"), m.feedback());
        Mark found = mark(ct3, "4b", new Answer("4b", java.util.Optional.empty(), List.of(), false, "", "the forget gate"));
        assertEquals("marked by hand: waiting for a marker's mark", found.feedback());
    }

    @Test
    void aQuestionNotFoundOnAScriptWithUnplacedTextGoesToReviewNotBlank() {
        Answer notFound = new Answer("3c", java.util.Optional.empty(), List.of(), true,
                "label not found; 4 lines of the script belong to no question", "");
        Mark m = mark(ct3, "3c", notFound);
        assertEquals(Status.REVIEW, m.status());
        assertTrue(m.feedback().contains("label not found"), m.feedback());
    }

    @Test
    void aLaterAnswerWaitsWhenItsCarriedForwardSourceCouldNotBeRead() {
        Answer unreadable3a = new Answer("3a", java.util.Optional.empty(), List.of(), true, "label 3.a not found", "");
        Mark m = mark(ct3, "3c", unreadable3a, Answers.scalar("3c", 36));
        assertEquals(Status.REVIEW, m.status(), m.feedback());
        assertTrue(m.feedback().contains("cannot be checked"), m.feedback());
        // a right 3c needs nothing from 3a
        assertEquals(Status.GRADED, mark(ct3, "3c", unreadable3a, Answers.scalar("3c", 72)).status());
        Answer doubtful3a = Answers.uncertain("3a", new examgrader.extract.Value.Shape(List.of(4L, 4L, 3L)), "4 x 4 x 3",
                "two candidates disagree");
        assertEquals(Status.REVIEW, mark(ct3, "3c", doubtful3a, Answers.scalar("3c", 36)).status());
    }

    @Test
    void aZeroForAnAnswerThatLostPartOfItsFormGoesToReview() {
        Mark lone = mark(ct3, "5.dw_shape", Answers.scalar("5.dw_shape", 199));
        assertEquals(Status.REVIEW, lone.status(), lone.feedback());
        Mark flat = mark(ct3, "5.pw_shape", Answers.shape("5.pw_shape", 200, 200));
        assertEquals(Status.REVIEW, flat.status(), flat.feedback());
        Mark wrongButWhole = mark(ct3, "5.pw_shape", Answers.shape("5.pw_shape", 200, 200, 10));
        assertEquals(Status.GRADED, wrongButWhole.status(), wrongButWhole.feedback());
        assertEquals(0.0, wrongButWhole.marks(), EPS);
    }

    @Test
    void aWrittenDerivationWaitsForItsHandMark() {
        Answer derivation = new Answer("4a", java.util.Optional.empty(), List.of(), false, "",
                "dL/dc_t = dL/dh_t o_t (1 - tanh^2 c_t) + dL/dc_{t+1} f_{t+1}");
        Mark m = mark(ct3, "4a", derivation);
        assertEquals(Status.MANUAL, m.status());
        assertEquals(0.0, m.marks(), EPS);
    }

    @Test
    void uncertainReadGoesToReviewWithProposedMark() {
        Answer doubtful = Answers.uncertain("3c", new examgrader.extract.Value.Scalar(72), "72", "digit 7 read at 41 %");
        Mark m = mark(ct3, "3c", doubtful);
        assertEquals(Status.REVIEW, m.status());
        assertEquals(0.0, m.marks(), EPS);
        assertTrue(m.feedback().startsWith("proposed 1 of 1"), m.feedback());
        assertTrue(m.feedback().contains("digit 7 read at 41 %"), m.feedback());
    }

    @Test
    void outputSizeHalfPerDimension() {
        assertEquals(1.0, mark(week8, "T2.1", Answers.shape("T2.1", 26, 28)).marks(), EPS);
        assertEquals(0.5, mark(week8, "T2.1", Answers.shape("T2.1", 26, 27)).marks(), EPS);
        assertEquals(0.5, mark(week8, "T2.2", Answers.shape("T2.2", 31, 31)).marks(), EPS);
    }

    @Test
    void setCreditIsCorrectMinusWrongNeverBelowZero() {
        assertEquals(1.0 / 3, mark(week8, "T2.3", Answers.set("T2.3", 52.0, 53.0, 55.0)).marks(), EPS);
        assertEquals(1.0 / 3, mark(week8, "T2.3", Answers.set("T2.3", 52.0)).marks(), EPS);
        assertEquals(0.0, mark(week8, "T2.3", Answers.set("T2.3", 51.0)).marks(), EPS);
        assertEquals(0.0, mark(week8, "T2.3", Answers.set("T2.3", 52.0, 50.0, 51.0)).marks(), EPS);
        assertEquals(1.0, mark(week8, "T2.3", Answers.set("T2.3", 54.0, 52.0, 53.0)).marks(), EPS);
    }

    @Test
    void onePerProductAdditionConventionIsAccepted() {
        Mark m = mark(week8, "T2.4.adds", Answers.scalar("T2.4.adds", 2_508_800));
        assertEquals(1.0, m.marks(), EPS);
        assertEquals("accepted: one addition per product", m.rule());
        assertEquals(1.0, mark(week8, "T2.4.adds", Answers.scalar("T2.4.adds", 2_507_200)).marks(), EPS);
        assertEquals(1.0, mark(week8, "T2.4.params", Answers.scalar("T2.4.params", 100_352)).marks(), EPS);
        assertEquals(1.0, mark(week8, "T2.4.mults", Answers.scalar("T2.4.mults", 2_508_800)).marks(), EPS);
        assertEquals(1.0, mark(week8, "T2.5.params", Answers.scalar("T2.5.params", 65_536)).marks(), EPS);
    }

    @Test
    void sigmoidDerivativeInEveryWritingEarnsTheMark() {
        for (String f : List.of("sigma(z)(1 - sigma(z))", "σ(z)·(1−σ(z))", "e^{-z}/(1+e^{-z})^2",
                "\\sigma(z) \\cdot (1 - \\sigma(z))", "\\frac{e^{-z}}{(1+e^{-z})^2}", "\\sigma'(z) = \\sigma(z)(1-\\sigma(z))",
                "sigma(z) - sigma(z)^2")) {
            Mark m = mark(week8, "T1.3", Answers.formula("T1.3", f));
            assertEquals(1.0, m.marks(), EPS, f);
        }
        for (String f : List.of("sigma(z)(1 + sigma(z))", "e^{-z}/(1+e^{-z})", "sigma(z)", "1 - sigma(x)")) {
            assertEquals(0.0, mark(week8, "T1.3", Answers.formula("T1.3", f)).marks(), EPS, f);
        }
    }

    @Test
    void sigmoidDerivativeWrittenWithHyperbolicFunctionsEarnsTheMark() {
        for (String f : List.of("\\frac{1}{4}\\operatorname{sech}^2(z/2)", "\\frac{1}{4}\\mathrm{sech}^2(z/2)",
                "sech^2(z/2)/4", "\\frac{1}{2 + 2\\cosh z}", "\\frac{1}{4}(1 - \\tanh^2(z/2))",
                "\\boxed{\\sigma(z)(1-\\sigma(z))}")) {
            Mark m = mark(week8, "T1.3", Answers.formula("T1.3", f));
            assertEquals(Status.GRADED, m.status(), f + ": " + m.feedback());
            assertEquals(1.0, m.marks(), EPS, f);
        }
        for (String f : List.of("\\frac{1}{4}\\operatorname{sech}(z/2)", "\\frac{1}{4}\\operatorname{csch}^2(z/2)",
                "\\frac{1}{2}\\operatorname{sech}^2(z/2)")) {
            Mark m = mark(week8, "T1.3", Answers.formula("T1.3", f));
            assertEquals(Status.GRADED, m.status(), f + ": " + m.feedback());
            assertEquals(0.0, m.marks(), EPS, f);
        }
    }

    @Test
    void aNameTheAnswerDefinesIsSubstitutedBeforeComparing() {
        for (String f : List.of("let s = σ(z). Then σ'(z) = s(1 - s)", "σ'(z) = s(1 - s), where s = \\sigma(z)",
                "\\sigma'(z) = \\frac{u}{(1+u)^2} \\quad \\text{where } u = e^{-z}", "s := σ(z); σ'(z) = s - s^2",
                "σ'(z) = σ(z)(1 - σ(z)), where σ(z) = \\frac{1}{1+e^{-z}}")) {
            Mark m = mark(week8, "T1.3", Answers.formula("T1.3", f));
            assertEquals(Status.GRADED, m.status(), f + ": " + m.feedback());
            assertEquals(1.0, m.marks(), EPS, f);
        }
        Mark wrong = mark(week8, "T1.3", Answers.formula("T1.3", "let s = σ(z). Then σ'(z) = s(1 + s)"));
        assertEquals(Status.GRADED, wrong.status(), wrong.feedback());
        assertEquals(0.0, wrong.marks(), EPS);
    }

    @Test
    void aDefinitionThatCannotBeTrustedSendsTheAnswerToReview() {
        for (String f : List.of("σ'(z) = σ(z)(1 - σ(z)), where σ(z) = \\frac{1}{1+e^{z}}",
                "σ'(z) = σ(z)(1 - σ(z)) with z = 0", "σ'(z) = f(z)(1 - f(z)), where f(z) = σ(z)",
                "let s = σ(z) and s = 1 - σ(z). Then σ'(z) = s(1 - s)")) {
            Mark m = mark(week8, "T1.3", Answers.formula("T1.3", f));
            assertEquals(Status.REVIEW, m.status(), f + ": " + m.feedback());
        }
    }

    /** Each is σ(z)(1 − σ(z)) for every z, or is not; a TA marks the first 1 and the second 0, with no review. */
    @Test
    void equivalentFormsOfTheSigmoidDerivativeAreMarkedRightAndOthersWrong() {
        for (String f : List.of("\\sigma(z)\\cdot\\sigma(-z)", "\\frac{e^{z}}{(1+e^{z})^{2}}", "\\sigma(z) - \\sigma(z)^2",
                "\\sigma(z)\\left(1-\\sigma(z)\\right)", "σ(z)[1 − σ(z)]", "1/(1+e^{-z}) \\cdot e^{-z}/(1+e^{-z})",
                "\\frac{1}{(1+e^{-z})(1+e^{z})}", "\\frac{1}{4}\\operatorname{sech}^2(z/2)", "\\frac{1}{2+e^{z}+e^{-z}}",
                "\\sigma(z)\\,\\sigma(-z)", "\\frac{\\exp(-z)}{\\left(1+\\exp(-z)\\right)^2}")) {
            Mark m = mark(week8, "T1.3", Answers.formula("T1.3", f));
            assertEquals(Status.GRADED, m.status(), f + ": " + m.feedback());
            assertEquals(1.0, m.marks(), EPS, f);
        }
        for (String f : List.of("\\sigma(z)(1+\\sigma(z))", "1-\\sigma(z)^2", "e^{-z}/(1+e^{-z})", "\\sigma(z)^2",
                "\\frac{1}{4}\\operatorname{sech}(z/2)", "\\frac{e^{z}}{1+e^{z}}", "\\sigma(z)\\sigma(z)")) {
            Mark m = mark(week8, "T1.3", Answers.formula("T1.3", f));
            assertEquals(Status.GRADED, m.status(), f + ": " + m.feedback());
            assertEquals(0.0, m.marks(), EPS, f);
        }
    }
}
