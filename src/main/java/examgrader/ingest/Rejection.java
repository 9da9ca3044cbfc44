package examgrader.ingest;

import java.nio.file.Path;

/**
 * A file the batch could not grade and why, one row of {@code rejected.csv}.
 *
 * @param file   the file as given or found in a folder
 * @param reason a plain one-line reason, e.g. {@code "encrypted PDF (password required)"}
 */
public record Rejection(Path file, String reason) {
    public static Rejection of(IngestException e) {
        return new Rejection(e.file(), e.reason());
    }
}
