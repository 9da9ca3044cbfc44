package examgrader.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** The kinds of script files the grader reads, recognised by file name extension. */
public enum FileKind {
    PDF("pdf"),
    IMAGE("png", "jpg", "jpeg", "tif", "tiff"),
    TRANSCRIPTION("txt", "md");

    private final String[] extensions;

    FileKind(String... extensions) {
        this.extensions = extensions;
    }

    /** The kind of {@code file}, or empty when its extension is not one the grader reads. */
    public static Optional<FileKind> of(Path file) {
        String ext = extension(file);
        for (FileKind kind : values()) {
            for (String e : kind.extensions) {
                if (e.equals(ext)) return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    static String extension(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** The extensions the grader reads, for messages: {@code ".pdf, .png, ..."}. */
    public static String supportedList() {
        StringBuilder sb = new StringBuilder();
        for (FileKind kind : values()) {
            for (String e : kind.extensions) {
                if (sb.length() > 0) sb.append(", ");
                sb.append('.').append(e);
            }
        }
        return sb.toString();
    }
}
