package examgrader;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.extract.Answer;
import examgrader.extract.Candidate;
import examgrader.extract.Value;
import examgrader.rubric.AnswerKind;
import examgrader.rubric.Question;
import examgrader.segment.Fragment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A value taken for one part that the line gives for another part's quantity goes to a person. */
class ValueSubjectTest {
    private static final Question IT = Question.of("1a.ii", List.of("1", "a", "ii"), List.of("i_t"), AnswerKind.INTEGER, 0.5);
    private static final Question OT = Question.of("1a.iii", List.of("1", "a", "iii"), List.of("o_t"), AnswerKind.INTEGER, 0.5);

    private static Answer chosen(String line, String raw, double value) {
        Candidate c = new Candidate(new Value.Scalar(value), raw, 95, new Fragment(1, line, List.of()), "test", 1);
        return new Answer("1a.ii", Optional.of(c), List.of(c), false, "", line);
    }

    @Test
    void aValueGivenForAnotherPartsSymbolGoesToAPerson() {
        for (String line : List.of("ot: 5", "o_t = 5", "ii)o t=5", "(ii) O t -> 5")) {
            Answer a = ValueSubject.checked(chosen(line, "5", 5), IT, List.of(IT, OT));
            assertTrue(a.uncertain(), line);
            assertTrue(a.note().contains("1a.iii"), a.note());
        }
    }

    @Test
    void aValueGivenForItsOwnSymbolOrForNoSymbolIsKept() {
        for (String line : List.of("i_t = 5", "ii) i t=5", "it: 5", "ii) 5", "so t = 5")) {
            assertFalse(ValueSubject.checked(chosen(line, "5", 5), IT, List.of(IT, OT)).uncertain(), line);
        }
    }

    private static final Question TOTAL = Question.of("5.total", List.of("5"), List.of("total", "multiplications"), AnswerKind.INTEGER, 1);
    private static final Question DEPTHWISE = Question.of("5.dw_shape", List.of("5"), List.of("depthwise", "dw"), AnswerKind.SHAPE, 1);
    private static final Question POINTWISE = Question.of("5.pw_shape", List.of("5"), List.of("pointwise", "pw"), AnswerKind.SHAPE, 1);

    @Test
    void aValueStatedForAnotherPartUnderTheSameLabelIsNoWholeAnswer() {
        List<Question> all = List.of(TOTAL, DEPTHWISE, POINTWISE);
        Answer part = ValueSubject.checked(chosen("5 total mults depthwise: 4*4*200*200*3 = 1,920,000", "1,920,000", 1_920_000), TOTAL, all);
        assertTrue(part.uncertain(), part.note());
        assertTrue(part.note().contains("5.dw_shape"), part.note());
        for (String line : List.of("total = 3,108,030", "Total (depthwise + pointwise): 3,108,030", "multiplications: 3,108,030")) {
            assertFalse(ValueSubject.checked(chosen(line, "3,108,030", 3_108_030), TOTAL, all).uncertain(), line);
        }
    }
}
