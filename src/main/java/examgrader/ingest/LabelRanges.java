package examgrader.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a line that answers a run of items under one label out as one line per item, as a
 * student answering them one by one would:
 * <pre>{@code
 * 1(a)(i)-(vi): 4, 5, 8, 1, 3, 7          1(a)(i): 4  ...  1(a)(vi): 7
 * 2.1-2.3: (26, 28), (31, 31), {52}   ->  2.1: (26, 28)  2.2: (31, 31)  2.3: {52}
 * 3(a), 3(b): W_f: 3 x 5, b_f: 3 x 1      3(a): W_f: 3 x 5  3(b): b_f: 3 x 1
 * }</pre>
 * Read as written, only the first and last labels were seen: the items between them were found
 * blank, though answered. A line is written out only when it holds exactly one answer per item
 * (entries parted by a comma and a space, a semicolon or a bar, outside brackets); otherwise it
 * stays as written.
 */
public final class LabelRanges {
    private static final String LEAD = "(?<lead>[\\s>*#-]*)";
    private static final String QUESTION = "(?:Q\\.?\\s?|T)?[1-9]\\d?";
    private static final String TO = "\\s*(?:-|–|—|to)\\s*";
    private static final String AFTER = "\\s*[:=]\\s+(?<values>\\S.*)$";
    /** {@code 1(a)(i)-(vi):}, {@code Q1a i-vi:}: roman items under a question and part. */
    private static final Pattern ROMAN_RANGE = Pattern.compile("(?i)^" + LEAD + "(?<prefix>" + QUESTION
            + "\\s?\\(?[a-h]\\)?\\s?)(?<open>\\(?)(?<a>[ivx]{1,4})\\)?" + TO + "\\(?(?<b>[ivx]{1,4})\\)?" + AFTER);
    /** {@code 1(a)-(c):}: lettered parts under a question. */
    private static final Pattern LETTER_RANGE = Pattern.compile("(?i)^" + LEAD + "(?<prefix>" + QUESTION
            + "\\s?)(?<open>\\(?)(?<a>[a-h])\\)?" + TO + "\\(?(?<b>[a-h])\\)?" + AFTER);
    /** {@code 2.1-2.3:}, {@code T2.1-3:}: numbered items of a task. */
    private static final Pattern DOTTED_RANGE = Pattern.compile("(?i)^" + LEAD + "(?<prefix>(?:Q\\.?\\s?|T)?(?<q>\\d{1,2})\\.)"
            + "(?<a>\\d{1,2})" + TO + "(?:(?:Q\\.?\\s?|T)?\\k<q>\\.)?(?<b>\\d{1,2})" + AFTER);
    /** One label of a list: {@code 3(a)}, {@code 1b(ii)}, {@code 2.4}, {@code Q3b}. */
    private static final String ONE_LABEL = QUESTION + "(?:\\.\\d{1,2}|\\s?\\(?[a-h]\\)?(?:\\s?\\([ivx]{1,4}\\))?)";
    /** {@code 3(a), 3(b):}, {@code 2.1 & 2.2:}: a list of whole labels. */
    private static final Pattern LABEL_LIST = Pattern.compile("(?i)^" + LEAD + "(?<labels>" + ONE_LABEL
            + "(?:\\s*(?:,|&|and)\\s*" + ONE_LABEL + ")+)" + AFTER);
    private static final Pattern LIST_LABEL = Pattern.compile("(?i)" + ONE_LABEL);
    private static final Pattern QUESTION_NUMBER = Pattern.compile("[1-9]\\d?");
    private static final List<String> ROMANS = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x");

    private LabelRanges() {}

