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
import picocli.CommandLine.Mixin;
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
            exitCodeListHeading = "Exit codes:%n", exitCodeList = {ExitCodes.DONE_LINE, ExitCodes.BAD_MARK_INPUT_LINE, ExitCodes.INTERNAL_LINE}, description = "Open a dispute of one mark.")
    static final class Open implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        MarkTarget target;

        @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "The student's case.")
        String reason;

        @Option(names = "--by", paramLabel = "NAME", description = "Who records it (default: $USER).")
        String by = CommandSupport.defaultUser();

        @Override
        public Integer call() {
            return CommandSupport.run(spec, () -> {
                try (Store store = Store.openExisting(target.out)) {
                    Dispute dispute = store.openDispute(target.student, target.question, by, reason);
                    AuditExport.write(store, target.out);
                    spec.commandLine().getOut().printf("Dispute %d opened on %s %s by %s: %s%n", dispute.id(),
                            target.student, target.question, by, reason);
                    return ExitCodes.OK;
                }
            });
        }
    }

    @Command(name = "resolve", mixinStandardHelpOptions = true,
            exitCodeListHeading = "Exit codes:%n", exitCodeList = {ExitCodes.DONE_LINE, ExitCodes.BAD_MARK_INPUT_LINE, ExitCodes.INTERNAL_LINE}, description = "Decide an open dispute; the marks given count from now on.")
    static final class Resolve implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Mixin
        MarkTarget target;

        @Mixin

        MarkDecision decision;

        @Override
        public Integer call() {
            return CommandSupport.run(spec, () -> {
                try (Store store = Store.openExisting(target.out)) {
                    MarkChange change = store.resolveDispute(target.student, target.question, decision.marks, decision.by, decision.reason);
                    PublishedChanges.publish(store, target.out, spec);
                    spec.commandLine().getOut().println("Dispute resolved: " + History.describe(change));
                    return ExitCodes.OK;
                }
            });
        }
    }
}
