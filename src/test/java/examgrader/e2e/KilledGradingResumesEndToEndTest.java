package examgrader.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code grader grade} killed with SIGKILL at random moments and started again with the same
 * command must end with exactly the gradebook of a run straight through: no script lost, none
 * graded twice, no half-written file.
 */
class KilledGradingResumesEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void aBatchKilledAtRandomPointsEndsLikeAStraightRun() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < 40; i++) {
            boolean slip = i % 3 == 0;
            Files.writeString(in.resolve("s" + i + ".md"), String.format("""
                    Roll: 20CS%05d
                    3. (a) W_f = %s
                    (b) b_f = 3 x 1
                    (c) total = %s
                    5. Output after depthwise: 199 x 199 x 3
                    Output after pointwise: 199 x 199 x 10
                    Total multiplications = %s
                    """, 10000 + i, slip ? "3 x 2" : "3 x 5", slip ? "4 x (6 + 3) = 36" : "4 x (15 + 3) = 72",
                    i % 4 == 0 ? "3,108,030" : "3,088,878"));
        }
        List<String> straight = grade(in, dir.resolve("straight"), -1, new Random(1));
        assertEquals(0, Integer.parseInt(straight.get(0)), "straight run: " + straight);
        String expected = Files.readString(dir.resolve("straight/gradebook.csv"));

        Random random = new Random(20211);
        Path resumed = dir.resolve("resumed");
        int kills = 0;
        for (int attempt = 0; attempt < 3; attempt++) {
            List<String> killed = grade(in, resumed, 700 + random.nextInt(2500), random);
            if (killed.get(0).equals("killed")) kills++;
        }
        List<String> last = grade(in, resumed, -1, random);
        assertEquals(0, Integer.parseInt(last.get(0)), "final run: " + last);
        assertTrue(kills > 0, "no run was killed: the test proved nothing");
        assertEquals(expected, Files.readString(resumed.resolve("gradebook.csv")));
    }

    /** Runs the grader in its own JVM; kills it after {@code killAfterMillis} (never when negative). */
    private List<String> grade(Path in, Path out, int killAfterMillis, Random random) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"), "examgrader.cli.Main", "grade",
                "--rubric", "rubrics/cs60010-ct3-2021.yaml", "--out", out.toString(),
                "--ocr-cache", dir.resolve("cache").toString(), in.toString()));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(dir.resolve("log-" + random.nextInt(1_000_000) + ".txt").toFile());
        builder.environment().put("OMP_THREAD_LIMIT", "1");
        Process process = builder.start();
        if (killAfterMillis >= 0 && !process.waitFor(killAfterMillis, TimeUnit.MILLISECONDS)) {
            process.destroyForcibly().waitFor();
            return List.of("killed");
        }
        process.waitFor(5, TimeUnit.MINUTES);
        return List.of(String.valueOf(process.exitValue()));
    }
}