    /** {@code text} with each line that answers a run or list of items written out as one line per item. */
    static String asLines(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) out.add(writtenOut(line));
        return String.join("\n", out);
    }

    /**
     * The question number of a line that answers a run or list of its items with one answer each
     * ({@code 2.1-2.3: (26, 28), (31, 31), {52}} is question 2's), or empty. On a page not read
     * from a transcription (a PDF's text layer, OCR) such a line is not written out, so the items
     * it answers are only found in it by a person.
     */
    public static java.util.Optional<String> questionOfARun(String line) {
        if (writtenOut(line).equals(line)) return java.util.Optional.empty();
        Matcher number = QUESTION_NUMBER.matcher(line);
        return number.find() ? java.util.Optional.of(number.group()) : java.util.Optional.empty();
    }

    private static String writtenOut(String line) {
        Matcher m = ROMAN_RANGE.matcher(line);
        if (m.matches()) return rangeLines(m, romans(m.group("a"), m.group("b")), true);
        m = LETTER_RANGE.matcher(line);
        if (m.matches()) return rangeLines(m, letters(m.group("a"), m.group("b")), true);
        m = DOTTED_RANGE.matcher(line);
        if (m.matches()) return rangeLines(m, numbers(m.group("a"), m.group("b")), false);
        m = LABEL_LIST.matcher(line);
        if (m.matches()) {
            List<String> labels = new ArrayList<>();
            Matcher each = LIST_LABEL.matcher(m.group("labels"));
            while (each.find()) labels.add(each.group().strip());
            return linesFor(m.group("lead"), labels, m.group("values"), line);
        }
        return line;
    }

    private static String rangeLines(Matcher m, List<String> items, boolean bracketed) {
        if (items.size() < 2) return m.group();
        String prefix = m.group("prefix");
        List<String> labels = items.stream().map(item -> bracketed ? prefix.strip() + "(" + item + ")" : prefix + item).toList();
        return linesFor(m.group("lead"), labels, m.group("values"), m.group());
    }

    private static String linesFor(String lead, List<String> labels, String values, String asWritten) {
        List<String> answers = entries(values);
        if (answers.size() != labels.size()) return asWritten;
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < labels.size(); i++) lines.add(lead + labels.get(i) + ": " + answers.get(i));
        return String.join("\n", lines);
    }

    /**
     * The entries of a list of answers: parted by a comma and a space, a semicolon or a bar outside
     * brackets; a list of bare numbers parted by spaces only ({@code 4 5 8 1 3 7}) too.
     */
    static List<String> entries(String values) {
        List<String> entries = new ArrayList<>();
        int depth = 0, from = 0;
        for (int i = 0; i < values.length(); i++) {
            char c = values.charAt(i);
            if ("([{".indexOf(c) >= 0) depth++;
            else if (")]}".indexOf(c) >= 0 && depth > 0) depth--;
            boolean parts = depth == 0 && (c == ';' || c == '|' || c == ',' && i + 1 < values.length()
                    && Character.isWhitespace(values.charAt(i + 1)));
            if (parts) {
                entries.add(values.substring(from, i).strip());
                from = i + 1;
            }
        }
        entries.add(values.substring(from).strip());
        entries.removeIf(String::isEmpty);
        if (entries.size() == 1 && values.strip().matches("\\d+(?:\\s+\\d+)+")) return List.of(values.strip().split("\\s+"));
        return entries;
    }

    private static List<String> romans(String a, String b) {
        int from = ROMANS.indexOf(a.toLowerCase(Locale.ROOT)), to = ROMANS.indexOf(b.toLowerCase(Locale.ROOT));
        return from < 0 || to <= from ? List.of() : ROMANS.subList(from, to + 1);
    }

    private static List<String> letters(String a, String b) {
        List<String> out = new ArrayList<>();
        for (char c = Character.toLowerCase(a.charAt(0)); c <= Character.toLowerCase(b.charAt(0)); c++) out.add(String.valueOf(c));
        return out;
    }

    private static List<String> numbers(String a, String b) {
        int from = Integer.parseInt(a), to = Math.min(Integer.parseInt(b), from + 11);
        List<String> out = new ArrayList<>();
        for (int n = from; n <= to; n++) out.add(String.valueOf(n));
        return out;
    }
}
