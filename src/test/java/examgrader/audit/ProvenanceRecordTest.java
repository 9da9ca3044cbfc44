package examgrader.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import examgrader.ocr.Box;
import examgrader.score.ScriptResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProvenanceRecordTest {
    @TempDir
    Path dir;

    private static ProvenanceRecord sample() {
        Path source = Path.of("scans", "18CS10001.pdf");
        ScriptResult result = Scripts.result(source, "18CS10001");
        ScriptProvenance context = new ScriptProvenance("0.1.0", "rubrics/ct3.yaml",
                Map.of("3a", List.of("3 × 5 (read \"3 x 5\", page 1, confidence 64, end of line)")));
        return ProvenanceRecord.of(result, Scripts.mark(result, "3a"), Scripts.text(source, "18CS10001"), context,
                "2026-11-21T23:00:00Z");
    }

    @Test
    void recordRoundTripsThroughJsonUnchanged() {
        ProvenanceRecord record = sample();
        assertEquals(record, ProvenanceRecord.fromJson(record.toJson()));
    }

    @Test
    void recordNamesTheFilePageOcrRuleAndEngineCall() {
        ProvenanceRecord record = sample();
        assertEquals(Scripts.sha(Path.of("scans", "18CS10001.pdf").toString()), record.sourceSha256());
        assertEquals(1, record.page());
        assertEquals(Scripts.OCR, record.ocrEngine());
        assertEquals(Scripts.RUBRIC_SHA, record.rubricSha256());
        assertEquals("exact", record.rule());
        assertEquals("lstm.gate_weight_shape", record.computations().get(0).op());
        assertEquals(3L, record.computations().get(0).args().get("hidden"));
        assertEquals(5, record.words().size());
    }

    @Test
    void olderRecordWithoutNewerFieldsReadsAsUnknown() {
        String older = """
                {"studentId":"18CS10001","questionId":"3a","page":1,"answer":"3 × 5","marks":1.0,"maxMarks":1.0,
                 "rule":"exact","someFieldFromTheFuture":42}""";
        ProvenanceRecord record = ProvenanceRecord.fromJson(older);
        assertEquals("18CS10001", record.studentId());
        assertEquals(ProvenanceRecord.UNKNOWN, record.ocrEngine());
        assertEquals(ProvenanceRecord.UNKNOWN, record.graderVersion());
        assertEquals(ProvenanceRecord.UNKNOWN, record.rubricSha256());
        assertEquals(List.of(), record.words());
        assertEquals(List.of(), record.computations());
        assertNull(record.box());
        assertEquals(1.0, record.marks());
    }

    @Test
    void candidatesOfExtractionAreKeptInWords() {
        examgrader.segment.Fragment fragment = new examgrader.segment.Fragment(1, "W_f is 3 x 5", Scripts.shapeWords());
        examgrader.extract.Candidate candidate = new examgrader.extract.Candidate(
                new examgrader.extract.Value.Shape(List.of(3L, 5L)), "3 x 5", 64, fragment, "after 'is'", 0.9);
        examgrader.extract.Answer answer = new examgrader.extract.Answer("3a", java.util.Optional.of(candidate),
                List.of(candidate), false, "", "W_f is 3 x 5");
        ScriptProvenance context = ScriptProvenance.of("0.1.0", "ct3.yaml").withAnswers(List.of(answer));
        assertEquals(List.of("3 × 5 (read \"3 x 5\", page 1, confidence 64, after 'is')"), context.candidatesFor("3a"));
        assertEquals(List.of(), context.candidatesFor("3b"));
    }

    @Test
    void storeKeepsTheProvenanceOfEachMark() {
        try (Store store = Scripts.storeWith(dir, "18CS10001")) {
            StoredMark stored = store.marksOf("18CS10001", "5.total").get(0);
            assertEquals(2, stored.provenance().page());
            assertEquals(Scripts.OCR, stored.provenance().ocrEngine());
            assertEquals(new Box(200, 1490, 210, 44), stored.provenance().box());
            assertEquals("3,O88,878", stored.provenance().words().get(1).text());
            assertEquals(41.0, stored.provenance().words().get(1).confidence());
            assertEquals("test", stored.provenance().graderVersion());
        }
    }
}
