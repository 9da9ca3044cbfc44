package examgrader.score;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How Tesseract's English model misreads a typed formula, undone: it has no {@code σ} and reads
 * it as {@code o}; a caret becomes {@code *} or {@code %}; a centred dot becomes {@code :}; a minus
 * sign becomes a dash; a variable {@code z} becomes {@code 2} or {@code Z}. A formula read that way is wrong or unreadable as it stands although the
 * student may have written the right one. These readings are never marked on their own: they
 * only let the proposal a person reviews say what the formula is worth if the script shows them.
 */
final class OcrFormulaReadings {
    private OcrFormulaReadings() {}

    /** Other readings of {@code read}, most likely first; empty when no known misreading is in it. */
    static List<String> of(String read, java.util.Collection<String> variables) {
        String repaired = undoVariableLookalikes(undoSure(read), variables, true)
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
    static java.util.Optional<String> unambiguous(String read, boolean signsByShape, java.util.Collection<String> variables) {
        if (read.contains("%") || (!signsByShape && read.matches(".*[*^].*"))) return java.util.Optional.empty();
        return java.util.Optional.of(undoVariableLookalikes(undoSure(read), variables, false));
    }

    /** Digits a variable's letter is misread as: z as 2, s as 5, b as 6, g as 9. */
    private static final Map<Character, Character> LOOKALIKE_DIGIT = Map.of('z', '2', 's', '5', 'b', '6', 'g', '9');

    /**
     * A one-letter variable misread as its look-alike digit or capital where it stands alone as a
     * function's argument ({@code o(z)(1 — o(2))}, {@code o(Z)}). Sure only when the formula also
     * calls a function with the variable itself: the student's own notation shows what stands
     * in those brackets. With {@code anywhere}, also in an exponent's brackets ({@code e^(-2)}) and
     * without that confirmation: a reading for a person to check, never a mark on its own.
     */
    static String undoVariableLookalikes(String read, java.util.Collection<String> variables, boolean anywhere) {
        String out = read;
        for (String v : variables) {
            if (v.length() != 1 || !Character.isLowerCase(v.charAt(0))) continue;
            char letter = v.charAt(0);
            boolean confirmed = read.matches("(?s).*[A-Za-z']\\(" + letter + "\\).*");
            if (!confirmed && !anywhere) continue;
            char capital = Character.toUpperCase(letter);
            if (variables.contains(String.valueOf(capital))) continue;
            String alike = capital + (LOOKALIKE_DIGIT.containsKey(letter) ? String.valueOf(LOOKALIKE_DIGIT.get(letter)) : "");
            out = out.replaceAll("(?<=[A-Za-z']\\()[" + alike + "](?=\\))", v);
            if (anywhere) out = out.replaceAll("(?<=\\^\\(-?)[" + alike + "](?=\\))", v);
        }
        return out;
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
