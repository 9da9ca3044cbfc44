package examgrader.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the rows of a Markdown table in a transcription into ordinary lines, so that an answer
 * written as a table is labelled, split and read as if written line by line:
 * <pre>{@code
 * | variable | position |        variable: position
 * |---|---|                 ->
 * | $f_t$ | 4 |                  $f_t$: 4
 * }</pre>
 * The first cell names the row, so a colon follows it, as students write {@code f_t: 4}; further
 * cells follow with commas (never spaces alone, which would join {@code 1 | 568} into one number,
 * 1 568), but for an answer column beside a working column: a "therefore" leads from the working to the
 * answer ({@code | 2.4 | 7·7·64 | 3,136 |} as {@code 2.4: 7·7·64 ∴ 3,136}, and so too with the
 * answer column first). Rule rows are dropped. Only a block with a rule row under its first line is a table,
 * as in GitHub Markdown; a lone line between bars ({@code |x| = 3}) is left as written. An ASCII table drawn in a
 * plain-text editor is read the same way: its rules are {@code +-----+------+} frames, one above its heading row too.
 */
final class MarkdownTables {
    /** {@code |---|:--:|}, {@code --- | ---}: dashes, optional alignment colons, at least one bar. */
    private static final Pattern RULE = Pattern.compile("\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*");
    /** {@code +-----+-------+}: the frame of an ASCII table, drawn above and below its heading and under its last row. */
    private static final Pattern FRAME_RULE = Pattern.compile("\\s*\\+(?:[-=]+\\+)+\\s*");
    /** A bar that separates cells, not one escaped as {@code \|}. */
    private static final Pattern CELL_BAR = Pattern.compile("(?<!\\\\)\\|");

    /** A column heading that names a level of a question's label: {@code Task}, {@code Q}, {@code Part}, {@code Q no.}. */
    private static final Pattern LABEL_HEADER = Pattern.compile(
            "(?i)[*\\s]*(?:task|q|qn|ques|question|part|sub-?part|sub|item|problem|exercise|section|no)\\.?(?:\\s*(?:no|#)\\.?)?[*\\s]*|#");
    /** A cell holding one level of a label: {@code 2}, {@code b}, {@code (iv)}, {@code **3**}. */
    private static final Pattern LABEL_CELL = Pattern.compile("[*\\s]*\\(?(?:\\d{1,2}|[a-h]|[ivx]{1,4})\\)?[*\\s]*");
    /**
     * The last label cell may also be an item split into sub-rows, {@code 4a}, or an item with the quantity
     * it answers, {@code 4 parameters} (as {@link CsvTables} names a sub-row the sheet explains).
     */
    private static final Pattern LAST_LABEL_CELL = Pattern.compile(
            "\\s*(?<item>\\d{1,2})(?:(?<sub>[a-h])|\\s+(?<name>[A-Za-z][A-Za-z ]*[A-Za-z]))\\s*");

    private MarkdownTables() {}

