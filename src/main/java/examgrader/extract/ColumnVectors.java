package examgrader.extract;

import examgrader.ocr.Word;
import examgrader.segment.Fragment;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A vector written as a column, one bracketed number per line, with its name beside the middle
 * row ({@code [0.7]} / {@code C_t = [0.2]} / {@code [0.05]}), reads line by line as three
 * one-number vectors. Runs of such lines are joined back into one row vector before the answer
 * is read, keeping the words (and so the OCR confidence) of every row.
 */
final class ColumnVectors {
    private static final Pattern ROW = Pattern.compile("^(.*?)[\\[(]\\s*(-?\\d*\\.?\\d+)\\s*[\\])]\\s*[.,;:]?\\s*$");
    private static final Pattern JUNK = Pattern.compile("^[^A-Za-z0-9]*$");

    private ColumnVectors() {}

    static List<Fragment> join(List<Fragment> fragments) {
        List<Fragment> out = new ArrayList<>();
        int i = 0;
        while (i < fragments.size()) {
            int end = i;
            while (end < fragments.size() && isRow(fragments.get(end)) && sameOccurrence(fragments.get(i), fragments.get(end))) end++;
            if (end - i >= 2 && joinable(fragments.subList(i, end))) {
                out.add(joined(fragments.subList(i, end)));
                i = end;
            } else {
                out.add(fragments.get(i));
                i++;
            }
        }
        return out;
    }

    private static boolean isRow(Fragment f) {
        return ROW.matcher(f.text().strip()).matches();
    }

    private static boolean sameOccurrence(Fragment a, Fragment b) {
        return a.occurrence() == b.occurrence();
    }

    /** At most one row carries a name or words before its number. */
    private static boolean joinable(List<Fragment> rows) {
        return rows.stream().filter(f -> !JUNK.matcher(prefix(f)).matches()).count() <= 1;
    }

    private static Fragment joined(List<Fragment> rows) {
        String lead = "";
        List<String> numbers = new ArrayList<>();
        List<Word> words = new ArrayList<>();
        for (Fragment f : rows) {
            Matcher m = ROW.matcher(f.text().strip());
            m.matches();
            if (!JUNK.matcher(m.group(1)).matches()) lead = m.group(1);
            numbers.add(m.group(2));
            words.addAll(f.words());
        }
        Fragment first = rows.get(0);
        return new Fragment(first.page(), lead + "[" + String.join(", ", numbers) + "]", words, first.label(),
                first.occurrence());
    }

    private static String prefix(Fragment f) {
        Matcher m = ROW.matcher(f.text().strip());
        return m.matches() ? m.group(1) : "";
    }
}
