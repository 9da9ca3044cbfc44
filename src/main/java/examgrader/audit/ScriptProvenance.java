package examgrader.audit;

import examgrader.extract.Answer;
import examgrader.extract.Candidate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the pipeline knows about how a script was graded that the {@code ScriptResult} does not
 * carry: the grader's version, the rubric file, and the candidates extraction weighed for each
 * question (the review queue and {@code explain} show them).
 *
 * @param graderVersion the grader's version, e.g. {@code 0.1.0}
 * @param rubricPath    the rubric file as given on the command line
 * @param candidates    per question id, the candidates considered, best first, in words
 */
public record ScriptProvenance(String graderVersion, String rubricPath, Map<String, List<String>> candidates) {
    public ScriptProvenance {
        graderVersion = graderVersion == null ? ProvenanceRecord.UNKNOWN : graderVersion;
        rubricPath = rubricPath == null ? ProvenanceRecord.UNKNOWN : rubricPath;
        candidates = candidates == null ? Map.of() : Map.copyOf(candidates);
    }

    public static ScriptProvenance of(String graderVersion, String rubricPath) {
        return new ScriptProvenance(graderVersion, rubricPath, Map.of());
    }

    /** The same provenance with the candidates of extraction's answers described for people. */
    public ScriptProvenance withAnswers(List<Answer> answers) {
        Map<String, List<String>> described = new LinkedHashMap<>();
        for (Answer answer : answers) {
            described.put(answer.questionId(), answer.candidates().stream().map(ScriptProvenance::describe).toList());
        }
        return new ScriptProvenance(graderVersion, rubricPath, described);
    }

    public List<String> candidatesFor(String questionId) {
        return candidates.getOrDefault(questionId, List.of());
    }

    static String describe(Candidate candidate) {
        return "%s (read \"%s\", page %d, confidence %.0f, %s)".formatted(candidate.value().display(),
                candidate.raw(), candidate.source().page(), candidate.confidence(), candidate.reason());
    }
}
