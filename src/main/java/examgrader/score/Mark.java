package examgrader.score;

/**
 * The grader's verdict on one question of one script, with everything needed to explain it.
 *
 * @param questionId the rubric's question id
 * @param status     graded, review, blank or manual
 * @param marks      marks awarded (0 for review/blank/manual until resolved)
 * @param maxMarks   the question's marks in the rubric
 * @param answer     the student's answer as read (display form), empty if blank
 * @param reference  the reference answer (display form)
 * @param confidence confidence of the read, 0–100
 * @param evidence   where it was read
 * @param rule       the rubric rule that fired, e.g. {@code exact}, {@code component}, {@code mistake[1]}, {@code carried_forward}
 * @param feedback   the rule's feedback text for the student
 * @param working    the engine's working for the reference (and for a carried-forward recomputation)
 */
public record Mark(String questionId, Status status, double marks, double maxMarks, String answer,
                   String reference, double confidence, Evidence evidence, String rule, String feedback,
                   String working, java.util.List<Computation> computations) {
    public Mark {
        computations = java.util.List.copyOf(computations);
    }
}
