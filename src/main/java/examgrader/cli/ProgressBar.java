package examgrader.cli;

import examgrader.ocr.ProgressListener;
import java.io.PrintStream;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * Shows how far OCR has got, on stderr so stdout stays clean for results:
 * {@code pages 12/40 [=====     ] 00:31 elapsed, ~01:12 left}. On a terminal the line is redrawn
 * in place; in a log (no console) a plain line is written every ~5 s or 10 %, so a CI log or a
 * redirected run is not flooded.
 */
public final class ProgressBar implements ProgressListener {
    private static final int WIDTH = 20;
    private static final long LOG_EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final boolean interactive;
    private final LongSupplier clock;
    private final long startNanos;
    private long lastLogNanos;
    private int lastLoggedTenth = -1;
    private boolean finished;

    /** A bar on {@code System.err}, redrawn in place when there is a console. */
    public static ProgressBar onStderr() {
        return new ProgressBar(System.err, System.console() != null, System::nanoTime);
    }

    /**
     * @param out         where to draw
     * @param interactive redraw in place with {@code \r} (a terminal) or write plain lines (a log)
     * @param clock       nanosecond clock (tests pass a fake one)
     */
    public ProgressBar(PrintStream out, boolean interactive, LongSupplier clock) {
        this.out = out;
        this.interactive = interactive;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.lastLogNanos = startNanos;
    }

    /** A fresh bar on the same output, for the pages read a second time. */
    @Override
    public ProgressListener nextPass() {
        return new ProgressBar(out, interactive, clock);
    }

    @Override
    public synchronized void progress(int pagesDone, int pagesTotal) {
        if (finished) return;
        long now = clock.getAsLong();
        boolean done = pagesTotal > 0 && pagesDone >= pagesTotal;
        if (interactive) {
            out.print("\r" + render(pagesDone, pagesTotal, now - startNanos) + (done ? "\n" : ""));
            out.flush();
        } else if (shouldLog(pagesDone, pagesTotal, now, done)) {
            out.println(render(pagesDone, pagesTotal, now - startNanos));
            lastLogNanos = now;
        }
        finished = done;
    }

    private boolean shouldLog(int done, int total, long now, boolean complete) {
        int tenth = total == 0 ? 10 : done * 10 / total;
        boolean newTenth = tenth > lastLoggedTenth;
        if (newTenth) lastLoggedTenth = tenth;
        return complete || newTenth || now - lastLogNanos >= LOG_EVERY_NANOS;
    }

    /** The bar's text for a state, e.g. {@code pages 12/40 [======              ] 00:31 elapsed, ~01:12 left}. */
    static String render(int done, int total, long elapsedNanos) {
        int filled = total == 0 ? WIDTH : (int) ((long) WIDTH * Math.min(done, total) / total);
        String bar = "=".repeat(filled) + " ".repeat(WIDTH - filled);
        String text = "pages " + done + "/" + total + " [" + bar + "] " + clock(elapsedNanos) + " elapsed";
        if (done > 0 && done < total) {
            long leftNanos = elapsedNanos / done * (total - done);
            text += ", ~" + clock(leftNanos) + " left";
        }
        return text;
    }

    private static String clock(long nanos) {
        Duration d = Duration.ofNanos(nanos);
        long hours = d.toHours();
        String mmss = String.format("%02d:%02d", d.toMinutesPart(), d.toSecondsPart());
        return hours > 0 ? hours + ":" + mmss : mmss;
    }
}
