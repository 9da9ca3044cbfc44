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
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code grader explain}: everything behind one mark, for a dispute or an audit. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:done", "2:bad input: unknown student or question, marks out of range, a bad file (one line says where)", "70:internal error"},
        description = "Show how a mark was made: file, page, OCR words and confidences, answer, rule, engine working, and every change since.")
public final class ExplainCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder of the grading run.")
    Path out;

    @Option(names = "--student", required = true, paramLabel = "S", description = "Student id.")
    String student;

    @Option(names = "--question", required = true, paramLabel = "Q", description = "Question id.")
    String question;

    @Override
    public Integer call() {
        return CommandSupport.run(spec, () -> {
            try (Store store = Store.openExisting(out)) {
                List<StoredMark> items = store.marksOf(student, question);
                List<MarkChange> changes = store.history(student).stream()
                        .filter(c -> c.questionId().equals(question)).toList();
                List<Dispute> disputes = store.disputes(student).stream()
                        .filter(d -> d.questionId().equals(question)).toList();
                if (items.size() > 1) {
                    spec.commandLine().getOut().printf("%d scripts claim student %s; each is shown.%n%n", items.size(), student);
                }
                for (StoredMark item : items) {
                    spec.commandLine().getOut().print(Explanation.render(item, changes, disputes));
                }
                return ExitCodes.OK;
            }
        });
    }
}
