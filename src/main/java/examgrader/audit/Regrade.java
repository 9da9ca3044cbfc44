package examgrader.audit;

import examgrader.rubric.Rubric;
import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Rescores every stored script under a (changed) rubric from the text OCR read before, stores
 * the new marks and says what moved. People's decisions stay in force; where the grader now
 * disagrees with one, the report says so instead of overwriting it.
 */
public final class Regrade {
    private Regrade() {}

    /** One question whose grader mark moved. */
    public record Change(String studentId, String questionId, double oldMarks, Status oldStatus, double newMarks,
                         Status newStatus) {
        public double delta() {
            return newMarks - oldMarks;
        }
    }

    /** A person's decision the new grader mark disagrees with; the decision is kept. */
    public record Disagreement(String studentId, String questionId, double graderMarks, MarkChange decision) {}

    /** A student's total that counts, before and after. */
    public record TotalChange(String studentId, String source, double before, double after) {}

    /** A script the rescorer failed on; its marks are left as they were. */
    public record Failure(String source, String message) {}

    public record Report(int scripts, List<Change> changes, List<Disagreement> disagreements,
                         List<TotalChange> totals, List<Failure> failures) {}

    public static Report run(Store store, Rubric rubric, String rubricPath, String rubricSha256, String graderVersion,
                             Rescorer rescorer) {
        Map<String, ScriptResult> before = byScript(store.results(null));
        List<StoredScript> scripts = store.storedScripts();
        long runId = store.startRun(rubricPath, rubricSha256, graderVersion, List.of("regrade", rubricPath));
        ScriptProvenance provenance = ScriptProvenance.of(graderVersion, rubricPath);
        List<Change> changes = new ArrayList<>();
        List<Failure> failures = new ArrayList<>();
        for (StoredScript script : scripts) {
            ScriptResult old = script.graded();
            ScriptResult rescored;
            try {
                rescored = rescorer.rescore(script.text(), rubric);
            } catch (RuntimeException e) {
                failures.add(new Failure(old.source().toString(), String.valueOf(e.getMessage())));
                continue;
            }
            ScriptResult fixed = new ScriptResult(rescored.studentId(), rescored.exam(), old.source(),
                    old.sourceSha256(), rubricSha256, rescored.marks());
            store.saveScript(runId, fixed, script.text(), provenance);
            changes.addAll(changes(old, fixed));
        }
        List<ScriptResult> after = store.results(null);
        return new Report(scripts.size(), changes, disagreements(store, after), totals(before, after), failures);
    }

    private static List<Change> changes(ScriptResult old, ScriptResult now) {
        Map<String, Mark> oldMarks = new HashMap<>();
        old.marks().forEach(m -> oldMarks.put(m.questionId(), m));
        List<Change> changes = new ArrayList<>();
        for (Mark mark : now.marks()) {
            Mark was = oldMarks.get(mark.questionId());
            double wasMarks = was == null ? 0 : was.marks();
            Status wasStatus = was == null ? null : was.status();
            if (was == null || wasMarks != mark.marks() || wasStatus != mark.status()) {
                changes.add(new Change(now.studentId(), mark.questionId(), wasMarks, wasStatus, mark.marks(), mark.status()));
            }
        }
        return changes;
    }

    private static List<Disagreement> disagreements(Store store, List<ScriptResult> after) {
        List<Disagreement> found = new ArrayList<>();
        Map<String, ScriptResult> effectiveByScript = byScript(after);
        for (StoredScript script : store.storedScripts()) {
            ScriptResult effective = effectiveByScript.get(key(script.graded()));
            for (Mark graded : script.graded().marks()) {
                Mark counted = effective.marks().stream().filter(m -> m.questionId().equals(graded.questionId()))
                        .findFirst().orElseThrow();
                boolean graderDecided = graded.status() == Status.GRADED || graded.status() == Status.BLANK;
                if (!graderDecided || counted.marks() == graded.marks()) continue;
                MarkChange decision = store.marksOf(script.graded().studentId(), graded.questionId()).get(0).decision();
                if (decision != null && decision.newMarks() != graded.marks()) {
                    found.add(new Disagreement(script.graded().studentId(), graded.questionId(), graded.marks(), decision));
                }
            }
        }
        return found;
    }

    private static List<TotalChange> totals(Map<String, ScriptResult> before, List<ScriptResult> after) {
        List<TotalChange> totals = new ArrayList<>();
        for (ScriptResult now : after) {
            ScriptResult was = before.get(key(now));
            double wasTotal = was == null ? 0 : was.total();
            if (was == null || wasTotal != now.total()) {
                totals.add(new TotalChange(now.studentId(), now.source().toString(), wasTotal, now.total()));
            }
        }
        return totals;
    }

    private static Map<String, ScriptResult> byScript(List<ScriptResult> results) {
        Map<String, ScriptResult> map = new LinkedHashMap<>();
        results.forEach(r -> map.put(key(r), r));
        return map;
    }

    private static String key(ScriptResult result) {
        return result.sourceSha256() + "\u0000" + result.source();
    }
}
