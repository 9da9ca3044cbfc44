package examgrader.report;

import examgrader.score.Mark;
import examgrader.score.Status;
import java.awt.Color;

/** The colours instructors use on paper: green for full marks, red for lost marks, amber for "look again". */
final class MarkColors {
    static final Color FULL = new Color(0, 128, 0);
    static final Color LOST = new Color(200, 0, 0);
    static final Color REVIEW = new Color(210, 120, 0);
    static final Color MANUAL = new Color(30, 70, 170);

    private MarkColors() {}

    static Color of(Mark mark) {
        return switch (mark.status()) {
            case REVIEW -> REVIEW;
            case MANUAL -> MANUAL;
            case BLANK -> LOST;
            case GRADED -> mark.marks() >= mark.maxMarks() - 1e-9 ? FULL : LOST;
        };
    }

    /** What the margin says: "0.5/1", or the status for marks not given yet. */
    static String marginText(Mark mark) {
        if (mark.status() == Status.REVIEW) return "review /" + MarkFormat.marks(mark.maxMarks());
        if (mark.status() == Status.MANUAL) return "manual /" + MarkFormat.marks(mark.maxMarks());
        return MarkFormat.marks(mark.marks()) + "/" + MarkFormat.marks(mark.maxMarks());
    }
}
