package examgrader.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A mark's life after grading, through the real commands and the real store: an override, a
 * dispute, a regrade under a changed rubric; every change stays in the history, the gradebook
 * shows the mark a person gave, and the regrade says where it disagrees instead of undoing it.
 */
class MarkLifecycleEndToEndTest {
    @TempDir
    Path dir;
    Path out;

    record Run(int code, String out, String err) {}

    private static Run grader(String... args) {
        var o = new ByteArrayOutputStream();
        var e = new ByteArrayOutputStream();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(o, true));
        cli.setErr(new PrintWriter(e, true));
        int code = cli.execute(args);
        return new Run(code, o.toString(), e.toString());
    }

    @BeforeEach
    void gradeTwoTypedScripts() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.md"), """
                Roll: 19EE30012
                3. (a) W_f = 3 x 2
                (b) b_f = 3 x 1
                (c) total = 4 x (6 + 3) = 36
                """);
        Files.writeString(in.resolve("=HYPERLINK(1).md"), """
                3 (a) W_f is 3 x 5
                (b) 3 x 1
                (c) 4 x (15 + 3) = 72
                """);
        out = dir.resolve("out");
        Run graded = grader("grade", "--rubric", "rubrics/cs60010-ct3-2021.yaml", "--out", out.toString(),
                "--ocr-cache", dir.resolve("cache").toString(), in.toString());
        assertEquals(0, graded.code(), graded.err());
    }

    @Test
    void overrideDisputeAndRegradeAllStayInTheHistory() throws Exception {
        assertTrue(gradebookRow("19EE30012").contains(",0.5,"), "3c carried forward from 3a: " + gradebookRow("19EE30012"));

        Run override = grader("override", "--out", out.toString(), "--student", "19EE30012", "--question", "3a",
                "--marks", "0.5", "--by", "ta-anna", "--reason", "W_f written as 3 x 2 but working shows 5 columns");
        assertEquals(0, override.code(), override.err());
        assertTrue(Files.readString(out.resolve("results/19EE30012.json")).contains("\"marks\" : 0.5")
                || Files.readString(out.resolve("results/19EE30012.json")).contains("\"marks\":0.5"),
                "results JSON shows the override");

        Run open = grader("dispute", "open", "--out", out.toString(), "--student", "19EE30012", "--question", "3c",
                "--reason", "my 36 follows from my W_f");
        assertEquals(0, open.code(), open.err());
        Run resolve = grader("dispute", "resolve", "--out", out.toString(), "--student", "19EE30012", "--question", "3c",
                "--marks", "1", "--by", "prof-rao", "--reason", "accepted on appeal");
        assertEquals(0, resolve.code(), resolve.err());

        Path changed = dir.resolve("changed.yaml");
        Files.writeString(changed, Files.readString(Path.of("rubrics/cs60010-ct3-2021.yaml"))
                .replace("feedback: b_f has one entry per hidden unit", "feedback: b_f has one entry per hidden unit (changed)"));
        Run regrade = grader("regrade", "--out", out.toString(), "--rubric", changed.toString());
        assertEquals(0, regrade.code(), regrade.err());

        Run history = grader("history", "--out", out.toString(), "--student", "19EE30012");
        assertEquals(0, history.code(), history.err());
        assertTrue(history.out().contains("ta-anna"), history.out());
        assertTrue(history.out().contains("prof-rao"), history.out());
        String row = gradebookRow("19EE30012");
        assertTrue(row.contains(",0.5,") && row.contains(",1,"), "override and dispute survive the regrade: " + row);

        Run explain = grader("explain", "--out", out.toString(), "--student", "19EE30012", "--question", "3c");
        assertEquals(0, explain.code(), explain.err());
        assertTrue(explain.out().contains("lstm.params"), "the engine call behind the reference:\n" + explain.out());
        assertTrue(explain.out().contains("36"), explain.out());
    }

    @Test
    void aFormulaInAFileNameStaysTextInEveryExport() throws Exception {
        for (String csv : new String[] {"gradebook.csv", "canvas.csv", "moodle.csv"}) {
            String text = Files.readString(out.resolve(csv));
            assertFalse(text.lines().anyMatch(l -> l.startsWith("=") || l.contains(",=")), csv + " has a live formula:\n" + text);
        }
        assertTrue(Files.readString(out.resolve("gradebook.csv")).contains("'=HYPERLINK(1)"));
    }

    private String gradebookRow(String student) throws Exception {
        return Files.readAllLines(out.resolve("gradebook.csv")).stream().filter(l -> l.startsWith(student)).findFirst()
                .orElseThrow(() -> new AssertionError("no gradebook row for " + student));
    }
}
