package examgrader.cli;

import examgrader.Pipeline;
import examgrader.ScriptGrader;
import examgrader.engine.ReferenceEngine;
import examgrader.ocr.OcrCache;
import examgrader.ocr.OcrUnavailableException;
import examgrader.rubric.Rubric;
import examgrader.rubric.RubricException;
import examgrader.rubric.RubricLoader;
import examgrader.rubric.Variants;
import examgrader.score.Scorer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code grader grade}: the TA's batch job. With one rubric file every input is graded with it;
 * with a folder of rubrics each script is graded with the rubric whose exam id names a folder
 * it sits in (as {@code samples/<exam-id>/}), and each exam's outputs go to {@code OUT/<exam-id>/}.
 */
@Command(name = "grade", mixinStandardHelpOptions = true,
        description = "Grade answer scripts (PDF, PNG/JPEG/TIFF, .txt/.md) against a rubric.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:every input graded (answers may still be in review)",
                "2:bad arguments or a bad rubric: no script was read",
                "3:some input files were rejected (listed in rejected.csv and on stderr)",
                "70:a fault in the grader itself"})
public final class GradeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--rubric", required = true, paramLabel = "RUBRIC",
            description = "A rubric YAML file, or a folder of them (scripts are then routed by their folder's exam id).")
    Path rubric;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Where results, reports and the store go.")
    Path out;

    @Option(names = "--roster", paramLabel = "CSV", description = "The class list: student_id, or student_id,variant for exams with several versions. "
            + "A number read from a script that is not on it is reported (and filed under the one listed number one "
            + "character away, if there is exactly one); listed students without a script are reported.")
    Path roster;

    @Option(names = "--jobs", paramLabel = "N", description = "Pages read at once (default: number of cores).")
    Integer jobs;

    @Option(names = "--ocr-cache", paramLabel = "DIR", description = "OCR cache folder (default: ~/.cache/examgrader/ocr).")
    Path ocrCache;

    @Parameters(arity = "1..*", paramLabel = "INPUT", description = "Answer script files or folders.")
    List<Path> inputs;

    @Override
    public Integer call() {
        Map<Rubric, List<Path>> work = route(loadRubrics(), inputs);
        int workers = jobs == null ? Runtime.getRuntime().availableProcessors() : jobs;
        if (workers < 1) throw new UserError("--jobs must be at least 1, was " + workers);
        Pipeline pipeline = new Pipeline(new ScriptGrader(new Scorer(new ReferenceEngine())),
                ocrCache == null ? OcrCache.userDefault() : ocrCache, workers, System.err);
        boolean anyRejected = false;
        List<String> commandArgs = commandArgs();
        for (Map.Entry<Rubric, List<Path>> exam : work.entrySet()) {
            Rubric r = exam.getKey();
            Path examOut = work.size() > 1 || Files.isDirectory(rubric) ? out.resolve(r.exam()) : out;
            System.err.println("grader: " + r.exam() + ": grading " + exam.getValue() + " with " + r.source());
            Pipeline.Outcome outcome;
            try {
                outcome = pipeline.run(r, exam.getValue(), examOut, rosterFor(r), commandArgs, ProgressBar.onStderr());
            } catch (OcrUnavailableException e) {
                throw new UserError(e.getMessage());
            }
            outcome.notices().forEach(n -> System.err.println("grader: " + n));
            anyRejected |= !outcome.rejected().isEmpty();
            printSummary(r, examOut, outcome);
        }
        return anyRejected ? ExitCodes.SOME_REJECTED : ExitCodes.OK;
    }

    private void printSummary(Rubric r, Path examOut, Pipeline.Outcome outcome) {
        long review = outcome.results().stream().flatMap(s -> s.marks().stream())
                .filter(m -> m.status() == examgrader.score.Status.REVIEW).count();
        System.out.printf("%s: %d script(s) graded, %d answer(s) to review, %d file(s) rejected; results in %s%n",
                r.exam(), outcome.results().size(), review, outcome.rejected().size(), examOut);
        System.out.println("  gradebook: " + examOut.resolve("gradebook.csv"));
        System.out.println("  summary:   " + examOut.resolve("summary.html"));
        System.out.println("  reports:   " + examOut.resolve("reports"));
    }

    private List<Rubric> loadRubrics() {
        List<Path> files = RubricFiles.of(rubric);
        List<Rubric> loaded = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        for (Path f : files) {
            try {
                loaded.add(RubricLoader.load(f));
            } catch (RubricException e) {
                errors.add(e.getMessage());
            }
        }
        if (!errors.isEmpty()) throw new UserError(String.join(System.lineSeparator() + "grader: ", errors));
        return loaded;
    }

    /** Which inputs each rubric grades: all of them for one rubric, else by the exam id folder. */
    private Map<Rubric, List<Path>> route(List<Rubric> rubrics, List<Path> given) {
        for (Path p : given) {
            if (!Files.exists(p)) throw new UserError(p + ": no such file or folder");
        }
        Map<Rubric, List<Path>> work = new LinkedHashMap<>();
        if (rubrics.size() == 1 && !Files.isDirectory(rubric)) {
            work.put(rubrics.get(0), given);
            return work;
        }
        List<Path> unrouted = new ArrayList<>();
        for (Path p : given) {
            List<Path> expanded = Files.isDirectory(p) ? examFolders(p, rubrics) : List.of(p);
            for (Path e : expanded) {
                Rubric owner = rubrics.stream().filter(r -> namesExam(e, r.exam())).findFirst().orElse(null);
                if (owner == null) unrouted.add(e);
                else work.computeIfAbsent(owner, k -> new ArrayList<>()).add(e);
            }
        }
        if (!unrouted.isEmpty()) {
            throw new UserError("no rubric for " + unrouted + ": with a folder of rubrics, put each exam's scripts in a"
                    + " folder named after its exam id (" + String.join(", ", rubrics.stream().map(Rubric::exam).toList())
                    + "), or give --rubric one file");
        }
        return work;
    }

    /** The folders under {@code dir} (itself included) named after an exam id, or {@code dir} itself when none is. */
    private static List<Path> examFolders(Path dir, List<Rubric> rubrics) {
        if (rubrics.stream().anyMatch(r -> namesExam(dir, r.exam()))) return List.of(dir);
        try (Stream<Path> s = Files.list(dir)) {
            List<Path> children = s.sorted().toList();
            List<Path> exams = children.stream().filter(c -> Files.isDirectory(c)
                    && rubrics.stream().anyMatch(r -> namesExam(c, r.exam()))).toList();
            return exams.isEmpty() ? List.of(dir) : exams;
        } catch (IOException e) {
            throw new UserError(dir + ": cannot list the folder: " + e.getMessage());
        }
    }

    private static boolean namesExam(Path p, String exam) {
        for (Path part : p.toAbsolutePath().normalize()) {
            if (part.toString().equals(exam)) return true;
        }
        return false;
    }

    private Map<String, String> rosterFor(Rubric r) {
        if (roster == null) return Map.of();
        try {
            return Variants.readRoster(roster, r);
        } catch (IllegalArgumentException e) {
            throw new UserError(e.getMessage());
        }
    }

    private List<String> commandArgs() {
        List<String> args = new ArrayList<>(List.of("grade", "--rubric", rubric.toString(), "--out", out.toString()));
        inputs.forEach(i -> args.add(i.toString()));
        return args;
    }
}
