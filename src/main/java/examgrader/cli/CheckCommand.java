package examgrader.cli;

import examgrader.engine.ReferenceEngine;
import examgrader.rubric.Rubric;
import examgrader.rubric.RubricException;
import examgrader.rubric.RubricLoader;
import examgrader.rubric.RubricValidator;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grader check --rubric R}: validates a rubric (or every rubric of a folder, as {@code grade} takes one) without
 * grading anything, so a coordinator can fix it before a batch. Prints every problem as {@code file:line:column: message}.
 */
@Command(name = "check", mixinStandardHelpOptions = true,
        description = "Validate a rubric: YAML, ops and arguments, carried-forward targets, credits, marks total.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:the rubric is sound", "2:the rubric has errors (one line each on stderr)"})
public final class CheckCommand implements Callable<Integer> {
    @Option(names = {"-r", "--rubric"}, required = true, paramLabel = "FILE", description = "the rubric YAML file, or a folder of them (each is checked)")
    Path rubric;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        int exit = ExitCodes.OK;
        for (Path file : RubricFiles.of(rubric)) {
            if (check(file) != ExitCodes.OK) exit = ExitCodes.BAD_INPUT;
        }
        return exit;
    }

    private int check(Path file) {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Rubric r;
        try {
            r = RubricLoader.parse(file);
        } catch (RubricException e) {
            e.errors().forEach(err::println);
            return ExitCodes.BAD_INPUT;
        }
        List<String> errors = new RubricValidator(new ReferenceEngine()).validate(r);
        if (!errors.isEmpty()) {
            errors.forEach(err::println);
            err.println(errors.size() + (errors.size() == 1 ? " error" : " errors") + " in " + file);
            return ExitCodes.BAD_INPUT;
        }
        long manual = r.questions().stream().filter(q -> q.isManual()).count();
        out.println(file + ": ok — exam " + r.exam() + ", " + r.questions().size() + " questions ("
                + manual + " marked by hand), total " + examgrader.extract.Values.format(r.total())
                + (r.variants().isEmpty() ? "" : ", variants " + String.join(", ", r.variants().keySet())));
        return ExitCodes.OK;
    }
}
