package examgrader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.engine.ReferenceEngine;
import examgrader.ocr.Box;
import examgrader.ocr.Line;
import examgrader.ocr.PageText;
import examgrader.ocr.ScriptText;
import examgrader.ocr.Word;
import examgrader.rubric.Rubric;
import examgrader.rubric.RubricLoader;
import examgrader.score.Scorer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who wrote a script: the student number read, and a warning whenever that read is doubtful. */
class ScriptGraderTest {
    private static final Rubric CT3 = RubricLoader.load(Path.of("rubrics/cs60010-ct3-2021.yaml"));
    private final ScriptGrader grader = new ScriptGrader(new Scorer(new ReferenceEngine()));

    private static Line line(String text, double confidence) {
        List<Word> words = Arrays.stream(text.split(" ")).map(w -> new Word(w, confidence, new Box(1, 1, 10, 10))).toList();
        return new Line(1, text, words);
    }

    private static ScriptText script(Line... lines) {
        return new ScriptText(Path.of("scans/alice.pdf"), "00", List.of(new PageText(1, "tesseract 5.3.0 eng psm=4", null, List.of(lines))));
    }

    @Test
    void aConfidentlyReadStudentNumberNamesTheScriptQuietly() {
        ScriptGrader.Graded g = grader.grade(script(line("Roll: 19EE30012", 95), line("3. (a) W_f = 3 x 5", 95)), CT3, Map.of());
        assertEquals("19EE30012", g.result().studentId());
        assertEquals(List.of(), g.notices());
    }

    @Test
    void aDoubtfulStudentNumberIsReportedForAPersonToCheck() {
        ScriptGrader.Graded g = grader.grade(script(line("Roll: 19EE30012", 61), line("3. (a) W_f = 3 x 5", 95)), CT3, Map.of());
        assertEquals("19EE30012", g.result().studentId());
        assertEquals(1, g.notices().size());
        assertTrue(g.notices().get(0).contains("confidence 61%"), g.notices().get(0));
    }

    @Test
    void withoutAStudentNumberTheFileNameIsUsedAndSaidSo() {
        ScriptGrader.Graded g = grader.grade(script(line("3. (a) W_f = 3 x 5", 95)), CT3, Map.of());
        assertEquals("alice", g.result().studentId());
        assertTrue(g.notices().get(0).contains("no student number found"), g.notices().toString());
    }

    @Test
    void aQuestionNotFoundOnAScannedPageGoesToAPersonNotToZero() {
        ScriptGrader.Graded g = grader.grade(script(line("Roll: 19EE30012", 95), line("3. (a) W_f = 3 x 5", 95)), CT3, Map.of());
        var mark3c = g.result().marks().stream().filter(m -> m.questionId().equals("3c")).findFirst().orElseThrow();
        assertEquals(examgrader.score.Status.REVIEW, mark3c.status(), mark3c.feedback());
    }

    @Test
    void aQuestionNotFoundInATranscriptIsBlank() {
        ScriptText typed = new ScriptText(Path.of("typed/bob.md"), "00", List.of(new PageText(1, "transcription", null,
                List.of(line("Roll: 19EE30012", 100), line("3. (a) W_f = 3 x 5", 100)))));
        var mark3c = grader.grade(typed, CT3, Map.of()).result().marks().stream()
                .filter(m -> m.questionId().equals("3c")).findFirst().orElseThrow();
        assertEquals(examgrader.score.Status.BLANK, mark3c.status(), mark3c.feedback());
    }

    /** A scanned page of print: every word read surely, as Tesseract reads a clean typed page. */
    private static ScriptText printScan(String... lines) {
        return script(Arrays.stream(lines).map(l -> line(l, 95)).toArray(Line[]::new));
    }

    private static examgrader.score.Mark mark(ScriptGrader.Graded g, String questionId) {
        return g.result().marks().stream().filter(m -> m.questionId().equals(questionId)).findFirst().orElseThrow();
    }

    private static final String[] TIDY_1A = {"Roll: 19EE30012", "1. (a) i) f_t = 4", "ii) i_t = 5",
            "iv) C_t = 3", "v) C_{t-1} = 1", "vi) C~_t = 7", "(b) i) Ct = f_toC_{t-1} +it*C~_t",
            "= (0.2, 0.2, 0) + (0.5, 0, 0.05)", "so C_t = (0.7, 0.2, 0.05)", "ii) h_t = (0.6044, 0, 0)"};

