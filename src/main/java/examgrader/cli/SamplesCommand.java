package examgrader.cli;

import examgrader.samples.ExamSpec;
import examgrader.samples.ExpectedMark;
import examgrader.samples.Form;
import examgrader.samples.SampleGenerator;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
        description = "Generate sample answer scripts in <out>/<exam-id>/ and the marks they should get in"
                + " <out>/expected/<exam-id>.csv.",
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
            description = "Forms to write, each optionally with its own count (form:K): digital, scan, handwriting,"
                    + " photo (PNG), transcript (Markdown) (default: digital,scan,handwriting,transcript:1).")
    List<String> forms = List.of("digital", "scan", "handwriting", "transcript:1");

    @Option(names = "--exam", paramLabel = "ID", description = "Only this exam: cs60010-ct3-2021 or dl50039-week8 (default: both).")
    String exam;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        Map<Form, Integer> chosen = new EnumMap<>(Form.class);
        List<String> exams = new ArrayList<>();
        try {
            for (String word : forms) {
                addForm(word, chosen);
            }
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
                List<ExpectedMark> marks = SampleGenerator.generate(out.resolve(id), id, seed, chosen);
                Path csv = out.resolve("expected").resolve(id + ".csv");
                SampleGenerator.writeExpected(csv, marks);
                long scripts = marks.stream().map(ExpectedMark::file).distinct().count();
                outWriter.printf("%s: %d scripts in %s, expected marks in %s%n", id, scripts, out.resolve(id), csv);
            } catch (IOException e) {
                err.println("grader samples: cannot write under " + out + ": " + e.getMessage());
                return ExitCodes.BAD_INPUT;
            }
        }
        return ExitCodes.OK;
    }

    /** {@code form} gets {@code --students} scripts, {@code form:K} gets K. */
    private void addForm(String word, Map<Form, Integer> chosen) {
        String[] parts = word.split(":", 2);
        int count = students;
        if (parts.length == 2) {
            try {
                count = Integer.parseInt(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("bad count in --forms '" + word + "' (expected form:K, K a whole number)");
            }
            if (count < 1 || count > 99) {
                throw new IllegalArgumentException("count in --forms '" + word + "' must be between 1 and 99");
            }
        }
        chosen.put(Form.parse(parts[0]), count);
    }
}
