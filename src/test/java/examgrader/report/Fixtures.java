package examgrader.report;

import examgrader.ocr.Box;
import examgrader.ocr.Word;
import examgrader.rubric.AnswerKind;
import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import examgrader.score.Computation;
import examgrader.score.Evidence;
import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** Hand-made results for the report tests: three questions worth 0.5, 1 and 2 marks. */
final class Fixtures {
    static final String EXAM = "dl-test-2026";

    private Fixtures() {}

    static Rubric rubric() {
        return Rubric.of(EXAM, Pattern.compile("\\d{2}[A-Z]{2}\\d{5}"), List.of(
                Question.of("1a", List.of("1", "a"), List.of(), AnswerKind.INTEGER, 0.5),
                Question.of("1b", List.of("1", "b"), List.of(), AnswerKind.VECTOR, 1),
                Question.of("2", List.of("2"), List.of(), AnswerKind.SHAPE, 2)));
    }

    static Mark graded(String id, double marks, double max, String answer, String feedback) {
        return new Mark(id, Status.GRADED, marks, max, answer, "ref " + id, 93, Evidence.NONE,
                marks == max ? "exact" : "component", feedback, "", List.of());
    }

    static Mark withStatus(String id, Status status, double max, String answer, String feedback) {
        return new Mark(id, status, 0, max, answer, "ref " + id, 41, Evidence.NONE, status.word(), feedback, "", List.of());
    }

    static ScriptResult script(String studentId, String file, Mark... marks) {
        return new ScriptResult(studentId, EXAM, Path.of("scans", file), "ab".repeat(32), "cd".repeat(32), List.of(marks));
    }

    /** A result with every field set, for the JSON round trip. */
    static ScriptResult full() {
        Box box = new Box(120, 340, 410, 60);
        Evidence evidence = new Evidence(2, box, "C_t = (0.7, 0.2, 0.05)", List.of(
                new Word("C_t", 96.5, new Box(120, 340, 80, 60)), new Word("(0.7,", 71.25, new Box(230, 340, 100, 60))));
        Computation computation = new Computation("lstm.cell", Map.of("c_prev", List.of(0.5, -0.25, 1), "steps", 3),
                List.of(0.7, 0.2, 0.05), "C_t = f_t ⊙ C_{t-1} + i_t ⊙ C~_t");
        Mark partial = new Mark("1b", Status.GRADED, 2.0 / 3, 1, "(0.7, 0.2, 0.5)", "(0.7, 0.2, 0.05)", 71.25, evidence,
                "component", "two of three components right", "f ⊙ c + i ⊙ g", List.of(computation));
        Mark review = new Mark("2", Status.REVIEW, 0, 2, "3 × 5", "3 × 5", 38, Evidence.NONE, "exact", "low confidence", "", List.of());
        Mark manual = new Mark("1a", Status.MANUAL, 0, 0.5, "", "", 0, Evidence.NONE, "", "", "", List.of());
        return new ScriptResult("18CS10042", EXAM, Path.of("scans", "18CS10042.pdf"), "ab".repeat(32), "cd".repeat(32),
                List.of(manual, partial, review));
    }
}
