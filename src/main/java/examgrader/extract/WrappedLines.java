package examgrader.extract;

import examgrader.ocr.Box;
import examgrader.segment.Fragment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A statement that a line break cut in two: the page was too narrow for it (a printed or typed
 * paragraph wraps), so each line alone says only half. These kinds of cut are sure enough to join
 * the lines again before the answer is read:
 * <ul>
 *   <li>a line that ends in a number and a next line that opens with the word scaling it ({@code in total roughly 3.09} /
 *       {@code million, exactly 3 088 878}): read alone, 3.09 was the total;</li>
 *   <li>a line that ends in a number and a next line that opens with what it counts and a product ({@code total = 4} /
 *       {@code gates x (15 weights + 3 biases) = 72 params});</li>
 *   <li>a line that ends in a number and a next line that opens by multiplying it
 *       ({@code =\boxed{1.00352}} / {@code \times 10^{5}}): read alone, the first line's
 *       mantissa was taken for the answer;</li>
 *   <li>a line that opens a list of numbers and ends after a separator, and a next line that
 *       holds its last entries and closes it ({@code [0.6044; 0.1974;} / {@code 0.0500]});</li>
 *   <li>a line that ends in a binary operator, whose operand is on the next line
 *       ({@code so the total is 4 x} / {@code (6 + 3) = 36 parameters.}): the value before the
 *       operator is a factor of the working, not the line's result;</li>
 *   <li>a line that ends in a word, without a stop, comma or colon, followed by a line that
 *       starts with a small letter ({@code Hence the total} / {@code number of multiplications is
 *       3,108,030.}): one sentence going on, whose subject is on the first line; but not when the
 *       first line already states a number and the next works one out with an "=" of its own
 *       ({@code total: about 4.2 million multiplications} / {@code first layer mults = 2048*1024 =
 *       2,097,152}): two statements, and joined, the second's result was taken as the total;</li>
 *   <li>a sentence cut after a comma (typed, or read surely by OCR), going on in small letters ({@code starting from 0,} /
 *       {@code one addition per product → 2,508,800}): the number before the comma is working, not the answer;</li>
 *   <li>a list of numbers cut before its last entry ({@code can be 52, 53 or} / {@code 54.}, {@code n = 51, 52,} / {@code 53}), or a number whose
 *       sentence ends on the next line in a few words naming what it counts ({@code = 3,088,878} /
 *       {@code multiplications in total.}).</li>
 * </ul>
 * A line ending in "=" is left to {@link Statements}, which goes on with its chain on the next
 * line. Dashes at the end of a line are left alone: on a scan they are mostly specks and rules.
 * Lines are joined only when nothing lies between them: on the same page, and, where the page
 * gives word boxes, the second right below the first (segmentation may give an answer lines
 * that are far apart).
 */
final class WrappedLines {
    /**
     * A binary operator closing a line; "x" and "×" only after a number or a bracket, where they
     * multiply. Two stars close Markdown bold ({@code **What is the size of b?**}), not a product.
     */
    private static final Pattern ENDS_IN_OPERATOR = Pattern.compile("(?:[+/−·]|\\\\(?:times|cdot)|(?<!\\*)\\*|(?<=[\\d)\\]]\\s?)[x×])\\s*$");
    /**
     * A line that opens by multiplying ({@code \times 10^{5}}, {@code × 7 × 32}): the page cut
     * a product, or a number in scientific notation, after its first factor. "*" counts only before
     * a power of ten: elsewhere it opens a Markdown bullet.
     */
    private static final Pattern STARTS_MULTIPLYING = Pattern.compile("^(?:(?:\\\\times|\\\\cdot|[×·])\\s*[\\d({]|\\*\\s*10\\s*(?:\\^|\\*\\*))");
    private static final Pattern ENDS_IN_NUMBER = Pattern.compile("[\\d)\\]}]$");
    /**
     * A line opening with what the number above counts and a product ({@code total = 4} / {@code gates x (15 weights + 3
     * biases) = 72 params}): the number is a factor of the working, not the line's result.
     */
    private static final Pattern STARTS_COUNT_TIMES = Pattern.compile("[a-z]{2,}\\s+(?:[x×*·]|times)\\s*[\\d(]");
    /** A line opening with the word that scales the number ending the line above ({@code roughly 3.09} / {@code million, exactly ...}). */
    private static final Pattern STARTS_WITH_SCALE_WORD = Pattern.compile(Scales.WORD + "\\b");
    /** A line that goes on with a list's entries and closes it: {@code 0.0500]$}. */
    private static final Pattern STARTS_NUMBER_AND_CLOSES = Pattern.compile("^[-+]?\\.?\\d[^\\[(]*[\\])]");

