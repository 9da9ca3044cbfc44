package examgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class SamplesCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new SamplesCommand());
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void writesTheChosenExamAndFormsOnly(@TempDir Path dir) throws Exception {
        int code = run("--out", dir.toString(), "--exam", "dl50039-week8", "--students", "2", "--forms", "digital", "--seed", "99");
        assertEquals(ExitCodes.OK, code, err.toString());
        Path exam = dir.resolve("dl50039-week8");
        assertTrue(Files.exists(exam.resolve("script-01-digital.pdf")));
        assertTrue(Files.exists(exam.resolve("script-02-digital.pdf")));
        assertFalse(Files.exists(exam.resolve("script-01-scan.pdf")));
        assertFalse(Files.exists(dir.resolve("cs60010-ct3-2021")));
        assertFalse(Files.exists(exam.resolve("expected.csv")), "the scripts' folder holds scripts only");
        List<String> csv = Files.readAllLines(dir.resolve("expected/dl50039-week8.csv"));
        assertEquals(1 + 2 * 13, csv.size());
        assertTrue(out.toString().contains("2 scripts"), out.toString());
    }

    @Test
    void aFormMayHaveItsOwnCountAndTheDefaultAddsOneTranscript(@TempDir Path dir) throws Exception {
        int code = run("--out", dir.toString(), "--exam", "cs60010-ct3-2021", "--students", "1", "--seed", "4");
        assertEquals(ExitCodes.OK, code, err.toString());
        try (var files = Files.list(dir.resolve("cs60010-ct3-2021"))) {
            assertEquals(List.of("script-01-digital.pdf", "script-01-handwriting.pdf", "script-01-scan.pdf",
                    "script-01-transcript.md"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        code = run("--out", dir.resolve("two").toString(), "--exam", "dl50039-week8", "--forms", "transcript:2");
        assertEquals(ExitCodes.OK, code, err.toString());
        assertTrue(Files.exists(dir.resolve("two/dl50039-week8/script-02-transcript.md")));
        assertFalse(Files.exists(dir.resolve("two/dl50039-week8/script-03-transcript.md")));
    }

    @Test
    void badFormCountIsAOneLineError(@TempDir Path dir) {
        assertEquals(ExitCodes.BAD_INPUT, run("--out", dir.toString(), "--forms", "digital:many"));
        assertTrue(err.toString().contains("digital:many"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    @Test
    void unknownExamIsAOneLineErrorWithExitCode2(@TempDir Path dir) {
        int code = run("--out", dir.toString(), "--exam", "cs99999");
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(err.toString().contains("unknown exam 'cs99999'"), err.toString());
    }

    @Test
    void unknownFormIsAOneLineErrorWithExitCode2(@TempDir Path dir) {
        int code = run("--out", dir.toString(), "--forms", "digital,fax");
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertTrue(err.toString().contains("unknown form 'fax'"), err.toString());
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void studentCountOutOfRangeIsRejected(@TempDir Path dir) {
        assertEquals(ExitCodes.BAD_INPUT, run("--out", dir.toString(), "--students", "0"));
        assertTrue(err.toString().contains("--students"), err.toString());
    }

    @Test
    void fromPrintsTypedScriptsAndCarriesTheirExpectedMarksFromTheCsvBesideThem(@TempDir Path dir) throws Exception {
        Path typed = Files.createDirectories(dir.resolve("typed/dl50039-week8"));
        Files.writeString(typed.resolve("w2_rafael.txt"), "T1 Q3: 1\n");
        Files.writeString(typed.resolve("notes.pdf"), "not a typed script");
        Files.writeString(dir.resolve("typed/dl50039-week8.csv"),
                "file,student_id,question_id,marks,status\nw2_rafael.txt,,T1.3,1.0,graded\nw9_other.txt,,T1.3,0.0,blank\n");
        int code = run("--from", typed.toString(), "--out", dir.resolve("out").toString(), "--forms", "digital,scan");
        assertEquals(ExitCodes.OK, code, err.toString());
        try (var files = Files.list(dir.resolve("out/dl50039-week8"))) {
            assertEquals(List.of("w2_rafael-digital.pdf", "w2_rafael-scan.pdf"),
                    files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals(List.of("file,student_id,question_id,marks,status", "w2_rafael-digital.pdf,,T1.3,1.0,graded",
                "w2_rafael-scan.pdf,,T1.3,1.0,graded"), Files.readAllLines(dir.resolve("out/expected/dl50039-week8.csv")));
    }

    @Test
    void fromTakesNoStudentCountsOrTranscripts(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("a.txt"), "1a) ReLU\n");
        assertEquals(ExitCodes.BAD_INPUT, run("--from", dir.toString(), "--out", dir.resolve("o").toString(), "--students", "2"));
        assertTrue(err.toString().contains("--students"), err.toString());
        assertEquals(ExitCodes.BAD_INPUT, run("--from", dir.toString(), "--out", dir.resolve("o").toString(), "--forms", "transcript"));
        assertTrue(err.toString().contains("not transcript"), err.toString());
        assertEquals(ExitCodes.BAD_INPUT, run("--from", dir.resolve("missing").toString(), "--out", dir.resolve("o").toString()));
        assertFalse(err.toString().contains("Exception"), err.toString());
    }

    @Test
    void fromNamesATypedScriptThatIsNotTextAndPrintsTheOthers(@TempDir Path dir) throws Exception {
        Path typed = Files.createDirectories(dir.resolve("typed"));
        Files.writeString(typed.resolve("a.txt"), "1a) ReLU\n");
        Files.write(typed.resolve("b.txt"), new byte[] {(byte) 0xff, (byte) 0xfe, (byte) 0xfa, ' ', 'x'});
        int code = run("--from", typed.toString(), "--out", dir.resolve("o").toString(), "--forms", "digital");
        assertEquals(ExitCodes.BAD_INPUT, code, err.toString());
        assertTrue(err.toString().contains("b.txt: not UTF-8 text"), err.toString());
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
        assertTrue(Files.exists(dir.resolve("o/typed/a-digital.pdf")), out.toString());
    }
}
