package examgrader.ingest;

import java.util.Locale;

/**
 * How a markup language prints the n-th item of an auto-numbered list: {@code 3} as {@code 3}, {@code c},
 * {@code C}, {@code iii} or {@code III}. Shared by the markup readers ({@link HtmlText}, {@link RestructuredText},
 * {@link AsciiDocText}, {@link TypstText}), which all name a list's style by the first item of that style, and by
 * {@link LatexSource}, whose counters ({@code \alph*}, {@code \roman*}) are the same styles by other names.
 */
final class ListNumbers {
    /**
     * What a rendered list item is set in by: every renderer insets a list from the text around it. Written at the
     * margin, {@code 1. f_t -- position 4} under {@code Part (a)} reads as question 1; set in, as an item of the
     * part, as the reader of the rendered page takes it.
     */
    static final String INSET = "   ";

    private ListNumbers() {}

    /** Whether {@code style} is one of the five counter styles: {@code 1 a A i I}. */
    static boolean isStyle(char style) {
        return "1aAiI".indexOf(style) >= 0;
    }

    /** Item {@code n} of a list of {@code style} ({@code 1 a A i I}); a number a style cannot show is printed in arabic. */
    static String format(char style, int n) {
        return switch (style) {
            case 'a' -> n >= 1 && n <= 26 ? String.valueOf((char) ('a' + n - 1)) : String.valueOf(n);
            case 'A' -> n >= 1 && n <= 26 ? String.valueOf((char) ('A' + n - 1)) : String.valueOf(n);
            case 'i' -> roman(n);
            case 'I' -> roman(n).toUpperCase(Locale.ROOT);
            default -> String.valueOf(n);
        };
    }

    /** The value of an explicit enumerator as written ({@code 4}, {@code d}, {@code iv}), or -1. */
    static int value(char style, String written) {
        String w = written.toLowerCase(Locale.ROOT);
        switch (style) {
            case '1':
                return w.matches("\\d{1,3}") ? Integer.parseInt(w) : -1;
            case 'a': case 'A':
                return w.matches("[a-z]") ? w.charAt(0) - 'a' + 1 : -1;
            default:
                for (int n = 1; n < 40; n++) if (roman(n).equals(w)) return n;
                return -1;
        }
    }

    private static String roman(int n) {
        String[] tens = {"", "x", "xx", "xxx"};
        String[] units = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        return n >= 1 && n < 40 ? tens[n / 10] + units[n % 10] : String.valueOf(n);
    }
}