    /**
     * Whether the line's last square bracket or parenthesis is opened, holds a number, and is not
     * closed on it ({@code = [0.6044; 0.1974;} / {@code 0.0500]$}): the page cut a vector, and read
     * alone its first entries looked like the whole answer.
     */
    private static boolean opensAListItDoesNotClose(String line) {
        int open = Math.max(line.lastIndexOf('['), line.lastIndexOf('('));
        if (open < 0) return false;
        String rest = line.substring(open + 1);
        return rest.indexOf(']') < 0 && rest.indexOf(')') < 0 && rest.matches(".*\\d.*[,;]\\s*$");
    }
    /** A number and a minus or dash closing a line: {@code floor((64 —}. */
    private static final Pattern ENDS_IN_NUMBER_AND_MINUS = Pattern.compile("\\d\\s*[-\u2013\u2014\u2212]$");

    /**
     * Whether the line ends by subtracting from a number inside a bracket it has not closed
     * ({@code the width is floor((64 —} / {@code 5)/2) + 1 = 30}): there the dash is no speck or
     * rule but a minus whose operand the page moved to the next line, and read alone the line
     * gave its first number for the width.
     */
    private static boolean subtractsInsideOpenBracket(String line) {
        return ENDS_IN_NUMBER_AND_MINUS.matcher(line).find() && leavesABracketOpen(line);
    }

    /** Whether the text opens more round or square brackets than it closes: working the page cut before its end. */
    static boolean leavesABracketOpen(String text) {
        return text.chars().filter(c -> c == '(' || c == '[').count() > text.chars().filter(c -> c == ')' || c == ']').count();
    }

    /**
     * A line that opens with a bracket and words, a remark, and is left open, and a next line that closes it
     * ({@code (x_t is 2, ... four gates f, i, o,} / {@code C~ each with a 3 × 5 matrix.)}): a remark the page wrapped,
     * read whole so that its numbers stay the remark's.
     */
    private static boolean remarkClosedBelow(String line, String next) {
        return REMARK_OPENING.matcher(line).lookingAt() && leavesABracketOpen(line) && REMARK_CLOSING.matcher(next).find()
                && !leavesABracketOpen(line + " " + next);
    }

    private static final Pattern REMARK_OPENING = Pattern.compile("\\s*\\((?=[A-Za-z])");
    private static final Pattern REMARK_CLOSING = Pattern.compile("[)\\]][\\s.]*$");

    /** A word closing a line, no punctuation after it. */
    private static final Pattern ENDS_IN_WORD = Pattern.compile(".*[A-Za-z]{2,}$");
    private static final Pattern STARTS_SMALL = Pattern.compile("^[a-z]{2,}\\b.*");
    private static final Pattern STARTS_OPERAND = Pattern.compile("^[\\d(\\[{.A-Za-z].*");

    /** A list of numbers the line leaves open before its last entry: {@code can be 52, 53 or} / {@code 54.} */
    private static final Pattern ENDS_IN_LIST_WORD = Pattern.compile("(?i).*\\d\\s*,?\\s+(?:or|and)$");
    private static final Pattern STARTS_NUMBER = Pattern.compile("^[-+]?\\d");
    /**
     * A few words alone (four at most), no number, no "=" ({@code = 3,088,878} / {@code multiplications in total.}): the rest of
     * the sentence that states the number, naming what it counts; maybe closing the bold the number opened
     * ({@code = **65,536} / {@code trainable parameters**.}).
     */
    private static final Pattern ONLY_WORDS = Pattern.compile("^[a-z]{2,}(?:[\\s,]+[a-z]+){0,3}(?:\\*\\*|__)?[.!]?$");
    /** A number closing a line, not a list's bracket ({@code = [0.5, 0, 0.05]} / {@code sum them ...} is working and its remark). */
    private static final Pattern ENDS_IN_DIGIT = Pattern.compile("\\d$");

    /** A list of numbers cut after a comma ({@code n = 51, 52,} / {@code 53**}): the line ends in a number and a comma. */
    private static final Pattern ENDS_IN_NUMBER_AND_COMMA = Pattern.compile(".*\\d\\s*,$");
    /** The last entries of a list, and nothing more: numbers, commas, "or"/"and", emphasis and a stop ({@code 53**}, {@code 53 or 54.}). */
    private static final String LAST_ENTRIES_TEXT = "\\d[\\d.]*(?:\\s*(?:,|or|and)\\s*\\d[\\d.]*)*[*_}\\])]*[.!]?";
    private static final Pattern LAST_ENTRIES = Pattern.compile("(?i)" + LAST_ENTRIES_TEXT);

    /**
     * A list of numbers cut before its last entry's "or" ({@code → n = 52, 53} / {@code or 54.}): the line ends in two
     * numbers or more parted by commas, and the next is "or" or "and" and the last entries.
     */
    private static final Pattern ENDS_IN_LISTED_NUMBERS = Pattern.compile(".*\\d\\s*,\\s*\\d[\\d.]*$");
    private static final Pattern LAST_ENTRY_AFTER_OR = Pattern.compile("(?i)(?:or|and)\\s+" + LAST_ENTRIES_TEXT);