    /** The mark of 1a.iii, not written, when the line of 1a.ii in the tidy script reads {@code line}. */
    private examgrader.score.Mark missingThirdPartWhenTheSecondReads(String line) {
        String[] lines = TIDY_1A.clone();
        lines[2] = line;
        return mark(grader.grade(printScan(lines), CT3, Map.of()), "1a.iii");
    }

    @Test
    void onPrintAShortLineReadUnsurelyUnderTheAnswerBeforeMayBeTheMissingPartSoAPersonLooks() {
        java.util.List<Line> lines = new java.util.ArrayList<>(Arrays.stream(TIDY_1A).map(l -> line(l, 95)).toList());
        lines.add(3, line("ibs", 41));
        var unsure = mark(grader.grade(script(lines.toArray(Line[]::new)), CT3, Map.of()), "1a.iii");
        assertEquals(examgrader.score.Status.REVIEW, unsure.status(), unsure.feedback());
    }

    @Test
    void onPrintAPartLeftOutBetweenTidyNeighboursIsBlank() {
        ScriptGrader.Graded g = grader.grade(printScan(TIDY_1A), CT3, Map.of());
        var left = mark(g, "1a.iii");
        assertEquals(examgrader.score.Status.BLANK, left.status(), left.feedback());
        assertTrue(left.feedback().contains("1a.ii"), left.feedback());
    }

    @Test
    void aSecondValueOnTheLineBeforeMayBeTheMissingPartsSoItGoesToAPerson() {
        var missing = missingThirdPartWhenTheSecondReads("ii) i_t = 5 ili o_t = 8");
        assertEquals(examgrader.score.Status.REVIEW, missing.status(), missing.feedback());
    }

    @Test
    void aFurtherLineThatDoesNotGoOnWithTheWorkingMayHoldTheMissingPart() {
        String[] lines = TIDY_1A.clone();
        lines[2] = "ii) i_t = 5\no_t = 8";
        var missing = mark(grader.grade(printScan(String.join("\n", lines).split("\n")), CT3, Map.of()), "1a.iii");
        assertEquals(examgrader.score.Status.REVIEW, missing.status(), missing.feedback());
    }

    @Test
    void workingThatGoesOnWithEqualsAndSoLeavesNoRoomForALostLabel() {
        String[] lines = java.util.stream.Stream.of(TIDY_1A).filter(l -> !l.startsWith("ii) h_t")).toArray(String[]::new);
        lines = java.util.stream.Stream.concat(Arrays.stream(lines), java.util.stream.Stream.of("2. (b) parameters = 0"))
                .toArray(String[]::new);
        var left = mark(grader.grade(printScan(lines), CT3, Map.of()), "1b.ii");
        assertEquals(examgrader.score.Status.BLANK, left.status(), left.feedback());
    }

    @Test
    void onHandwritingAMissingPartAlwaysGoesToAPerson() {
        Line[] lines = Arrays.stream(TIDY_1A).map(l -> line(l, 60)).toArray(Line[]::new);
        var missing = mark(grader.grade(script(lines), CT3, Map.of()), "1a.iii");
        assertEquals(examgrader.score.Status.REVIEW, missing.status(), missing.feedback());
    }

    @Test
    void partsAnsweredOutOfOrderLeaveNoPlaceToCheck() {
        String[] lines = {"Roll: 19EE30012", "1. (a) i) f_t = 4", "iv) C_t = 3", "ii) i_t = 5", "v) C_{t-1} = 1",
                "vi) C~_t = 7"};
        var missing = mark(grader.grade(printScan(lines), CT3, Map.of()), "1a.iii");
        assertEquals(examgrader.score.Status.REVIEW, missing.status(), missing.feedback());
    }

    @Test
    void aQuestionNumberFollowedStraightByItsSecondPartMeansTheFirstWasLeftOut() {
        ScriptGrader.Graded g = grader.grade(printScan("Roll: 19EE30012", "3. (a) W_f = 3 x 5", "(b) b_f = 3 x 1",
                "(c) total parameters = 4 x 18 = 72", "4. (b) the forget gate keeps the cell state",
                "5. total multiplications = 3088878"), CT3, Map.of());
        var left = mark(g, "4a");
        assertEquals(examgrader.score.Status.BLANK, left.status(), left.feedback());
        assertEquals(examgrader.score.Status.MANUAL, mark(g, "4b").status());
    }

