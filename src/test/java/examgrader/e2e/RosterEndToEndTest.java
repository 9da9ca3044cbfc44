package examgrader.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Grading with a class list: a number one character off is filed under the listed student and said; absent students are listed. */
class RosterEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void misreadNumbersAreFiledUnderTheClassListAndAbsentStudentsReported() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.md"), "Roll: 19EE30018\n3. (a) W_f = 3 x 5\n");
        Files.writeString(in.resolve("b.md"), "Roll: 18CS10001\n3. (a) W_f = 3 x 5\n");
        Path roster = dir.resolve("class.csv");
        Files.writeString(roster, "student_id\n19EE30012\n18CS10001\n17MA20044\n");
        Path out = dir.resolve("out");
        var err = new ByteArrayOutputStream();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("grade", "--rubric", "rubrics/cs60010-ct3-2021.yaml", "--out", out.toString(),
                "--roster", roster.toString(), "--ocr-cache", dir.resolve("cache").toString(), in.toString());
        assertEquals(0, code, err.toString());

        String gradebook = Files.readString(out.resolve("gradebook.csv"));
        assertTrue(gradebook.contains("\n19EE30012,"), gradebook);
        assertFalse(gradebook.contains("19EE30018"), "the misread number makes no gradebook row");
        String notices = Files.readString(out.resolve("notices.txt"));
        assertTrue(notices.contains("read as 19EE30018") && notices.contains("filed under 19EE30012"), notices);
        assertTrue(notices.contains("no script for 1 student(s) on the roster: 17MA20044"), notices);
    }

    @Test
    void aRosterWithABadRowStopsBeforeAnyScriptIsRead() throws Exception {
        Path roster = dir.resolve("class.csv");
        Files.writeString(roster, "student_id\n19EE30012,A\n");
        var err = new ByteArrayOutputStream();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        int code = cli.execute("grade", "--rubric", "rubrics/cs60010-ct3-2021.yaml", "--out", dir.resolve("out").toString(),
                "--roster", roster.toString(), dir.toString());
        assertEquals(2, code);
        assertTrue(err.toString().contains("class.csv:2: expected student_id, found 2 fields"), err.toString());
    }
}
