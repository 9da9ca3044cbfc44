package examgrader.rubric;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.engine.Engine;
import examgrader.engine.EngineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad rubrics are refused with one line naming the file, line and column of the fault. */
class RubricLoaderErrorsTest {
    /** Structure tests need no ops: every reference below is a key. */
    private static final Engine NO_OPS = (op, args) -> {
        throw new EngineException(op, null, "unknown op");
    };

    @TempDir
    Path dir;

    private static final String GOOD = """
            exam: test-exam
            total: 2
            student_id: '\\d{7}'
            questions:
              - id: q1
                label: [1]
                kind: integer
                marks: 1
                reference: {key: 26}
              - id: q2
                label: "2.a"
                kind: shape
                marks: 1
                reference:
                  key: [3, 1]
                rules:
                  - accept: bare length
                    key: 3
                    credit: 1
            """;

    private Path write(String text) throws IOException {
        Path p = dir.resolve("r.yaml");
        Files.writeString(p, text);
        return p;
    }

    private String error(String text) throws IOException {
        Path p = write(text);
        RubricException e = assertThrows(RubricException.class, () -> RubricLoader.load(p, NO_OPS));
        return e.getMessage();
    }

    @Test
    void goodRubricLoadsWithLabelsKindsAndTypes() throws IOException {
        Rubric r = RubricLoader.load(write(GOOD), NO_OPS);
        assertEquals("test-exam", r.exam());
        assertEquals(List.of("2", "a"), r.questions().get(1).label());
        assertEquals(AnswerKind.SHAPE, r.questions().get(1).kind());
        assertEquals(2.0, r.total());
        assertEquals(64, r.sha256().length());
        assertTrue(r.studentId().matcher("1002949").matches());
    }

    @Test
    void unknownKeyNamesKeyQuestionAndPosition() throws IOException {
        String msg = error(GOOD.replace("    reference: {key: 26}", "    reference: {key: 26}\n    tolerence: {absolute: 1}"));
        assertEquals(dir.resolve("r.yaml") + ":10:5: unknown key 'tolerence' in question q1", msg);
    }

    @Test
    void aliasIsRefused() throws IOException {
        String msg = error(GOOD.replace("reference: {key: 26}", "reference: &k {key: 26}")
                .replace("      reference:\n        key: [3, 1]", "      reference: *k"));
        assertTrue(msg.startsWith(dir.resolve("r.yaml") + ":9:"), msg);
        assertTrue(msg.contains("anchors"), msg);
    }

    @Test
    void aliasAloneIsRefusedAtItsPosition() throws IOException {
        String msg = error(GOOD.replace("exam: test-exam", "exam: *x"));
        assertEquals(dir.resolve("r.yaml") + ":1:7: YAML aliases (*name) are not allowed in a rubric; write the value out",
                msg);
    }

    @Test
    void duplicateKeyIsRefusedAtTheSecondKey() throws IOException {
        String msg = error(GOOD.replace("    marks: 1\n    reference: {key: 26}",
                "    marks: 1\n    marks: 2\n    reference: {key: 26}"));
        assertTrue(msg.startsWith(dir.resolve("r.yaml") + ":9:5: "), msg);
        assertTrue(msg.contains("duplicate key 'marks'"), msg);
    }

    @Test
    void wrongTypeIsRefused() throws IOException {
        String msg = error(GOOD.replace("marks: 1\n    reference: {key: 26}", "marks: one\n    reference: {key: 26}"));
        assertEquals(dir.resolve("r.yaml") + ":8:12: marks of question q1 must be a number, found the text 'one'", msg);
    }

    @Test
    void quotedNumberIsNotANumber() throws IOException {
        String msg = error(GOOD.replace("marks: 1\n    reference: {key: 26}", "marks: '1'\n    reference: {key: 26}"));
        assertEquals(dir.resolve("r.yaml") + ":8:12: marks of question q1 must be a number, found the text '1'", msg);
    }

    @Test
    void missingReferenceIsRefused() throws IOException {
        String msg = error(GOOD.replace("    reference: {key: 26}\n", ""));
        assertTrue(msg.startsWith(dir.resolve("r.yaml") + ":5:5: question q1 has no reference"), msg);
    }

