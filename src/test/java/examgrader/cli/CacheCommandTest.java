package examgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code grader cache}: the cache's size, and pruning what no run has used for a while. */
class CacheCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = new CommandLine(new CacheCommand());
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void showsTheSizeAndPrunesReadingsUnusedForTheGivenDays() throws Exception {
        Path old = Files.writeString(dir.resolve("a.json"), "{}");
        Files.writeString(dir.resolve("b.json"), "{\"page\": 1}");
        Files.setLastModifiedTime(old, FileTime.from(Instant.now().minus(Duration.ofDays(40))));

        assertEquals(ExitCodes.OK, run("--ocr-cache", dir.toString()), err.toString());
        assertTrue(out.toString().contains("2 page reading(s)"), out.toString());

        assertEquals(ExitCodes.OK, run("--ocr-cache", dir.toString(), "--prune-unused-days", "30"), err.toString());
        assertTrue(out.toString().contains("removed 1 reading(s)"), out.toString());
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(dir.resolve("b.json")));
    }

    @Test
    void aNegativeAgeIsRefusedInOneLine() {
        assertEquals(ExitCodes.BAD_INPUT, run("--ocr-cache", dir.toString(), "--prune-unused-days", "-1"));
        assertFalse(err.toString().strip().contains("\n"), err.toString());
    }

    @Test
    void aFileGivenAsTheCacheFolderIsRefusedInOneLineNamingIt() throws Exception {
        Path file = Files.writeString(dir.resolve("notes.txt"), "not a cache");
        assertEquals(ExitCodes.BAD_INPUT, run("--ocr-cache", file.toString(), "--prune-unused-days", "1"));
        String message = err.toString().strip();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains(file.toString()) && message.contains("not a folder"), message);
        assertTrue(Files.exists(file));
    }
}