    /** A number alone ending a sentence ({@code the four gates together have} / {@code 84.}): the sentence's value. */
    private static final Pattern NUMBER_ENDING_A_SENTENCE = Pattern.compile("\\d[\\d,]*(?:\\.\\d+)?[.!]");

    private WrappedLines() {}

    /**
     * Whether the comma closing the line is surely there and not a speck: typed, or read by OCR as part of a word it
     * was sure of ({@code 0,} at 90).
     */
    private static boolean commaSurelyRead(Fragment line) {
        if (line.minConfidence() >= 100) return true;
        List<examgrader.ocr.Word> words = line.words();
        if (words.isEmpty()) return false;
        examgrader.ocr.Word last = words.get(words.size() - 1);
        return last.text().endsWith(",") && last.confidence() >= SURE_COMMA;
    }

    /** The confidence at which OCR's reading of a word ending in a comma is taken as written. */
    private static final double SURE_COMMA = 85;

    static List<Fragment> join(List<Fragment> fragments) {
        List<Fragment> out = new ArrayList<>();
        for (Fragment f : fragments) {
            Fragment last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && wraps(last, f)) {
                out.set(out.size() - 1, joined(last, f));
            } else {
                out.add(f);
            }
        }
        return out;
    }

    /** Whether {@code next} goes on with the statement {@code line} leaves unfinished. */
    static boolean wraps(Fragment line, Fragment next) {
        if (line.page() != next.page() || line.occurrence() != next.occurrence() || !rightBelow(line, next)) return false;
        String end = lastLine(line.text()).strip();
        String start = next.text().strip();
        if (end.isEmpty() || start.isEmpty() || line.text().contains("\n") || next.text().contains("\n")) return false;
        if (ENDS_IN_OPERATOR.matcher(end).find() || subtractsInsideOpenBracket(end)) return STARTS_OPERAND.matcher(start).matches();
        if (ENDS_IN_NUMBER.matcher(end).find() && STARTS_MULTIPLYING.matcher(start).find()) return true;
        if (ENDS_IN_DIGIT.matcher(end).find() && STARTS_WITH_SCALE_WORD.matcher(start).lookingAt()) return true;
        if (ENDS_IN_DIGIT.matcher(end).find() && STARTS_COUNT_TIMES.matcher(start).lookingAt()) return true;
        if (opensAListItDoesNotClose(end) && STARTS_NUMBER_AND_CLOSES.matcher(start).find()) return true;
        if (ENDS_IN_LIST_WORD.matcher(end).matches() && STARTS_NUMBER.matcher(start).find()) return true;
        if (ENDS_IN_DIGIT.matcher(end).find() && ONLY_WORDS.matcher(start).matches()) return true;
        if (ENDS_IN_NUMBER_AND_COMMA.matcher(end).matches() && LAST_ENTRIES.matcher(start).matches()) return true;
        if (ENDS_IN_LISTED_NUMBERS.matcher(end).matches() && LAST_ENTRY_AFTER_OR.matcher(start).matches()) return true;
        if (ENDS_IN_WORD.matcher(end).matches() && NUMBER_ENDING_A_SENTENCE.matcher(start).matches()) return true;
        if (end.endsWith(",") && STARTS_SMALL.matcher(start).matches() && commaSurelyRead(line)) return true;
        if (remarkClosedBelow(line.text(), start)) return true;
        boolean twoStatements = end.matches(".*\\d.*") && start.contains("=");
        return ENDS_IN_WORD.matcher(end).matches() && STARTS_SMALL.matcher(start).matches() && !twoStatements;
    }

    private static String lastLine(String text) {
        return text.substring(text.lastIndexOf('\n') + 1);
    }

    /**
     * Whether {@code next} is the line right below {@code line}: no more than a line's height
     * between them. Unknown boxes (typed text, transcriptions) say nothing against it.
     */
    private static boolean rightBelow(Fragment line, Fragment next) {
        Box a = line.box();
        Box b = next.box();
        if (!a.isKnown() || !b.isKnown()) return true;
        int gap = b.y() - (a.y() + a.height());
        return gap >= -a.height() / 2 && gap <= Math.max(a.height(), b.height());
    }

    private static Fragment joined(Fragment line, Fragment next) {
        List<examgrader.ocr.Word> words = new ArrayList<>(line.words());
        words.addAll(next.words());
        return new Fragment(line.page(), line.text().stripTrailing() + " " + next.text().strip(), words, line.label(),
                line.occurrence());
    }

    /**
     * Whether {@code read} is {@code fragment} itself or holds it, joined with a line it wraps
     * onto or from: how a value's source is found among the answer's fragments.
     */
    static boolean holds(Fragment read, Fragment fragment) {
        if (read.page() != fragment.page()) return false;
        String r = read.text();
        String f = fragment.text();
        return r.equals(f) || r.startsWith(f.stripTrailing() + " ") || r.endsWith(" " + f.strip());
    }
}
