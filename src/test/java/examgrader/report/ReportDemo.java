package examgrader.report;

import examgrader.ingest.Rejection;

import examgrader.ocr.Box;
import examgrader.score.Evidence;
import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes a full output directory from a made-up batch, to look at the reports by eye:
 * {@code java -cp ... examgrader.report.ReportDemo /tmp/demo} then {@code pdftoppm -png -r 70}.
 */
public final class ReportDemo {
    public static void main(String[] args) throws Exception {
        Path out = Path.of(args[0]);
        Files.createDirectories(out);
        Path pdf = out.resolve("18CS10042.pdf");
        List<Box> boxes = ScriptPdf.write(pdf, List.of("Roll 18CS10042", "1b.i) C_t = {0.7, 0.2, 0.05}", "3a) W_f : 3 x 2",
                "3c) 4 x (3*2 + 3) = 36", "5) 199 x 199 x 3 then 199 x 199 x 10", "total mult = 3.089 x 10^6 (approx)"));
        List<Mark> marks = List.of(
                mark("1b.i", Status.GRADED, 1, 1, "(0.7, 0.2, 0.05)", boxes.get(1), "(0.7, 0.2, 0.05)",
                        "C_t = f_t ⊙ C_{t-1} + i_t ⊙ C~_t = (0.7, 0.2, 0.05)", "component", "All three components right."),
                mark("3a", Status.GRADED, 0, 1, "3 × 2", boxes.get(2), "3 × 5", "rows = hidden (3), columns = hidden + input = 3 + 2 = 5",
                        "mistake[1]", "3 × 2 leaves out h_{t-1}: the gate sees [h_{t-1}, x_t], 3 + 2 = 5 columns."),
                mark("3c", Status.GRADED, 0.5, 1, "36", boxes.get(3), "72", "4 × (3·5 + 3) = 72", "carried_forward",
                        "Carried forward from your 3a (3 × 2): 4 × (3·2 + 3) = 36 is consistent with it, half marks."),
                mark("5.dw_shape", Status.GRADED, 1, 1, "199 × 199 × 3", boxes.get(4), "199 × 199 × 3",
                        "(200 + 2·1 − 4)/1 + 1 = 199", "exact", "Right."),
                mark("5.total", Status.REVIEW, 0, 1, "3.089 × 10^6", boxes.get(5), "3,088,878",
                        "199·199·3·16 + 199·199·3·10 = 1,900,848 + 1,188,030 = 3,088,878 ∴ 3,088,878", "review",
                        "Read at confidence 54: a person must confirm the digits."),
                mark("4a", Status.MANUAL, 0, 5, "", null, "derivation", "", "manual", "Marked by hand."),
                mark("2b", Status.BLANK, 0, 1, "", null, "0", "", "blank", "Nothing written for this question."));
        List<ScriptResult> batch = new ArrayList<>();
        batch.add(new ScriptResult("18CS10042", "cs60010-ct3-2021", pdf, "", "", marks));
        double[][] others = {{1, 1, 1, 1, 1, 0, 1}, {0.67, 0, 0.5, 1, 0.5, 0, 0}, {1, 1, 1, 1, 1, 0, 1}, {0.33, 0, 0, 0, 0, 0, 0}};
        for (int s = 0; s < others.length; s++) {
            List<Mark> ms = new ArrayList<>();
            for (int q = 0; q < marks.size(); q++) {
                Mark m = marks.get(q);
                Status status = m.status() == Status.MANUAL ? Status.MANUAL : Status.GRADED;
                ms.add(new Mark(m.questionId(), status, status == Status.MANUAL ? 0 : others[s][q], m.maxMarks(), "…", m.reference(),
                        95, Evidence.NONE, "exact", "", "", List.of()));
            }
            batch.add(new ScriptResult("18CS1005" + s, "cs60010-ct3-2021", out.resolve("t" + s + ".txt"), "", "", ms));
        }
        batch.add(new ScriptResult("=HYPERLINK(\"http://x\",\"y\")", "cs60010-ct3-2021", out.resolve("evil.txt"), "", "",
                List.of(new Mark("1b.i", Status.REVIEW, 0, 1, "<script>alert(1)</script>", "", 20, Evidence.NONE, "", "", "", List.of()))));
        List<Rejection> rejected = List.of(new Rejection(Path.of("scans/locked.pdf"), "encrypted PDF: a password is needed"));
        OutputWriter.writeAll(out, ExamColumnsRubric.rubric(marks), batch, rejected, ScriptPdf.renderer())
                .forEach(System.out::println);
    }

    private static Mark mark(String id, Status status, double marks, double max, String answer, Box box, String reference,
                             String working, String rule, String feedback) {
        Evidence evidence = box == null ? Evidence.NONE : new Evidence(1, box, answer, List.of());
        return new Mark(id, status, marks, max, answer, reference, box == null ? 0 : 88, evidence, rule, feedback, working, List.of());
    }

    /** The demo's rubric, made from its marks. */
    private static final class ExamColumnsRubric {
        static examgrader.rubric.Rubric rubric(List<Mark> marks) {
            List<examgrader.rubric.Question> questions = new ArrayList<>();
            for (Mark m : marks) {
                questions.add(examgrader.rubric.Question.of(m.questionId(), List.of(m.questionId()), List.of(),
                        examgrader.rubric.AnswerKind.REAL, m.maxMarks()));
            }
            return examgrader.rubric.Rubric.of("cs60010-ct3-2021", java.util.regex.Pattern.compile(".*"), questions);
        }
    }
}
