package examgrader.score;

import static org.junit.jupiter.api.Assertions.assertEquals;

import examgrader.extract.Answer;
import examgrader.rubric.Rubric;
import examgrader.rubric.RubricLoader;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The two seed answer scripts' final answers (as extraction should hand them over) marked as a
 * whole, against totals worked by hand from the marking schemes.
 */
class SeedScriptsScoringTest {
    private static ScriptResult result(Rubric rubric, List<Answer> answers) {
        Map<String, Answer> byId = new LinkedHashMap<>();
        answers.forEach(a -> byId.put(a.questionId(), a));
        List<Mark> marks = new Scorer().score(rubric, byId, null);
        return new ScriptResult("s", rubric.exam(), Path.of("s.txt"), "", rubric.sha256(), marks);
    }

    @Test
    void ct3SeedScript() {
        Rubric ct3 = RubricLoader.load(Path.of("rubrics/cs60010-ct3-2021.yaml"));
        ScriptResult r = result(ct3, List.of(
                Answers.scalar("1a.i", 4), Answers.scalar("1a.ii", 5), Answers.scalar("1a.iii", 8),
                Answers.scalar("1a.iv", 3), Answers.scalar("1a.v", 1), Answers.scalar("1a.vi", 7),
                Answers.vector("1b.i", 0.7, 0.2, 0.05), Answers.scalar("1b.ii", 0.6044),
                Answers.scalar("2b", 0), Answers.shape("3a", 3, 2), Answers.shape("3b", 3, 1),
                Answers.scalar("3c", 36), Answers.scalar("5.total", 3_108_030, "3,108,030"),
                Answers.shape("5.dw_shape", 199, 199, 3), Answers.shape("5.pw_shape", 199, 199, 10),
                written("2a", "e_kj = s_{k-1} . h_j"), written("4a", "dL/dc_t = dL/dh_t o_t (1 - tanh^2 c_t) + ..."),
                written("4b", "with f_t = 1 the gradient flows back unchanged")));
        // 1a: 6 × 0.5 = 3; 1b: 1 + 1 (lone component); 2b: 1; 3a: 0 (h_{t-1} forgotten); 3b: 1;
        // 3c: 0.5 (carried forward from 3 × 2: 4·(6 + 3) = 36); 5.total: 0.5; 5 shapes: 1 + 1.
        assertEquals(10.0, r.total(), 1e-9);
        assertEquals(20.0, r.maxTotal(), 1e-9);
        assertEquals(8.0, r.pending(), 1e-9, "2a, 4a and 4b are marked by hand");
    }

    @Test
    void week8SeedScript() {
        Rubric week8 = RubricLoader.load(Path.of("rubrics/dl50039-week8.yaml"));
        ScriptResult r = result(week8, List.of(
                Answers.formula("T1.3", "\\sigma(z) \\cdot (1 - \\sigma(z))"),
                Answers.shape("T2.1", 26, 28), Answers.shape("T2.2", 31, 30), Answers.set("T2.3", 52.0, 53.0, 54.0),
                Answers.scalar("T2.4.params", 100_352), Answers.scalar("T2.4.mults", 2_508_800),
                Answers.scalar("T2.4.adds", 2_507_200), Answers.scalar("T2.5.params", 65_536),
                written("T1.1", "No, ..."), written("T1.2", "dh_t/dh_{t-1} = ..."), written("T1.4", "df_t/dh_{t-1} = ..."),
                written("T1.5", "h = U/|U|"), written("T1.6", "argmax no, max yes")));
        assertEquals(8.0, r.total(), 1e-9);
        assertEquals(6.0, r.pending(), 1e-9, "T1.1, T1.2, T1.4, T1.5, T1.6 are marked by hand");
        assertEquals(14.0, r.maxTotal(), 1e-9);
    }

    /** A hand-marked answer: text, no value. */
    private static examgrader.extract.Answer written(String id, String text) {
        return new examgrader.extract.Answer(id, java.util.Optional.empty(), List.of(), false, "", text);
    }
}
