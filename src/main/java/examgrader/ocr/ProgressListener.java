package examgrader.ocr;

/**
 * Told how far a batch has got, e.g. to draw a progress bar. Called from worker threads, one call
 * at a time, with {@code pagesDone} never decreasing.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> {};

    void progress(int pagesDone, int pagesTotal);
}
