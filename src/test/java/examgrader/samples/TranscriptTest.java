package examgrader.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Mathpix-style transcript: LaTeX as a TA would see it, and never a number changed or lost. */
class TranscriptTest {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");

    @Test
    void floorsProductsAndVectorsAreTypedAsLatex() {
        assertEquals("H_{out} = \\left\\lfloor \\frac{78 + 2 \\times 2 - 5}{3} \\right\\rfloor + 1 = 26",
                Transcript.latex("H_out = floor((78 + 2\u00d72 - 5)/3) + 1 = 26"));
        assertEquals("\\therefore C_t = \\begin{bmatrix} 0.7 \\\\ 0.2 \\\\ 0.05 \\end{bmatrix}",
                Transcript.latex("\u2234 C_t = [0.7, 0.2, 0.05]"));
        assertEquals("n = \\{52, 53, 54\\}", Transcript.latex("n = {52, 53, 54}"));
        assertEquals("7 \\times 7 \\times 32 \\times 64 = 100,352", Transcript.latex("7 x 7 x 32 x 64 = 100,352"));
        assertEquals("\\sigma'(z) = \\frac{e^{-z}}{(1+e^{-z})^{2}}", Transcript.latex("sigma'(z) = e^(-z)/(1+e^(-z))^2"));
        assertEquals("\\frac{d}{dz} \\sigma(z) = \\sigma(z)(1 - \\sigma(z))",
                Transcript.latex("d/dz \u03c3(z) = \u03c3(z)(1 \u2212 \u03c3(z))"));
    }

    @Test
    void aColumnVectorOverThreeLinesBecomesOneLine() {
        List<String> block = List.of("  " + "        [0.7]", "  \u2234 C_t = [0.2]", "          [0.05]", "next");
        assertEquals(List.of("  \u2234 C_t = [0.7, 0.2, 0.05]", "next"), Transcript.joinColumnVectors(block));
    }

    @Test
    void wordsStayTextAndOnlyTheMathsAtTheEndIsWrapped() {
        Random rng = new Random(1);
        assertEquals("Task 2: 1) $H_{out} = 26$", Transcript.paragraph("Task 2: 1) H_out = 26", false, rng));
        assertEquals("Total multiplications $= 1,900,848 + 1,188,030 = \\underline{\\underline{3,088,878}}$",
                Transcript.paragraph("Total multiplications = 1,900,848 + 1,188,030 = 3,088,878", true, rng));
        assertEquals("## Task 1:", Transcript.paragraph("Task 1:", false, rng));
        assertEquals("b_f is 3 by 1", Transcript.paragraph("b_f is 3 by 1", false, rng));
    }

    @Test
    void everyNumberWrittenIsInTheTranscriptInTheSameOrder() {
        int lines = 0;
        for (ExamSpec exam : ExamSpec.values()) {
            for (long seed = 1; seed <= 8; seed++) {
                Random rng = new Random(seed);
                ScriptContent content = SampleGenerator.compose(exam, Mistake.of(exam).stream()
                        .filter(m -> rng.nextBoolean()).filter(m -> m.questions().size() == 1)
                        .collect(java.util.stream.Collectors.toSet()), rng);
                for (List<String> block : content.blocks()) {
                    for (String line : Transcript.joinColumnVectors(block)) {
                        String typed = Transcript.paragraph(line.strip(), seed % 2 == 0, rng);
                        assertEquals(numbers(line), numbers(typed), line + "  ->  " + typed);
                        lines++;
                    }
                }
            }
        }
        assertTrue(lines > 200, "lines checked: " + lines);
    }

    private static List<String> numbers(String text) {
        List<String> found = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }
}
