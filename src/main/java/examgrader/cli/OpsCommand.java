package examgrader.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import examgrader.engine.ArgInfo;
import examgrader.engine.OpInfo;
import examgrader.engine.ReferenceEngine;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grader ops}: what rubric authors may write in a {@code compute:} block, with every argument. */
@Command(name = "ops", mixinStandardHelpOptions = true,
        description = "List every reference-engine op with its arguments and a one-line description.",
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:listed"})
public final class OpsCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--json", description = "print the list as JSON (name, description, args with required flags)")
    private boolean json;

    @Override
    public Integer call() throws JsonProcessingException {
        PrintWriter out = spec.commandLine().getOut();
        ReferenceEngine engine = new ReferenceEngine();
        if (json) {
            out.println(new ObjectMapper().writerWithDefaultPrettyPrinter().writeValueAsString(engine.catalogue()));
        } else {
            for (OpInfo info : engine.catalogue()) {
                out.println(info.name() + " — " + info.description());
                for (ArgInfo arg : info.args()) {
                    out.println("    " + arg.name() + (arg.required() ? " (required): " : ": ") + arg.description());
                }
            }
        }
        out.flush();
        return ExitCodes.OK;
    }
}