    @Test
    void textUnderAQuestionNumberBeforeItsSecondPartMayBeTheFirstPart() {
        ScriptGrader.Graded g = grader.grade(printScan("Roll: 19EE30012", "3. (a) W_f = 3 x 5", "(b) b_f = 3 x 1",
                "(c) total parameters = 4 x 18 = 72", "4.", "dL/dc_t = dL/dh_t * o_t", "(b) the forget gate keeps the cell state",
                "5. total multiplications = 3088878"), CT3, Map.of());
        assertEquals(examgrader.score.Status.MANUAL, mark(g, "4a").status());
    }

    @Test
    void workingOnTheLineBeforeIsNotTakenForAnotherAnswer() {
        var left = missingThirdPartWhenTheSecondReads("ii) i_t = 2 + 3 = 5");
        assertEquals(examgrader.score.Status.BLANK, left.status(), left.feedback());
    }

    @Test
    void wordsBetweenTwoEqualsOnTheLineBeforeMayBeALostLabel() {
        var missing = missingThirdPartWhenTheSecondReads("ii) i_t = 5 ili o_t = 5");
        assertEquals(examgrader.score.Status.REVIEW, missing.status(), missing.feedback());
    }

    @Test
    void aFullLabelWithItsOneReadAsLIsTheNextItemAndLeavesTheLinesBeforeItTheirOwn() {
        ScriptGrader.Graded g = grader.grade(printScan("Roll: 19EE30012", "1(a)(i) 4", "l(a)(ii) 5", "1(a)(iv) 3",
                "1(a)(v) 1", "1(a)(vi) 7"), CT3, Map.of());
        var misreadOne = mark(g, "1a.ii");
        assertEquals(examgrader.score.Status.GRADED, misreadOne.status(), misreadOne.feedback());
        assertEquals("5", misreadOne.answer(), "l(a)(ii) after 1(a)(i) is 1(a)(ii) with its 1 misread");
        assertEquals("4", mark(g, "1a.i").answer());
        var skipped = mark(g, "1a.iii");
        assertEquals(examgrader.score.Status.BLANK, skipped.status(), skipped.feedback());
    }

    @Test
    void aFirstAnswerLineWhoseQuestionNumberWasMisreadIsNotTakenForTheHeader() {
        ScriptGrader.Graded g = grader.grade(printScan("CS60010 CT 3", "Name - A Student", "Roll number: 19EE30012",
                "Q]l (a)(i) ft: 4 (iii) ot: 8 (iv) Ct: 3", "Ql (b)(i) C_t = (0.7, 0.2, 0.05)"), CT3, Map.of());
        var first = mark(g, "1a.i");
        assertEquals(examgrader.score.Status.REVIEW, first.status(), first.feedback());
    }

    @Test
    void aValueGivenForAnotherPartsQuantityGoesToAPerson() {
        ScriptGrader.Graded g = grader.grade(printScan("Roll: 19EE30012", "1. (a)(i) ft: 4 (ii) it: 5 (ii) ot: 8 (iv) Ct: 3"),
                CT3, Map.of());
        var second = mark(g, "1a.ii");
        assertEquals(examgrader.score.Status.REVIEW, second.status(), second.answer() + ": " + second.feedback());
        assertTrue(second.feedback().contains("'8' is given for 'ot'"), second.feedback());
    }

    @Test
    void aValueStatedWithAtForAnotherPartsQuantityGoesToAPerson() {
        ScriptGrader.Graded g = grader.grade(printScan("Roll: 19EE30012", "1. (a)(i) f_t at 4 (ii) o_t at 8 (iv) C_t at 3"),
                CT3, Map.of());
        var second = mark(g, "1a.ii");
        assertEquals(examgrader.score.Status.REVIEW, second.status(), second.answer() + ": " + second.feedback());
        assertTrue(second.feedback().contains("'8' is given for 'o_t'"), second.feedback());
    }

