package examgrader.ocr;

/**
 * Told how far a batch has got, e.g. to draw a progress bar. Called from worker threads, one call
 * at a time, with {@code pagesDone} never decreasing.
 */
@FunctionalInterface
public interface ProgressListener {
    ProgressListener NONE = (done, total) -> {};

    void progress(int pagesDone, int pagesTotal);

    /** The listener for a further pass over some of the pages (a second reading), counted from 0 again. */
    default ProgressListener nextPass() {
        return this;
    }
}
