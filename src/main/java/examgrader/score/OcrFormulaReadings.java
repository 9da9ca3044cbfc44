package examgrader.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * How Tesseract's English model misreads a typed formula, undone: it has no {@code σ} and reads
 * it as {@code o}; a caret becomes {@code *} or {@code %}; a centred dot becomes {@code :}; a minus
 * sign becomes a dash. A formula read that way is wrong or unreadable as it stands although the
 * student may have written the right one. These readings are never marked on their own: they
 * only let the proposal a person reviews say what the formula is worth if the script shows them.
 */
final class OcrFormulaReadings {
    private OcrFormulaReadings() {}

    /** Other readings of {@code read}, most likely first; empty when no known misreading is in it. */
    static List<String> of(String read) {
        String repaired = undoSure(read)
                .replace('%', '^')
                .replaceAll("(?<=\\be)\\*(?=\\s*[(\\-])", "^");
        Set<String> readings = new LinkedHashSet<>();
        readings.add(repaired);
        readings.add(repaired.replaceAll("\\)\\s*\\*\\s*2(?![\\d.])", ")^2"));
        readings.remove(read);
        return new ArrayList<>(readings);
    }

    /**
     * The reading of a formula when every misreading in it has one sure undoing: {@code o} or
     * {@code 0} before a bracket for σ (the English model has no σ), a colon between brackets for
     * {@code ·}, an em or en dash for a minus. A caret is read as {@code *} or {@code %}, so a
     * {@code *} may have been either, and which one changes the formula: empty when the text holds
     * {@code *} or {@code ^}, unless the OCR stage told its carets from its asterisks by their shape
     * ({@code signsByShape}), and always when it holds {@code %}.
     */
    static java.util.Optional<String> unambiguous(String read, boolean signsByShape) {
        if (read.contains("%") || (!signsByShape && read.matches(".*[*^].*"))) return java.util.Optional.empty();
        return java.util.Optional.of(undoSure(read));
    }

    /** The misreadings with one undoing each: σ read as o or 0, · as a colon, a minus as a dash. */
    private static String undoSure(String read) {
        return read
                .replaceAll("(?<![A-Za-z0-9.])[oO0](?=\\s*\\()", "sigma")
                .replaceAll("(?<![A-Za-z0-9.])[oO0](?=')", "sigma")
                .replaceAll("(?<=\\))\\s*:\\s*(?=[(A-Za-z0-9])", " * ")
                .replaceAll("[—–]-?|-—", "-");
    }
}