    @Test
    void aDoubtfulValueStandingAloneBeforeALeftOutPartHidesNoLabel() {
        ScriptText scan = script(line("Roll: 19EE30012", 95), line("1. (a) i) f_t = 4", 95), line("ii) i_t = 5", 95),
                line("iii) o_t = 8", 95), line("iv) C_t = 3", 95), line("v.1", 63),
                line("(b) i) C_t = (0.7, 0.2, 0.05)", 95), line("ii) h_t = (0.6044, 0, 0)", 95));
        ScriptGrader.Graded g = grader.grade(scan, CT3, Map.of());
        assertEquals(examgrader.score.Status.REVIEW, mark(g, "1a.v").status());
        var left = mark(g, "1a.vi");
        assertEquals(examgrader.score.Status.BLANK, left.status(), left.feedback());
    }

    @Test
    void aLineRestatingTheEarlierAnswersResultLeavesNoRoomForALostLabel() {
        String[] lines = {"Roll: 19EE30012", "1. (a) i) f_t = 4", "ii) i_t = 5", "iii) o_t = 8", "iv) C_t = 3",
                "v) C_{t-1} = 1", "vi) C~_t = 7", "(b) i) Ct=ftocC {t-1} +itoC~t", "= (0.2, 0.2, 0) + (0.5, 0, 0.05)",
                "\u201cCt = (0.7, 0.2, 0.05)", "2. (b) parameters = 0"};
        var left = mark(grader.grade(printScan(lines), CT3, Map.of()), "1b.ii");
        assertEquals(examgrader.score.Status.BLANK, left.status(), left.feedback());
        lines[9] = "ht = (0.6044, 0, 0)";
        var named = mark(grader.grade(printScan(lines), CT3, Map.of()), "1b.ii");
        assertEquals(examgrader.score.Status.REVIEW, named.status(), named.feedback());
    }

    @Test
    void onPrintAShapeQuestionWithOnlyACountWorkedOutUnderItsLabelIsUnanswered() {
        ScriptGrader.Graded g = grader.grade(printScan("Roll: 19EE30012", "5. depthwise mults = 4 x 4 x 199 x 199 x 3 = 1900848",
                "Output after pointwise conv: (199, 199, 10)", "Total multiplications = 1900848 + 1188030 = 3088878"), CT3, Map.of());
        var depthwise = mark(g, "5.dw_shape");
        assertEquals(examgrader.score.Status.BLANK, depthwise.status(), depthwise.feedback());
        assertTrue(depthwise.feedback().contains("read surely"), depthwise.feedback());
        assertEquals(examgrader.score.Status.GRADED, mark(g, "5.pw_shape").status());
    }

    private static final Rubric WEEK8 = RubricLoader.load(Path.of("rubrics/dl50039-week8.yaml"));

    /** Task 1 of the week 8 paper answered in words, without 1.2; {@code secondLine} goes on with 1.1. */
    private examgrader.score.Mark handMarkedPartLeftOutAfter(String label1, String label3, String secondLine) {
        String[] lines = {"Student no. 1002003", "Task 1", label1 + " No. c_{t-1} is built from f_{t-1}, i_{t-1} and c_{t-2},",
                secondLine, label3 + " d/dz sigma(z) = sigma(z) * (1 - sigma(z))",
                "(4) df_t/dh_{t-1} = sigma'(W^f x_t + U^f h_{t-1}) * U^f", "(5) The inner product is largest along U^f(d)",
                "(6) The argmax does not depend on it, the max does."};
        return mark(grader.grade(printScan(lines), WEEK8, Map.of()), "T1.2");
    }

    @Test
    void onPrintAHandMarkedPartLeftOutIsBlankWhenNothingBeforeItCouldBeItsLabel() {
        var left = handMarkedPartLeftOutAfter("(1)", "(3)", "knowing h_{t-1} does not pin down c_{t-1} (o_{t-1} can be near 0).");
        assertEquals(examgrader.score.Status.BLANK, left.status(), left.feedback());
        assertTrue(left.feedback().contains("T1.1"), left.feedback());
    }

