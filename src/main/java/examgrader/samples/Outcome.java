package examgrader.samples;

import examgrader.score.Status;

/**
 * What one question of a script is worth, decided while the answer's text is written, so the
 * text and its expected mark cannot drift apart.
 *
 * @param questionId the rubric's question id
 * @param marks      marks by the scheme
 * @param status     graded, blank or manual
 * @param variant    which answer was written: {@code right}, a {@link Mistake} name, {@code blank}, ...
 */
public record Outcome(String questionId, double marks, Status status, String variant) {

    static Outcome graded(String questionId, double marks, String variant) {
        return new Outcome(questionId, marks, Status.GRADED, variant);
    }

    static Outcome blank(String questionId) {
        return new Outcome(questionId, 0, Status.BLANK, "blank");
    }

    static Outcome manual(String questionId, String variant) {
        return new Outcome(questionId, 0, Status.MANUAL, variant);
    }
}
