package examgrader.cli;

import examgrader.audit.CommandSupport;
import examgrader.audit.Dispute;
import examgrader.audit.Explanation;
import examgrader.audit.MarkChange;
import examgrader.audit.StoredMark;
import examgrader.audit.Store;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grader explain}: everything behind one mark, for a dispute or an audit. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {ExitCodes.DONE_LINE, ExitCodes.BAD_MARK_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        description = "Show how a mark was made: file, page, OCR words and confidences, answer, rule, engine working, and every change since.")
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    MarkTarget target;

    @Override
    public Integer call() {
        return CommandSupport.run(spec, () -> {
            try (Store store = Store.openExisting(target.out)) {
                List<StoredMark> items = store.marksOf(target.student, target.question);
                List<MarkChange> changes = store.history(target.student).stream()
                        .filter(c -> c.questionId().equals(target.question)).toList();
                List<Dispute> disputes = store.disputes(target.student).stream()
                        .filter(d -> d.questionId().equals(target.question)).toList();
                if (items.size() > 1) {
                    spec.commandLine().getOut().printf("%d scripts claim student %s; each is shown.%n%n", items.size(), target.student);
                }
                for (StoredMark item : items) {
                    spec.commandLine().getOut().print(Explanation.render(item, changes, disputes));
                }
                return ExitCodes.OK;
            }
        });
    }
}
