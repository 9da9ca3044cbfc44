package examgrader.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a spreadsheet exported as CSV into a transcription as the table it is, written as a Markdown
 * table so that {@link MarkdownTables} reads its rows as it reads any other table's:
 * <pre>{@code
 * task,item,answer,working                    | task | item | answer | working |
 * 2,1,"(28, 26)","W: 28; H: 26"       ->      |---|---|---|---|
 *                                             | 2 | 1 | (28, 26) | W: 28; H: 26 |
 * }</pre>
 * Only a header row of column names ({@code task}, {@code item}, {@code answer}: words, no digits, no space
 * after a comma as an export never has one), one of them a label level, starts a table; it runs over the
 * rows right under it with exactly as many cells, quotes read as CSV quotes them. Any other line, prose with
 * commas included, is left as written. A spreadsheet row can only split an item into sub-rows by a cell
 * such as {@code 4a}; when the sheet says what its sub-rows are ({@code # 4a = parameters, 4b = multiplications}),
 * that name is written beside the item ({@code 4 parameters}), so the row is read as the quantity it answers.
 */
final class CsvTables {
    /** A column name: one to three words of letters. */
    private static final Pattern HEADER_CELL = Pattern.compile("[A-Za-z][A-Za-z_ ]{0,30}");
    /** A sub-row's name given on the sheet: {@code 4a = parameters}, {@code 4b: multiplications}. */
    private static final Pattern LEGEND = Pattern.compile("\\b(\\d{1,2}[a-h])\\s*[=:]\\s*([A-Za-z][A-Za-z ]*[A-Za-z])");
    /** A label level with a sub-row letter, {@code 4a}. */
    private static final Pattern SUB_ROW = Pattern.compile("\\d{1,2}[a-h]");

    private CsvTables() {}

    /** {@code text} with each CSV table written as a Markdown table; everything else is kept verbatim. */
    static String asLines(String text) {
        if (text.indexOf(',') < 0) return text;
        String[] lines = text.split("\n", -1);
        Map<String, String> legend = null;
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            List<String> header = header(lines[i]);
            int end = i + 1;
            while (header != null && end < lines.length && cellCount(lines[end]) == header.size()) end++;
            if (header == null || end == i + 1) {
                out.add(lines[i++]);
                continue;
            }
            if (legend == null) legend = legend(lines);
            int labelColumn = lastLabelColumn(header);
            out.add(markdownRow(header));
            out.add("|" + "---|".repeat(header.size()));
            for (int r = i + 1; r < end; r++) out.add(markdownRow(named(cells(lines[r]), labelColumn, legend)));
            i = end;
        }
        return String.join("\n", out);
    }

    /** The line's cells when it is a header row of column names, one naming a label level; null otherwise. */
    private static List<String> header(String line) {
        if (line.contains(", ")) return null;
        List<String> cells = cells(line);
        if (cells == null || cells.size() < 3) return null;
        if (!cells.stream().allMatch(c -> HEADER_CELL.matcher(c).matches())) return null;
        return lastLabelColumn(cells) >= 0 ? cells : null;
    }

    /** The last of the leading columns named as a label level ({@code task,item,...}: 1); -1 with none. */
    private static int lastLabelColumn(List<String> header) {
        int k = 0;
        while (k < header.size() && MarkdownTables.isLabelHeader(header.get(k))) k++;
        return k - 1;
    }

    /** The sub-row names the page gives anywhere ({@code 4a = parameters}), keyed by the sub-row, lower case. */
    private static Map<String, String> legend(String[] lines) {
        Map<String, String> names = new HashMap<>();
        for (String line : lines) {
            Matcher m = LEGEND.matcher(line);
            while (m.find()) names.putIfAbsent(m.group(1).toLowerCase(Locale.ROOT), m.group(2).strip());
        }
        return names;
    }

    /** The row with its sub-row label cell ({@code 4a}) replaced by the item and the name the page gives it. */
    private static List<String> named(List<String> row, int labelColumn, Map<String, String> legend) {
        if (labelColumn < 0) return row;
        String label = row.get(labelColumn).strip().toLowerCase(Locale.ROOT);
        String name = legend.get(label);
        if (name == null || !SUB_ROW.matcher(label).matches()) return row;
        List<String> renamed = new ArrayList<>(row);
        renamed.set(labelColumn, label.substring(0, label.length() - 1) + " " + name);
        return renamed;
    }

    private static String markdownRow(List<String> cells) {
        StringBuilder sb = new StringBuilder("|");
        for (String cell : cells) sb.append(' ').append(cell.replace("|", "\\|")).append(" |");
        return sb.toString();
    }

    private static int cellCount(String line) {
        List<String> cells = cells(line);
        return cells == null ? -1 : cells.size();
    }

    /** The line's cells as CSV reads them ({@code "a, b"} is one cell, {@code ""} a quote in it); null for an open quote. */
    private static List<String> cells(String line) {
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c != '"') cell.append(c);
                else if (i + 1 < line.length() && line.charAt(i + 1) == '"') cell.append(line.charAt(++i));
                else quoted = false;
            } else if (c == '"' && cell.toString().isBlank()) {
                quoted = true;
            } else if (c == ',') {
                cells.add(cell.toString().strip());
                cell.setLength(0);
            } else {
                cell.append(c);
            }
        }
        if (quoted) return null;
        cells.add(cell.toString().strip());
        return cells;
    }
}