    @Test
    void aWordBeforeAHandMarkedPartLeftOutThatCouldBeItsLabelSendsItToAPerson() {
        var misread = handMarkedPartLeftOutAfter("(1)", "(3)", "(Z) dh_t/dh_{t-1} = tanh(c_t) * do_t/dh_{t-1}");
        assertEquals(examgrader.score.Status.MANUAL, misread.status(), misread.feedback());
        var glued = handMarkedPartLeftOutAfter("(1)", "(3)", "which depend on h_{t-2}; 2) dh_t = tanh(c_t) * do_t");
        assertEquals(examgrader.score.Status.MANUAL, glued.status(), glued.feedback());
    }

    /** As {@link #handMarkedPartLeftOutAfter}, with the line after 1.1 read doubtfully (every word at 40). */
    private examgrader.score.Mark handMarkedPartLeftOutAfterADoubtfulLine(String secondLine) {
        List<Line> read = new java.util.ArrayList<>(Arrays.stream(new String[] {"Student no. 1002003", "Task 1",
                "(1) No. c_{t-1} is built from f_{t-1}, i_{t-1} and c_{t-2},"}).map(l -> line(l, 95)).toList());
        read.add(line(secondLine, 40));
        read.add(line("(3) d/dz sigma(z) = sigma(z) * (1 - sigma(z))", 95));
        return mark(grader.grade(script(read.toArray(Line[]::new)), WEEK8, Map.of()), "T1.2");
    }

    @Test
    void aDoubtfulFormulaWordBeforeAHandMarkedPartLeftOutIsNoLabelButADoubtfulLabelIs() {
        var formula = handMarkedPartLeftOutAfterADoubtfulLine("dL/dc_t = o_t * (1 - tanh^2(c_t))");
        assertEquals(examgrader.score.Status.BLANK, formula.status(), formula.feedback());
        var label = handMarkedPartLeftOutAfterADoubtfulLine("(7) dh_t = tanh(c_t) * do_t");
        assertEquals(examgrader.score.Status.MANUAL, label.status(), label.feedback());
    }

    @Test
    void aLabelGluedToTheFirstWordOfTheAnswerBeforeIsThatAnswersOwnNotALostOne() {
        List<Line> read = new java.util.ArrayList<>(Arrays.stream(new String[] {"Student no. 1002003", "Task 1"})
                .map(l -> line(l, 95)).toList());
        read.add(line("(1).No: h_{t-1} is computed from c_{t-1},", 40));
        read.add(line("which depend on h_{t-2} and x_{t-1}.", 95));
        read.add(line("(3) d/dz sigma(z) = sigma(z) * (1 - sigma(z))", 95));
        var left = mark(grader.grade(script(read.toArray(Line[]::new)), WEEK8, Map.of()), "T1.2");
        assertEquals(examgrader.score.Status.BLANK, left.status(), left.feedback());
    }

    @Test
    void circledItemNumbersCanBeDroppedByOcrSoAHandMarkedPartLeftOutGoesToAPerson() {
        var left = handMarkedPartLeftOutAfter("①", "③", "knowing h_{t-1} does not pin down c_{t-1}.");
        assertEquals(examgrader.score.Status.MANUAL, left.status(), left.feedback());
    }

    @Test
    void onAPageSearchedForDroppedCircledNumbersAHandMarkedPartLeftOutIsBlank() {
        String[] lines = {"Student no. 1002003", "Task 1", "① No. c_{t-1} is built from f_{t-1}, i_{t-1} and c_{t-2},",
                "knowing h_{t-1} does not pin down c_{t-1}.", "③ d/dz sigma(z) = sigma(z) * (1 - sigma(z))",
                "④ df_t/dh_{t-1} = sigma'(W^f x_t + U^f h_{t-1}) * U^f", "⑤ The inner product is largest along U^f(d)",
                "⑥ The argmax does not depend on it, the max does."};
        List<Line> read = Arrays.stream(lines).map(l -> line(l, 95)).toList();
        ScriptText sought = new ScriptText(Path.of("scans/alice.pdf"), "00",
                List.of(new PageText(1, "tesseract 5.3.0 eng psm=4", null, read, true)));
        var left = mark(grader.grade(sought, WEEK8, Map.of()), "T1.2");
        assertEquals(examgrader.score.Status.BLANK, left.status(), left.feedback());
    }

