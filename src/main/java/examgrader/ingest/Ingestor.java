package examgrader.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Opens one script file of any supported kind and validates it before any page is read: empty,
 * mislabelled, damaged, encrypted and oversized files become an {@link IngestException} with a
 * plain reason, never a stack trace or an OutOfMemoryError.
 */
public final class Ingestor {
    private final IngestOptions options;

    public Ingestor(IngestOptions options) {
        this.options = options;
    }

    public Ingestor() {
        this(IngestOptions.DEFAULT);
    }

    public IngestOptions options() {
        return options;
    }

    public ScriptSource open(Path file) throws IngestException {
        FileKind kind = FileKind.of(file).orElseThrow(() -> new IngestException(file,
                "unsupported file type (supported: " + FileKind.supportedList() + ")"));
        if (!Files.isRegularFile(file)) throw new IngestException(file, "no such file");
        if (!Files.isReadable(file)) throw new IngestException(file, "file is not readable (permissions)");
        long size = size(file);
        if (size == 0) throw new IngestException(file, "empty file (0 bytes)");
        String sha256 = sha256(file);
        return switch (kind) {
            case PDF -> PdfSource.open(file, sha256, options);
            case IMAGE -> ImageSource.open(file, sha256, options);
            case TRANSCRIPTION -> TranscriptionSource.open(file, sha256);
        };
    }

    private static long size(Path file) throws IngestException {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw new IngestException(file, 0, "file could not be read: " + e.getMessage(), e);
        }
    }

    /** SHA-256 (hex) of a file's bytes, streamed. */
    public static String sha256(Path file) throws IngestException {
        MessageDigest digest = newSha256();
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
            in.transferTo(OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new IngestException(file, 0, "file could not be read: " + e.getMessage(), e);
        }
    }

    static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }

    static byte[] head(Path file, int n) throws IngestException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(n);
        } catch (IOException e) {
            throw new IngestException(file, 0, "file could not be read: " + e.getMessage(), e);
        }
    }
}
