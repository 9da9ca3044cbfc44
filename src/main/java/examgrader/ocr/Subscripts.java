package examgrader.ocr;

import java.util.regex.Pattern;

/**
 * Subscripts inside an OCR word ({@code C_{t-1}}, {@code x_2}, or {@code C {t-1}} with its underscore
 * lost): a name's digits, not a value's. Judging a number's confidence, finding the word a value was
 * read from and looking for stray digits beside a value all have to leave them out, the same way.
 */
public final class Subscripts {
    private Subscripts() {}

    /** Braced subscripts only: {@code _{t-1}}, and {@code {t-1}} with its underscore lost. */
    public static final Pattern BRACED = Pattern.compile("_\\{[^}]*}|\\{[A-Za-z][-+]?\\d{0,2}}");

    /**
     * Every subscript: the braced ones and a bare {@code _x}, {@code _hh}, {@code _2}, {@code _t1}. A
     * bare one ends where a word would: {@code W_fis3} is {@code W_f is 3} with its spaces lost, and
     * its 3 is a value, not part of the name.
     */
    public static final Pattern ANY = Pattern.compile(BRACED.pattern() + "|_(?:[A-Za-z]{1,3}|[A-Za-z]?\\d{1,2})(?![A-Za-z0-9])");

    /** Whether {@code text} holds digits outside subscripts: digits that may be a value's. */
    public static boolean digitsOutside(String text) {
        return ANY.matcher(text).replaceAll(" ").matches("(?s).*\\d.*");
    }

    /** Which characters of {@code text} are part of a subscript ({@link #ANY}). */
    public static boolean[] mask(String text) {
        boolean[] in = new boolean[text.length()];
        java.util.regex.Matcher m = ANY.matcher(text);
        while (m.find()) java.util.Arrays.fill(in, m.start(), m.end(), true);
        return in;
    }
}
