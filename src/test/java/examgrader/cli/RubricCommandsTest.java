package examgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code grader key} and {@code grader check} through stdout, stderr and exit code. */
class RubricCommandsTest {
    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {}

    private static Run run(Callable<Integer> command, String... args) {
        StringWriter out = new StringWriter(), err = new StringWriter();
        CommandLine cl = new CommandLine(command);
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        int code = cl.execute(args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void bothSeedRubricsPassCheck() {
        for (String r : new String[] {"rubrics/cs60010-ct3-2021.yaml", "rubrics/dl50039-week8.yaml"}) {
            Run run = run(new CheckCommand(), "--rubric", r);
            assertEquals(ExitCodes.OK, run.code(), run.err());
            assertTrue(run.out().contains(": ok"), run.out());
        }
    }

    @Test
    void checkTakesAFolderAsGradeDoesAndFailsWhenOneRubricIsBroken() throws IOException {
        Run both = run(new CheckCommand(), "--rubric", "rubrics");
        assertEquals(ExitCodes.OK, both.code(), both.err());
        assertTrue(both.out().contains("cs60010-ct3-2021.yaml: ok") && both.out().contains("dl50039-week8.yaml: ok"), both.out());
        Path folder = Files.createDirectories(dir.resolve("rubrics"));
        Files.copy(Path.of("rubrics/cs60010-ct3-2021.yaml"), folder.resolve("a.yaml"));
        Files.writeString(folder.resolve("b.yaml"), "exam: x\nquestions: [\n");
        Run broken = run(new CheckCommand(), "--rubric", folder.toString());
        assertEquals(ExitCodes.BAD_INPUT, broken.code());
        assertTrue(broken.out().contains("a.yaml: ok"), broken.out());
        assertTrue(broken.err().contains("b.yaml:2:"), broken.err());
    }

    @Test
    void keyShowsTheReferencesTheSchemesGive() {
        Run ct3 = run(new KeyCommand(), "--rubric", "rubrics/cs60010-ct3-2021.yaml");
        assertEquals(ExitCodes.OK, ct3.code(), ct3.err());
        // exams/cs60010-ct3-2021.md: C_t, W_f, b_f, 72, 60 and 84 mistakes, depthwise numbers
        for (String expected : new String[] {"reference: (0.7, 0.2, 0.05)", "reference: 3 × 5", "reference: 3 × 1",
                "reference: 72", "60", "84", "reference: 3088878", "1,900,848", "1,188,030", "3108030",
                "reference: 199 × 199 × 3", "reference: 199 × 199 × 10", "marked by hand"}) {
            assertTrue(ct3.out().contains(expected), expected + " missing in\n" + ct3.out());
        }
        Run week8 = run(new KeyCommand(), "--rubric", "rubrics/dl50039-week8.yaml");
        assertEquals(ExitCodes.OK, week8.code(), week8.err());
        // exams/dl50039-week8.md: (26, 28), (31, 30), {52, 53, 54}, 100,352, 2,508,800, 2,507,200, 65,536
        for (String expected : new String[] {"reference: 26 × 28", "reference: 31 × 30", "reference: {52, 53, 54}",
                "reference: 100352", "reference: 2508800", "reference: 2507200", "accepted: one addition per product: 2508800",
                "reference: 65536", "sigma(z) * (1 - sigma(z))"}) {
            assertTrue(week8.out().contains(expected), expected + " missing in\n" + week8.out());
        }
    }

    @Test
    void badRubricFailsCheckWithOneLinePerError() throws IOException {
        Path bad = dir.resolve("bad.yaml");
        Files.writeString(bad, """
                exam: bad
                total: 3
                student_id: 'x'
                questions:
                  - id: a
                    label: [1]
                    kind: integer
                    marks: 1
                    reference:
                      compute: {op: conv.output_size, args: {input: 78, kernal: 5}}
                  - id: b
                    label: [2]
                    kind: integer
                    marks: 1
                    reference: {key: 3}
                    rules:
                      - mistake: off by one
                        key: 4
                        credit: 1.5
                """);
        Run run = run(new CheckCommand(), "--rubric", bad.toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        String[] lines = run.err().strip().split("\n");
        assertEquals(bad + ":5:5: question marks add up to 2 but total says 3", lines[0]);
        assertTrue(lines[1].startsWith(bad + ":10:57: reference of question a: conv.output_size: argument 'kernal'"),
                lines[1]);
        assertTrue(lines[2].startsWith(bad + ":17:9: credit 1.5 in question b is outside 0..1"), lines[2]);
        assertEquals("3 errors in " + bad, lines[3]);
        assertEquals("", run.out());
    }

    @Test
    void unreadableRubricIsOneLine() {
        Run run = run(new KeyCommand(), "--rubric", dir.resolve("missing.yaml").toString());
        assertEquals(ExitCodes.BAD_INPUT, run.code());
        assertTrue(run.err().startsWith(dir.resolve("missing.yaml") + ":1:1: cannot read the rubric"), run.err());
        assertEquals(1, run.err().strip().split("\n").length);
    }
}
