package examgrader.ingest;

import java.nio.file.Path;

/**
 * An opened, validated script file whose pages are produced on demand, so that a batch of many
 * scripts never holds all page images in memory at once. Implementations hold no open file
 * handles: {@link #page(int)} opens what it needs and may be called from several threads at once.
 */
public interface ScriptSource {
    Path file();

    FileKind kind();

    /** SHA-256 (hex) of the file's bytes, for provenance. */
    String sha256();

    int pageCount();

    /**
     * Reads page {@code number} (1-based): its text when it has a real text layer or is a
     * transcription, otherwise its image (grey, {@link IngestOptions#dpi()} for PDFs).
     */
    Page page(int number) throws IngestException;
}
