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
 * is read, keeping the words (and so the OCR confidence) of every row. So are the rows of one
 * bracket that opens on the first line and closes on the last ({@code C_t = [0.7} / {@code 0.2} /
 * {@code 0.05]}), which read as a one-number vector, a lone number and a number with a stray bracket.
 */
final class ColumnVectors {
    private static final Pattern ROW = Pattern.compile("^(.*?)[\\[(]\\s*(-?\\d*\\.?\\d+)\\s*[\\])]\\s*[.,;:]?\\s*$");
    /** The first row of a bracket spanning rows: {@code C_t = [0.7}. */
    private static final Pattern OPENING_ROW = Pattern.compile("^(.*?)([\\[(])\\s*(-?\\d*\\.?\\d+)\\s*[,;]?\\s*$");
    /** A row inside it: {@code 0.2}. */
    private static final Pattern INNER_ROW = Pattern.compile("^\\s*(-?\\d*\\.?\\d+)\\s*[,;]?\\s*$");
    /** Its last row: {@code 0.05]}. */
    private static final Pattern CLOSING_ROW = Pattern.compile("^\\s*(-?\\d*\\.?\\d+)\\s*([\\])])\\s*[.,;:]?\\s*$");
    private static final Pattern JUNK = Pattern.compile("^[^A-Za-z0-9]*$");

    private ColumnVectors() {}

    static List<Fragment> join(List<Fragment> fragments) {
        List<Fragment> out = new ArrayList<>();
        int i = 0;
        while (i < fragments.size()) {
            int end = i;
            while (end < fragments.size() && isRow(fragments.get(end)) && sameOccurrence(fragments.get(i), fragments.get(end))) end++;
            int spanEnd = bracketSpanEnd(fragments, i);
            if (end - i >= 2 && joinable(fragments.subList(i, end))) {
                out.add(joined(fragments.subList(i, end)));
                i = end;
            } else if (spanEnd > i) {
                out.add(joinedSpan(fragments.subList(i, spanEnd + 1)));
                i = spanEnd + 1;
            } else {
                out.add(fragments.get(i));
                i++;
            }
        }
        return out;
    }

    /**
     * The index of the row that closes a bracket opened, with a number, at row {@code i}, every row
     * between holding one number; -1 when row {@code i} opens no such bracket.
     */
    private static int bracketSpanEnd(List<Fragment> fragments, int i) {
        Matcher open = OPENING_ROW.matcher(fragments.get(i).text().strip());
        if (!open.matches()) return -1;
        String close = open.group(2).equals("[") ? "]" : ")";
        for (int j = i + 1; j < fragments.size() && sameOccurrence(fragments.get(i), fragments.get(j)); j++) {
            String text = fragments.get(j).text().strip();
            Matcher last = CLOSING_ROW.matcher(text);
            if (last.matches()) return last.group(2).equals(close) ? j : -1;
            if (!INNER_ROW.matcher(text).matches()) return -1;
        }
        return -1;
    }

    /** The rows of a bracket spanning them ({@link #bracketSpanEnd}) as one row vector after the first row's lead. */
    private static Fragment joinedSpan(List<Fragment> rows) {
        Matcher open = OPENING_ROW.matcher(rows.get(0).text().strip());
        open.matches();
        List<String> numbers = new ArrayList<>(List.of(open.group(3)));
        List<Word> words = new ArrayList<>(rows.get(0).words());
        for (Fragment f : rows.subList(1, rows.size())) {
            Matcher m = INNER_ROW.matcher(f.text().strip());
            if (!m.matches()) {
                m = CLOSING_ROW.matcher(f.text().strip());
                m.matches();
            }
            numbers.add(m.group(1));
            words.addAll(f.words());
        }
        Fragment first = rows.get(0);
        return new Fragment(first.page(), open.group(1) + "[" + String.join(", ", numbers) + "]", words, first.label(),
                first.occurrence());
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
