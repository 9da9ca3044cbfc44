package examgrader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.engine.ReferenceEngine;
import examgrader.ocr.Box;
import examgrader.ocr.Line;
import examgrader.ocr.PageText;
import examgrader.ocr.ScriptText;
import examgrader.ocr.Word;
import examgrader.rubric.Rubric;
import examgrader.rubric.RubricLoader;
import examgrader.score.Scorer;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Who wrote a script: the student number read, and a warning whenever that read is doubtful. */
class ScriptGraderTest {
    private static final Rubric CT3 = RubricLoader.load(Path.of("rubrics/cs60010-ct3-2021.yaml"));
    private final ScriptGrader grader = new ScriptGrader(new Scorer(new ReferenceEngine()));

    private static Line line(String text, double confidence) {
        List<Word> words = Arrays.stream(text.split(" ")).map(w -> new Word(w, confidence, new Box(1, 1, 10, 10))).toList();
        return new Line(1, text, words);
    }

    private static ScriptText script(Line... lines) {
        return new ScriptText(Path.of("scans/alice.pdf"), "00", List.of(new PageText(1, "tesseract 5.3.0 eng psm=4", null, List.of(lines))));
    }

    @Test
    void aConfidentlyReadStudentNumberNamesTheScriptQuietly() {
        ScriptGrader.Graded g = grader.grade(script(line("Roll: 19EE30012", 95), line("3. (a) W_f = 3 x 5", 95)), CT3, Map.of());
        assertEquals("19EE30012", g.result().studentId());
        assertEquals(List.of(), g.notices());
    }

    @Test
    void aDoubtfulStudentNumberIsReportedForAPersonToCheck() {
        ScriptGrader.Graded g = grader.grade(script(line("Roll: 19EE30012", 61), line("3. (a) W_f = 3 x 5", 95)), CT3, Map.of());
        assertEquals("19EE30012", g.result().studentId());
        assertEquals(1, g.notices().size());
        assertTrue(g.notices().get(0).contains("confidence 61%"), g.notices().get(0));
    }

    @Test
    void withoutAStudentNumberTheFileNameIsUsedAndSaidSo() {
        ScriptGrader.Graded g = grader.grade(script(line("3. (a) W_f = 3 x 5", 95)), CT3, Map.of());
        assertEquals("alice", g.result().studentId());
        assertTrue(g.notices().get(0).contains("no student number found"), g.notices().toString());
    }

    @Test
    void aQuestionNotFoundOnAScannedPageGoesToAPersonNotToZero() {
        ScriptGrader.Graded g = grader.grade(script(line("Roll: 19EE30012", 95), line("3. (a) W_f = 3 x 5", 95)), CT3, Map.of());
        var mark3c = g.result().marks().stream().filter(m -> m.questionId().equals("3c")).findFirst().orElseThrow();
        assertEquals(examgrader.score.Status.REVIEW, mark3c.status(), mark3c.feedback());
    }

    @Test
    void aQuestionNotFoundInATranscriptIsBlank() {
        ScriptText typed = new ScriptText(Path.of("typed/bob.md"), "00", List.of(new PageText(1, "transcription", null,
                List.of(line("Roll: 19EE30012", 100), line("3. (a) W_f = 3 x 5", 100)))));
        var mark3c = grader.grade(typed, CT3, Map.of()).result().marks().stream()
                .filter(m -> m.questionId().equals("3c")).findFirst().orElseThrow();
        assertEquals(examgrader.score.Status.BLANK, mark3c.status(), mark3c.feedback());
    }
}
