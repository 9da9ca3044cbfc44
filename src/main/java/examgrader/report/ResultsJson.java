package examgrader.report;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import examgrader.ocr.Box;
import examgrader.ocr.Word;
import examgrader.score.Computation;
import examgrader.score.Evidence;
import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Writes and reads {@code results/<student_id>.json}, the per-script file other tools read, with
 * stable snake_case keys:
 * {@code student_id, exam, source, source_sha256, rubric_sha256, total, max_total, pending, questions[]},
 * each question {@code id, status, marks, max_marks, answer, reference, confidence,
 * evidence{page, box[x,y,w,h], text, words[{text, confidence, number_confidence?, signs_by_shape?, box}]}, rule, feedback, working, computations[]}.
 *
 * <p>Marks are written at full precision (the display rounding is {@link MarkFormat}'s job), so a file
 * read back gives the same {@link ScriptResult}. Keys missing from an older file read as empty/zero,
 * never as a crash; {@code total}, {@code max_total} and {@code pending} are recomputed on reading.
 */
public final class ResultsJson {
    private static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private ResultsJson() {}

    public static void write(Path file, ScriptResult result) throws IOException {
        AtomicFiles.write(file, out -> MAPPER.writeValue(out, toJson(result)));
    }

    public static ObjectNode toJson(ScriptResult result) {
        ObjectNode root = NODES.objectNode();
        root.put("student_id", result.studentId());
        root.put("exam", result.exam());
        root.put("source", result.source() == null ? "" : result.source().toString());
        root.put("source_sha256", result.sourceSha256());
        root.put("rubric_sha256", result.rubricSha256());
        root.put("total", result.total());
        root.put("max_total", result.maxTotal());
        root.put("pending", result.pending());
        ArrayNode questions = root.putArray("questions");
        for (Mark mark : result.marks()) questions.add(toJson(mark));
        return root;
    }

    private static ObjectNode toJson(Mark mark) {
        ObjectNode q = NODES.objectNode();
        q.put("id", mark.questionId());
        q.put("status", mark.status().word());
        q.put("marks", mark.marks());
        q.put("max_marks", mark.maxMarks());
        q.put("answer", mark.answer());
        q.put("reference", mark.reference());
        q.put("confidence", mark.confidence());
        q.set("evidence", toJson(mark.evidence()));
        q.put("rule", mark.rule());
        q.put("feedback", mark.feedback());
        q.put("working", mark.working());
        ArrayNode computations = q.putArray("computations");
        for (Computation c : mark.computations()) {
            ObjectNode node = computations.addObject();
            node.put("op", c.op());
            node.set("args", MAPPER.valueToTree(c.args()));
            node.set("result", MAPPER.valueToTree(c.result()));
            node.put("working", c.working());
        }
        return q;
    }

    private static ObjectNode toJson(Evidence evidence) {
        Evidence e = evidence == null ? Evidence.NONE : evidence;
        ObjectNode node = NODES.objectNode();
        node.put("page", e.page());
        node.set("box", toJson(e.box()));
        node.put("text", e.text());
        ArrayNode words = node.putArray("words");
        for (Word w : e.words()) {
            ObjectNode word = words.addObject();
            word.put("text", w.text());
            word.put("confidence", w.confidence());
            if (w.numberConfidence() != null) word.put("number_confidence", w.numberConfidence());
            if (w.signsCheckedByShape()) word.put("signs_by_shape", true);
            word.set("box", toJson(w.box()));
        }
        return node;
    }

    private static ArrayNode toJson(Box box) {
        Box b = box == null ? Box.NONE : box;
        return NODES.arrayNode().add(b.x()).add(b.y()).add(b.width()).add(b.height());
    }

    /** Reads one results file; a malformed file is a {@link ReportException} naming the file and where. */
    public static ScriptResult read(Path file) throws ReportException {
        JsonNode root;
        try {
            root = MAPPER.readTree(Files.readAllBytes(file));
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : ":" + at.getLineNr() + ":" + at.getColumnNr();
            throw new ReportException(file + where + ": not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new ReportException(file + ": cannot read: " + e.getMessage(), e);
        }
        if (root == null || !root.isObject()) throw new ReportException(file + ": expected a JSON object with student_id and questions");
        return fromJson(root, file.toString());
    }

    static ScriptResult fromJson(JsonNode root, String fileName) throws ReportException {
        if (!root.hasNonNull("student_id")) throw new ReportException(fileName + ": missing \"student_id\"");
        List<Mark> marks = new ArrayList<>();
        JsonNode questions = root.path("questions");
        for (int i = 0; i < questions.size(); i++) {
            marks.add(markFromJson(questions.get(i), fileName + ": questions[" + i + "]"));
        }
        String source = root.path("source").asText("");
        return new ScriptResult(root.path("student_id").asText(), root.path("exam").asText(""),
                source.isEmpty() ? null : Paths.get(source), root.path("source_sha256").asText(""),
                root.path("rubric_sha256").asText(""), marks);
    }

    private static Mark markFromJson(JsonNode q, String where) throws ReportException {
        if (!q.hasNonNull("id")) throw new ReportException(where + ": missing \"id\"");
        String id = q.get("id").asText();
        Status status = statusFromWord(q.path("status").asText(""), where + " (" + id + ")");
        List<Computation> computations = new ArrayList<>();
        for (JsonNode c : q.path("computations")) {
            computations.add(new Computation(c.path("op").asText(""), argsFromJson(c.path("args")),
                    c.has("result") ? MAPPER.convertValue(c.get("result"), Object.class) : null, c.path("working").asText("")));
        }
        return new Mark(id, status, q.path("marks").asDouble(0), q.path("max_marks").asDouble(0),
                q.path("answer").asText(""), q.path("reference").asText(""), q.path("confidence").asDouble(0),
                evidenceFromJson(q.path("evidence")), q.path("rule").asText(""), q.path("feedback").asText(""),
                q.path("working").asText(""), computations);
    }

    private static Status statusFromWord(String word, String where) throws ReportException {
        for (Status s : Status.values()) {
            if (s.word().equals(word.toLowerCase(Locale.ROOT))) return s;
        }
        throw new ReportException(where + ": unknown status '" + word + "' (expected graded, review, blank or manual)");
    }

    private static Map<String, Object> argsFromJson(JsonNode args) {
        if (!args.isObject()) return Map.of();
        Map<String, Object> map = new LinkedHashMap<>();
        args.fields().forEachRemaining(e -> map.put(e.getKey(), MAPPER.convertValue(e.getValue(), Object.class)));
        return map;
    }

    private static Evidence evidenceFromJson(JsonNode e) {
        if (!e.isObject()) return Evidence.NONE;
        List<Word> words = new ArrayList<>();
        for (JsonNode w : e.path("words")) {
            Double numberConfidence = w.path("number_confidence").isNumber() ? w.path("number_confidence").asDouble() : null;
            Boolean signsByShape = w.path("signs_by_shape").asBoolean(false) ? Boolean.TRUE : null;
            words.add(new Word(w.path("text").asText(""), w.path("confidence").asDouble(0), boxFromJson(w.path("box")),
                    numberConfidence, signsByShape));
        }
        return new Evidence(e.path("page").asInt(0), boxFromJson(e.path("box")), e.path("text").asText(""), words);
    }

    private static Box boxFromJson(JsonNode box) {
        if (!box.isArray() || box.size() != 4) return Box.NONE;
        return new Box(box.get(0).asInt(), box.get(1).asInt(), box.get(2).asInt(), box.get(3).asInt());
    }
}
