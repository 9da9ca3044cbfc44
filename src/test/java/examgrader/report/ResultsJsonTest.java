package examgrader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import examgrader.score.Evidence;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ResultsJsonTest {
    @TempDir
    Path dir;

    @Test
    void writesTheDocumentedKeys() throws Exception {
        Path file = dir.resolve("18CS10042.json");
        ResultsJson.write(file, Fixtures.full());
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        for (String key : List.of("student_id", "exam", "source", "total", "max_total", "pending", "questions")) {
            assertTrue(root.has(key), "missing " + key);
        }
        assertEquals("18CS10042", root.get("student_id").asText());
        assertEquals(2.0 / 3, root.get("total").asDouble(), 1e-12);
        assertEquals(3.5, root.get("max_total").asDouble());
        assertEquals(2.5, root.get("pending").asDouble(), "review 2 + manual 0.5");
        JsonNode q = root.get("questions").get(1);
        for (String key : List.of("id", "status", "marks", "max_marks", "answer", "reference", "confidence", "evidence",
                "rule", "feedback", "working")) {
            assertTrue(q.has(key), "missing questions[].%s".formatted(key));
        }
        assertEquals("graded", q.get("status").asText());
        assertEquals("review", root.get("questions").get(2).get("status").asText());
        JsonNode evidence = q.get("evidence");
        assertEquals(2, evidence.get("page").asInt());
        assertEquals("[120,340,410,60]", evidence.get("box").toString());
        assertEquals("C_t = (0.7, 0.2, 0.05)", evidence.get("text").asText());
        JsonNode word = evidence.get("words").get(1);
        assertEquals("(0.7,", word.get("text").asText());
        assertEquals(71.25, word.get("confidence").asDouble());
        assertEquals("[230,340,100,60]", word.get("box").toString());
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Path file = dir.resolve("18CS10042.json");
        ScriptResult original = Fixtures.full();
        ResultsJson.write(file, original);
        assertEquals(original, ResultsJson.read(file));
    }

    @Test
    void olderFileWithoutNewerKeysLoadsWithEmptyValues() throws Exception {
        Path file = dir.resolve("old.json");
        Files.writeString(file, """
                {"student_id": "18CS10007", "exam": "dl-test-2026", "source": "scans/7.pdf",
                 "questions": [{"id": "1a", "status": "graded", "marks": 0.5, "max_marks": 0.5}]}
                """);
        ScriptResult result = ResultsJson.read(file);
        assertEquals("18CS10007", result.studentId());
        assertEquals(Status.GRADED, result.marks().get(0).status());
        assertEquals(0.5, result.total());
        assertEquals(Evidence.NONE, result.marks().get(0).evidence());
        assertEquals("", result.marks().get(0).feedback());
        assertEquals(List.of(), result.marks().get(0).computations());
    }

    @Test
    void malformedJsonNamesTheFileAndLine() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\"student_id\": \"18CS10007\",\n \"questions\": [ }\n");
        ReportException e = assertThrows(ReportException.class, () -> ResultsJson.read(file));
        assertTrue(e.getMessage().startsWith(file + ":2:"), e.getMessage());
    }

    @Test
    void unknownStatusNamesTheQuestion() throws Exception {
        Path file = dir.resolve("odd.json");
        Files.writeString(file, "{\"student_id\": \"x\", \"questions\": [{\"id\": \"1a\", \"status\": \"done\"}]}");
        ReportException e = assertThrows(ReportException.class, () -> ResultsJson.read(file));
        assertEquals(file + ": questions[0] (1a): unknown status 'done' (expected graded, review, blank or manual)", e.getMessage());
    }
}