    /** Task 2 of the week 8 paper on print, without 2.3; {@code secondStep} is the line after 2.2's first. */
    private examgrader.score.Mark setLeftOutAfterWorking(String secondStep) {
        String[] lines = {"Student no. 1002003", "Task 2", "2.1 H_out = floor((78 + 2x2 - 5)/3) + 1 = 26",
                "W_out = floor((84 + 2x2 - 5)/3) + 1 = 28", "therefore the feature map is 26 x 28",
                "2.2 H_out = floor((64 - 3)/2) + 1 = 31", secondStep, "therefore the output size is 31 x 30",
                "2.4 output side = floor((19 - 7)/3) + 1 = 5, so 5 x 5 x 64", "a) parameters = 7 x 7 x 32 x 64 = 100352",
                "b) multiplications = 5 x 5 x 64 x (7x7x32) = 2508800", "c) additions = 5 x 5 x 64 x (7x7x32 - 1) = 2507200",
                "2.5 parameters = 1 x 1 x 512 x 128 = 65536"};
        return mark(grader.grade(printScan(lines), WEEK8, Map.of()), "T2.3");
    }

    @Test
    void onPrintAStepWhoseResultTheAnswerGoesOnToUseLeavesNoRoomForALostLabel() {
        var left = setLeftOutAfterWorking("W_out = floor((64 - 5)/2) + 1 = 30");
        assertEquals(examgrader.score.Status.BLANK, left.status(), left.feedback());
        assertTrue(left.feedback().contains("T2.2"), left.feedback());
    }

    @Test
    void aNamedValueThatTheAnswerDoesNotGoOnToUseMayBeALostLabelsAnswer() {
        var unused = setLeftOutAfterWorking("n = floor((64 - 5)/2) + 1 = 54");
        assertEquals(examgrader.score.Status.REVIEW, unused.status(), unused.feedback());
        var label = setLeftOutAfterWorking("3) W_out = floor((64 - 5)/2) + 1 = 30");
        assertEquals(examgrader.score.Status.REVIEW, label.status(), label.feedback());
    }

    /** The last question of the week 8 paper, not written, when 2.4's last line reads {@code additions}. */
    private examgrader.score.Mark lastQuestionLeftOutAfter(String additions) {
        String[] lines = {"Student no. 1002003", "Task 2", "2.4 output side = floor((19 - 7)/3) + 1 = 5, so 5 x 5 x 64",
                "a) parameters = 7 x 7 x 32 x 64 = 100352", "b) multiplications = 5 x 5 x 64 x (7x7x32) = 2508800",
                "c) " + additions};
        return mark(grader.grade(printScan(lines), WEEK8, Map.of()), "T2.5.params");
    }

    @Test
    void aNamedLineOfArithmeticBeforeAQuestionLeftOutHidesNoLabel() {
        var left = lastQuestionLeftOutAfter("adds: 5 x 5 x 64 x (7x7x32 - 1) = 2507200");
        assertEquals(examgrader.score.Status.BLANK, left.status(), left.feedback());
        var glued = lastQuestionLeftOutAfter("adds: 5 x 5 x 64 x 1567 5) 1 x 1 x 512 x 128 = 2507200");
        assertEquals(examgrader.score.Status.REVIEW, glued.status(), glued.feedback());
    }

    private static ScriptText typed(String... lines) {
        return new ScriptText(Path.of("typed/bob.md"), "00", List.of(new PageText(1, "transcription", null,
                Arrays.stream(lines).map(l -> line(l, 100)).toList())));
    }

    @Test
    void aPartAnsweredUnderAnotherNumberGoesToAPersonNotToZero() {
        ScriptGrader.Graded g = grader.grade(typed("Student no. 1002003", "Question 2.4: parameters = 7 x 7 x 32 x 64 = 100352",
                "Question 2.5: the number of multiplications is 1,600 x 1,568 = 2,508,800, and the number of additions is"
                        + " 1,600 x 1,567 = 2,507,200."), WEEK8, Map.of());
        var mults = mark(g, "T2.4.mults");
        assertEquals(examgrader.score.Status.REVIEW, mults.status(), mults.feedback());
        assertTrue(mults.feedback().contains("T2.5.params"), mults.feedback());
        assertEquals(examgrader.score.Status.REVIEW, mark(g, "T2.4.adds").status());
    }

