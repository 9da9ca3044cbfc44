package examgrader.ocr;

import examgrader.ingest.Rejection;
import java.nio.file.Path;

/**
 * What reading one input file gave: its text, or the reason it was rejected (never both).
 *
 * @param file      the input file
 * @param text      the script's text, or null when rejected
 * @param rejection why the file was not read, or null when read
 */
public record ScriptOutcome(Path file, ScriptText text, Rejection rejection) {
    public ScriptOutcome {
        if ((text == null) == (rejection == null)) {
            throw new IllegalArgumentException("exactly one of text and rejection, for " + file);
        }
    }

    public static ScriptOutcome read(ScriptText text) {
        return new ScriptOutcome(text.source(), text, null);
    }

    public static ScriptOutcome rejected(Path file, String reason) {
        return new ScriptOutcome(file, null, new Rejection(file, reason));
    }

    public boolean isRejected() {
        return rejection != null;
    }
}
