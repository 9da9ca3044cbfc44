package examgrader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ocr.ScriptText;
import examgrader.segment.ExamRubrics;
import examgrader.segment.TestScripts;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Whole scripts written for these tests in the styles students use (LaTeX transcription, typed
 * markdown, OCR-like plain text); the expected answers are the marking schemes' references.
 */
class WholeScriptTest {
    private static String resource(String name) throws IOException {
        try (InputStream in = WholeScriptTest.class.getResourceAsStream("/scripts/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static Value chosen(Map<String, Answer> answers, String id) {
        Answer a = answers.get(id);
        return a.chosen().orElseThrow(() -> new AssertionError(id + ": nothing chosen; " + a.note())).value();
    }

    private static void assertCertain(Map<String, Answer> answers, String... ids) {
        for (String id : ids) assertFalse(answers.get(id).uncertain(), id + ": " + answers.get(id).note());
    }

    private static Value shape(long... dims) {
        return new Value.Shape(java.util.Arrays.stream(dims).boxed().toList());
    }

    @Test
    void ct3LatexTranscription() throws IOException {
        Map<String, Answer> a = Answers.of(TestScripts.text(resource("ct3-typed-latex.txt")), ExamRubrics.ct3());
        double[] keys = {4, 5, 8, 3, 1, 7};
        String[] ids = {"1a.i", "1a.ii", "1a.iii", "1a.iv", "1a.v", "1a.vi"};
        for (int i = 0; i < ids.length; i++) assertEquals(new Value.Scalar(keys[i]), chosen(a, ids[i]), ids[i]);
        assertEquals(new Value.Vector(List.of(0.7, 0.2, 0.05)), chosen(a, "1b.i"));
        assertEquals(new Value.Vector(List.of(0.6044, 0.0, 0.0)), chosen(a, "1b.ii"));
        assertEquals(new Value.Scalar(0), chosen(a, "2b"));
        assertEquals(shape(3, 5), chosen(a, "3a"));
        assertEquals(shape(3, 1), chosen(a, "3b"));
        assertEquals(new Value.Scalar(72), chosen(a, "3c"));
        assertEquals(new Value.Scalar(3088878), chosen(a, "5.total"));
        assertEquals(shape(199, 199, 3), chosen(a, "5.dw_shape"));
        assertEquals(shape(199, 199, 10), chosen(a, "5.pw_shape"));
        assertCertain(a, "1a.i", "1b.i", "1b.ii", "2b", "3a", "3b", "3c", "5.total", "5.dw_shape", "5.pw_shape");
        for (String manual : List.of("2a", "4a", "4b")) {
            assertTrue(a.get(manual).chosen().isEmpty());
            assertFalse(a.get(manual).text().isBlank(), manual + " keeps its text for the TA");
        }
    }

    @Test
    void week8TypedMarkdown() throws IOException {
        Map<String, Answer> a = Answers.of(TestScripts.text(resource("week8-typed-markdown.txt")), ExamRubrics.week8());
        assertEquals(new Value.Formula("\\sigma(z)\\,(1-\\sigma(z))"), chosen(a, "T1.3"));
        assertEquals(shape(26, 28), chosen(a, "T2.1"));
        assertEquals(shape(31, 30), chosen(a, "T2.2"));
        assertEquals(new Value.NumberSet(List.of(52.0, 53.0, 54.0)), chosen(a, "T2.3"));
        assertEquals(new Value.Scalar(100352), chosen(a, "T2.4.params"));
        assertEquals(new Value.Scalar(2508800), chosen(a, "T2.4.mults"));
        assertEquals(new Value.Scalar(2507200), chosen(a, "T2.4.adds"));
        assertEquals(new Value.Scalar(65536), chosen(a, "T2.5.params"));
        assertCertain(a, "T1.3", "T2.1", "T2.2", "T2.3", "T2.4.params", "T2.4.mults", "T2.4.adds", "T2.5.params");
        assertTrue(a.get("T1.2").isBlank(), "T1.2 was not answered");
    }

    @Test
    void ct3OcrLikePlainText() throws IOException {
        ScriptText script = TestScripts.ocrLike(Map.of("3088878", 55.0, "72", 60.0, "(0.6044,", 48.0),
                resource("ct3-ocr-plain.txt"));
        Map<String, Answer> a = Answers.of(script, ExamRubrics.ct3());
        assertEquals(new Value.Scalar(8), chosen(a, "1a.iii"));
        assertEquals(new Value.Scalar(7), chosen(a, "1a.vi"));
        assertEquals(new Value.Vector(List.of(0.7, 0.2, 0.05)), chosen(a, "1b.i"));
        assertEquals(shape(3, 5), chosen(a, "3a"));
        assertEquals(shape(3, 1), chosen(a, "3b"));
        assertEquals(new Value.Scalar(72), chosen(a, "3c"));
        assertEquals(new Value.Scalar(3088878), chosen(a, "5.total"));
        assertEquals(shape(199, 199, 3), chosen(a, "5.dw_shape"));
        assertEquals(shape(199, 199, 10), chosen(a, "5.pw_shape"));
        assertEquals(new Value.Scalar(0), chosen(a, "2b"));
        assertCertain(a, "3c", "5.total");
        assertTrue(a.get("1b.ii").uncertain(), "0.6044 was read with confidence 48");
        assertEquals("18CS10042", StudentIds.find(script, ExamRubrics.ct3().studentId()).orElseThrow());
    }

    /**
     * A correction under the label of several questions, after a line that answers two of them one sentence each: the
     * line is not cut at its sentences, so the question the second sentence answers sees the correction after it too.
     */
    @Test
    void aCorrectionReachesEveryQuestionOfALineItCorrects() {
        String script = "1004417\nTask 2\n4. Multiplications: 4 · 4 · 64 · 1568 = 1,605,632. Additions: 4 · 4 · 64 · 1567 = 1,604,608.\n"
                + "Update: forgot the +1 in the output size, it is (19 − 7)/3 + 1 = 5, so 5 × 5. Corrected:\n"
                + "    multiplications = 5 · 5 · 64 · 1568 = 2,508,800 and additions = 5 · 5 · 64 · 1567 =\n"
                + "    2,507,200. (Parameters unchanged, 100,352.)";
        Map<String, Answer> answers = Answers.of(TestScripts.text(script), ExamRubrics.week8());
        Answer adds = answers.get("T2.4.adds");
        assertFalse(!adds.uncertain() && adds.chosen().isPresent() && adds.chosen().get().value().equals(new Value.Scalar(1604608)),
                adds.note());
    }
}