    @Test
    void aPartLeftOutWhoseQuantityNoOtherAnswerGivesIsBlank() {
        ScriptGrader.Graded g = grader.grade(typed("Student no. 1002003", "2.4 parameters = 7 x 7 x 32 x 64 = 100352",
                "additions = 5 x 5 x 64 x (7 x 7 x 32 - 1) = 2507200", "2.5 parameters = 512 x 128 = 65536"), WEEK8, Map.of());
        var mults = mark(g, "T2.4.mults");
        assertEquals(examgrader.score.Status.BLANK, mults.status(), mults.feedback());
    }

    @Test
    void aPartFoundBlankWhoseQuantityAnotherPartsValueIsGivenForGoesToAPerson() {
        ScriptGrader.Graded g = grader.grade(printScan("Roll: 19EE30012", "Question 3", "Part (b)", "W_f = 3 x 5",
                "Part (c)", "b_f has 3 entries"), CT3, Map.of());
        var left = mark(g, "3a");
        assertEquals(examgrader.score.Status.REVIEW, left.status(), left.feedback());
        assertTrue(left.feedback().contains("3b's answer gives '3 x 5' for 'W_f'"), left.feedback());
    }

    @Test
    void aBlankPartsQuantityStatedInAnotherAnswerOverWrappedLinesGoesToAPerson() {
        ScriptGrader.Graded g = grader.grade(typed("Roll: 19EE30012", "Question 3", "(a) W_f: 3 x 5", "(b) b_f: 3 x 1",
                "Total parameters (weight values) in the cell: the question says \"weight", "values\" so I count only the matrices,",
                "each 3 x 5 =", "15 → 4 x 15 = 60"), CT3, Map.of());
        var left = mark(g, "3c");
        assertEquals(examgrader.score.Status.REVIEW, left.status(), left.feedback());
    }

    @Test
    void typedRulesMarkupAndSkippedNotesHoldNoLostAnswer() {
        ScriptGrader.Graded g = grader.grade(typed("Roll: 19EE30012", "CS60010 class test 3", "", "", "\\begin{document}",
                "\\maketitle", "---", "# skipped, no time", "1. (a) i) 4", "4. (a) the forget gate lets the gradient through"),
                CT3, Map.of());
        var left = mark(g, "4b");
        assertEquals(examgrader.score.Status.BLANK, left.status(), left.feedback());
    }

    @Test
    void typedProseBeforeTheFirstLabelMayStillHoldALostAnswer() {
        ScriptGrader.Graded g = grader.grade(typed("Roll: 19EE30012", "CS60010 class test 3", "", "",
                "the gradient flows through the cell state when f_t = 1", "1. (a) i) 4", "4. (a) the forget gate lets the gradient through"),
                CT3, Map.of());
        assertEquals(examgrader.score.Status.MANUAL, mark(g, "4b").status());
    }

    @Test
    void aMarkMadeOnTheStudentsCorrectionSaysWhichAnswerItSetAside() {
        ScriptGrader.Graded g = grader.grade(typed("Roll: 19EE30012", "3. (a) W_f = 3 x 2", "(b) b_f = 3 x 1",
                "3. (a) (corrected): W_f = 3 x 5"), CT3, Map.of());
        var corrected = mark(g, "3a");
        assertEquals(examgrader.score.Status.GRADED, corrected.status(), corrected.feedback());
        assertEquals(corrected.maxMarks(), corrected.marks());
        assertTrue(corrected.feedback().contains("replaces an earlier answer: 'W_f = 3 x 2'"), corrected.feedback());
        assertFalse(mark(g, "3b").feedback().contains("replaces"), mark(g, "3b").feedback());
    }

    @Test
    void aDatedHeaderLineBelowTheFirstLinesIsNoLostAnswer() {
        ScriptGrader.Graded g = grader.grade(typed("Roll: 19EE30012", "Deep Learning", "", "",
                "Class Test – III        Date: 15/03/2021        Time: 30 min", "CS60010 CT 3, 15/3/21, 10:00-10:30",
                "1. (a) i) 4", "4. (a) the forget gate lets the gradient through"), CT3, Map.of());
        var left = mark(g, "4b");
        assertEquals(examgrader.score.Status.BLANK, left.status(), left.feedback());
    }
}
