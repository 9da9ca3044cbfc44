package examgrader.ocr;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * OCR results on disk, so grading the same scripts again never runs OCR again. An entry is the
 * JSON of a {@link PageText}, keyed by the SHA-256 of the page image and the engine name (which
 * carries Tesseract's version, language, psm, dpi and clean-up version). Entries are written to a
 * temporary file and renamed, so a killed run never leaves a half-written entry; an unreadable
 * entry counts as a miss and is overwritten.
 */
public final class OcrCache {
    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .setVisibility(PropertyAccessor.IS_GETTER, JsonAutoDetect.Visibility.NONE);

    private final Path dir;

    public OcrCache(Path dir) {
        this.dir = dir;
    }

    /** {@code $XDG_CACHE_HOME/examgrader/ocr}, else {@code ~/.cache/examgrader/ocr}. */
    public static Path userDefault() {
        String xdg = System.getenv("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() ? Path.of(xdg) : Path.of(System.getProperty("user.home"), ".cache");
        return base.resolve("examgrader").resolve("ocr");
    }

    public Path dir() {
        return dir;
    }

    /** The stored reading of this image by this engine, renumbered as page {@code page}. */
    public Optional<PageText> get(String imageSha256, String engine, int page) {
        Path entry = entry(imageSha256, engine);
        if (!Files.isRegularFile(entry)) return Optional.empty();
        try {
            PageText stored = JSON.readValue(entry.toFile(), PageText.class);
            if (!engine.equals(stored.engine()) || !imageSha256.equals(stored.imageSha256())) return Optional.empty();
            markUsed(entry);
            return Optional.of(renumbered(stored, page));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Stores a reading. A cache that cannot be written only costs time, so failures are
     * reported on stderr and otherwise ignored.
     */
    public void put(PageText text) {
        if (text.imageSha256() == null) return;
        Path entry = entry(text.imageSha256(), text.engine());
        Path temp = null;
        try {
            Files.createDirectories(dir);
            temp = Files.createTempFile(dir, entry.getFileName().toString(), ".tmp");
            JSON.writeValue(temp.toFile(), text);
            move(temp, entry);
        } catch (IOException | RuntimeException e) {
            System.err.println("warning: OCR cache " + dir + " not written (" + e.getMessage() + ")");
            deleteQuietly(temp);
        }
    }

    /**
     * An entry's modification time is when it was last written or read, so {@link #prune} can
     * tell the readings of scripts still being graded from those of a course long finished.
     */
    private static void markUsed(Path entry) {
        try {
            Files.setLastModifiedTime(entry, FileTime.from(Instant.now()));
        } catch (IOException | RuntimeException ignored) {
            // a read-only cache still serves its entries; it only cannot be pruned by use
        }
    }

    /** How many entries the cache holds, and their size on disk. */
    public record Usage(int entries, long bytes) {}

    public Usage usage() throws IOException {
        return sum(files(".json"));
    }

    /**
     * Deletes the entries not written or read since {@code unusedFor} before {@code now}, and any
     * temporary file a killed run left. A pruned entry only costs OCR time if its page is graded
     * again. Returns what was deleted.
     */
    public Usage prune(Duration unusedFor, Instant now) throws IOException {
        Instant cutoff = now.minus(unusedFor);
        List<Path> old = new java.util.ArrayList<>();
        for (Path p : files(".json", ".tmp")) {
            if (Files.getLastModifiedTime(p).toInstant().isBefore(cutoff)) old.add(p);
        }
        Usage removed = sum(old);
        for (Path p : old) Files.deleteIfExists(p);
        return removed;
    }

    /** The cache's own files whose names end in one of {@code suffixes}; none when the folder does not exist yet. */
    private List<Path> files(String... suffixes) throws IOException {
        if (!Files.isDirectory(dir)) return List.of();
        try (var files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> java.util.Arrays.stream(suffixes).anyMatch(p.getFileName().toString()::endsWith))
                    .toList();
        }
    }

    private static Usage sum(List<Path> files) throws IOException {
        long bytes = 0;
        for (Path p : files) bytes += Files.size(p);
        return new Usage(files.size(), bytes);
    }

    private static void move(Path temp, Path entry) throws IOException {
        try {
            Files.move(temp, entry, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, entry, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException ignored) {
            // a stray .tmp file is harmless: entries are only ever read under their final name
        }
    }

    Path entry(String imageSha256, String engine) {
        return dir.resolve(sha256Hex(imageSha256 + "\n" + engine) + ".json");
    }

    private static PageText renumbered(PageText text, int page) {
        if (text.page() == page) return text;
        List<Line> lines = text.lines().stream().map(l -> new Line(page, l.text(), l.words())).toList();
        return new PageText(page, text.engine(), text.imageSha256(), lines, text.droppedMarkersSought());
    }

    static String sha256Hex(String s) {
        return HexFormat.of().formatHex(sha256().digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("this JVM has no SHA-256", e);
        }
    }
}
