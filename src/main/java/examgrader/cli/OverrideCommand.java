package examgrader.cli;

import examgrader.audit.ChangeKind;
import examgrader.audit.AuditExport;
import examgrader.audit.CommandSupport;
import examgrader.audit.History;
import examgrader.audit.MarkChange;
import examgrader.audit.Store;
import examgrader.score.Status;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grader override}: a person sets a mark, with a reason; a later regrade never undoes it. */
@Command(name = "override", mixinStandardHelpOptions = true,
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:done", "2:bad input: unknown student or question, marks out of range, a bad file (one line says where)", "70:internal error"},
        description = "Set a mark by hand, with who and why. It counts over the grader's mark, also after a regrade.")
public final class OverrideCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder of the grading run.")
    Path out;

    @Option(names = "--student", required = true, paramLabel = "S", description = "Student id.")
    String student;

    @Option(names = "--question", required = true, paramLabel = "Q", description = "Question id.")
    String question;

    @Option(names = "--marks", required = true, paramLabel = "M", description = "The marks, 0 to the question's maximum.")
    double marks;

    @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: $USER).")
    String by = CommandSupport.defaultUser();

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
    String reason;

    @Override
    public Integer call() {
        return CommandSupport.run(spec, () -> {
            try (Store store = Store.openExisting(out)) {
                MarkChange change = store.changeMark(student, question, marks, Status.GRADED, by, reason, ChangeKind.OVERRIDE);
                AuditExport.write(store, out);
                examgrader.Outputs.refresh(out).forEach(n -> spec.commandLine().getErr().println("grader: " + n));
                spec.commandLine().getOut().println(History.describe(change));
                return ExitCodes.OK;
            }
        });
    }
}
