package examgrader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.rubric.Rubric;
import examgrader.rubric.RubricLoader;
import examgrader.score.Evidence;
import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which scanned scripts are worth reading a second time at another text size. */
class SecondReadingTest {
    private static final Rubric WEEK8 = RubricLoader.load(Path.of("rubrics/dl50039-week8.yaml"));

    private static ScriptGrader.Graded withStatuses(Status formula, Status shape) {
        List<Mark> marks = List.of(
                new Mark("T1.3", formula, 0, 1, "o(z)(1 - o(z))", "", 40, Evidence.NONE, "formula", "", "", List.of()),
                new Mark("T2.1", shape, 1, 1, "26 × 28", "26 × 28", 95, Evidence.NONE, "exact", "", "", List.of()));
        ScriptResult result = new ScriptResult("1001234", WEEK8.exam(), Path.of("scan.pdf"), "0", "0", marks);
        return new ScriptGrader.Graded(result, List.of(), List.of());
    }

    @Test
    void aScriptWhoseOnlyReviewIsAFormulaIsNotReadAgain() {
        assertFalse(Pipeline.mayReadBetter(withStatuses(Status.REVIEW, Status.GRADED), WEEK8));
    }

    @Test
    void aScriptWithAnyOtherAnswerInReviewIsReadAgain() {
        assertTrue(Pipeline.mayReadBetter(withStatuses(Status.GRADED, Status.REVIEW), WEEK8));
        assertTrue(Pipeline.mayReadBetter(withStatuses(Status.REVIEW, Status.REVIEW), WEEK8));
    }

    private static ScriptGrader.Graded marks(Mark... marks) {
        return new ScriptGrader.Graded(new ScriptResult("1001234", WEEK8.exam(), Path.of("scan.pdf"), "0", "0", List.of(marks)),
                List.of(), List.of());
    }

    private static Mark mark(String id, Status status, double marks) {
        return new Mark(id, status, marks, 1, "", "", 90, Evidence.NONE, "", "", "", List.of());
    }

    @Test
    void answersTheTwoReadingsSettleDifferentlyGoToReview() {
        var kept = marks(mark("T1.6", Status.BLANK, 0), mark("T2.1", Status.GRADED, 1), mark("T2.2", Status.GRADED, 0),
                mark("T2.3", Status.GRADED, 1));
        var other = marks(mark("T1.6", Status.MANUAL, 0), mark("T2.1", Status.REVIEW, 0), mark("T2.2", Status.GRADED, 1),
                mark("T2.3", Status.GRADED, 1));
        List<Status> statuses = Pipeline.withDisagreementsInReview(kept, other).result().marks().stream().map(Mark::status).toList();
        assertEquals(List.of(Status.REVIEW, Status.GRADED, Status.REVIEW, Status.GRADED), statuses,
                "blank against hand-marked, and 0 against 1, go to a person; a doubt in the other reading and agreement do not");
        assertTrue(Pipeline.withDisagreementsInReview(kept, kept) == kept);
    }
}
