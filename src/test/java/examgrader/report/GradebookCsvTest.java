package examgrader.report;

import examgrader.ingest.Rejection;

import static examgrader.report.Fixtures.graded;
import static examgrader.report.Fixtures.script;
import static examgrader.report.Fixtures.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;

import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GradebookCsvTest {
    @TempDir
    Path dir;

    private final ScriptResult allGraded = script("18CS10001", "a.pdf",
            graded("1a", 0.5, 0.5, "4", "right"), graded("1b", 2.0 / 3, 1, "(0.7,0.2,0.5)", "two of three"),
            graded("2", 2, 2, "3 x 5", "right"));
    private final ScriptResult withReview = script("18CS10002", "b.pdf",
            graded("1a", 0.5, 0.5, "4", "right"), withStatus("1b", Status.REVIEW, 1, "(0.?,0.2)", "unsure"),
            withStatus("2", Status.BLANK, 2, "", "nothing written"));
    private final ScriptResult injected = script("=HYPERLINK(\"http://x\",\"y\")", "c.pdf",
            graded("1a", 0, 0.5, "5", "wrong"), withStatus("1b", Status.MANUAL, 1, "", ""), graded("2", 1, 2, "3 x 2", "half"));

    private String read(String name) throws Exception {
        return Files.readString(dir.resolve(name), StandardCharsets.UTF_8);
    }

    @Test
    void gradebookHasOneColumnPerQuestionInRubricOrderAndPendingMarksAsWords() throws Exception {
        GradebookCsv.writeGradebook(dir.resolve("gradebook.csv"), ExamColumns.of(Fixtures.rubric()), List.of(allGraded, withReview, injected));
        assertEquals("""
                student_id,1a,1b,2,total
                18CS10001,0.5,0.67,2,3.17
                18CS10002,0.5,review,0,0.5
                "'=HYPERLINK(""http://x"",""y"")",0,manual,1,1
                """, read("gradebook.csv"));
    }

    @Test
    void canvasAndMoodleExportOnlyFinalTotals() throws Exception {
        ScriptResult clean = script("18CS10003", "d.pdf", graded("1a", 0.5, 0.5, "4", ""), graded("1b", 1, 1, "", ""),
                graded("2", 1, 2, "", ""));
        List<ScriptResult> results = List.of(allGraded, withReview, clean);
        GradebookCsv.writeCanvas(dir.resolve("canvas.csv"), ExamColumns.of(Fixtures.rubric()), results);
        GradebookCsv.writeMoodle(dir.resolve("moodle.csv"), results);
        assertEquals("""
                Student,ID,SIS User ID,Section,dl-test-2026
                18CS10001,,18CS10001,,3.17
                18CS10002,,18CS10002,,
                18CS10003,,18CS10003,,2.5
                """, read("canvas.csv"));
        assertEquals("""
                idnumber,grade
                18CS10001,3.17
                18CS10002,
                18CS10003,2.5
                """, read("moodle.csv"));
    }

    @Test
    void twoScriptsClaimingOneStudentAreBothKeptButNotExported() throws Exception {
        ScriptResult second = script("18CS10001", "a-again.pdf", graded("1a", 0, 0.5, "7", ""), graded("1b", 1, 1, "", ""),
                graded("2", 2, 2, "", ""));
        GradebookCsv.writeGradebook(dir.resolve("gradebook.csv"), ExamColumns.of(Fixtures.rubric()), List.of(allGraded, second));
        GradebookCsv.writeMoodle(dir.resolve("moodle.csv"), List.of(allGraded, second));
        assertEquals("""
                student_id,1a,1b,2,total
                18CS10001,0.5,0.67,2,3.17
                18CS10001,0,1,2,3
                """, read("gradebook.csv"));
        assertEquals("""
                idnumber,grade
                18CS10001,
                18CS10001,
                """, read("moodle.csv"));
    }

    @Test
    void hyperlinkStudentIdStaysTextInEveryExport() throws Exception {
        ScriptResult graded = script("=HYPERLINK(\"http://x\",\"y\")", "c.pdf", graded("1a", 0.5, 0.5, "", ""),
                graded("1b", 1, 1, "", ""), graded("2", 2, 2, "", ""));
        GradebookCsv.writeCanvas(dir.resolve("canvas.csv"), ExamColumns.of(Fixtures.rubric()), List.of(graded));
        GradebookCsv.writeMoodle(dir.resolve("moodle.csv"), List.of(graded));
        String quoted = "\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"";
        assertEquals("Student,ID,SIS User ID,Section,dl-test-2026\n" + quoted + ",," + quoted + ",,3.5\n", read("canvas.csv"));
        assertEquals("idnumber,grade\n" + quoted + ",3.5\n", read("moodle.csv"));
        List<List<String>> parsed = CsvFiles.read(dir.resolve("moodle.csv"));
        assertEquals("'=HYPERLINK(\"http://x\",\"y\")", parsed.get(1).get(0));
    }

    @Test
    void everyFormulaLeadCharacterGetsAnApostrophe() {
        assertEquals("'=1+2", SpreadsheetCells.text("=1+2"));
        assertEquals("'+1", SpreadsheetCells.text("+1"));
        assertEquals("'-1+2", SpreadsheetCells.text("-1+2"));
        assertEquals("'@SUM(A1)", SpreadsheetCells.text("@SUM(A1)"));
        assertEquals("'\t=1", SpreadsheetCells.text("\t=1"));
        assertEquals("'\r=1", SpreadsheetCells.text("\r=1"));
        assertEquals("18CS10001", SpreadsheetCells.text("18CS10001"));
        assertEquals("a=b", SpreadsheetCells.text("a=b"));
    }

    @Test
    void rejectedFilesRoundTrip() throws Exception {
        List<Rejection> rejected = List.of(new Rejection(Path.of("scans/locked.pdf"), "encrypted PDF, password needed"),
                new Rejection(Path.of("scans/=cmd.pdf"), "not a PDF, image or text file"));
        RejectedCsv.write(dir.resolve("rejected.csv"), rejected);
        assertEquals("""
                file,reason
                scans/locked.pdf,"encrypted PDF, password needed"
                scans/=cmd.pdf,"not a PDF, image or text file"
                """, read("rejected.csv"));
        assertEquals(rejected, RejectedCsv.read(dir.resolve("rejected.csv")));
    }
}
