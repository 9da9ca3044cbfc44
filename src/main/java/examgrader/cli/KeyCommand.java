package examgrader.cli;

import examgrader.engine.Engine;
import examgrader.engine.ReferenceEngine;
import examgrader.rubric.AnswerKey;
import examgrader.rubric.Rubric;
import examgrader.rubric.RubricException;
import examgrader.rubric.RubricLoader;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grader key --rubric R}: prints the answer key, every reference recomputed by the engine
 * with its working, and every common mistake and accepted form with its value, per variant; what
 * an instructor checks before trusting a batch.
 */
@Command(name = "key", mixinStandardHelpOptions = true,
        description = "Print the answer key: each question's reference with its working, mistakes and accepted forms.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:key printed", "2:the rubric has errors (one line each on stderr)"})
public final class KeyCommand implements Callable<Integer> {
    @Option(names = {"-r", "--rubric"}, required = true, paramLabel = "FILE", description = "the rubric YAML file")
    Path rubric;

    @Option(names = "--variant", paramLabel = "CODE", description = "only this variant (default: every variant)")
    String variant;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Engine engine = new ReferenceEngine();
        Rubric r;
        try {
            r = RubricLoader.load(rubric, engine);
        } catch (RubricException e) {
            e.errors().forEach(err::println);
            return ExitCodes.BAD_INPUT;
        }
        if (variant != null && !r.variants().containsKey(variant)) {
            err.println(rubric + ": variant '" + variant + "' is not defined (defined: "
                    + (r.variants().isEmpty() ? "none" : String.join(", ", r.variants().keySet())) + ")");
            return ExitCodes.BAD_INPUT;
        }
        out.print(new AnswerKey(engine).render(r, variant));
        out.flush();
        return ExitCodes.OK;
    }
}
