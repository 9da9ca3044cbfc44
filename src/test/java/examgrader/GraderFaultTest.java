package examgrader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.engine.Engine;
import examgrader.engine.ReferenceEngine;
import examgrader.ocr.ProgressListener;
import examgrader.rubric.Rubric;
import examgrader.rubric.RubricLoader;
import examgrader.score.Scorer;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A fault in the grader while grading one script costs that script only; the batch goes on. */
class GraderFaultTest {
    @TempDir
    Path dir;

    @Test
    void aScriptTheGraderFailsOnIsRejectedWithTheFaultAndTheOthersAreGraded() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (String roll : List.of("20CS30017", "20CS30018")) {
            Files.writeString(in.resolve(roll + ".md"), "Roll no: " + roll + "\n5. total multiplications = 3088878\n");
        }
        AtomicBoolean failed = new AtomicBoolean();
        Engine faultyOnce = (op, args) -> {
            if (!failed.getAndSet(true)) throw new IllegalStateException("engine fault");
            return new ReferenceEngine().compute(op, args);
        };
        Rubric rubric = RubricLoader.load(Path.of("rubrics/cs60010-ct3-2021.yaml"));
        var log = new ByteArrayOutputStream();
        Pipeline pipeline = new Pipeline(new ScriptGrader(new Scorer(faultyOnce)), dir.resolve("cache"), 1,
                new PrintStream(log, true, StandardCharsets.UTF_8));

        Pipeline.Outcome outcome = pipeline.run(rubric, List.of(in), dir.resolve("out"), Map.of(), List.of(), ProgressListener.NONE);

        assertEquals(1, outcome.results().size(), log.toString());
        assertEquals(1, outcome.rejected().size());
        assertTrue(outcome.rejected().get(0).reason().contains("internal error while grading"), outcome.rejected().get(0).reason());
        String rejectedCsv = Files.readString(dir.resolve("out/rejected.csv"));
        assertTrue(rejectedCsv.contains(outcome.rejected().get(0).file().getFileName().toString()), rejectedCsv);
        assertTrue(log.toString().contains("engine fault"), log.toString());
        assertFalse(log.toString().contains("\tat "), "a stack trace reached the user:\n" + log);
    }

    @Test
    void filesRejectedWhileFindingTheInputsAreNamedOnTheLogWithTheirReasonAndTheRestIsGraded() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("20CS30017.md"), "Roll no: 20CS30017\n5. total multiplications = 3088878\n");
        Files.writeString(in.resolve("notes.docx"), "x");
        Files.createSymbolicLink(in.resolve("gone.pdf"), dir.resolve("deleted.pdf"));
        Rubric rubric = RubricLoader.load(Path.of("rubrics/cs60010-ct3-2021.yaml"));
        var log = new ByteArrayOutputStream();
        Pipeline pipeline = new Pipeline(new ScriptGrader(new Scorer(new ReferenceEngine())), dir.resolve("cache"), 1,
                new PrintStream(log, true, StandardCharsets.UTF_8));

        Pipeline.Outcome outcome = pipeline.run(rubric, List.of(in), dir.resolve("out"), Map.of(), List.of(), ProgressListener.NONE);

        assertEquals(1, outcome.results().size(), log.toString());
        assertEquals(2, outcome.rejected().size());
        assertTrue(log.toString().contains("grader: rejected " + in.resolve("gone.pdf") + ": a link to a file that does not exist"),
                log.toString());
        assertTrue(log.toString().contains("grader: rejected " + in.resolve("notes.docx") + ": unsupported file type .docx"),
                log.toString());
    }
}
