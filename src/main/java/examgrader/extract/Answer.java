package examgrader.extract;

import java.util.List;
import java.util.Optional;

/**
 * What extraction concluded about one question's answer.
 *
 * @param questionId   the rubric's question id
 * @param chosen       the value taken as the student's final answer, if any
 * @param candidates   every candidate considered, best first (the audit trail and review queue show them)
 * @param uncertain    true when the read must go to review (low confidence, disagreeing candidates, unreadable)
 * @param note         why it is uncertain or blank, in words; empty when all is well
 * @param text         the answer's text as read (shown as "answer (as read)" when nothing was extracted)
 */
public record Answer(String questionId, Optional<Candidate> chosen, List<Candidate> candidates,
                     boolean uncertain, String note, String text) {
    public Answer {
        candidates = List.copyOf(candidates);
    }

    /** Nothing was written for the question. */
    public static Answer blank(String questionId) {
        return new Answer(questionId, Optional.empty(), List.of(), false, "nothing written", "");
    }

    /** The same reading with another verdict on it: whether a person must look, and why. */
    public Answer judged(boolean uncertain, String note) {
        return new Answer(questionId, chosen, candidates, uncertain, note, text);
    }

    /** The same reading sent to a person for {@code note}, after any doubt it already carries. */
    public Answer doubted(String note) {
        return judged(true, uncertain ? this.note + "; " + note : note);
    }

    public boolean isBlank() {
        return chosen.isEmpty() && text.isBlank();
    }
}
