package examgrader.score;

import java.util.List;

/**
 * What the rules concluded about one answer before status is applied: the fraction of the marks,
 * the rule that decided it, the words for the student, and the engine calls behind it.
 * {@code reviewNote} is non-empty when a person must confirm the verdict even though the read was
 * sure (an unreadable formula, credit that hangs on an earlier answer still in review).
 */
record Verdict(double credit, String rule, String feedback, String working, List<Computation> computations,
               String reviewNote) {
    Verdict {
        computations = List.copyOf(computations);
    }

    Verdict(double credit, String rule, String feedback, String working, List<Computation> computations) {
        this(credit, rule, feedback, working, computations, "");
    }

    Verdict needingReview(String note) {
        return new Verdict(credit, rule, feedback, working, computations, note);
    }
}
