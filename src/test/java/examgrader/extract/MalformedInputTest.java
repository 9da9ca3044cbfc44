package examgrader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.segment.ExamRubrics;
import examgrader.segment.TestScripts;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Broken markup and OCR debris must never stop a script: every question still gets an answer. */
class MalformedInputTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "1. (a) i) \\frac{3}{",
            "$$(b)(i) \\begin{bmatrix} 0.7 \\\\ 0.2",
            "3. (c) \\underline{\\underline{72",
            "5. total = 1e = e6 = ... = ,,, = 3,,088",
            "2. (b) }}}{{{ $$ $ \\\\ & ~~",
            "Task 2\n4. ① ② ③ ④ ⑤",
            "Q2.4 (((( [[[[ 1 2 ] ) 3 x x x 4 by by",
            "\\textcircled{ \\textcircled{1} 10^ 10^{ x 10^"})
    void neverThrowsAndAnswersEveryQuestion(String text) {
        for (var rubric : java.util.List.of(ExamRubrics.ct3(), ExamRubrics.week8())) {
            Map<String, Answer> answers = Answers.of(TestScripts.text(text), rubric);
            assertEquals(rubric.questions().size(), answers.size());
            answers.values().forEach(a -> assertTrue(a.isBlank() || a.chosen().isPresent() || a.uncertain()
                    || a.note().equals("marked by hand"), a.questionId() + ": " + a.note()));
        }
    }

    @org.junit.jupiter.api.Test
    void anAnswerThatStartsByGoingOnWithAnApproximationIsRead() {
        for (String text : java.util.List.of("≈ 3100000", "~ 7", "≈")) {
            org.junit.jupiter.api.Assertions.assertDoesNotThrow(() -> Answers.single(examgrader.rubric.AnswerKind.INTEGER, text), text);
        }
    }
}
