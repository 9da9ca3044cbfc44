package examgrader.ingest;

import java.nio.file.Path;

/**
 * A per-file problem (empty, corrupt, encrypted, too large...) found while opening or reading a
 * script. Checked so that the pipeline catches it at the file boundary, records the file as
 * rejected with {@link #reason()}, and goes on with the batch.
 */
public final class IngestException extends Exception {
    private final Path file;
    private final int page;
    private final String reason;

    /** A problem with the file as a whole. */
    public IngestException(Path file, String reason) {
        this(file, 0, reason, null);
    }

    /** A problem with one page (1-based); {@code page} 0 means the whole file. */
    public IngestException(Path file, int page, String reason) {
        this(file, page, reason, null);
    }

    public IngestException(Path file, int page, String reason, Throwable cause) {
        super(location(file, page) + ": " + reason, cause);
        this.file = file;
        this.page = page;
        this.reason = reason;
    }

    private static String location(Path file, int page) {
        return page > 0 ? file + " page " + page : String.valueOf(file);
    }

    public Path file() {
        return file;
    }

    /** 1-based page number, or 0 when the problem is not tied to one page. */
    public int page() {
        return page;
    }

    /** The plain one-line reason, without the file name (for rejected.csv). */
    public String reason() {
        return page > 0 ? "page " + page + ": " + reason : reason;
    }
}
