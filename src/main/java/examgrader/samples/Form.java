package examgrader.samples;

import java.util.Locale;

/**
 * How a sample script reaches the grader. Each form exercises a different ingest path: a text
 * layer, a clean print scan, or a handwriting-like photo that Tesseract reads poorly.
 */
public enum Form {
    /** Born-digital PDF with a text layer. */
    DIGITAL,
    /** The digital page printed and scanned: 300 dpi grey, skewed, blurred, speckled, JPEG; no text layer. */
    SCAN,
    /** Handwriting-style font with per-line jitter, rasterized like a phone scan; no text layer. */
    HANDWRITING,
    /** Opt-in: one phone photo of a handwritten page as a grey PNG (the script squeezed onto one page). */
    PHOTO,
    /** A typed transcription as Markdown with LaTeX maths, as Mathpix gives it; the committed samples hold one per exam. */
    TRANSCRIPT;

    /** The PDF forms, three scripts each in the committed {@code samples/} (which add one transcript per exam). */
    public static final java.util.Set<Form> DEFAULTS = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(DIGITAL, SCAN, HANDWRITING));

    /** The file extension of a script in this form. */
    public String extension() {
        return switch (this) {
            case PHOTO -> "png";
            case TRANSCRIPT -> "md";
            default -> "pdf";
        };
    }

    /** The word used on the command line and in file names. */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@link #word()}; the message lists the accepted words. */
    public static Form parse(String word) {
        for (Form form : values()) {
            if (form.word().equals(word.trim().toLowerCase(Locale.ROOT))) {
                return form;
            }
        }
        throw new IllegalArgumentException("unknown form '" + word + "' (expected digital, scan, handwriting, photo or transcript)");
    }
}
