package examgrader.cli;

import examgrader.audit.AuditException;
import examgrader.audit.CommandSupport;
import examgrader.audit.Regrade;
import examgrader.audit.Rescorer;
import examgrader.audit.RubricLoader;
import examgrader.audit.Store;
import examgrader.extract.Values;
import examgrader.rubric.Rubric;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grader regrade}: rescore every stored script under a changed rubric from the stored OCR
 * text (no OCR), and say who gained or lost how much on which question. The pipeline's scoring
 * and rubric loading are given by the lead through {@link #setRescorer} and {@link #setRubricLoader}.
 */
@Command(name = "regrade", mixinStandardHelpOptions = true,
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:done", "2:bad input: a bad rubric or a missing store (one line says where)", "3:some scripts could not be rescored; their marks are unchanged", "70:internal error"},
        description = "Rescore every graded script with a (changed) rubric from the stored OCR text, without OCR; people's decisions are kept.")
public final class RegradeCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder of the grading run.")
    Path out;

    @Option(names = "--rubric", required = true, paramLabel = "R", description = "The rubric file to grade with.")
    Path rubricFile;

    private Rescorer rescorer;
    private RubricLoader rubricLoader;

    public RegradeCommand() {}

    public RegradeCommand(RubricLoader rubricLoader, Rescorer rescorer) {
        this.rubricLoader = rubricLoader;
        this.rescorer = rescorer;
    }

    public RegradeCommand setRescorer(Rescorer rescorer) {
        this.rescorer = rescorer;
        return this;
    }

    public RegradeCommand setRubricLoader(RubricLoader rubricLoader) {
        this.rubricLoader = rubricLoader;
        return this;
    }

    @Override
    public Integer call() {
        return CommandSupport.run(spec, () -> {
            if (rescorer == null || rubricLoader == null) {
                throw new IllegalStateException("regrade is not wired to the scoring pipeline");
            }
            if (!Files.isRegularFile(rubricFile)) throw new AuditException(rubricFile + ": no such rubric file");
            Rubric rubric;
            try {
                rubric = rubricLoader.load(rubricFile);
            } catch (Exception e) {
                throw new AuditException(e.getMessage() == null ? rubricFile + ": not a usable rubric" : e.getMessage());
            }
            try (Store store = Store.openExisting(out)) {
                Regrade.Report report = Regrade.run(store, rubric, rubricFile.toString(), sha256(rubricFile),
                        CommandSupport.graderVersion(), rescorer);
                PublishedChanges.publish(store, out, spec);
                print(report, spec.commandLine().getOut());
                if (!report.failures().isEmpty()) {
                    report.failures().forEach(f -> spec.commandLine().getErr().println(f.source() + ": not rescored: " + f.message()));
                    return ExitCodes.SOME_REJECTED;
                }
                return ExitCodes.OK;
            }
        });
    }

    private static void print(Regrade.Report report, PrintWriter out) {
        out.printf("Regraded %d scripts from their stored text.%n", report.scripts() - report.failures().size());
        if (report.changes().isEmpty()) out.println("No mark changed.");
        for (Regrade.Change c : report.changes()) {
            out.printf("  %s %s: %s -> %s (%s%s)%s%n", c.studentId(), c.questionId(),
                    c.oldStatus() == null ? "new question" : Values.format(c.oldMarks()), Values.format(c.newMarks()),
                    c.delta() >= 0 ? "+" : "", Values.format(c.delta()),
                    c.oldStatus() == c.newStatus() || c.oldStatus() == null ? "" : ", " + c.oldStatus().word() + " -> " + c.newStatus().word());
        }
        for (Regrade.Disagreement d : report.disagreements()) {
            out.printf("  kept %s's %s of %s %s: %s marks; the grader now gives %s%n", d.decision().by(),
                    d.decision().kind().word(), d.studentId(), d.questionId(), Values.format(d.decision().newMarks()),
                    Values.format(d.graderMarks()));
        }
        if (!report.totals().isEmpty()) {
            out.println("Totals that count:");
            for (Regrade.TotalChange t : report.totals()) {
                double delta = t.after() - t.before();
                out.printf("  %s: %s -> %s (%s%s)%n", t.studentId(), Values.format(t.before()), Values.format(t.after()),
                        delta >= 0 ? "+" : "", Values.format(delta));
            }
        }
    }

    private static String sha256(Path file) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
