package examgrader.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ocr.ScriptText;
import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
    @TempDir
    Path dir;

    @Test
    void savedScriptReadsBackEqualWithItsTextAndRelativePath() {
        Path source = Path.of("scans", "18CS10001.pdf");
        ScriptResult saved = Scripts.result(source, "18CS10001");
        ScriptText text = Scripts.text(source, "18CS10001");
        try (Store store = Store.open(dir)) {
            long run = store.startRun("ct3.yaml", Scripts.RUBRIC_SHA, "test", List.of("grade"));
            long id = store.saveScript(run, saved, text, ScriptProvenance.of("test", "ct3.yaml"));
            assertEquals(List.of(saved), store.results(Scripts.EXAM));
            assertEquals(text, store.scriptText(id));
            assertEquals(List.of(), store.results("another-exam"));
        }
    }

    @Test
    void resumedRunSkipsOnlyScriptsDoneUnderTheSameRubric() {
        try (Store store = Scripts.storeWith(dir, "18CS10001")) {
            String sha = Scripts.sha(Path.of("scans", "18CS10001.pdf").toString());
            assertTrue(store.isDone(sha, Scripts.RUBRIC_SHA));
            assertTrue(store.isDone(sha, Path.of("scans", "18CS10001.pdf"), Scripts.RUBRIC_SHA));
            assertFalse(store.isDone(sha, Path.of("copy", "18CS10001.pdf"), Scripts.RUBRIC_SHA));
            assertFalse(store.isDone(sha, "b2".repeat(32)));
            assertFalse(store.isDone(Scripts.sha("other"), Scripts.RUBRIC_SHA));
        }
    }

    @Test
    void overrideCountsOverTheGraderAndIsRecordedWithWhoAndWhy() {
        try (Store store = Scripts.storeWith(dir, "18CS10001")) {
            MarkChange change = store.changeMark("18CS10001", "3c", 1, Status.GRADED, "alice", "84 accepted: PyTorch counts two biases", ChangeKind.OVERRIDE);
            assertEquals(0.5, change.oldMarks());
            assertEquals(1, change.newMarks());

            ScriptResult effective = store.results(Scripts.EXAM).get(0);
            Mark mark = Scripts.mark(effective, "3c");
            assertEquals(1, mark.marks());
            assertEquals("override", mark.rule());
            // 3a 1 + 3c 1 (overridden from 0.5); 5.total in review and 4b manual count 0
            assertEquals(2.0, effective.total());
            // 5.total (1) and 4b (2) are waiting for a person
            assertEquals(3.0, effective.pending());

            List<MarkChange> history = store.history("18CS10001");
            assertEquals(1, history.size());
            assertEquals("alice", history.get(0).by());
            assertEquals("84 accepted: PyTorch counts two biases", history.get(0).why());
            assertEquals(ChangeKind.OVERRIDE, history.get(0).kind());
        }
    }

    @Test
    void marksOutsideTheQuestionsRangeAndUnknownNamesAreRefusedByName() {
        try (Store store = Scripts.storeWith(dir, "18CS10001")) {
            AuditException tooHigh = assertThrows(AuditException.class,
                    () -> store.changeMark("18CS10001", "3c", 1.5, Status.GRADED, "alice", "x", ChangeKind.OVERRIDE));
            assertEquals("18CS10001 3c: 1.5 marks is outside 0..1", tooHigh.getMessage());
            assertThrows(AuditException.class,
                    () -> store.changeMark("18CS10001", "3c", -0.5, Status.GRADED, "alice", "x", ChangeKind.OVERRIDE));
            AuditException student = assertThrows(AuditException.class,
                    () -> store.changeMark("18CS99999", "3c", 1, Status.GRADED, "alice", "x", ChangeKind.OVERRIDE));
            assertTrue(student.getMessage().startsWith("student 18CS99999 is not in "), student.getMessage());
            AuditException question = assertThrows(AuditException.class,
                    () -> store.changeMark("18CS10001", "9z", 1, Status.GRADED, "alice", "x", ChangeKind.OVERRIDE));
            assertTrue(question.getMessage().contains("question 9z is not on 18CS10001's script"), question.getMessage());
            assertThrows(AuditException.class,
                    () -> store.changeMark("18CS10001", "3c", 1, Status.GRADED, "alice", " ", ChangeKind.OVERRIDE));
            assertEquals(List.of(), store.history("18CS10001"));
        }
    }

    @Test
    void regradeReplacesTheGradersMarksButNeverAPersonsDecision() {
        Path source = Path.of("scans", "18CS10001.pdf");
        try (Store store = Scripts.storeWith(dir, "18CS10001")) {
            store.changeMark("18CS10001", "3c", 1, Status.GRADED, "alice", "accepted", ChangeKind.OVERRIDE);
            ScriptResult regraded = Scripts.withMark(Scripts.withMark(Scripts.result(source, "18CS10001"),
                    "3c", 0, Status.GRADED, "wrong"), "3a", 0, Status.GRADED, "mistake[1]");
            long run = store.startRun("ct3-v2.yaml", Scripts.RUBRIC_SHA, "test", List.of("regrade"));
            store.saveScript(run, regraded, Scripts.text(source, "18CS10001"), ScriptProvenance.of("test", "ct3-v2.yaml"));

            ScriptResult effective = store.results(Scripts.EXAM).get(0);
            assertEquals(1, Scripts.mark(effective, "3c").marks(), "alice's override survives the regrade");
            assertEquals(0, Scripts.mark(effective, "3a").marks(), "the grader's new mark counts where nobody decided");
            List<MarkChange> history = store.history("18CS10001");
            assertEquals(List.of(ChangeKind.OVERRIDE, ChangeKind.REGRADE, ChangeKind.REGRADE),
                    history.stream().map(MarkChange::kind).toList());
            assertEquals(1, store.results(null).size(), "the same file is one script, not two");
        }
    }

    @Test
    void scriptThatFailsHalfWayThroughSavingLeavesNothingBehind() {
        Path source = Path.of("scans", "18CS10001.pdf");
        ScriptResult good = Scripts.result(source, "18CS10001");
        List<Mark> twice = new java.util.ArrayList<>(good.marks());
        twice.add(good.marks().get(1));
        ScriptResult broken = new ScriptResult("18CS10001", Scripts.EXAM, source, good.sourceSha256(), Scripts.RUBRIC_SHA, twice);
        try (Store store = Store.open(dir)) {
            long run = store.startRun("ct3.yaml", Scripts.RUBRIC_SHA, "test", List.of());
            assertThrows(IllegalStateException.class,
                    () -> store.saveScript(run, broken, Scripts.text(source, "18CS10001"), ScriptProvenance.of("test", "ct3.yaml")));
            assertEquals(List.of(), store.results(null));
            assertFalse(store.isDone(good.sourceSha256(), Scripts.RUBRIC_SHA));
            store.saveScript(run, good, Scripts.text(source, "18CS10001"), ScriptProvenance.of("test", "ct3.yaml"));
            assertEquals(List.of(good), store.results(null));
        }
    }

    @Test
    void twoScriptsClaimingOneStudentAreBothKept() {
        try (Store store = Store.open(dir)) {
            long run = store.startRun("ct3.yaml", Scripts.RUBRIC_SHA, "test", List.of());
            for (String file : List.of("a.pdf", "b.pdf")) {
                Path source = Path.of(file);
                store.saveScript(run, Scripts.result(source, "18CS10001"), Scripts.text(source, "18CS10001"),
                        ScriptProvenance.of("test", "ct3.yaml"));
            }
            assertEquals(2, store.results(Scripts.EXAM).size());
            assertEquals(2, store.marksOf("18CS10001", "3a").size());
        }
    }

    @Test
    void markChangesTableRefusesUpdatesAndDeletes() throws SQLException {
        try (Store store = Scripts.storeWith(dir, "18CS10001")) {
            store.changeMark("18CS10001", "3c", 1, Status.GRADED, "alice", "accepted", ChangeKind.OVERRIDE);
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             Statement statement = raw.createStatement()) {
            SQLException update = assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE mark_changes SET new_marks = 0"));
            assertTrue(update.getMessage().contains("append-only"), update.getMessage());
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM mark_changes"));
            try (ResultSet rows = statement.executeQuery("PRAGMA journal_mode")) {
                assertEquals("wal", rows.getString(1));
            }
        }
    }

    @Test
    void storeFromANewerGraderIsRefusedAndAnEmptyFolderIsNotAStore() throws SQLException {
        try (Store store = Store.open(dir)) {
            assertEquals("ok", store.integrityCheck());
        }
        try (Connection raw = DriverManager.getConnection("jdbc:sqlite:" + dir.resolve(Store.FILE_NAME));
             Statement statement = raw.createStatement()) {
            statement.execute("PRAGMA user_version = " + (Schema.VERSION + 1));
        }
        AuditException newer = assertThrows(AuditException.class, () -> Store.open(dir));
        assertTrue(newer.getMessage().contains("written by a newer grader"), newer.getMessage());
        AuditException none = assertThrows(AuditException.class, () -> Store.openExisting(dir.resolve("nothing")));
        assertTrue(none.getMessage().contains("no grader store here"), none.getMessage());
    }

    @Test
    void disputeIsOpenedThenResolvedAsAMarkChange() {
        try (Store store = Scripts.storeWith(dir, "18CS10001")) {
            assertThrows(AuditException.class, () -> store.resolveDispute("18CS10001", "3c", 1, "bob", "no dispute yet"));
            store.openDispute("18CS10001", "3c", "18CS10001", "I counted two bias vectors like nn.LSTM");
            assertThrows(AuditException.class, () -> store.openDispute("18CS10001", "3c", "x", "again"));
            MarkChange change = store.resolveDispute("18CS10001", "3c", 0.5, "bob", "the scheme gives 84 half marks");
            assertEquals(ChangeKind.DISPUTE, change.kind());
            Dispute dispute = store.disputes("18CS10001").get(0);
            assertFalse(dispute.isOpen());
            assertEquals(0.5, dispute.marks());
            assertEquals("bob", dispute.resolvedBy());
            assertEquals(0.5, Scripts.mark(store.results(null).get(0), "3c").marks());
        }
    }

    @Test
    void reviewQueueHoldsUndecidedReadsOnly() {
        try (Store store = Scripts.storeWith(dir, "18CS10002", "18CS10001")) {
            List<StoredMark> queue = store.reviewQueue();
            assertEquals(List.of("18CS10001", "18CS10002"), queue.stream().map(StoredMark::studentId).toList());
            assertEquals("5.total", queue.get(0).graded().questionId());
            store.changeMark("18CS10001", "5.total", 1, Status.GRADED, "carol", "reads 3,088,878", ChangeKind.REVIEW);
            assertEquals(List.of("18CS10002"), store.reviewQueue().stream().map(StoredMark::studentId).toList());
        }
    }
}
