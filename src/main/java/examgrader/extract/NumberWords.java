package examgrader.extract;

import java.util.OptionalLong;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Numbers written out in words where they are answers, rewritten in digits ({@link SpelledNumber} reads each):
 * <ul>
 * <li>a shape, {@code W_f is three by two}, {@code the feature map is twenty-six by twenty-eight}: {@code 3 by 2};</li>
 * <li>the end of working, {@code 4 x (6 + 3) = thirty-six}, {@code 512 × 128 = sixty-five thousand five hundred and
 * thirty-six}: {@code = 36}, {@code = 65536};</li>
 * <li>a value closing a statement after "is", "are" or a colon, {@code the input size needed is fifty-two.}, {@code the
 * sizes are fifty-two, fifty-three or fifty-four.}: {@code is 52.};</li>
 * <li>a result after "comes to", "adds up to", "totals" or "makes", with the word for what it counts, {@code That comes to
 * seventy-two parameters in all.}: {@code comes to 72 parameters};</li>
 * <li>numbers in words in brackets, {@code (twenty-six, twenty-eight)}, or all a line says, {@code **3.** Fifty-two.};</li>
 * <li>a number of three words or more with a scale word, wherever it stands, {@code has sixty-five thousand five hundred
 * and thirty-six parameters}: no sentence uses such a run of words but as a number.</li>
 * </ul>
 * A number word elsewhere ({@code one addition per product}, {@code the three channels}, {@code there are sixty-four
 * kernels:}) is prose, and reading it as a value would put a number into every sentence. A run of number words that is
 * not one number ({@code five three}) is left in words: a part of it read alone would be a wrong value.
 */
final class NumberWords {
    /**
     * Words after a number that make it a part of another ({@code one half}, {@code two thirds}, {@code two point five},
     * {@code two and a half}, {@code five percent}), or before it that make it negative ({@code minus three}): the number
     * alone in digits would be a wrong value, so such words are left as written.
     */
    private static final String NOT_WHOLE_AFTER = "(?![-\\w])(?!\\s+(?i:point|half|halves|thirds?|quarters?|fourths?|fifths?"
            + "|sixths?|sevenths?|eighths?|ninths?|tenths?|hundredths?|thousandths?|millionths?|percent|per\\s+cent|and\\s+a\\s+half)\\b)";
    private static final String NOT_NEGATIVE = "(?<!(?i:minus|negative)\\s{1,3})";
    /**
     * One number in words that is a whole number as it stands. The run of words is taken whole or not at all: cut short
     * where a word after it makes it no whole number ({@code three hundred and twenty point five}), its start read as
     * {@code 300} would be a wrong value.
     */
    private static final String NUMBER = NOT_NEGATIVE + "(?>" + SpelledNumber.PHRASE + ")" + NOT_WHOLE_AFTER;
    private static final String TIMES = "\\s+(?:by|x|×)\\s+";
    /** Two or three numbers in words joined by "by", "x" or "×": {@code three by two}, {@code twenty-six by twenty-eight}. */
    private static final Pattern SHAPE = Pattern.compile(NUMBER + "(?:" + TIMES + NUMBER + "){1,2}");
    /** Numbers in words in brackets, parted by commas, as a shape or vector is written: {@code (twenty-six, twenty-eight)}. */
    private static final Pattern TUPLE = Pattern.compile("[(\\[]\\s*" + NUMBER + "(?:\\s*,\\s*" + NUMBER + ")+\\s*[)\\]]");
    private static final Pattern ONE = Pattern.compile(NUMBER);
    /** Numbers in words listed ({@code fifty-two, fifty-three or fifty-four}), or one alone. */
    private static final String LIST = NUMBER + "(?:(?:\\s*,\\s*(?:(?:and|or)\\s+)?|\\s+(?:and|or)\\s+)" + NUMBER + ")*";
    /** An equals sign, then numbers in words: {@code = thirty-six}, {@code = twelve}, {@code = forty eight}. */
    private static final Pattern AFTER_EQUALS = Pattern.compile("(=\\s*)(" + LIST + ")(?!\\s*(?:by|x|×)\\b)");
    private static final String ADVERB = "(?:(?i:only|just|exactly|precisely)\\s+)?";
    /**
     * A verb that states a value, or a colon, then numbers in words that close the statement: {@code needed is
     * fifty-two.}, {@code Input size: only fifty-two}. Followed by more words ({@code there are sixty-four kernels}) they
     * count something in a sentence, and are not its value.
     */
    private static final Pattern CLOSING_VALUE = Pattern.compile("(?m)((?:(?i:\\b(?:is|are|was|were|be|equals|gives))\\s+|:\\s*)"
            + ADVERB + ")(" + LIST + ")(?=\\s*(?:[.,;!?)]|$))");
    /**
     * A verb that states a result, then numbers in words and at most the word for what they count, closing the
     * statement: {@code That comes to seventy-two parameters in all.}, {@code which adds up to thirty-six weights.}. A
     * total is reached, not things counted on the way ({@code there are sixty-four kernels of ...}).
     */
    private static final Pattern RESULT_VALUE = Pattern.compile("(\\b(?i:(?:comes?|came|adds?\\s+up|added\\s+up|amounts?|works?\\s+out)"
            + "\\s+to|totals?|makes)\\s+" + ADVERB + ")(" + LIST + ")(?=(?:\\s+\\p{L}+)?(?:\\s+(?i:in\\s+all|in\\s+total|altogether|overall))?"
            + "\\s*(?:[.,;!?)]|$))");
    /**
     * Numbers in words that are all a line says but for a label, a list's bullet or bold: {@code **3.** Fifty-two.},
     * {@code - twenty-six by twenty-eight}: the line states a value and nothing else.
     */
    private static final Pattern ALONE_ON_LINE = Pattern.compile("(?m)^(\\s*(?:[-*•]\\s+)?(?:\\*\\*|__)?(?:\\(?(?:\\d{1,2}[a-z]?|[a-z]|[ivx]{1,4})[.)]"
            + "(?:\\*\\*|__)?\\s+)?(?:\\*\\*|__)?" + ADVERB + ")(" + LIST + ")(?=(?:\\*\\*|__)?\\s*[.!]?\\s*$)");
    /** Any run of number words, of which {@link #inDigits} rewrites those that are long numbers with a scale word. */
    private static final Pattern ANY = Pattern.compile(NUMBER);

