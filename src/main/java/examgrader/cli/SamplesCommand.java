package examgrader.cli;

import examgrader.samples.ExamSpec;
import examgrader.samples.ExpectedMark;
import examgrader.samples.Form;
import examgrader.samples.SampleGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grader samples}: regenerates sample answer scripts with their expected marks, so the
 * grader can be tried (and tested) on scripts nobody has seen: another {@code --seed} gives other
 * students, label styles, wordings and mistakes.
 */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = "Generate sample answer scripts (PDF) and expected.csv with the marks they should get.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:samples written", "2:bad arguments", "70:internal error"})
public final class SamplesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write <exam-id>/ folders into.")
    Path out;

    @Option(names = "--seed", paramLabel = "N", description = "Seed; the same seed gives the same scripts (default: ${DEFAULT-VALUE}).")
    long seed = SampleGenerator.DEFAULT_SEED;

    @Option(names = "--students", paramLabel = "K", description = "Scripts per exam and form, 1-99 (default: ${DEFAULT-VALUE}).")
    int students = SampleGenerator.DEFAULT_STUDENTS;

    @Option(names = "--forms", paramLabel = "LIST", split = ",",
            description = "Forms to write: digital, scan, handwriting, and the opt-in photo (PNG) and transcript (Markdown)"
                    + " (default: digital,scan,handwriting).")
    List<String> forms = List.of("digital", "scan", "handwriting");

    @Option(names = "--exam", paramLabel = "ID", description = "Only this exam: cs60010-ct3-2021 or dl50039-week8 (default: both).")
    String exam;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        Set<Form> chosen = EnumSet.noneOf(Form.class);
        List<String> exams = new ArrayList<>();
        try {
            forms.forEach(word -> chosen.add(Form.parse(word)));
            if (exam == null) {
                for (ExamSpec known : ExamSpec.values()) {
                    exams.add(known.id());
                }
            } else {
                exams.add(ExamSpec.byId(exam).id());
            }
            if (students < 1 || students > 99) {
                throw new IllegalArgumentException("--students must be between 1 and 99, was " + students);
            }
        } catch (IllegalArgumentException e) {
            err.println("grader samples: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        for (String id : exams) {
            try {
                List<ExpectedMark> marks = SampleGenerator.generate(out, id, seed, students, chosen);
                long scripts = marks.stream().map(ExpectedMark::file).distinct().count();
                outWriter.printf("%s: %d scripts and expected.csv in %s%n", id, scripts, out.resolve(id));
            } catch (IOException e) {
                err.println("grader samples: cannot write " + out.resolve(id) + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        return ExitCodes.OK;
    }
}
