package examgrader.extract;

import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A whole number written out in words, as students write an answer they did not put in digits: {@code fifty-two},
 * {@code forty eight}, {@code sixty-five thousand five hundred and thirty-six}, {@code a hundred thousand three hundred
 * fifty-two}, {@code three million}. {@link #PHRASE} finds a run of number words; {@link #value} says whether the run is
 * one well-formed number and which. A run that is not ({@code five three}, {@code thousand thousand}) has no value:
 * reading part of it would give a wrong number ({@code sixty-five thousand ...} read only up to its first scale word was
 * 65000 where 65536 was written), and a number in words that cannot be read must go to a person, not be guessed.
 */
final class SpelledNumber {
    static final List<String> UNITS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen",
            "nineteen");
    static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    private static final List<String> SCALES = List.of("hundred", "thousand", "million", "billion");
    private static final long[] SCALE_VALUES = {100, 1_000, 1_000_000, 1_000_000_000};

    private static final String TENS_WORD = "(?:" + String.join("|", TENS) + ")";
    private static final String DIGIT_WORD = "(?:" + String.join("|", UNITS.subList(1, 10)) + ")";
    private static final String SCALE = "(?:" + String.join("|", SCALES) + ")";
    /** One number word: a tens word with its unit ({@code fifty-two}, {@code forty eight}), a tens word, a unit, a scale. */
    private static final String TOKEN = "(?:" + TENS_WORD + "(?:[-\\s]" + DIGIT_WORD + "\\b)?|" + String.join("|", UNITS) + "|" + SCALE + ")\\b";
    /**
     * What joins two number words of one number: spaces or a hyphen; "and" only after a scale word ({@code five hundred
     * and thirty-six}), so that {@code fifty-three and fifty-four} stays two numbers of a list; a comma only after
     * thousand, million or billion ({@code sixty-five thousand, five hundred}), so that a list parted by commas does too.
     */
    private static final String JOIN = "(?:(?<=hundred|thousand|million|billion)\\s+and\\s+|(?<=thousand|million|billion),\\s*|[-\\s]+)";
    /** A run of number words, maybe opened by "a" before a scale word ({@code a hundred thousand}). */
    static final String PHRASE = "(?i:\\b(?:a\\s+(?=" + SCALE + "\\b))?" + TOKEN + "(?:" + JOIN + TOKEN + ")*)";
    private static final Pattern TOKENS = Pattern.compile("(?i)\\ba(?=\\s)|" + TOKEN);

    private SpelledNumber() {}

    /** The number {@code phrase} (a {@link #PHRASE} match) names, if it is one well-formed number. */
    static OptionalLong value(String phrase) {
        Matcher m = TOKENS.matcher(phrase);
        long total = 0;
        long group = 0;
        long lastScale = Long.MAX_VALUE;
        Kind last = Kind.NONE;
        int count = 0;
        while (m.find()) {
            String word = m.group().toLowerCase(Locale.ROOT);
            count++;
            int scale = SCALES.indexOf(word);
            if (word.equals("a")) {
                if (last != Kind.NONE) return OptionalLong.empty();
                group = 1;
                last = Kind.ATOM;
            } else if (scale == 0) {
                if (last != Kind.ATOM || group < 1 || group > 99) return OptionalLong.empty();
                group *= 100;
                last = Kind.HUNDRED;
            } else if (scale > 0) {
                long s = SCALE_VALUES[scale];
                if (last == Kind.NONE || last == Kind.LARGE || group < 1 || s >= lastScale) return OptionalLong.empty();
                total += group * s;
                group = 0;
                lastScale = s;
                last = Kind.LARGE;
            } else {
                if (last == Kind.ATOM) return OptionalLong.empty();
                long v = atomValue(word);
                if (v == 0 && count > 1) return OptionalLong.empty();
                group += v;
                last = Kind.ATOM;
            }
        }
        if (last == Kind.NONE || (count > 1 && total + group == 0)) return OptionalLong.empty();
        return OptionalLong.of(total + group);
    }

    /** How many number words {@code phrase} has, "a" before a scale word counted as one. */
    static int words(String phrase) {
        Matcher m = TOKENS.matcher(phrase);
        int n = 0;
        while (m.find()) n++;
        return n;
    }

    /** Whether {@code phrase} has a scale word: hundred, thousand, million or billion. */
    static boolean hasScale(String phrase) {
        return Pattern.compile("(?i)\\b" + SCALE + "\\b").matcher(phrase).find();
    }

    private static long atomValue(String word) {
        String[] parts = word.split("[-\\s]+");
        int tens = TENS.indexOf(parts[0]);
        if (tens < 0) return UNITS.indexOf(parts[0]);
        return 20 + 10L * tens + (parts.length > 1 ? UNITS.indexOf(parts[1]) : 0);
    }

    /** What the word before was: none yet, a number below a hundred, "hundred", or a larger scale word. */
    private enum Kind { NONE, ATOM, HUNDRED, LARGE }

    /** Whether {@code word} is one of the words a number is spelt with ({@code two}, {@code sixty}, {@code HUNDRED}). */
    static boolean isNumberWord(String word) {
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return UNITS.contains(w) || TENS.contains(w) || SCALES.contains(w);
    }

    /** Within two letters' edits of a number word of four letters or more: {@code HONDRED}, {@code THOUSNAD}, {@code SIKTY}. */
    static boolean looksLikeNumberWord(String word) {
        if (word.length() < 4) return false;
        String w = word.toLowerCase(java.util.Locale.ROOT);
        return java.util.stream.Stream.of(UNITS, TENS, SCALES).flatMap(List::stream)
                .filter(n -> n.length() >= 4).anyMatch(n -> editDistance(w, n) <= 2);
    }

    private static int editDistance(String a, String b) {
        int[] row = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) row[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            int diagonal = row[0];
            row[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int above = row[j];
                row[j] = Math.min(Math.min(row[j] + 1, row[j - 1] + 1), diagonal + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
                diagonal = above;
            }
        }
        return row[b.length()];
    }
}