    private NumberWords() {}

    /** {@code text} with every number in words that stands as a value written in digits. */
    static String inDigits(String text) {
        String shapes = SHAPE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(allInDigits(m.group())));
        String tuples = TUPLE.matcher(shapes).replaceAll(m -> Matcher.quoteReplacement(allInDigits(m.group())));
        String results = AFTER_EQUALS.matcher(tuples).replaceAll(NumberWords::withListInDigits);
        String alone = ALONE_ON_LINE.matcher(results).replaceAll(NumberWords::withListInDigits);
        String stated = CLOSING_VALUE.matcher(alone).replaceAll(NumberWords::withListInDigits);
        String closing = RESULT_VALUE.matcher(stated).replaceAll(NumberWords::withListInDigits);
        return ANY.matcher(closing).replaceAll(m -> Matcher.quoteReplacement(
                isLongNumber(m.group()) && !isWholeBracket(closing, m) ? allInDigits(m.group()) : m.group()));
    }

    private static boolean isLongNumber(String phrase) {
        return SpelledNumber.hasScale(phrase) && SpelledNumber.words(phrase) >= 3;
    }

    /**
     * Whether the match is all a bracket holds: {@code = 1.00352×10⁵ (a hundred thousand three hundred fifty-two)} says
     * the value before it again, in words for the reader; in digits it read as a second value, and the answer as none.
     */
    private static boolean isWholeBracket(String text, MatchResult m) {
        return text.substring(0, m.start()).matches("(?s).*\\(\\s*") && text.substring(m.end()).matches("(?s)\\s*\\).*");
    }

    private static String withListInDigits(MatchResult m) {
        return Matcher.quoteReplacement(m.group(1) + allInDigits(m.group(2)));
    }

    /** {@code text} with each number in words it holds in digits, or unchanged when one of them is not a number. */
    private static String allInDigits(String text) {
        Matcher m = ONE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            OptionalLong v = SpelledNumber.value(m.group());
            if (v.isEmpty()) return text;
            m.appendReplacement(out, String.valueOf(v.getAsLong()));
        }
        m.appendTail(out);
        return out.toString();
    }
}
