package examgrader.ingest;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
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
 * 1 568). Rule rows are dropped. Only a block with a rule row under its first line is a table,
 * as in GitHub Markdown; a lone line between bars ({@code |x| = 3}) is left as written.
 */
final class MarkdownTables {
    /** {@code |---|:--:|}, {@code --- | ---}: dashes, optional alignment colons, at least one bar. */
    private static final Pattern RULE = Pattern.compile("\\s*\\|?\\s*:?-+:?\\s*(?:\\|\\s*:?-+:?\\s*)*\\|?\\s*");
    /** A bar that separates cells, not one escaped as {@code \|}. */
    private static final Pattern CELL_BAR = Pattern.compile("(?<!\\\\)\\|");

    private MarkdownTables() {}

    /** {@code text} with every table's rows written as lines; text outside tables is kept verbatim. */
    static String asLines(String text) {
        String[] lines = text.split("\n", -1);
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < lines.length) {
            if (i + 1 < lines.length && isRow(lines[i]) && isRule(lines[i + 1])) {
                out.add(row(lines[i]));
                i += 2;
                for (; i < lines.length && isRow(lines[i]); i++) {
                    if (!isRule(lines[i])) out.add(row(lines[i]));
                }
            } else {
                out.add(lines[i++]);
            }
        }
        return String.join("\n", out);
    }

    private static boolean isRow(String line) {
        return !line.isBlank() && CELL_BAR.matcher(line).find();
    }

    private static boolean isRule(String line) {
        return line.indexOf('|') >= 0 && RULE.matcher(line.stripTrailing()).matches();
    }

    private static String row(String line) {
        String inner = line.strip();
        if (inner.startsWith("|")) inner = inner.substring(1);
        if (inner.endsWith("|") && !inner.endsWith("\\|")) inner = inner.substring(0, inner.length() - 1);
        List<String> cells = Arrays.stream(CELL_BAR.split(inner, -1))
                .map(c -> c.strip().replace("\\|", "|")).filter(c -> !c.isEmpty()).toList();
        if (cells.size() < 2) return String.join("", cells);
        String name = cells.get(0);
        String separator = name.endsWith(":") || name.endsWith("=") ? " " : ": ";
        return name + separator + String.join(", ", cells.subList(1, cells.size()));
    }
}
