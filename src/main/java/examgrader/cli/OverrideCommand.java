package examgrader.cli;

import examgrader.audit.ChangeKind;
import examgrader.audit.CommandSupport;
import examgrader.audit.History;
import examgrader.audit.MarkChange;
import examgrader.audit.Store;
import examgrader.score.Status;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grader override}: a person sets a mark, with a reason; a later regrade never undoes it. */
@Command(name = "override", mixinStandardHelpOptions = true,
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {ExitCodes.DONE_LINE, ExitCodes.BAD_MARK_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        description = "Set a mark by hand, with who and why. It counts over the grader's mark, also after a regrade.")
public final class OverrideCommand implements Callable<Integer> {
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
                MarkChange change = store.changeMark(target.student, target.question, decision.marks, Status.GRADED, decision.by, decision.reason, ChangeKind.OVERRIDE);
                PublishedChanges.publish(store, target.out, spec);
                spec.commandLine().getOut().println(History.describe(change));
                return ExitCodes.OK;
            }
        });
    }
}
