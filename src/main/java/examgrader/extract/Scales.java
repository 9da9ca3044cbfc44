package examgrader.extract;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words and letters that scale a number written before them, in every form students use: {@code 3.09 million},
 * {@code 3.09 Million}, {@code 2.51 mn}, {@code 2.5088M}, {@code 100k}, {@code 3.1 bn}, {@code 30.9 lakh}. One list
 * for all that read such numbers: a form one reader knew and another did not was read as its bare mantissa
 * ({@code 2.5088 Million} as 2.5088), a wrong value where the student wrote the right one.
 */
final class Scales {
    /** A scale word, in any case: million, mio, mln, mn, mil, billion, bn, bln, thousand, lakh, lac, crore, plurals too. */
    static final String WORD = "(?i:millions?|mio|mln|mn|mil|billions?|bn|bln|thousands?|lakhs?|lacs?|crores?)";
    /**
     * What may follow a number's digits to scale it: a scale word ({@link #WORD}), M or K with a space or none, or a
     * lower-case k touching the digits ({@code 100k}); set apart ({@code 5 k}) a k is the kernel size's letter.
     */
    static final String SUFFIX = "(?:\\s*" + WORD + "\\b|\\s?[MK](?![A-Za-z])|k(?![A-Za-z]))";
    private static final Pattern ENDING = Pattern.compile("(.*?\\d)\\s*(" + WORD + "|[MKk])$");

    private Scales() {}

    /** {@code raw} split into the number before its scale and the scale's factor, or null when no scale ends it. */
    static Scaled split(String raw) {
        Matcher m = ENDING.matcher(raw.strip());
        return m.matches() ? new Scaled(m.group(1), factor(m.group(2))) : null;
    }

    /** A number's digits and the factor its scale word multiplies them by. */
    record Scaled(String mantissa, double factor) {}

    private static double factor(String scale) {
        String s = scale.toLowerCase(Locale.ROOT);
        if (s.equals("k") || s.startsWith("thousand")) return 1e3;
        if (s.startsWith("lakh") || s.startsWith("lac")) return 1e5;
        if (s.startsWith("crore")) return 1e7;
        if (s.startsWith("b")) return 1e9;
        return 1e6;
    }
}
