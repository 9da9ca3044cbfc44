package examgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressBarTest {
    private static final long SECOND = 1_000_000_000L;

    @Test
    void barShowsPagesElapsedAndEstimatedTimeLeft() {
        // 12 of 40 pages in 31 s: 31/12 s a page × 28 pages left = 72.3 s = 01:12; 12/40 of 20 cells = 6.
        assertEquals("pages 12/40 [======              ] 00:31 elapsed, ~01:12 left",
                ProgressBar.render(12, 40, 31 * SECOND));
        assertEquals("pages 40/40 [====================] 01:05 elapsed", ProgressBar.render(40, 40, 65 * SECOND));
        assertEquals("pages 0/0 [====================] 00:00 elapsed", ProgressBar.render(0, 0, 0));
    }

    @Test
    void terminalRedrawsOneLineInPlace() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, now::get);
        for (int done = 0; done <= 3; done++) {
            now.addAndGet(SECOND);
            bar.progress(done, 3);
        }
        String out = bytes.toString(StandardCharsets.UTF_8);
        assertEquals(4, out.chars().filter(c -> c == '\r').count());
        assertTrue(out.endsWith("pages 3/3 [====================] 00:04 elapsed\n"), out);
        assertEquals(1, out.chars().filter(c -> c == '\n').count());
    }

    @Test
    void aSecondPassGetsItsOwnBarAfterTheFirstFinished() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), true, now::get);
        bar.progress(2, 2);
        bar.progress(1, 2);
        assertEquals(1, bytes.toString(StandardCharsets.UTF_8).chars().filter(c -> c == '\r').count(), "a finished bar stays finished");
        var again = bar.nextPass();
        again.progress(1, 2);
        again.progress(2, 2);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).endsWith("pages 2/2 [====================] 00:00 elapsed\n"));
        assertEquals(3, bytes.toString(StandardCharsets.UTF_8).chars().filter(c -> c == '\r').count());
    }

    @Test
    void logGetsALineEveryTenthNotEveryPage() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, now::get);
        for (int done = 0; done <= 200; done++) {
            now.addAndGet(SECOND / 100);
            bar.progress(done, 200);
        }
        String[] lines = bytes.toString(StandardCharsets.UTF_8).split("\n");
        // 0 %, 10 %, ..., 100 %: eleven lines for 201 calls made within 2 s.
        assertEquals(11, lines.length);
        assertTrue(lines[10].startsWith("pages 200/200"), lines[10]);
        assertTrue(bytes.toString(StandardCharsets.UTF_8).indexOf('\r') < 0);
    }

    @Test
    void logAlsoGetsALineAfterFiveQuietSeconds() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        AtomicLong now = new AtomicLong();
        ProgressBar bar = new ProgressBar(new PrintStream(bytes, true, StandardCharsets.UTF_8), false, now::get);
        bar.progress(0, 1000);
        now.addAndGet(6 * SECOND);
        bar.progress(1, 1000);
        assertEquals(2, bytes.toString(StandardCharsets.UTF_8).split("\n").length);
    }
}