    /** {@code text} with every table's rows written as lines; text outside tables is kept verbatim. */
    static String asLines(String text) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (i + 2 < lines.length && isFrame(lines[i]) && isRow(lines[i + 1]) && isRule(lines[i + 2])) i++;
            if (i + 1 < lines.length && isRow(lines[i]) && isRule(lines[i + 1])) {
                int end = i + 2;
                while (end < lines.length && (isRow(lines[end]) || isFrame(lines[end]))) end++;
                List<String> body = gridRows(joinWrappedRows(lines[i], Arrays.asList(lines).subList(i + 2, end)));
                int labelColumns = labelColumns(cells(lines[i]), body);
                AnswerBesideWorking answerColumns = answerBesideWorking(cells(lines[i]));
                if (labelColumns == 0) out.add(row(lines[i], null));
                for (String line : body) out.add(labelColumns > 0 ? labelledRow(line, labelColumns, answerColumns) : row(line, answerColumns));
                i = end;
            } else {
                out.add(lines[i++]);
            }
        }
        return String.join("\n", out);
    }

    /**
     * A printed page that opens in the middle of a table the page before began ({@code +------+...} and rows, no
     * heading): the table's heading, and the rule under it, from the page before, written above it, so its rows are
     * read as that table's rows, with the answer column it names. Alone, the page's rows had no heading, and the
     * answer cell beside the working was read as one more step of it. The page as it is otherwise.
     */
    static String headedAsOnPageBefore(String before, String page) {
        if (!opensWithTableLine(page)) return page;
        List<String> previous = before.lines().toList();
        int last = previous.size() - 1;
        while (last >= 0 && previous.get(last).isBlank()) last--;
        if (last < 0 || !(isRow(previous.get(last)) || isFrame(previous.get(last)))) return page;
        int first = last;
        while (first > 0 && !previous.get(first - 1).isBlank()) first--;
        for (int i = first; i + 1 <= last; i++) {
            if (isRow(previous.get(i)) && !isRule(previous.get(i)) && isRule(previous.get(i + 1))) {
                String frame = i > first && isFrame(previous.get(i - 1)) ? previous.get(i - 1) + "\n" : "";
                return frame + previous.get(i) + "\n" + previous.get(i + 1) + "\n" + page;
            }
        }
        return page;
    }

    /** Whether the page's first line that is not blank is a table's row or frame: the page may open inside a table. */
    static boolean opensWithTableLine(String page) {
        return page.lines().dropWhile(String::isBlank).findFirst().filter(l -> isRow(l) || isFrame(l)).isPresent();
    }

    /**
     * The table's rows with a row that a page wrapped onto the lines below it joined up again: in a table whose rows end
     * with a bar, as its heading row does, a row that does not ({@code | 1 | 1 | No. c_{t-1} is fixed ... h_{t-1} is})
     * goes on with the lines after it, up to the one that ends with the bar ({@code computed from it afterwards. |}).
     * A PDF printed from Markdown wraps long rows so; a transcription has none. Rules are kept, for {@link #gridRows}.
     */
    private static List<String> joinWrappedRows(String heading, List<String> body) {
        if (!heading.strip().endsWith("|")) return body;
        List<String> rows = new ArrayList<>();
        StringBuilder open = null;
        for (String line : body) {
            if (isRule(line)) {
                if (open != null) rows.add(open.toString());
                open = null;
                rows.add(line);
            } else if (open != null) {
                open.append(' ').append(line.strip());
                if (line.strip().endsWith("|")) {
                    rows.add(open.toString());
                    open = null;
                }
            } else if (line.strip().startsWith("|") && !line.strip().endsWith("|")) {
                open = new StringBuilder(line.stripTrailing());
            } else {
                rows.add(line);
            }
        }
        if (open != null) rows.add(open.toString());
        return rows;
    }

    /**
     * The body's rows, rules left out. In a grid table, whose frame rules {@code +------+-----+} stand between its rows,
     * a row may take several lines, each cell's text wrapped inside its column:
     * <pre>{@code
     * | T2.4 | out = (19 - 7)/3 + 1 = 5 -> 5 x 5 x 64 outputs, | 2.5088E+06 |
     * | mult | 1568 mults each (spreadsheet)                    |            |
     * +------+--------------------------------------------------+------------+
     * }</pre>
     * Those lines are one row: each column's lines joined into one cell ({@code T2.4 mult}, the name's always with a space), so the row's name, its
     * working and its answer are read together. Read line by line, the answer stood on a line without the name of the
     * quantity it answers, and the working's count per output ({@code 1568 mults each}) on the line with it. Lines of
     * a cell are joined with a space where an expression or a sentence goes on across them, else with "; ", as separate
     * statements. A table whose rules frame only its heading and its end keeps one row per line, and so does one with
     * no line whose first cell is empty (a row going on shows so), whose rules part groups of one-line rows.
     */
    private static List<String> gridRows(List<String> body) {
        boolean ruledBetweenRows = false;
        for (int k = 1; k + 1 < body.size(); k++) ruledBetweenRows |= isFrame(body.get(k)) && !isFrame(body.get(k - 1));
        boolean cellsGoOn = body.stream().filter(l -> !isRule(l)).map(MarkdownTables::cells)
                .anyMatch(c -> c.size() > 1 && c.get(0).isEmpty() && c.stream().anyMatch(cell -> !cell.isEmpty()));
        if (!ruledBetweenRows || !cellsGoOn) return body.stream().filter(l -> !isRule(l)).toList();
        List<String> rows = new ArrayList<>();
        List<String> group = new ArrayList<>();
        for (String line : body) {
            if (!isRule(line)) {
                group.add(line);
                continue;
            }
            if (!group.isEmpty()) rows.add(joinedRow(group));
            group.clear();
        }
        if (!group.isEmpty()) rows.add(joinedRow(group));
        return rows;
    }

    /** The lines of one grid-table row as one row, each column's lines joined. */
    private static String joinedRow(List<String> lines) {
        if (lines.size() == 1) return lines.get(0);
        List<List<String>> cellsPerLine = lines.stream().map(MarkdownTables::cells).toList();
        int width = cellsPerLine.stream().mapToInt(List::size).max().orElse(0);
        StringBuilder row = new StringBuilder("|");
        for (int c = 0; c < width; c++) {
            String cell = "";
            for (List<String> cells : cellsPerLine) {
                String part = c < cells.size() ? cells.get(c) : "";
                if (part.isEmpty()) continue;
                cell = cell.isEmpty() ? part : cell + (c == 0 || goesOn(cell, part) ? " " : "; ") + part;
            }
            row.append(' ').append(cell.replace("|", "\\|")).append(" |");
        }
        return row.toString();
    }

    /** Whether a cell's next line goes on with the text before it: an expression or a sentence cut in the middle. */
    private static boolean goesOn(String before, String next) {
        return GOES_ON_AFTER.matcher(before).find() || GOES_ON_BEFORE.matcher(next).lookingAt();
    }

    private static final Pattern GOES_ON_AFTER = Pattern.compile(
            "(?:[=+\\-*/×·(,\\[{]|->|→|\\b(?:and|or|of|the|a|an|to|is|are|with|by|for|from|as|per|each|so|then|than))\\s*$");
    private static final Pattern GOES_ON_BEFORE = Pattern.compile("\\s*(?:[=+\\-*/×·)\\]}]|[a-z]{2,}\\s+[a-z]{2,}\\b)");

    private static boolean isRow(String line) {
        return !line.isBlank() && CELL_BAR.matcher(line).find();
    }

    private static boolean isRule(String line) {
        return line.indexOf('|') >= 0 && RULE.matcher(line.stripTrailing()).matches() || isFrame(line);
    }

    private static boolean isFrame(String line) {
        return FRAME_RULE.matcher(line).matches();
    }

    /**
     * The row as a line; {@code columns}, when not null, are a column headed as the answer beside one
     * headed as working: the answer cell is what the working cell gives, and the student's own answer, so a "therefore"
     * ({@code ∴}) leads from the
     * working to it, whichever of the two the student put first.
     */
    private static String row(String line, AnswerBesideWorking columns) {
        List<String> cells = answerCells(cells(line), columns).stream().filter(c -> !c.isEmpty()).toList();
        if (cells.size() < 2) return String.join("", cells);
        return named(cells.get(0), cells.subList(1, cells.size()));
    }

    /** A row as students write it on a line: its name, a colon (unless the name ends with one or with "="), its cells with commas. */
    static String named(String name, List<String> cells) {
        return name + nameSeparator(name) + String.join(", ", cells);
    }

    static String nameSeparator(String name) {
        return name.endsWith(":") || name.endsWith("=") ? " " : ": ";
    }

    /**
     * The cells with the answer cell written after its working's, with a "therefore", in the first of the two; the other
     * emptied. An arrow said only "gives", as working's own arrows do ({@code = 5 -> 5 x 5 x 64 outputs}), and the
     * working's last result ranked with the answer the column headed as such gives.
     */
    private static List<String> answerCells(List<String> cells, AnswerBesideWorking columns) {
        List<String> all = new ArrayList<>(cells);
        if (columns != null && Math.max(columns.answer(), columns.working()) < all.size()
                && !all.get(columns.working()).isEmpty() && !all.get(columns.answer()).isEmpty()) {
            int first = Math.min(columns.answer(), columns.working());
            all.set(first, all.get(columns.working()) + " ∴ " + all.get(columns.answer()));
            all.set(first + 1, "");
        }
        return all;
    }

    /** A column heading for working: {@code working}, {@code calculation}, {@code steps}, {@code formula}. */
    private static final Pattern WORKING_HEADER = Pattern.compile(
            "(?i)[*\\s]*(?:working|work|workings|calculation|calculations|computation|steps|derivation|method|formula|expression)[*\\s]*");
    /** A column heading for the result: {@code answer}, {@code result}, {@code final answer}. */
    private static final Pattern ANSWER_HEADER = Pattern.compile(
            "(?i)[*\\s]*(?:final\\s+)?(?:answer|ans\\.?|result|value)[*\\s]*");

    /** Where a column headed as the answer and one headed as its working stand side by side. */
    private record AnswerBesideWorking(int answer, int working) {}

    /**
     * The column headed as the answer right beside a column headed as working, after the row's name
     * column, in either order ({@code | Q | working | answer |} over {@code | 2.4 | 7·7·64 | 3,136 |},
     * or {@code | question | answer | working |} over {@code | 2.4 | 100,352 | 7·7·32·64 |}); null when
     * there is none. Joined with commas, the answer was words after the working's last sign, or a value
     * followed by more numbers ({@code 100,352, 7·7·32·64}), and no value was read.
     */
    private static AnswerBesideWorking answerBesideWorking(List<String> header) {
        for (int c = 1; c < header.size(); c++) {
            if (!ANSWER_HEADER.matcher(header.get(c)).matches()) continue;
            if (c >= 2 && WORKING_HEADER.matcher(header.get(c - 1)).matches()) return new AnswerBesideWorking(c, c - 1);
            if (c + 1 < header.size() && WORKING_HEADER.matcher(header.get(c + 1)).matches()) return new AnswerBesideWorking(c, c + 1);
        }
        return null;
    }

    /** The row's cells, stripped, empty ones kept so columns line up. */
    private static List<String> cells(String line) {
        String inner = line.strip();
        if (inner.startsWith("|")) inner = inner.substring(1);
        if (inner.endsWith("|") && !inner.endsWith("\\|")) inner = inner.substring(0, inner.length() - 1);
        return Arrays.stream(CELL_BAR.split(inner, -1)).map(c -> c.strip().replace("\\|", "|")).toList();
    }

    /**
     * How many leading columns hold a question's label split over its levels ({@code | Task | Q | Answer |}
     * over {@code | 2 | 3 | 52, 53 |}): at least two, each headed by a label word, and in every row each
     * such cell a bare number, letter or roman numeral and the answer cells not all empty. Zero otherwise,
     * so a table whose label cells are anything else is left as it was.
     */
    private static int labelColumns(List<String> header, List<String> body) {
        int k = 0;
        while (k < header.size() - 1 && LABEL_HEADER.matcher(header.get(k)).matches()) k++;
        if (k < 2 || body.isEmpty()) return 0;
        for (String line : body) {
            List<String> cells = cells(line);
            if (cells.size() <= k) return 0;
            for (int c = 0; c < k; c++) {
                boolean last = c == k - 1 && LAST_LABEL_CELL.matcher(cells.get(c)).matches();
                if (!last && !LABEL_CELL.matcher(cells.get(c)).matches()) return 0;
            }
        }
        return k;
    }

    /** Whether a column heading names a level of a question's label ({@code Task}, {@code item}). */
    static boolean isLabelHeader(String heading) {
        return LABEL_HEADER.matcher(heading).matches();
    }

    /**
     * {@code | 2 | 3 | 52, 53 |} as {@code 2.3 52, 53}: the label cells joined as a dotted label, then the answer
     * (after its working when {@code columns} are an answer and a working column). A sub-row {@code 4a} is
     * written {@code 4(a)}, and an item with a name, {@code 4 parameters}, is written {@code 4 parameters:}.
     */
    private static String labelledRow(String line, int labelColumns, AnswerBesideWorking columns) {
        List<String> cells = cells(line);
        List<String> levels = new ArrayList<>(cells.subList(0, labelColumns).stream().map(c -> c.replaceAll("[*()\\s]", "")).toList());
        String name = "";
        Matcher last = LAST_LABEL_CELL.matcher(cells.get(labelColumns - 1));
        if (last.matches() && last.group("sub") != null) levels.set(labelColumns - 1, last.group("item") + "(" + last.group("sub") + ")");
        if (last.matches() && last.group("name") != null) {
            levels.set(labelColumns - 1, last.group("item"));
            name = " " + last.group("name") + ":";
        }
        List<String> answer = answerCells(cells, columns).subList(labelColumns, cells.size()).stream().filter(c -> !c.isEmpty()).toList();
        return String.join(".", levels) + name + " " + String.join(", ", answer);
    }
}
