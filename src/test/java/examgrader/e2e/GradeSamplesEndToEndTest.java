package examgrader.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The quick-start job for real: {@code grader grade --rubric rubrics --out DIR samples} with real
 * Tesseract on the rendered pages, checked against the marks the sample generator worked out by
 * hand from the marking schemes. Born-digital and scanned scripts must get exactly the expected
 * marks, and so must the typed (Markdown/LaTeX) transcripts; handwriting-style ones may send
 * answers to review but must never count a wrong mark.
 */
class GradeSamplesEndToEndTest {
    @TempDir
    static Path work;
    static int exitCode;
    static String stderr;

    @BeforeAll
    static void gradeTheSamples() {
        var err = new ByteArrayOutputStream();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        exitCode = cli.execute("grade", "--rubric", "rubrics", "--out", work.resolve("out").toString(),
                "--ocr-cache", work.resolve("ocr-cache").toString(), "samples");
        stderr = err.toString();
    }

    @Test
    void everySampleIsGradedWithoutRejection() {
        assertEquals(0, exitCode, stderr);
        assertTrue(Files.exists(work.resolve("out/cs60010-ct3-2021/gradebook.csv")));
        assertTrue(Files.exists(work.resolve("out/dl50039-week8/gradebook.csv")));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"cs60010-ct3-2021, digital", "cs60010-ct3-2021, scan", "cs60010-ct3-2021, handwriting",
            "cs60010-ct3-2021, transcript", "dl50039-week8, digital", "dl50039-week8, scan",
            "dl50039-week8, handwriting", "dl50039-week8, transcript"})
    void noMarkThatCountsIsWrong(String exam, String form) throws Exception {
        var expected = ExpectedMarks.read(Path.of("samples/expected", exam + ".csv"));
        var got = ExpectedMarks.results(work.resolve("out").resolve(exam));
        List<String> wrong = ExpectedMarks.disagreements(expected, got, form, true);
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong mark(s) that count:\n" + String.join("\n", wrong));
    }

    /**
     * How much a person is spared, per form: typed and transcribed scripts are read exactly, so
     * every mark must come out right with no review; scans and handwriting send doubtful reads to
     * review, and these floors (below what was measured on the samples, see the issue notes) keep
     * that from growing unnoticed.
     */
    @ParameterizedTest(name = "{0} {1} at least {2}")
    @CsvSource({"cs60010-ct3-2021, digital, 1.0", "cs60010-ct3-2021, transcript, 1.0", "cs60010-ct3-2021, scan, 0.8",
            "cs60010-ct3-2021, handwriting, 0.1", "dl50039-week8, digital, 1.0", "dl50039-week8, transcript, 1.0",
            "dl50039-week8, scan, 0.8", "dl50039-week8, handwriting, 0.25"})
    void marksAgreeWithoutAPersonAtLeastThisOften(String exam, String form, double floor) throws Exception {
        var expected = ExpectedMarks.read(Path.of("samples/expected", exam + ".csv"));
        var got = ExpectedMarks.results(work.resolve("out").resolve(exam));
        double agreement = ExpectedMarks.agreement(expected, got, form);
        assertTrue(agreement >= floor, String.format("%s %s: %.0f%% of marks right without review, floor %.0f%%:%n%s",
                exam, form, 100 * agreement, 100 * floor,
                String.join("\n", ExpectedMarks.disagreements(expected, got, form, false))));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"cs60010-ct3-2021, digital", "cs60010-ct3-2021, scan", "cs60010-ct3-2021, transcript",
            "dl50039-week8, digital", "dl50039-week8, scan", "dl50039-week8, transcript"})
    void studentNumbersAreReadOrTheDoubtIsReported(String exam, String form) throws Exception {
        var expected = ExpectedMarks.read(Path.of("samples/expected", exam + ".csv"));
        var got = ExpectedMarks.results(work.resolve("out").resolve(exam));
        Path noticesFile = work.resolve("out").resolve(exam).resolve("notices.txt");
        String notices = Files.exists(noticesFile) ? Files.readString(noticesFile) : "";
        List<String> unreported = ExpectedMarks.wrongStudentIds(expected, got, form).stream()
                .filter(w -> !notices.contains(w.substring(0, w.indexOf(':')))).toList();
        assertTrue(unreported.isEmpty(), "student numbers misread without a notice:\n" + String.join("\n", unreported));
    }
}
