package examgrader.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pins the default confidence threshold to the measurement it was chosen from: Tesseract's reads
 * of rendered numbers (truth, read, confidence), made by {@code ocr-confidence/measure.sh}.
 */
class ConfidenceThresholdTest {
    private record Read(String font, String truth, String read, double confidence) {
        boolean correct() {
            return truth.equals(read);
        }
    }

    private static List<Read> measured() throws IOException {
        try (InputStream in = ConfidenceThresholdTest.class.getResourceAsStream("/ocr-confidence/results.tsv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(l -> l.split("\t")).filter(f -> f.length >= 4)
                    .map(f -> new Read(f[0], f[1], f[2], Double.parseDouble(f[3]))).toList();
        }
    }

    @Test
    void defaultThresholdLetsThroughFewMisreads() throws IOException {
        List<Read> accepted = measured().stream().filter(r -> r.confidence() >= Extractor.DEFAULT_MIN_CONFIDENCE).toList();
        long wrong = accepted.stream().filter(r -> !r.correct()).count();
        assertTrue(wrong * 5 < accepted.size(), wrong + " of " + accepted.size() + " accepted reads are wrong");
    }

    @Test
    void defaultThresholdSendsMostMisreadsToReview() throws IOException {
        List<Read> wrong = measured().stream().filter(r -> !r.correct()).toList();
        long caught = wrong.stream().filter(r -> r.confidence() < Extractor.DEFAULT_MIN_CONFIDENCE).count();
        assertTrue(caught * 3 >= wrong.size() * 2, "only " + caught + " of " + wrong.size() + " misreads go to review");
    }

    @Test
    void handwritingThresholdLetsNoMeasuredMisreadThrough() throws IOException {
        List<Read> handwriting = measured().stream().filter(r -> !r.font().startsWith("DejaVu")).toList();
        List<Read> accepted = handwriting.stream().filter(r -> r.confidence() >= Extractor.HANDWRITING_MIN_CONFIDENCE).toList();
        assertTrue(accepted.stream().allMatch(Read::correct), "misreads accepted: " + accepted);
        assertTrue(handwriting.stream().anyMatch(r -> !r.correct() && r.confidence() >= Extractor.DEFAULT_MIN_CONFIDENCE),
                "the print threshold would let handwriting misreads through");
    }

    @Test
    void leadingZeroFromALostDecimalPointGoesToReview() {
        var script = examgrader.segment.TestScripts.ocrLike(java.util.Map.of("09956", 94.0), "1.\nh = 09956");
        var q = examgrader.rubric.Question.of("q", List.of("1"), List.of(), examgrader.rubric.AnswerKind.REAL, 1);
        var rubric = examgrader.rubric.Rubric.of("t", java.util.regex.Pattern.compile("\\d{7}"), List.of(q));
        Answer a = new Extractor().extract(q, new examgrader.segment.Segmenter().split(script, rubric).get(0));
        assertTrue(a.uncertain());
        assertTrue(a.note().contains("decimal point"), a.note());
    }
}
