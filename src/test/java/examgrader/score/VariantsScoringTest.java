package examgrader.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.engine.ReferenceEngine;
import examgrader.extract.Answer;
import examgrader.rubric.Rubric;
import examgrader.rubric.RubricException;
import examgrader.rubric.RubricLoader;
import examgrader.rubric.Variants;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Per-student variants: each reference is recomputed with the variant's parameters. */
class VariantsScoringTest {
    private static final String RUBRIC = """
            exam: variants-demo
            total: 2
            student_id: '\\d{7}'
            params: {size: 78, pad: 2}
            variants:
              A: {size: 78}
              B: {size: 81, pad: 1}
            questions:
              - id: q1
                label: [1]
                kind: shape
                marks: 1
                reference:
                  compute: {op: conv.output_size, args: {input: [$size, 84], kernel: 5, stride: 3, padding: $pad}}
                rules:
                  - components: each
                    credit: 1
                  - mistake: padding forgotten
                    compute: {args: {padding: 0}}
                    credit: 0.5
                    feedback: the padding adds 2p to each input size
              - id: q2
                label: [2]
                kind: integer
                marks: 1
                reference:
                  expr: size + 2 pad
                tolerance: {relative: 0.001}
                rules:
                  - within: {relative: 0.01}
                    credit: 0.5
                    feedback: right method, but rounded too early
            """;

    @TempDir
    Path dir;

    private Rubric load(String text) throws IOException {
        Path p = dir.resolve("v.yaml");
        Files.writeString(p, text);
        return RubricLoader.load(p, new ReferenceEngine());
    }

    @Test
    void eachVariantGetsItsOwnReference() throws IOException {
        Rubric r = load(RUBRIC);
        Scorer scorer = new Scorer(new ReferenceEngine());
        // A: floor((78 + 4 − 5)/3) + 1 = 26, floor((84 + 4 − 5)/3) + 1 = 28
        // B: floor((81 + 2 − 5)/3) + 1 = 27, floor((84 + 2 − 5)/3) + 1 = 28
        Map<String, Answer> answers = Map.of("q1", Answers.shape("q1", 27, 28), "q2", Answers.scalar("q2", 83));
        assertEquals(1.0, scorer.score(r, answers, "B").get(0).marks(), 1e-12);
        assertEquals(1.0, scorer.score(r, answers, "B").get(1).marks(), 1e-12);
        assertEquals(0.5, scorer.score(r, answers, "A").get(0).marks(), 1e-12);
        assertEquals(0.0, scorer.score(r, answers, "A").get(1).marks(), 1e-12);
    }

    @Test
    void widerBandEarnsPartMarks() throws IOException {
        Rubric r = load(RUBRIC);
        Scorer scorer = new Scorer(new ReferenceEngine());
        // default params: 78 + 2·2 = 82; 82.05 is within 0.1 %, 82.5 within 1 %, 84 neither
        assertEquals(1.0, scorer.score(r, Map.of("q2", Answers.scalar("q2", 82.05)), null).get(1).marks(), 1e-12);
        Mark band = scorer.score(r, Map.of("q2", Answers.scalar("q2", 82.5)), null).get(1);
        assertEquals(0.5, band.marks(), 1e-12);
        assertEquals("band: within 1 % relative", band.rule());
        assertEquals(0.0, scorer.score(r, Map.of("q2", Answers.scalar("q2", 84)), null).get(1).marks(), 1e-12);
    }

    @Test
    void paddingForgottenIsHalfMarks() throws IOException {
        Rubric r = load(RUBRIC);
        // without padding: floor((78 − 5)/3) + 1 = 25, floor((84 − 5)/3) + 1 = 27
        Mark m = new Scorer(new ReferenceEngine()).score(r, Map.of("q1", Answers.shape("q1", 25, 27)), "A").get(0);
        assertEquals(0.5, m.marks(), 1e-12);
        assertEquals("mistake: padding forgotten", m.rule());
        assertEquals(2, m.computations().size());
        assertEquals(0L, m.computations().get(1).args().get("padding"));
    }

    @Test
    void answerKeyIsPrintedPerVariant() throws IOException {
        String key = new examgrader.rubric.AnswerKey(new ReferenceEngine()).render(load(RUBRIC), null);
        int a = key.indexOf("== variant A =="), b = key.indexOf("== variant B ==");
        assertTrue(a >= 0 && b > a, key);
        assertTrue(key.substring(a, b).contains("reference: 26 × 28"), key);
        assertTrue(key.substring(a, b).contains("mistake: padding forgotten: 25 × 27"), key);
        assertTrue(key.substring(b).contains("reference: 27 × 28"), key);
        assertTrue(key.substring(b).contains("reference: 83"), key);
    }

    @Test
    void unknownVariantIsRefused() throws IOException {
        Rubric r = load(RUBRIC);
        assertThrows(IllegalArgumentException.class, () -> new Scorer(new ReferenceEngine()).score(r, Map.of(), "C"));
    }

    @Test
    void everyVariantIsCheckedWhenLoading() throws IOException {
        RubricException e = assertThrows(RubricException.class,
                () -> load(RUBRIC.replace("B: {size: 81, pad: 1}", "B: {size: 2, pad: 0}")));
        assertTrue(e.getMessage().contains("v.yaml:14:"), e.getMessage());
        assertTrue(e.getMessage().contains("(variant B)"), e.getMessage());
    }

    @Test
    void rosterAndWrittenCodeChooseTheVariant() throws IOException {
        Rubric r = load(RUBRIC);
        Path roster = dir.resolve("roster.csv");
        Files.writeString(roster, "student_id,variant\n1002949,B\n1002950,A\n");
        assertEquals(Map.of("1002949", "B", "1002950", "A"), Variants.readRoster(roster, r));
        Files.writeString(roster, "student_id\n1002949\n1002950\n");
        assertEquals(Map.of("1002949", "", "1002950", ""), Variants.readRoster(roster, r), "a plain class list");
        Files.writeString(roster, "student_id,variant\n1002949,Z\n");
        IllegalArgumentException bad = assertThrows(IllegalArgumentException.class, () -> Variants.readRoster(roster, r));
        assertEquals(roster + ":2: variant 'Z' is not defined in " + dir.resolve("v.yaml"), bad.getMessage());
        assertEquals("B", Variants.findWritten("Name: X  Student 1002949\nVariant: b\n1) ...", r).orElseThrow());
        assertTrue(Variants.findWritten("no code here", r).isEmpty());
    }
}
