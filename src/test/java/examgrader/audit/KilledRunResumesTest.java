package examgrader.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.score.ScriptResult;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A run killed with SIGKILL half-way leaves no half-written script, and resuming it gives an uninterrupted run's results. */
class KilledRunResumesTest {
    private static final int SCRIPTS = 200;

    @TempDir
    Path killedDir;

    @TempDir
    Path straightDir;

    @Test
    void runKilledAtARandomPointResumesToTheSameResultsAsAStraightRun() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        int killAfter = 5 + random.nextInt(SCRIPTS / 2);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KillableGrader.class.getName(),
                killedDir.toString(), String.valueOf(SCRIPTS), "2")
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        int seen = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while (seen < killAfter && (line = out.readLine()) != null) {
                if (line.startsWith("saved ")) seen++;
            }
            Thread.sleep(random.nextInt(4));
            child.destroyForcibly();
            assertTrue(child.waitFor(30, TimeUnit.SECONDS));
        }
        String context = "seed " + seed + ", killed after " + killAfter;
        assertEquals(killAfter, seen, context);

        int storedAtKill;
        try (Store store = Store.open(killedDir)) {
            assertEquals("ok", store.integrityCheck(), context);
            assertEquals(List.of(), store.incompleteScripts(), context);
            List<ScriptResult> stored = store.results(Scripts.EXAM);
            storedAtKill = stored.size();
            assertTrue(storedAtKill >= killAfter && storedAtKill < SCRIPTS, context + ", stored " + storedAtKill);
            for (int i = 0; i < storedAtKill; i++) {
                assertEquals(KillableGrader.script(i), stored.get(i), context + ": script " + i + " is whole");
            }
        }

        int resumed = KillableGrader.gradeAll(killedDir, SCRIPTS, 0, null);
        assertEquals(SCRIPTS - storedAtKill, resumed, context + ": finished scripts are not redone");
        KillableGrader.gradeAll(straightDir, SCRIPTS, 0, null);
        try (Store killed = Store.open(killedDir); Store straight = Store.open(straightDir)) {
            assertEquals(straight.results(Scripts.EXAM), killed.results(Scripts.EXAM), context);
            assertEquals(SCRIPTS, killed.results(null).size());
        }
    }
}
