package examgrader.cli;

import examgrader.audit.AuditException;
import examgrader.audit.CommandSupport;
import examgrader.audit.Dispute;
import examgrader.audit.History;
import examgrader.audit.MarkChange;
import examgrader.audit.Store;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grader history}: every change to one student's marks, oldest first, and their disputes. */
@Command(name = "history", mixinStandardHelpOptions = true,
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {ExitCodes.DONE_LINE, ExitCodes.BAD_MARK_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        description = "List every change to a student's marks (who, when, old, new, why) and their disputes.")
public final class HistoryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder of the grading run.")
    Path out;

    @Option(names = "--student", required = true, paramLabel = "S", description = "Student id.")
    String student;

    @Override
    public Integer call() {
        return CommandSupport.run(spec, () -> {
            try (Store store = Store.openExisting(out)) {
                if (!store.hasStudent(student)) {
                    throw new AuditException("student " + student + " is not in " + store.file());
                }
                List<MarkChange> changes = store.history(student);
                List<Dispute> disputes = store.disputes(student);
                PrintWriter out = spec.commandLine().getOut();
                if (changes.isEmpty()) out.println("No changes to " + student + "'s marks: the grader's marks stand.");
                changes.forEach(c -> out.println(History.describe(c)));
                for (Dispute d : disputes) {
                    out.printf("dispute %s %s opened %s by %s: %s; %s%n", d.studentId(), d.questionId(), d.openedAt(),
                            d.openedBy(), d.reason(), d.isOpen() ? "open"
                                    : "resolved " + d.resolvedAt() + " by " + d.resolvedBy() + ": " + d.resolution());
                }
                return ExitCodes.OK;
            }
        });
    }
}
