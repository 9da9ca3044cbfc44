package examgrader.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Reads a question-and-answer table that a student lined up with spaces in a plain-text editor:
 * <pre>{@code
 * 3(c)      total params           each gate 3*5 + 3 = 18        3(c): total params, each gate 3*5 + 3 = 18
 *                                  4 gates -> 72            ->         4 gates -> 72
 * 5         pointwise out          199 x 199 x 10               5: pointwise out, 199 x 199 x 10
 * }</pre>
 * Each row is written as {@link MarkdownTables} writes a table's row: its first cell, a colon, the other cells with
 * commas. A line whose first column is empty goes on with the cell above it; it is set under that row's answer, where
 * a hanging indent puts it, so a number opening it ({@code 4 gates}) reads as the answer going on, not as question 4.
 * Left as typed, the columns' spaces were no separators: a row's title ran into its answer
 * ({@code 5 pointwise out 199 x 199 x 10} gave no shape) and a title's words vouched for the first line of the cell
 * only ({@code total mults  depthwise: ... = 1,920,000} read as the total).
 * <p>
 * A block is such a table only when its columns are plain: two or more besides the first, each starting at one
 * character position after a gap of three spaces or more on at least {@link #MIN_ALIGNED} lines, and at least
 * {@link #MIN_LABELLED_ROWS} rows open with a question's label ({@code 1(a)(i)}, {@code 5}, {@code Q3}). A label and
 * its answer parted by a tab or a gap ({@code 1(a)i.    f_t – position 4}) are read as they stand. Working lined up at its "=" signs, prose, answers
 * with their labels in brackets after them and tables drawn with bars or tabs are left as they are.
 */
final class SpacedColumnTables {
    /** Lines on which a column must start after a wide gap to count as a column. */
    private static final int MIN_ALIGNED = 3;
    /** Rows whose first cell must be a question's label for the block to be a table of answers. */
    private static final int MIN_LABELLED_ROWS = 3;
    /** The gap before a column on the lines that define it: three spaces or more. */
    private static final int WIDE_GAP = 3;
    /** A question's label opening a cell: {@code 1(a)(i)}, {@code 2.1}, {@code 5}, {@code Q3}, {@code T1.4}, {@code Task 2}. */
    private static final Pattern LABEL_CELL = Pattern.compile(
            "(?i)(?:q(?:uestion|n)?\\.?\\s?|task\\s?|ans(?:wer)?\\.?\\s?|t)?\\(?\\d{1,2}(?:[.)(:\\-/]?[a-z0-9ivx().]*)");
    /**
     * A label in brackets after an answer, {@code 4      [1a-i   f_t]}: the answer comes first and the label says whose
     * it is, which the segmenter reads from the line as typed; the first column holds answers, not labels.
     */
    private static final Pattern LABEL_IN_BRACKETS = Pattern.compile(
            "(?i)\\S\\s{2,}[\\[(]\\s*(?:q(?:uestion)?|task|t|part)?\\.?\\s*\\d{1,2}(?![\\d,.]\\d)[^\\[\\]()]{0,16}(?:\\([^()]{0,6}\\)[^\\[\\]()]{0,10})*[\\])]\\s*$");
    /** A rule under a heading or around the table: dashes, equals signs, underscores. */
    private static final Pattern RULE = Pattern.compile("\\s*[-=_]{3,}[-=_ ]*");

    private SpacedColumnTables() {}

    /** {@code text} with every spaced table's rows written as lines; anything else as it is. */
    static String asLines(String text) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (lines[i].isBlank()) {
                out.add(lines[i++]);
                continue;
            }
            int end = i;
            while (end < lines.length && !lines[end].isBlank()) end++;
            out.addAll(block(List.of(lines).subList(i, end)));
            i = end;
        }
        return String.join("\n", out);
    }

    /** A run of non-blank lines, rewritten when it is a spaced table. */
    private static List<String> block(List<String> lines) {
        if (lines.stream().anyMatch(l -> l.indexOf('|') >= 0 || l.indexOf('\t') >= 0)) return lines;
        List<Integer> columns = columns(lines);
        if (columns.size() < 2) return lines;
        int first = columns.get(0);
        long labelledRows = lines.stream().filter(l -> isRow(l, first))
                .filter(l -> LABEL_CELL.matcher(cells(l, columns).get(0)).matches()).count();
        if (labelledRows < MIN_LABELLED_ROWS || lines.stream().anyMatch(l -> LABEL_IN_BRACKETS.matcher(l).find())) return lines;
        List<String> out = new ArrayList<>();
        int answerIndent = 0;
        for (String line : lines) {
            if (RULE.matcher(line).matches()) {
                out.add(line);
                continue;
            }
            List<String> cells = cells(line, columns);
            List<String> filled = cells.stream().skip(1).filter(c -> !c.isEmpty()).toList();
            if (isRow(line, first)) {
                String name = cells.get(0);
                if (filled.isEmpty()) {
                    out.add(name);
                    answerIndent = 0;
                    continue;
                }
                String separator = name.matches(".*[.):]") ? " " : MarkdownTables.nameSeparator(name);
                out.add(name + separator + String.join(", ", filled));
                answerIndent = name.length() + separator.length();
            } else {
                out.add(" ".repeat(answerIndent) + String.join(", ", cells.stream().filter(c -> !c.isEmpty()).toList()));
            }
        }
        return out;
    }

    /** Whether the line has something in the first column, before the first column of cells: a row, not a cell going on. */
    private static boolean isRow(String line, int firstColumn) {
        return TypedText.indentOf(line) < firstColumn && !RULE.matcher(line).matches();
    }

    /**
     * The positions where columns start: those at which, on at least {@link #MIN_ALIGNED} lines starting at the
     * margin, text starts after a gap of {@link #WIDE_GAP} spaces or more following other text.
     */
    static List<Integer> columns(List<String> lines) {
        Map<Integer, Integer> starts = new TreeMap<>();
        for (String line : lines) {
            if (RULE.matcher(line).matches() || TypedText.indentOf(line) >= WIDE_GAP) continue;
            int spaces = 0;
            for (int p = TypedText.indentOf(line); p < line.length(); p++) {
                if (line.charAt(p) == ' ') {
                    spaces++;
                    continue;
                }
                if (spaces >= WIDE_GAP) starts.merge(p, 1, Integer::sum);
                spaces = 0;
            }
        }
        List<Integer> columns = new ArrayList<>();
        starts.forEach((at, count) -> {
            if (count >= MIN_ALIGNED) columns.add(at);
        });
        return columns;
    }

    /**
     * The line cut at the columns it has text at: a column starts a cell where a space stands before it and text at it
     * (one space is enough there, {@code 1(a)(iii) o_t}); a word running across a column stays in its cell.
     */
    static List<String> cells(String line, List<Integer> columns) {
        List<String> cells = new ArrayList<>();
        int from = 0;
        for (int column : columns) {
            if (column >= line.length()) break;
            if (line.charAt(column) == ' ' || line.charAt(column - 1) != ' ') continue;
            cells.add(line.substring(from, column).strip().replaceAll(" {2,}", " "));
            from = column;
        }
        cells.add(line.substring(Math.min(from, line.length())).strip());
        return cells;
    }
}