    @Test
    void marksNotSummingToTotalIsRefused() throws IOException {
        String msg = error(GOOD.replace("total: 2", "total: 3"));
        assertEquals(dir.resolve("r.yaml") + ":5:5: question marks add up to 2 but total says 3", msg);
    }

    @Test
    void creditAboveOneIsRefused() throws IOException {
        String msg = error(GOOD.replace("credit: 1\n", "credit: 1.5\n"));
        assertEquals(dir.resolve("r.yaml") + ":17:9: credit 1.5 in question q2 is outside 0..1 (a fraction of the"
                + " question's marks)", msg);
    }

    @Test
    void carriedForwardCycleIsRefused() throws IOException {
        String text = """
                exam: cyc
                total: 2
                student_id: 'x'
                questions:
                  - id: a
                    label: [1]
                    kind: integer
                    marks: 1
                    reference: {key: 1}
                    rules:
                      - carried_forward: b
                        into: n
                        compute: {op: some.op}
                  - id: b
                    label: [2]
                    kind: integer
                    marks: 1
                    reference: {key: 2}
                    rules:
                      - carried_forward: a
                        into: n
                        compute: {op: some.op}
                """;
        Path p = write(text);
        RubricException e = assertThrows(RubricException.class, () -> RubricLoader.load(p, NO_OPS));
        assertTrue(e.errors().contains(p + ":20:9: carried_forward makes a cycle: a → b → a"), e.getMessage());
    }

    @Test
    void carriedForwardToMissingQuestionIsRefused() throws IOException {
        String msg = error(GOOD.replace("  - accept: bare length\n        key: 3\n",
                "  - carried_forward: 9z\n        into: n\n        compute: {op: x.y}\n"));
        assertTrue(msg.contains(":17:9: carried_forward in question q2 names question '9z', which is not in the rubric"),
                msg);
    }

    @Test
    void unknownOpIsReportedAtTheCompute() throws IOException {
        String msg = error(GOOD.replace("reference: {key: 26}", "reference:\n      compute: {op: conv.outptu, args: {input: 5}}"));
        assertTrue(msg.startsWith(dir.resolve("r.yaml") + ":10:16: reference of question q1: conv.outptu"), msg);
    }

    @Test
    void stringsStayStrings() throws IOException {
        Rubric r = RubricLoader.load(write(GOOD.replace("exam: test-exam", "exam: 012")
                .replace("label: [1]", "label: [NO, 012]")), NO_OPS);
        assertEquals("012", r.exam());
        assertEquals(List.of("NO", "012"), r.questions().get(0).label());
    }

    @Test
    void yamlSyntaxErrorIsOneLineWithPosition() throws IOException {
        String msg = error(GOOD.replace("    kind: integer", "    kind: [integer"));
        assertTrue(msg.startsWith(dir.resolve("r.yaml") + ":"), msg);
        assertTrue(msg.contains("YAML syntax"), msg);
        assertEquals(1, msg.lines().count(), msg);
    }

    @Test
    void aPrintedLabelIsReadAndABadOneRefusedAtItsPosition() throws IOException {
        Rubric r = RubricLoader.load(write(GOOD.replace("label: [1]\n", "label: [1]\n    printed_label: [1, 5]\n")), NO_OPS);
        assertEquals(List.of("1", "5"), r.questions().get(0).printedLabel());
        assertEquals(List.of("2", "a"), r.questions().get(1).labelAsPrinted());
        String message = error(GOOD.replace("label: [1]\n", "label: [1]\n    printed_label: {task: 1}\n"));
        assertTrue(message.matches(".*:7:\\d+: .*label of question q1.*"), message);
    }

    @Test
    void labelsWrittenAsDottedTextOrNumbers() throws IOException {
        Rubric r = RubricLoader.load(write(GOOD.replace("label: [1]", "label: 2.4").replace("label: \"2.a\"",
                "label: 1.b.ii")), NO_OPS);
        assertEquals(List.of("2", "4"), r.questions().get(0).label());
        assertEquals(List.of("1", "b", "ii"), r.questions().get(1).label());
    }

    @Test
    void tooDeepNestingIsRefused() throws IOException {
        String deep = "[".repeat(40) + "]".repeat(40);
        String msg = error(GOOD.replace("exam: test-exam", "exam: test-exam\nparams: {x: " + deep + "}"));
        assertTrue(msg.contains("r.yaml:2:"), msg);
    }
}
