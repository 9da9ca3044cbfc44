package examgrader;

import examgrader.extract.Answer;
import examgrader.extract.Extractor;
import examgrader.extract.StudentIds;
import examgrader.ocr.ScriptText;
import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import examgrader.rubric.Variants;
import examgrader.score.Mark;
import examgrader.score.Scorer;
import examgrader.score.ScriptResult;
import examgrader.segment.Segment;
import examgrader.segment.Segmenter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stages after reading: who wrote the script, which text answers which question, what value
 * each answer gives, and the marks. Grading and regrading share it, so a regrade from stored OCR
 * text gives exactly what a first grading would.
 */
public final class ScriptGrader {
    private final Segmenter segmenter = new Segmenter();
    private final Extractor extractor = new Extractor();
    private final Scorer scorer;

    public ScriptGrader(Scorer scorer) {
        this.scorer = scorer;
    }

    /** The script graded, with the answers extraction found (kept for the audit trail). */
    public record Graded(ScriptResult result, List<Answer> answers) {}

    /**
     * @param roster variant per student id (empty when the exam has one version)
     */
    public Graded grade(ScriptText text, Rubric rubric, Map<String, String> roster) {
        String studentId = studentIdOf(text, rubric);
        List<Segment> segments = segmenter.split(text, rubric);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < rubric.questions().size(); i++) {
            Question question = rubric.questions().get(i);
            answers.put(question.id(), extractor.extract(question, segments.get(i)));
        }
        String variant = variantOf(text, rubric, studentId, roster);
        List<Mark> marks = scorer.score(rubric, answers, variant);
        ScriptResult result = new ScriptResult(studentId, rubric.exam(), text.source(), text.sha256(),
                rubric.sha256(), marks);
        return new Graded(result, List.copyOf(answers.values()));
    }

    /** The student number written on the script, or the file name when none can be read. */
    static String studentIdOf(ScriptText text, Rubric rubric) {
        Optional<String> written = StudentIds.find(text, rubric.studentId());
        if (written.isPresent()) return written.get();
        String name = text.source().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String variantOf(ScriptText text, Rubric rubric, String studentId, Map<String, String> roster) {
        if (rubric.variants().isEmpty()) return null;
        String fromRoster = roster.get(studentId);
        if (fromRoster != null) return fromRoster;
        String all = String.join("\n", text.lines().stream().map(examgrader.ocr.Line::text).toList());
        return Variants.findWritten(all, rubric).orElse(null);
    }
}
