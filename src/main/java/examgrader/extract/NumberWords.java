package examgrader.extract;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written out in words where they are answers: a shape, {@code W_f is three by two}, {@code b_f is three by one},
 * read as the shape in digits ({@code 3 by 2}); and the end of working, {@code 4 x (6 + 3) = thirty-six}, read as
 * {@code = 36}. Only a number word on each side of "by", "x" or "×", or a number after an equals sign, is rewritten: a
 * number word elsewhere ({@code one addition per product}, {@code the three channels}) is prose, and reading it as a
 * value would put a number into every sentence.
 */
final class NumberWords {
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven",
            "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen",
            "eighteen", "nineteen", "twenty");
    private static final String WORD = "(?i:\\b(" + String.join("|", WORDS) + ")\\b)";
    /** Two or three number words joined by "by", "x" or "×": {@code three by two}, {@code four x four x three}. */
    private static final Pattern SHAPE = Pattern.compile(WORD + "(\\s+(?:by|x|×)\\s+" + WORD + ")(\\s+(?:by|x|×)\\s+" + WORD + ")?");
    private static final Pattern ONE_WORD = Pattern.compile(WORD);
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    /** An equals sign, then a number below a hundred in words: {@code = thirty-six}, {@code = twelve}, {@code = forty eight}. */
    private static final Pattern AFTER_EQUALS = Pattern.compile("(=\\s*)(?i:\\b(?:(" + String.join("|", TENS) + ")(?:[-\\s]("
            + String.join("|", WORDS.subList(1, 10)) + "))?|(" + String.join("|", WORDS) + "))\\b)(?!\\s*(?:by|x|×)\\b)");

    private NumberWords() {}

    /** {@code text} with every shape in number words, and every number in words after an equals sign, written in digits. */
    static String inDigits(String text) {
        return resultsInDigits(shapesInDigits(text));
    }

    private static String resultsInDigits(String text) {
        return AFTER_EQUALS.matcher(text).replaceAll(m -> m.group(1) + numberNamed(m));
    }

    /** The number an {@link #AFTER_EQUALS} match writes in words: tens and units, or one word up to twenty. */
    private static int numberNamed(java.util.regex.MatchResult m) {
        if (m.group(2) == null) return WORDS.indexOf(m.group(4).toLowerCase(java.util.Locale.ROOT));
        return 20 + 10 * TENS.indexOf(m.group(2).toLowerCase(java.util.Locale.ROOT))
                + (m.group(3) == null ? 0 : WORDS.indexOf(m.group(3).toLowerCase(java.util.Locale.ROOT)));
    }

    private static String shapesInDigits(String text) {
        return SHAPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(shapeInDigits(m.group())));
    }

    private static String shapeInDigits(String shape) {
        return ONE_WORD.matcher(shape).replaceAll(w -> String.valueOf(WORDS.indexOf(w.group(1).toLowerCase(java.util.Locale.ROOT))));
    }
}
