package examgrader.cli;

import examgrader.audit.CommandSupport;
import examgrader.audit.HandMarks;
import examgrader.audit.Store;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grader marks import}: a TA's marks for the hand-marked questions. */
@Command(name = "marks", mixinStandardHelpOptions = true, description = "Hand marks.",
        subcommands = MarksCommand.Import.class)
public final class MarksCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("grader marks: say 'import'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            exitCodeListHeading = "Exit codes:%n", exitCodeList = {ExitCodes.DONE_LINE, ExitCodes.BAD_MARK_INPUT_LINE, ExitCodes.INTERNAL_LINE},
            description = "Merge a TA's marks (student_id,question_id,marks,marker,comment). Every line is checked first; "
                    + "on any bad line nothing is imported.")
    static final class Import implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder of the grading run.")
        Path out;

        @Option(names = "--by", paramLabel = "NAME", description = "Marker for lines with none (default: $USER).")
        String by = CommandSupport.defaultUser();

        @Parameters(paramLabel = "FILE.csv", description = "The marks file.")
        Path file;

        @Override
        public Integer call() {
            return CommandSupport.run(spec, () -> {
                try (Store store = Store.openExisting(out)) {
                    HandMarks.Outcome outcome = HandMarks.importInto(store, file, by);
                    PublishedChanges.publish(store, out, spec);
                    spec.commandLine().getOut().printf("%d marks imported, %d unchanged; %s marks still pending on %d scripts.%n",
                            outcome.imported(), outcome.unchanged(), examgrader.extract.Values.format(outcome.pendingMarks()),
                            outcome.scriptsPending());
                    return ExitCodes.OK;
                }
            });
        }
    }
}
