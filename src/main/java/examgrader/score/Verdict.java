package examgrader.score;

import java.util.List;

/**
 * What the rules concluded about one answer before status is applied: the fraction of the marks,
 * the rule that decided it, the words for the student, and the engine calls behind it.
 */
record Verdict(double credit, String rule, String feedback, String working, List<Computation> computations) {
    Verdict {
        computations = List.copyOf(computations);
    }
}
