package examgrader.audit;

import examgrader.ocr.Box;
import examgrader.ocr.Line;
import examgrader.ocr.PageText;
import examgrader.ocr.ScriptText;
import examgrader.ocr.Word;
import examgrader.score.Computation;
import examgrader.score.Evidence;
import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Graded scripts for the audit tests, built from the CS60010 CT3 marking scheme (question ids,
 * full marks and references from cs60010-ct3-2021.md).
 */
public final class Scripts {
    private Scripts() {}

    public static final String EXAM = "cs60010-ct3-2021";
    public static final String RUBRIC_SHA = "a1".repeat(32);
    public static final String OCR = "tesseract 5.3.0 eng psm=6 dpi=300";

    public static String sha(String seed) {
        StringBuilder hex = new StringBuilder();
        int h = seed.hashCode();
        while (hex.length() < 64) {
            hex.append(String.format("%08x", h));
            h = h * 31 + 7;
        }
        return hex.substring(0, 64);
    }

    /** A page's words for the 3a answer "W_f is 3 x 5", as OCR reads them. */
    public static List<Word> shapeWords() {
        return List.of(new Word("W_f", 91, new Box(210, 840, 70, 40)), new Word("is", 95, new Box(290, 842, 30, 38)),
                new Word("3", 88, new Box(330, 838, 22, 42)), new Word("x", 64, new Box(360, 850, 18, 28)),
                new Word("5", 90, new Box(386, 838, 24, 42), 98.0));
    }

    /** A page's words for 5.total: "= 3,088,878" with a doubtful read. */
    public static List<Word> totalWords() {
        return List.of(new Word("=", 93, new Box(200, 1500, 20, 20)), new Word("3,O88,878", 41, new Box(230, 1490, 180, 44)));
    }

    public static ScriptText text(Path source, String studentId) {
        String sha = sha(source.toString());
        List<Line> page1 = List.of(new Line(1, "Roll " + studentId, List.of(new Word("Roll", 96, new Box(100, 100, 80, 40)),
                new Word(studentId, 90, new Box(200, 100, 240, 40)))), new Line(1, "W_f is 3 x 5", shapeWords()));
        List<Line> page2 = List.of(new Line(2, "= 3,O88,878", totalWords()));
        return new ScriptText(source, sha, List.of(new PageText(1, OCR, sha("img1" + source), page1),
                new PageText(2, OCR, sha("img2" + source), page2)));
    }

    /**
     * One student's marks: 3a graded full (3 × 5), 3c 0.5 by carried-forward error, 5.total in
     * review, 4b waiting for a hand mark, 2b blank.
     */
    public static ScriptResult result(Path source, String studentId) {
        String sha = sha(source.toString());
        Map<String, Object> convArgs = new LinkedHashMap<>();
        convArgs.put("hidden", 3L);
        convArgs.put("input", 2L);
        List<Mark> marks = new ArrayList<>();
        marks.add(new Mark("2b", Status.BLANK, 0, 1, "", "0", 100, Evidence.NONE, "blank", "nothing written", "", List.of()));
        marks.add(new Mark("3a", Status.GRADED, 1, 1, "3 × 5", "3 × 5", 64, new Evidence(1, new Box(210, 838, 200, 44),
                "W_f is 3 x 5", shapeWords()), "exact", "", "rows = hidden = 3, columns = hidden + input = 3 + 2 = 5",
                List.of(new Computation("lstm.gate_weight_shape", convArgs, List.of(3L, 5L),
                        "rows = hidden = 3, columns = hidden + input = 3 + 2 = 5"))));
        marks.add(new Mark("3c", Status.GRADED, 0.5, 1, "60", "72", 95, new Evidence(1, Box.NONE, "60", List.of()),
                "mistake[1]", "biases left out", "4 × (3·5 + 3) = 72", List.of()));
        marks.add(new Mark("5.total", Status.REVIEW, 0, 1, "3088878", "3088878", 41, new Evidence(2,
                new Box(200, 1490, 210, 44), "= 3,O88,878", totalWords()), "review", "low confidence read",
                "199·199·3·16 + 199·199·3·10 = 3088878", List.of()));
        marks.add(new Mark("4b", Status.MANUAL, 0, 2, "", "explanation", 100, Evidence.NONE, "manual", "", "", List.of()));
        return new ScriptResult(studentId, EXAM, source, sha, RUBRIC_SHA, marks);
    }

    /** The same script with one mark replaced. */
    public static ScriptResult withMark(ScriptResult result, String questionId, double marks, Status status, String rule) {
        List<Mark> changed = result.marks().stream().map(m -> !m.questionId().equals(questionId) ? m
                : new Mark(m.questionId(), status, marks, m.maxMarks(), m.answer(), m.reference(), m.confidence(),
                m.evidence(), rule, m.feedback(), m.working(), m.computations())).toList();
        return new ScriptResult(result.studentId(), result.exam(), result.source(), result.sourceSha256(),
                result.rubricSha256(), changed);
    }

    public static Mark mark(ScriptResult result, String questionId) {
        return result.marks().stream().filter(m -> m.questionId().equals(questionId)).findFirst().orElseThrow();
    }

    /** Opens a store in {@code dir} holding the scripts of the given students (source scans/&lt;id&gt;.pdf). */
    public static Store storeWith(Path dir, String... students) {
        Store store = Store.open(dir);
        long run = store.startRun("rubrics/ct3.yaml", RUBRIC_SHA, "test", List.of("grade"));
        for (String student : students) {
            Path source = Path.of("scans", student + ".pdf");
            store.saveScript(run, result(source, student), text(source, student), ScriptProvenance.of("test", "rubrics/ct3.yaml"));
        }
        return store;
    }
}
