package examgrader.cli;

import examgrader.audit.AuditExport;
import examgrader.audit.CommandSupport;
import examgrader.audit.Dispute;
import examgrader.audit.History;
import examgrader.audit.MarkChange;
import examgrader.audit.Store;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grader dispute open|resolve}: a student's challenge of a mark, kept from opening to decision. */
@Command(name = "dispute", mixinStandardHelpOptions = true,
        description = "Open or resolve a student's dispute of a mark.",
        subcommands = {DisputeCommand.Open.class, DisputeCommand.Resolve.class})
public final class DisputeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().getErr().println("grader dispute: say 'open' or 'resolve'");
        spec.commandLine().usage(spec.commandLine().getErr());
        return ExitCodes.BAD_INPUT;
    }

    @Command(name = "open", mixinStandardHelpOptions = true,
            exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:done", "2:bad input: unknown student or question, marks out of range, a bad file (one line says where)", "70:internal error"}, description = "Open a dispute of one mark.")
    static final class Open implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder of the grading run.")
        Path out;

        @Option(names = "--student", required = true, paramLabel = "S", description = "Student id.")
        String student;

        @Option(names = "--question", required = true, paramLabel = "Q", description = "Question id.")
        String question;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "The student's case.")
        String reason;

        @Option(names = "--by", paramLabel = "NAME", description = "Who records it (default: $USER).")
        String by = CommandSupport.defaultUser();

        @Override
        public Integer call() {
            return CommandSupport.run(spec, () -> {
                try (Store store = Store.openExisting(out)) {
                    Dispute dispute = store.openDispute(student, question, by, reason);
                    AuditExport.write(store, out);
                    spec.commandLine().getOut().printf("Dispute %d opened on %s %s by %s: %s%n", dispute.id(),
                            student, question, by, reason);
                    return ExitCodes.OK;
                }
            });
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:done", "2:bad input: unknown student or question, marks out of range, a bad file (one line says where)", "70:internal error"}, description = "Decide an open dispute; the marks given count from now on.")
    static final class Resolve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder of the grading run.")
        Path out;

        @Option(names = "--student", required = true, paramLabel = "S", description = "Student id.")
        String student;

        @Option(names = "--question", required = true, paramLabel = "Q", description = "Question id.")
        String question;

        @Option(names = "--marks", required = true, paramLabel = "M", description = "The marks decided (may equal the old ones).")
        double marks;

        @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: $USER).")
        String by = CommandSupport.defaultUser();

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
        String reason;

        @Override
        public Integer call() {
            return CommandSupport.run(spec, () -> {
                try (Store store = Store.openExisting(out)) {
                    MarkChange change = store.resolveDispute(student, question, marks, by, reason);
                    AuditExport.write(store, out);
                    examgrader.Outputs.refresh(out).forEach(n -> spec.commandLine().getErr().println("grader: " + n));
                    spec.commandLine().getOut().println("Dispute resolved: " + History.describe(change));
                    return ExitCodes.OK;
                }
            });
        }
    }
}
