package examgrader.cli;

import examgrader.audit.AuditException;
import examgrader.samples.ExamSpec;
import examgrader.samples.ExpectedMark;
import examgrader.samples.Form;
import examgrader.samples.SampleGenerator;
import examgrader.samples.TypedScripts;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grader samples}: regenerates sample answer scripts with their expected marks, so the
 * grader can be tried (and tested) on scripts nobody has seen: another {@code --seed} gives other
 * students, label styles, wordings and mistakes. With {@code --from DIR} it prints typed scripts
 * that people wrote ({@code DIR/a-s02_rohit-typed.txt}) in the generator's PDF forms instead, so
 * the scan and handwriting paths can be measured on styles the generator does not write.
 */
@Command(name = "samples", mixinStandardHelpOptions = true,
        description = {"Generate sample answer scripts in <out>/<exam-id>/ and the marks they should get in"
                + " <out>/expected/<exam-id>.csv.",
            "With --from DIR: print the typed scripts in DIR (.txt; .md printed as its Markdown source, not"
                + " as a viewer shows it) in the PDF forms: <out>/<DIR name>/<stem>-<form>.pdf, and their"
                + " expected marks, if found, in <out>/expected/<DIR name>.csv."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:samples written", "2:bad arguments, or with --from a typed script that is not text (the others are printed)", "70:internal error"})
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

    @Option(names = "--from", paramLabel = "DIR",
            description = "Print the typed scripts (.txt, .md) in DIR instead of generating students, in the forms"
                    + " digital, scan, handwriting (default: all three; no counts, no --exam or --students).")
    Path from;

    @Option(names = "--expected", paramLabel = "CSV",
            description = "With --from: the typed scripts' expected marks, any columns including 'file'"
                    + " (default: <DIR>.csv beside DIR, else <DIR's parent>/expected/<DIR name>.csv, if there).")
    Path expected;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        PrintWriter outWriter = spec.commandLine().getOut();
        if (from != null || expected != null) {
            return printTyped(outWriter, err);
        }
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

    /** {@code --from}: typed scripts printed in the PDF forms, expected marks carried over when found. */
    private int printTyped(PrintWriter outWriter, PrintWriter err) {
        Set<Form> chosen = EnumSet.noneOf(Form.class);
        Path csv;
        try {
            if (from == null) {
                throw new IllegalArgumentException("--expected goes with --from DIR");
            }
            for (String option : List.of("--exam", "--students")) {
                if (spec.commandLine().getParseResult().hasMatchedOption(option)) {
                    throw new IllegalArgumentException(option + " does not go with --from (the scripts in DIR are printed)");
                }
            }
            if (spec.commandLine().getParseResult().hasMatchedOption("--forms")) {
                for (String word : forms) {
                    if (word.contains(":")) {
                        throw new IllegalArgumentException("no count in --forms '" + word
                                + "' with --from (each script is printed once per form)");
                    }
                    chosen.add(Form.parse(word));
                }
            } else {
                chosen.addAll(TypedScripts.FORMS);
            }
            csv = expected != null ? expected : expectedBeside(from);
            if (expected != null && !Files.isReadable(expected)) {
                throw new IllegalArgumentException("cannot read --expected " + expected);
            }
        } catch (IllegalArgumentException e) {
            err.println("grader samples: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        String name = from.toAbsolutePath().normalize().getFileName().toString();
        Path scriptsDir = out.resolve(name);
        try {
            List<String> skipped = new ArrayList<>();
            List<TypedScripts.Printed> printed = TypedScripts.print(from, scriptsDir, seed, chosen, skipped::add);
            skipped.forEach(problem -> err.println("grader samples: " + problem));
            long scripts = printed.stream().map(TypedScripts.Printed::source).distinct().count();
            outWriter.printf("%s: %d typed scripts printed as %d PDFs in %s%n", name, scripts, printed.size(), scriptsDir);
            if (csv == null) {
                outWriter.printf("no expected marks found beside %s (--expected CSV to name them)%n", from);
                return skipped.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
            }
            Path csvOut = out.resolve("expected").resolve(name + ".csv");
            int rows = TypedScripts.carryExpected(csv, printed, csvOut);
            outWriter.printf("expected marks from %s: %d rows in %s%n", csv, rows, csvOut);
            return skipped.isEmpty() ? ExitCodes.OK : ExitCodes.BAD_INPUT;
        } catch (IllegalArgumentException | AuditException e) {
            err.println("grader samples: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (IOException e) {
            err.println("grader samples: cannot print " + from + " under " + out + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
    }

    /** Where expected marks sit with typed scripts: {@code typed/<exam>.csv} beside {@code typed/<exam>/}, or as the generator writes them. */
    private static Path expectedBeside(Path dir) {
        Path absolute = dir.toAbsolutePath().normalize();
        Path parent = absolute.getParent();
        if (parent == null || absolute.getFileName() == null) {
            return null;
        }
        String name = absolute.getFileName().toString();
        for (Path candidate : List.of(parent.resolve(name + ".csv"), parent.resolve("expected").resolve(name + ".csv"))) {
            if (Files.isReadable(candidate)) {
                return candidate;
            }
        }
        return null;
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
