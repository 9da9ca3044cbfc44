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
}
