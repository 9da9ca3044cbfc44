package examgrader.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a line that answers several questions one after another, each after its own whole label and parted by a bar
 * or a semicolon, out as one line per answer:
 * <pre>{@code
 * T1Q1 no: ... | T1Q3 sigma(z)*sigma(-z) | T1Q4 ...        T1Q1 no: ...
 *                                                   ->     T1Q3 sigma(z)*sigma(-z)
 *                                                          T1Q4 ...
 * }</pre>
 * Read as written, only the label opening the line was seen, and the questions answered after it on the same line were
 * found blank. So too a part's items answered on one line, {@code Q1a: i=4; ii=5; iii=9 | iv=3}, written out as
 * {@code Q1a(i): 4} and so on. A line is broken only where it starts with such a label itself and a bar or semicolon is followed by
 * another: a bar or semicolon before anything else ({@code params = 100352 | mults = ...}) parts values of one answer.
 */
final class InlineLabelBreaks {
    /**
     * A question's whole label, with its question word: {@code T1Q4}, {@code T2Q3:}, {@code Q1(b)(ii)}, {@code Q3c},
     * {@code Task 2.3:}, {@code Question 5.}, {@code Q2.4)}. A bare number or letter could be working; these are not.
     */
    private static final String WHOLE_LABEL = "(?i:T\\d{1,2}\\s?Q\\.?\\s?\\d{1,2}|(?:q|qn|ques|question|task)\\.?\\s?\\d{1,2}"
            + "(?:[.\\-]\\d{1,2})*(?:\\s?\\(?[a-h]\\)?(?:\\s?\\(?[ivx]{1,4}\\)?)?)?)[.:)]?(?=\\s|$)";
    private static final Pattern OPENS_WITH_LABEL = Pattern.compile("[\\s>*#\\-]*" + WHOLE_LABEL);
    /** A bar or a semicolon, and the whole label after it. */
    private static final Pattern BREAK = Pattern.compile("\\s*(?:\\s\\|\\s|;\\s)\\s*(?=[*_]*" + WHOLE_LABEL + ")");

    /**
     * {@code Q1a: i=4; ii=5; iii=9 | iv=3}: a question and part, then its items, each a small roman numeral with {@code =}
     * or {@code :} and its answer, parted by semicolons or bars.
     */
    private static final Pattern ITEM_RUN = Pattern.compile("(?<lead>[\\s>*#\\-]*)(?<prefix>(?i:q\\.?\\s?)?\\d{1,2}\\s?\\(?[a-h]\\)?)"
            + "\\s*[:.)]\\s+(?<items>[ivx]{1,4}\\s*[=:]\\s*[^;|]*[^;|\\s](?:\\s*[;|]\\s*[ivx]{1,4}\\s*[=:]\\s*[^;|]*[^;|\\s])+)\\s*[;|]?\\s*");
    private static final Pattern ITEM = Pattern.compile("([ivx]{1,4})\\s*[=:]\\s*([^;|]*[^;|\\s])");
    /** The most items a run is read for: {@code i} to {@code x}. */
    private static final int MOST_ITEMS = 10;

    private InlineLabelBreaks() {}

    /** Lines opening with a whole label that make it the script's way of labelling, so a page wrap may put one mid-line. */
    private static final int LABELLED_LINES = 2;

    static String asLines(String text) {
        String[] lines = text.split("\n", -1);
        long labelled = java.util.Arrays.stream(lines).filter(l -> OPENS_WITH_LABEL.matcher(l).lookingAt()).count();
        List<String> out = new ArrayList<>();
        for (String line : lines) {
            List<String> items = itemRun(line);
            if (!items.isEmpty()) {
                out.addAll(items);
                continue;
            }
            if (labelled < LABELLED_LINES && !OPENS_WITH_LABEL.matcher(line).lookingAt()) {
                out.add(line);
                continue;
            }
            Matcher m = BREAK.matcher(line);
            int from = 0;
            while (m.find()) {
                out.add(line.substring(from, m.start()));
                from = m.end();
            }
            out.add(line.substring(from));
        }
        return String.join("\n", out);
    }

    /**
     * The items of an {@link #ITEM_RUN} line, one line each with the whole label ({@code Q1a(ii): 5}), when they count
     * on from the first without a gap or repeat ({@code i}, {@code ii}, {@code iii}, ...); none otherwise.
     */
    private static List<String> itemRun(String line) {
        Matcher run = ITEM_RUN.matcher(line);
        if (!run.matches()) return List.of();
        List<String> items = new ArrayList<>();
        Matcher item = ITEM.matcher(run.group("items"));
        int expected = item.find() ? ListNumbers.value('i', item.group(1)) : -1;
        if (expected < 1) return List.of();
        item.reset();
        while (item.find()) {
            if (expected > MOST_ITEMS || ListNumbers.value('i', item.group(1)) != expected) return List.of();
            items.add(run.group("lead") + run.group("prefix").strip() + "(" + item.group(1) + "): " + item.group(2).strip());
            expected++;
        }
        return items;
    }
}
