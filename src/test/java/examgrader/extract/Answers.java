package examgrader.extract;

import examgrader.ocr.ScriptText;
import examgrader.rubric.AnswerKind;
import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import examgrader.segment.Segment;
import examgrader.segment.Segmenter;
import examgrader.segment.TestScripts;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Runs segmentation and extraction the way the pipeline does, for tests. */
final class Answers {
    private Answers() {}

    static Map<String, Answer> of(ScriptText script, Rubric rubric) {
        List<Segment> segments = new Segmenter().split(script, rubric);
        Map<String, Answer> answers = new LinkedHashMap<>();
        Extractor extractor = new Extractor();
        for (int i = 0; i < segments.size(); i++) {
            Question q = rubric.questions().get(i);
            answers.put(q.id(), extractor.extract(q, segments.get(i)));
        }
        return answers;
    }

    /** The answer to one made-up question of the given kind, written as {@code text} (one fragment per line). */
    static Answer single(AnswerKind kind, List<String> cues, String text) {
        return answerTo(kind, cues, TestScripts.text("1.\n" + text));
    }

    /**
     * Like {@link #single}, on a page read as OCR reads one: every token listed in
     * {@code lowConfidence} gets that confidence.
     */
    static Answer scanned(AnswerKind kind, List<String> cues, Map<String, Double> lowConfidence, String text) {
        return answerTo(kind, cues, TestScripts.ocrLike(lowConfidence, "1.\n" + text));
    }

    static Answer scanned(AnswerKind kind, Map<String, Double> lowConfidence, String text) {
        return scanned(kind, List.of(), lowConfidence, text);
    }

    private static Answer answerTo(AnswerKind kind, List<String> cues, ScriptText script) {
        return answerTo(Question.of("q", List.of("1"), cues, kind, 1), script);
    }

    /** The answer to {@code q}, labelled 1, in {@code script}'s text after the label. */
    static Answer answerTo(Question q, ScriptText script) {
        Rubric rubric = Rubric.of("test", java.util.regex.Pattern.compile("\\d{7}"), List.of(q));
        return of(script, rubric).get(q.id());
    }

    static Answer single(AnswerKind kind, String text) {
        return single(kind, List.of(), text);
    }

    static Value chosen(AnswerKind kind, String text) {
        return single(kind, text).chosen().orElseThrow(() -> new AssertionError("nothing chosen in: " + text)).value();
    }
}
