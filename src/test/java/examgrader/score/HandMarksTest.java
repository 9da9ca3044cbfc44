package examgrader.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import examgrader.rubric.Rubric;
import examgrader.rubric.RubricLoader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The TA's marks file: good rows come back as records, bad rows are refused with file:LINE. */
class HandMarksTest {
    private static Rubric ct3;

    @TempDir
    Path dir;

    @BeforeAll
    static void load() {
        ct3 = RubricLoader.parse(Path.of("rubrics/cs60010-ct3-2021.yaml"));
    }

    private Path csv(String text) throws IOException {
        Path p = dir.resolve("marks.csv");
        Files.writeString(p, text);
        return p;
    }

    @Test
    void readsRowsWithQuotedComments() throws IOException {
        List<HandMark> marks = HandMarks.parse(csv("""
                student_id,question_id,marks,marker,comment
                18CS10042,4a,3.5,ta1,"misses the f_{t+1} term, otherwise right"
                18CS10042,2a,1,ta1,
                """), ct3);
        assertEquals(2, marks.size());
        assertEquals(new HandMark("18CS10042", "4a", 3.5, "ta1", "misses the f_{t+1} term, otherwise right", 2),
                marks.get(0));
        assertEquals(1.0, marks.get(1).marks());
    }

    @Test
    void markAboveMaximumIsRefusedWithLine() throws IOException {
        Path p = csv("student_id,question_id,marks,marker,comment\n18CS10042,4b,2.5,ta1,too generous\n");
        HandMarksException e = assertThrows(HandMarksException.class, () -> HandMarks.parse(p, ct3));
        assertEquals(List.of(p + ":2: marks 2.5 for 4b is outside 0..2"), e.errors());
    }

    @Test
    void everyBadRowIsReported() throws IOException {
        Path p = csv("""
                student_id,question_id,marks,marker,comment
                18CS10042,9z,1,ta1,
                18CS10042,4a,-1,ta1,
                18CS10042,4a,lots,ta1,
                18CS1004,4a,1,ta1,
                18CS10042,4a,1,ta1
                18CS10042,4a,2,ta1,ok
                18CS10042,4a,3,ta2,again
                """);
        HandMarksException e = assertThrows(HandMarksException.class, () -> HandMarks.parse(p, ct3));
        assertEquals(List.of(
                p + ":2: question '9z' is not in rubric cs60010-ct3-2021",
                p + ":3: marks -1 for 4a is outside 0..5",
                p + ":4: marks 'lots' is not a number",
                p + ":5: student_id '18CS1004' does not look like \\d{2}[A-Z]{2}\\d{5}",
                p + ":6: expected 5 fields (student_id,question_id,marks,marker,comment), found 4",
                p + ":8: 18CS10042 4a is marked twice (also line 7)"), e.errors());
    }

    @Test
    void wrongHeaderIsRefused() throws IOException {
        Path p = csv("id,question,marks\n");
        HandMarksException e = assertThrows(HandMarksException.class, () -> HandMarks.parse(p, ct3));
        assertEquals(p + ":1: the first line must be student_id,question_id,marks,marker,comment", e.getMessage());
    }
}
