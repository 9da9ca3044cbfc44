package examgrader.report;

import examgrader.ingest.Rejection;

import static examgrader.report.Fixtures.graded;
import static examgrader.report.Fixtures.script;
import static examgrader.report.Fixtures.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputWriterTest {
    @TempDir
    Path dir;

    static final List<ScriptResult> BATCH = List.of(
            script("18CS10002", "b.pdf", graded("1a", 0.5, 0.5, "4", "right"), graded("1b", 1, 1, "(0.7, 0.2, 0.05)", "right"),
                    withStatus("2", Status.REVIEW, 2, "3 x 5?", "the 5 may be a 3")),
            script("18CS10001", "a.pdf", graded("1a", 0, 0.5, "7", "position 7 is C~_t"), graded("1b", 1.0 / 3, 1, "(0.7, 0, 0)", "one of three"),
                    graded("2", 2, 2, "3 x 5", "right")),
            script("18CS10001", "a-resubmitted.pdf", graded("1a", 0.5, 0.5, "4", "right"), graded("1b", 1, 1, "(0.7, 0.2, 0.05)", ""),
                    graded("2", 2, 2, "3 x 5", "")));

    @Test
    void writesEveryOutputAndKeepsBothScriptsOfOneStudent() throws Exception {
        List<Rejection> rejected = List.of(new Rejection(Path.of("scans/photo.heic"), "unsupported file type .heic"));
        List<String> notices = OutputWriter.writeAll(dir, Fixtures.rubric(), BATCH, rejected, PageImages.NONE);
        for (String name : List.of("gradebook.csv", "rejected.csv", "canvas.csv", "moodle.csv", "summary.html", "summary.pdf",
                "summary-files/totals.png", "summary-files/questions.png", "results/18CS10001.json", "results/18CS10001__2.json",
                "results/18CS10002.json", "reports/18CS10001.pdf", "reports/18CS10001__2.pdf", "reports/18CS10002.pdf")) {
            assertTrue(Files.isRegularFile(dir.resolve(name)), name);
        }
        assertEquals("""
                student_id,1a,1b,2,total
                18CS10001,0.5,1,2,3.5
                18CS10001,0,0.33,2,2.33
                18CS10002,0.5,1,review,1.5
                """, Files.readString(dir.resolve("gradebook.csv")), "sorted by student id, then file name");
        assertEquals(Path.of("scans", "a.pdf"), ResultsJson.read(dir.resolve("results/18CS10001__2.json")).source());
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).contains("results/18CS10001__2.json"), notices.get(0));
        assertTrue(Files.readString(dir.resolve("summary.html")).contains("2 scripts claim this student id"));
    }

    @Test
    void rebuildingFromTheResultsFilesGivesTheSameGradebook() throws Exception {
        OutputWriter.writeAll(dir, Fixtures.rubric(), BATCH, List.of(), PageImages.NONE);
        String before = Files.readString(dir.resolve("gradebook.csv"));
        String canvasBefore = Files.readString(dir.resolve("canvas.csv"));
        Files.delete(dir.resolve("gradebook.csv"));
        List<ScriptResult> reread = List.of(ResultsJson.read(dir.resolve("results/18CS10002.json")),
                ResultsJson.read(dir.resolve("results/18CS10001__2.json")), ResultsJson.read(dir.resolve("results/18CS10001.json")));
        OutputWriter.rewriteDerived(dir, ExamColumns.of(reread), reread, List.of(), PageImages.NONE);
        assertEquals(before, Files.readString(dir.resolve("gradebook.csv")));
        assertEquals(canvasBefore, Files.readString(dir.resolve("canvas.csv")));
    }

    @Test
    void resultsOfAnEarlierRunThisRunDoesNotRewriteAreMovedAsideNotMixedIn() throws Exception {
        ScriptResult misread = script("18CS1OO01", "a.pdf", graded("1a", 0.5, 0.5, "4", ""), graded("1b", 1, 1, "", ""),
                graded("2", 2, 2, "", ""));
        OutputWriter.writeAll(dir, Fixtures.rubric(), List.of(misread), List.of(), PageImages.NONE);
        List<String> notices = OutputWriter.writeAll(dir, Fixtures.rubric(), BATCH, List.of(), PageImages.NONE);
        assertTrue(Files.notExists(dir.resolve("results/18CS1OO01.json")));
        assertTrue(Files.notExists(dir.resolve("reports/18CS1OO01.pdf")));
        try (var moved = Files.walk(dir.resolve("superseded"))) {
            assertEquals(List.of("18CS1OO01.json", "18CS1OO01.pdf"), moved.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString()).sorted().toList());
        }
        assertTrue(notices.get(0).startsWith("1 results file(s) of an earlier run"), notices.get(0));
        assertTrue(Files.isRegularFile(dir.resolve("results/18CS10001.json")));
    }

    @Test
    void afterADecisionOnlyTheReportsOfStudentsWhoseMarksChangedAreRebuilt() throws Exception {
        OutputWriter.writeAll(dir, Fixtures.rubric(), BATCH, List.of(), PageImages.NONE);
        var old = java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L);
        Path untouched = dir.resolve("reports/18CS10002.pdf");
        Path changed = dir.resolve("reports/18CS10001.pdf"); // a-resubmitted.pdf sorts before a.pdf
        Files.setLastModifiedTime(untouched, old);
        Files.setLastModifiedTime(changed, old);
        List<ScriptResult> afterOverride = List.of(BATCH.get(0), BATCH.get(1),
                script("18CS10001", "a-resubmitted.pdf", graded("1a", 0, 0.5, "4", "override: not legible"),
                        graded("1b", 1, 1, "(0.7, 0.2, 0.05)", ""), graded("2", 2, 2, "3 x 5", "")));

        OutputWriter.writeAll(dir, ExamColumns.of(afterOverride), afterOverride, List.of(), PageImages.NONE, true);

        assertEquals(old, Files.getLastModifiedTime(untouched), "an unchanged student's report was rendered again");
        assertTrue(Files.getLastModifiedTime(changed).compareTo(old) > 0, "the changed student's report was not rebuilt");
        assertTrue(Files.readString(dir.resolve("gradebook.csv")).contains("18CS10001,0,"), "gradebook shows the new mark");
    }
}
