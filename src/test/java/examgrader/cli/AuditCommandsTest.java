package examgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.audit.ChangeKind;
import examgrader.audit.MarkChange;
import examgrader.audit.Scripts;
import examgrader.audit.Store;
import examgrader.score.Status;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The audit commands through picocli, as a user runs them: exit code, stdout and stderr. */
class AuditCommandsTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {}

    static Run run(Object command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(command);
        line.setOut(new PrintWriter(out, true));
        line.setErr(new PrintWriter(err, true));
        int code = line.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    private void grade(String... students) {
        Scripts.storeWith(dir, students).close();
    }

    private static void assertOneLineError(Run run, String expected) {
        assertEquals(ExitCodes.BAD_INPUT, run.code(), run.err());
        assertEquals(1, run.err().strip().lines().count(), run.err());
        assertTrue(run.err().contains(expected), run.err());
        assertFalse(run.err().contains("Exception") || run.err().contains("\tat "), run.err());
    }

    @Test
    void explainShowsFileOcrWordsRuleAndEngineWorking() {
        grade("18CS10001");
        Run run = run(new ExplainCommand(), "--out", dir.toString(), "--student", "18CS10001", "--question", "3a");
        assertEquals(ExitCodes.OK, run.code(), run.err());
        String sha = Scripts.sha(Path.of("scans", "18CS10001.pdf").toString());
        assertTrue(run.out().contains("sha256:      " + sha), run.out());
        assertTrue(run.out().contains("page:        1"), run.out());
        assertTrue(run.out().contains("ocr:         " + Scripts.OCR), run.out());
        assertTrue(run.out().contains("\"x\" (64 @360,850 18x28)"), run.out());
        assertTrue(run.out().contains("\"5\" (90, its digits 98: read character by character and again digits-only @386,838 24x42)"),
                run.out());
        assertTrue(run.out().contains("rule:        exact"), run.out());
        assertTrue(run.out().contains("rubric:      rubrics/ct3.yaml (sha256 " + Scripts.RUBRIC_SHA + ")"), run.out());
        assertTrue(run.out().contains("engine:      lstm.gate_weight_shape(hidden=3, input=2) = [3, 5]"), run.out());
        assertTrue(run.out().contains("columns = hidden + input = 3 + 2 = 5"), run.out());
        assertTrue(run.out().contains("version test"), run.out());
    }

    @Test
    void explainOfAnUnknownStudentOrMissingStoreIsOneLine() {
        grade("18CS10001");
        assertOneLineError(run(new ExplainCommand(), "--out", dir.toString(), "--student", "18CS99999", "--question", "3a"),
                "student 18CS99999 is not in");
        assertOneLineError(run(new ExplainCommand(), "--out", dir.resolve("elsewhere").toString(), "--student", "18CS10001",
                "--question", "3a"), "no grader store here");
    }

    @Test
    void overrideIsListedByHistoryExportedAndShownByExplain() throws Exception {
        grade("18CS10001");
        Run override = run(new OverrideCommand(), "--out", dir.toString(), "--student", "18CS10001", "--question", "3c",
                "--marks", "1", "--by", "alice", "--reason", "W_f read wrongly; 72 is right for 3 x 5");
        assertEquals(ExitCodes.OK, override.code(), override.err());
        Run history = run(new HistoryCommand(), "--out", dir.toString(), "--student", "18CS10001");
        assertEquals(ExitCodes.OK, history.code(), history.err());
        assertTrue(history.out().contains("18CS10001 3c  override: 0.5 (graded) -> 1 (graded)  by alice: W_f read wrongly; 72 is right for 3 x 5"),
                history.out());
        List<String> exported = Files.readAllLines(dir.resolve("audit").resolve("mark_changes.csv"));
        assertEquals("id,at,student_id,question_id,kind,old_marks,old_status,new_marks,new_status,answer,by,why", exported.get(0));
        assertTrue(exported.get(1).endsWith(",18CS10001,3c,override,0.5,graded,1,graded,,alice,W_f read wrongly; 72 is right for 3 x 5"),
                exported.get(1));
        Run explain = run(new ExplainCommand(), "--out", dir.toString(), "--student", "18CS10001", "--question", "3c");
        assertTrue(explain.out().contains("Mark that counts: 1 / 1 (graded), decided by alice (override)"), explain.out());
        assertTrue(explain.out().contains("grader mark: 0.5 / 1 (graded)"), explain.out());
    }

    @Test
    void overrideAboveTheQuestionsMarksIsRefused() {
        grade("18CS10001");
        assertOneLineError(run(new OverrideCommand(), "--out", dir.toString(), "--student", "18CS10001", "--question", "3c",
                "--marks", "3", "--by", "alice", "--reason", "x"), "18CS10001 3c: 3 marks is outside 0..1");
        Run history = run(new HistoryCommand(), "--out", dir.toString(), "--student", "18CS10001");
        assertTrue(history.out().contains("No changes"), history.out());
    }

    @Test
    void disputeIsOpenedResolvedAndKeptInHistory() {
        grade("18CS10001");
        assertOneLineError(run(new DisputeCommand(), "resolve", "--out", dir.toString(), "--student", "18CS10001",
                "--question", "3c", "--marks", "1", "--by", "bob", "--reason", "x"), "no open dispute on 18CS10001 3c");
        Run open = run(new DisputeCommand(), "open", "--out", dir.toString(), "--student", "18CS10001", "--question", "3c",
                "--reason", "PyTorch's nn.LSTM has two bias vectors", "--by", "18CS10001");
        assertEquals(ExitCodes.OK, open.code(), open.err());
        Run resolve = run(new DisputeCommand(), "resolve", "--out", dir.toString(), "--student", "18CS10001", "--question",
                "3c", "--marks", "0.5", "--by", "bob", "--reason", "scheme: 84 earns 0.5; answer was 60, also 0.5");
        assertEquals(ExitCodes.OK, resolve.code(), resolve.err());
        Run history = run(new HistoryCommand(), "--out", dir.toString(), "--student", "18CS10001");
        assertTrue(history.out().contains("dispute: 0.5 (graded) -> 0.5 (graded)  by bob"), history.out());
        assertTrue(history.out().contains("dispute 18CS10001 3c opened"), history.out());
        assertTrue(history.out().contains("resolved"), history.out());
    }

    @Test
    void reviewTakesMarksAndTypedAnswersFromPipedInput() throws Exception {
        grade("18CS10001", "18CS10002");
        String typed = String.join("\n", "m 2", "m 1", "zero read as O by OCR; 3,088,878", "a 3088878", "", "");
        Run review = run(new ReviewCommand().setInput(new java.io.StringReader(typed))
                        .setScorer((item, answer) -> Scripts.mark(Scripts.withMark(Scripts.result(item.source(), item.studentId()),
                                "5.total", answer.equals("3088878") ? 1 : 0, Status.GRADED, "exact"), "5.total")),
                "--out", dir.toString(), "--by", "carol");
        assertEquals(ExitCodes.OK, review.code(), review.err());
        assertTrue(review.out().contains("[1/2] 18CS10001  question 5.total  (out of 1)"), review.out());
        assertTrue(review.out().contains("read: = 3,O88,878"), review.out());
        assertTrue(review.out().contains("\"3,O88,878\" 41"), review.out());
        assertTrue(review.out().contains("2 is outside 0..1"), review.out());
        assertTrue(review.out().contains("Scored \"3088878\": 1 / 1 (exact)"), review.out());
        assertTrue(review.out().contains("2 decided, 0 skipped; 0 still in review."), review.out());
        try (Store store = Store.openExisting(dir)) {
            MarkChange first = store.history("18CS10001").get(0);
            assertEquals(ChangeKind.REVIEW, first.kind());
            assertEquals("carol", first.by());
            assertEquals("zero read as O by OCR; 3,088,878", first.why());
            MarkChange second = store.history("18CS10002").get(0);
            assertEquals("3088878", second.answer());
            assertEquals(1, second.newMarks());
            assertEquals("answer read as \"3088878\" by carol in review", second.why());
            assertEquals(List.of(), store.reviewQueue());
        }
    }

    @Test
    void reviewSkipsAndQuitsWithoutRecording() {
        grade("18CS10001", "18CS10002");
        Run review = run(new ReviewCommand().setInput(new java.io.StringReader("s\nq\n")), "--out", dir.toString());
        assertEquals(ExitCodes.OK, review.code(), review.err());
        assertTrue(review.out().contains("0 decided, 1 skipped, stopped early; 2 still in review."), review.out());
        Run typedWithoutScorer = run(new ReviewCommand().setInput(new java.io.StringReader("a 3088878\nq\n")), "--out", dir.toString());
        assertTrue(typedWithoutScorer.out().contains("type the mark with m"), typedWithoutScorer.out());
    }

    @Test
    void reviewWritesTheCropOfTheAnswerFromThePdfPage() throws Exception {
        Path pdf = dir.resolve("18CS10007.pdf");
        try (org.apache.pdfbox.pdmodel.PDDocument document = new org.apache.pdfbox.pdmodel.PDDocument()) {
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4));
            document.addPage(new org.apache.pdfbox.pdmodel.PDPage(org.apache.pdfbox.pdmodel.common.PDRectangle.A4));
            document.save(pdf.toFile());
        }
        Path out = dir.resolve("out");
        try (Store store = Store.open(out)) {
            long run = store.startRun("ct3.yaml", Scripts.RUBRIC_SHA, "test", List.of());
            store.saveScript(run, Scripts.result(pdf, "18CS10007"), Scripts.text(pdf, "18CS10007"),
                    examgrader.audit.ScriptProvenance.of("test", "ct3.yaml"));
        }
        Run review = run(new ReviewCommand().setInput(new java.io.StringReader("q\n")), "--out", out.toString());
        Path crop = out.resolve("review").resolve("18CS10007_5.total_1.png");
        assertTrue(review.out().contains("crop: " + crop), review.out());
        java.awt.image.BufferedImage image = javax.imageio.ImageIO.read(crop.toFile());
        // the answer's box (210 × 44 px at 300 dpi) with a 16 px margin on each side
        assertEquals(242, image.getWidth());
        assertEquals(76, image.getHeight());
    }

    @Test
    void regradePrintsWhoGainedOrLostAndKeepsOverrides() throws Exception {
        grade("18CS10001", "18CS10002");
        run(new OverrideCommand(), "--out", dir.toString(), "--student", "18CS10001", "--question", "3c", "--marks", "1",
                "--by", "alice", "--reason", "accepted");
        Path rubric = Files.writeString(dir.resolve("ct3-v2.yaml"), "exam: cs60010-ct3-2021\n");
        RegradeCommand command = new RegradeCommand(
                file -> examgrader.rubric.Rubric.of(Scripts.EXAM, java.util.regex.Pattern.compile("\\d{2}[A-Z]{2}\\d{5}"), List.of()),
                (text, r) -> Scripts.withMark(Scripts.result(text.source(),
                        text.source().getFileName().toString().replace(".pdf", "")), "3c", 0, Status.GRADED, "wrong"));
        Run regrade = run(command, "--out", dir.toString(), "--rubric", rubric.toString());
        assertEquals(ExitCodes.OK, regrade.code(), regrade.err());
        assertTrue(regrade.out().contains("Regraded 2 scripts"), regrade.out());
        assertTrue(regrade.out().contains("18CS10001 3c: 0.5 -> 0 (-0.5)"), regrade.out());
        assertTrue(regrade.out().contains("18CS10002 3c: 0.5 -> 0 (-0.5)"), regrade.out());
        assertTrue(regrade.out().contains("kept alice's override of 18CS10001 3c: 1 marks; the grader now gives 0"), regrade.out());
        // 18CS10002 counted 3a 1 + 3c 0.5 = 1.5, now 1; 18CS10001's total stays 2 thanks to the override
        assertTrue(regrade.out().contains("18CS10002: 1.5 -> 1 (-0.5)"), regrade.out());
        assertFalse(regrade.out().contains("18CS10001: "), regrade.out());
    }

    @Test
    void regradeReportsABadRubricAndScriptsItCouldNotRescore() throws Exception {
        grade("18CS10001");
        Path rubric = Files.writeString(dir.resolve("bad.yaml"), "x\n");
        Run bad = run(new RegradeCommand(file -> { throw new IllegalArgumentException(file + ":1:1: unknown op 'conv.output'"); },
                (text, r) -> null), "--out", dir.toString(), "--rubric", rubric.toString());
        assertOneLineError(bad, rubric + ":1:1: unknown op 'conv.output'");
        Run failing = run(new RegradeCommand(file -> examgrader.rubric.Rubric.of(Scripts.EXAM,
                        java.util.regex.Pattern.compile("x"), List.of()),
                (text, r) -> { throw new IllegalStateException("segmenter failed"); }), "--out", dir.toString(), "--rubric", rubric.toString());
        assertEquals(ExitCodes.SOME_REJECTED, failing.code());
        assertTrue(failing.err().contains("scans/18CS10001.pdf: not rescored: segmenter failed"), failing.err());
        assertEquals(ExitCodes.INTERNAL, run(new RegradeCommand(), "--out", dir.toString(), "--rubric", rubric.toString()).code());
    }

    @Test
    void compareGivesAgreementPerQuestionOverallAndTheDisagreements() throws Exception {
        grade("18CS10001", "18CS10002");
        Path human = Files.writeString(dir.resolve("ta.csv"), """
                student_id,2b,3a,3c,5.total,4b,total
                18CS10001,0,1,0.5,1,2,4.5
                18CS10002,0,0,0.5,,,0.5
                18CS10003,1,1,1,1,1,5
                """);
        Run compare = run(new CompareCommand(), "--out", dir.toString(), human.toString());
        assertEquals(ExitCodes.OK, compare.code(), compare.err());
        // compared: 2b, 3a, 3c for both students (5.total in review, 4b manual on the grader's side)
        assertTrue(compare.out().matches("(?s).*3a\\s+2\\s+1\\s+50\\.0%.*"), compare.out());
        assertTrue(compare.out().matches("(?s).*overall\\s+6\\s+5\\s+83\\.3%.*"), compare.out());
        assertTrue(compare.out().contains("18CS10002 3a: grader 1, TA 0 (line 3)"), compare.out());
        assertTrue(compare.out().contains("Not compared: 2 marks"), compare.out());
        assertTrue(compare.out().contains("Only in the TA's file: 18CS10003"), compare.out());
    }

    @Test
    void handMarksAreImportedAndPendingMarksCounted() throws Exception {
        grade("18CS10001", "18CS10002");
        Path marks = Files.writeString(dir.resolve("hand.csv"), """
                student_id,question_id,marks,marker,comment
                18CS10001,4b,1.5,dave,"f_t = 1 keeps C_t, but no word on the gradient"
                18CS10002,4b,2,dave,
                """);
        Run imported = run(new MarksCommand(), "import", "--out", dir.toString(), marks.toString());
        assertEquals(ExitCodes.OK, imported.code(), imported.err());
        // left pending: 5.total (1 mark, in review) on each of the two scripts
        assertTrue(imported.out().contains("2 marks imported, 0 unchanged; 2 marks still pending on 2 scripts."), imported.out());
        Run again = run(new MarksCommand(), "import", "--out", dir.toString(), marks.toString());
        assertTrue(again.out().contains("0 marks imported, 2 unchanged"), again.out());
        try (Store store = Store.openExisting(dir)) {
            MarkChange change = store.history("18CS10001").get(0);
            assertEquals(ChangeKind.HAND, change.kind());
            assertEquals("dave", change.by());
            assertEquals("f_t = 1 keeps C_t, but no word on the gradient", change.why());
            assertEquals(1.5, Scripts.mark(store.results(null).get(0), "4b").marks());
        }
    }

    @Test
    void handMarkOutsideTheRangeIsRefusedWithItsLineAndNothingIsImported() throws Exception {
        grade("18CS10001", "18CS10002");
        Path marks = Files.writeString(dir.resolve("hand.csv"), """
                student_id,question_id,marks,marker,comment
                18CS10001,4b,1.5,dave,
                18CS10002,4b,2.5,dave,
                """);
        assertOneLineError(run(new MarksCommand(), "import", "--out", dir.toString(), marks.toString()),
                marks + ":3: 18CS10002 4b: 2.5 marks is outside 0..2");
        Path graderQuestion = Files.writeString(dir.resolve("hand2.csv"), "student_id,question_id,marks\n18CS10001,3a,1\n");
        assertOneLineError(run(new MarksCommand(), "import", "--out", dir.toString(), graderQuestion.toString()),
                graderQuestion + ":2: 3a is marked by the grader, not by hand");
        Path twice = Files.writeString(dir.resolve("hand3.csv"), "student_id,question_id,marks\n18CS10001,4b,1\n18CS10001,4b,2\n");
        assertOneLineError(run(new MarksCommand(), "import", "--out", dir.toString(), twice.toString()),
                twice + ":3: 18CS10001 4b is marked again (first on line 2)");
        try (Store store = Store.openExisting(dir)) {
            assertEquals(List.of(), store.history("18CS10001"));
        }
    }
}
