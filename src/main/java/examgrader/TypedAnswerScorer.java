package examgrader;

import examgrader.audit.AnswerScorer;
import examgrader.audit.AuditException;
import examgrader.audit.StoredMark;
import examgrader.extract.Answer;
import examgrader.extract.Extractor;
import examgrader.ocr.Word;
import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import examgrader.rubric.RubricException;
import examgrader.rubric.RubricLoader;
import examgrader.score.Mark;
import examgrader.score.Scorer;
import examgrader.segment.Fragment;
import examgrader.segment.Segment;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Scores an answer a TA types in the review queue with the same extraction and rules as a read
 * answer, under the rubric the item was graded with. A carried-forward rule sees only the typed
 * answer, so such credit is for the TA to give as a mark.
 */
public final class TypedAnswerScorer implements AnswerScorer {
    private final Scorer scorer;
    private final Extractor extractor = new Extractor();

    public TypedAnswerScorer(Scorer scorer) {
        this.scorer = scorer;
    }

    @Override
    public Mark score(StoredMark item, String typedAnswer) {
        Rubric rubric;
        try {
            rubric = RubricLoader.load(Path.of(item.provenance().rubricPath()));
        } catch (RubricException e) {
            throw new AuditException(e.getMessage());
        }
        String id = item.graded().questionId();
        Question question = rubric.question(id)
                .orElseThrow(() -> new AuditException(rubric.source() + " has no question " + id + " any more"));
        List<Word> words = Arrays.stream(typedAnswer.trim().split("\\s+"))
                .map(w -> new Word(w, 100, examgrader.ocr.Box.NONE)).toList();
        Segment typed = new Segment(id, "typed by reviewer", List.of(new Fragment(0, typedAnswer, words)));
        Answer answer = extractor.extract(question, typed);
        if (answer.chosen().isEmpty()) {
            throw new AuditException("cannot read '" + typedAnswer + "' as a " + question.kind().name().toLowerCase()
                    + " answer to " + id);
        }
        return scorer.score(rubric, Map.of(id, answer), null).stream()
                .filter(m -> m.questionId().equals(id)).findFirst().orElseThrow();
    }
}
