package examgrader.audit;

import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.nio.file.Path;
import java.util.List;

/**
 * A stand-in for a grading run, for the kill -9 test: grades {@code count} made-up scripts into
 * the store in {@code DIR}, skipping those already done, and prints {@code saved N} after each
 * commit. Run in a child JVM so the test can kill it at any point.
 */
public final class KillableGrader {
    private KillableGrader() {}

    public static void main(String[] args) throws InterruptedException {
        gradeAll(Path.of(args[0]), Integer.parseInt(args[1]), Long.parseLong(args[2]), System.out);
    }

    /** Grades what is not done yet; returns how many scripts it saved. */
    static int gradeAll(Path dir, int count, long pauseMillis, java.io.PrintStream progress) throws InterruptedException {
        int saved = 0;
        try (Store store = Store.open(dir)) {
            long run = store.startRun("rubrics/ct3.yaml", Scripts.RUBRIC_SHA, "test", List.of("grade", dir.toString()));
            for (int i = 0; i < count; i++) {
                Path source = source(i);
                ScriptResult result = script(i);
                if (store.isDone(result.sourceSha256(), source, Scripts.RUBRIC_SHA)) continue;
                Thread.sleep(pauseMillis);
                store.saveScript(run, result, Scripts.text(source, student(i)), ScriptProvenance.of("test", "rubrics/ct3.yaml"));
                saved++;
                if (progress != null) {
                    progress.println("saved " + i);
                    progress.flush();
                }
            }
        }
        return saved;
    }

    static Path source(int i) {
        return Path.of("scans", "script-%03d.pdf".formatted(i));
    }

    static String student(int i) {
        return "18CS1%04d".formatted(i);
    }

    /** Script {@code i}: the sample marks with 3c given 0, 0.5 or 1 in turn, so scripts differ. */
    static ScriptResult script(int i) {
        return Scripts.withMark(Scripts.result(source(i), student(i)), "3c", (i % 3) * 0.5, Status.GRADED, "rule-" + (i % 3));
    }
}
