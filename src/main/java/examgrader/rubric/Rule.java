package examgrader.rubric;

/**
 * One partial-credit rule of a question. {@code credit} is a fraction of the question's marks
 * (0..1); {@code feedback} is what the student is told when the rule decides the mark.
 */
public sealed interface Rule {
    double credit();

    String feedback();

    SourcePos pos();

    /** A wider tolerance band: an answer within it (but not within the question's own) earns {@code credit}. */
    record Within(Tolerance tolerance, double credit, String feedback, SourcePos pos) implements Rule {}

    /** Vectors and shapes: each correct component earns {@code credit / n}. */
    record Components(double credit, String feedback, SourcePos pos) implements Rule {}

    /** Sets: (correct − wrong) / n of {@code credit}, never below 0; each member counted once. */
    record SetCredit(double credit, String feedback, SourcePos pos) implements Rule {}

    /**
     * Another answer that earns {@code credit}: an accepted form or convention ({@code accepted}
     * true) or a known slip ({@code accepted} false). Exactly one of {@code key} (key or expr),
     * {@code compute}, {@code loneComponent} says what the answer is.
     *
     * @param name          short name shown as the rule that fired, e.g. "padding forgotten"
     * @param key           a literal value ({@link Reference.Key}) or parameter arithmetic ({@link Reference.Expr}), or null
     * @param compute       the question's compute with changed arguments, or null
     * @param loneComponent the only non-zero component of a vector reference, written alone
     */
    record Alternative(boolean accepted, String name, Reference key, Reference.ComputeSpec compute,
                       boolean loneComponent, double credit, String feedback, SourcePos pos) implements Rule {
        public String ruleName() {
            return (accepted ? "accepted: " : "mistake: ") + name;
        }
    }

    /**
     * Error carried forward: recompute this question with the student's own answer to question
     * {@code from} put into argument {@code into}; a match earns {@code credit}, but only when that
     * earlier answer was graded and wrong.
     *
     * @param compute how the recomputation differs from the reference beyond {@code into} (may be null)
     */
    record CarriedForward(String from, String into, Reference.ComputeSpec compute, double credit, String feedback,
                          SourcePos pos) implements Rule {}
}
