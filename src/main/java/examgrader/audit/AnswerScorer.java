package examgrader.audit;

import examgrader.score.Mark;

/**
 * Scores an answer a TA typed in the review queue (e.g. {@code 3 x 5}) exactly as the grader
 * scores a read answer: the lead wires it to extract and score with the rubric the item was
 * graded under ({@code item.provenance().rubricPath()}). A typed answer that cannot be read as
 * the question's kind is reported by throwing {@link AuditException}.
 */
@FunctionalInterface
public interface AnswerScorer {
    Mark score(StoredMark item, String typedAnswer);
}
