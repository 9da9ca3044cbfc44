package examgrader.cli;

import examgrader.audit.Agreement;
import examgrader.audit.CommandSupport;
import examgrader.audit.Store;
import examgrader.extract.Values;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code grader compare}: how far the grader agrees with a TA who marked the same scripts. */
@Command(name = "compare", mixinStandardHelpOptions = true,
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {ExitCodes.DONE_LINE, ExitCodes.BAD_MARK_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        description = "Compare the grader's marks with a TA's (same columns as gradebook.csv): agreement per question, overall, and each disagreement.")
public final class CompareCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder of the grading run.")
    Path out;

    @Parameters(paramLabel = "HUMAN.csv", description = "The TA's marks: student_id,<question ids>,total.")
    Path human;

    @Override
    public Integer call() {
        return CommandSupport.run(spec, () -> {
            try (Store store = Store.openExisting(out)) {
                print(Agreement.compare(store.results(null), human), spec.commandLine().getOut());
                return ExitCodes.OK;
            }
        });
    }

    private static void print(Agreement.Report report, PrintWriter out) {
        out.printf("%-14s %8s %6s %9s%n", "question", "compared", "agree", "agreement");
        for (Agreement.QuestionAgreement q : report.questions()) {
            out.printf("%-14s %8d %6d %9s%n", q.questionId(), q.compared(), q.agreed(), percent(q.compared(), q.agreed()));
        }
        out.printf("%-14s %8d %6d %9s%n", "overall", report.compared(), report.agreed(), percent(report.compared(), report.agreed()));
        if (report.pendingInGrader() > 0) {
            out.printf("Not compared: %d marks the grader still has in review or waiting for a hand mark.%n", report.pendingInGrader());
        }
        if (!report.disagreements().isEmpty()) {
            out.println("Disagreements:");
            for (Agreement.Disagreement d : report.disagreements()) {
                out.printf("  %s %s: grader %s, TA %s (line %d)%n", d.studentId(), d.questionId(), Values.format(d.grader()),
                        Values.format(d.human()), d.line());
            }
        }
        if (!report.onlyInHumanFile().isEmpty()) out.println("Only in the TA's file: " + String.join(", ", report.onlyInHumanFile()));
        if (!report.onlyInStore().isEmpty()) out.println("Not in the TA's file: " + String.join(", ", report.onlyInStore()));
        if (!report.unknownColumns().isEmpty()) out.println("Columns the rubric does not have: " + String.join(", ", report.unknownColumns()));
    }

    private static String percent(int compared, int agreed) {
        return compared == 0 ? "-" : String.format("%.1f%%", 100.0 * agreed / compared);
    }
}
