package examgrader.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.cli.Main;
import examgrader.samples.ExpectedMark;
import examgrader.samples.Form;
import examgrader.samples.SampleGenerator;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Scripts the grader has never seen: the generator with another seed gives other students, label
 * styles, wordings, orders and mistakes. The grader must mark them as the schemes say, just as it
 * does the committed samples, or it has been tuned to those.
 */
class GradeUnseenScriptsEndToEndTest {
    private static final long UNSEEN_SEED = 90_210;

    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cs60010-ct3-2021", "dl50039-week8"})
    void unseenScriptsGetTheSchemesMarks(String exam) throws Exception {
        Path scripts = work.resolve("scripts").resolve(exam);
        List<ExpectedMark> expectedMarks = SampleGenerator.generate(scripts, exam, UNSEEN_SEED, 3,
                EnumSet.of(Form.DIGITAL, Form.SCAN, Form.HANDWRITING, Form.TRANSCRIPT));
        var expected = expectedMarks.stream().map(m -> new ExpectedMarks.Expected(m.file(), m.studentId(),
                m.questionId(), m.marks(), m.status().word())).toList();

        var err = new ByteArrayOutputStream();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        Path out = work.resolve("out");
        int exit = cli.execute("grade", "--rubric", "rubrics/" + exam + ".yaml", "--out", out.toString(),
                "--ocr-cache", work.resolve("ocr-cache").toString(), scripts.toString());
        assertTrue(exit == 0, "exit " + exit + ": " + err);

        var got = ExpectedMarks.results(out);
        List<String> wrong = new java.util.ArrayList<>();
        for (String form : List.of("digital", "scan", "handwriting", "transcript")) {
            wrong.addAll(ExpectedMarks.disagreements(expected, got, form, true));
        }
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong mark(s) that count:\n" + String.join("\n", wrong));
        double typed = ExpectedMarks.agreement(expected, got, "digital");
        assertTrue(typed >= 0.95, String.format("born-digital scripts: %.0f%% right without review%n%s", 100 * typed,
                String.join("\n", ExpectedMarks.disagreements(expected, got, "digital", false))));
        // Measured on seed 90210 with text-size scaling and the second reading: ct3 46/54, week8 33/39 right without review.
        double scanned = ExpectedMarks.agreement(expected, got, "scan");
        assertTrue(scanned >= 0.75, String.format("scanned print: %.0f%% right without review%n%s", 100 * scanned,
                String.join("\n", ExpectedMarks.disagreements(expected, got, "scan", false))));
    }
}
