package examgrader.rubric;

import java.nio.file.Path;

/**
 * Where something was written in a rubric file, so every complaint about a rubric points at the
 * exact place a coordinator has to fix: {@code rubrics/x.yaml:14:7}.
 */
public record SourcePos(String file, int line, int column) {
    public static final SourcePos NONE = new SourcePos("", 0, 0);

    public static SourcePos of(Path file, int line, int column) {
        return new SourcePos(file.toString(), line, column);
    }

    /** {@code file:line:column: message}, the one-line form every rubric error takes. */
    public String error(String message) {
        return file + ":" + line + ":" + column + ": " + message;
    }

    @Override
    public String toString() {
        return file + ":" + line + ":" + column;
    }
}
