package examgrader.ingest;

import java.util.regex.Pattern;

/**
 * Turns a table drawn with box-drawing characters into the ASCII table {@link MarkdownTables} reads:
 * <pre>{@code
 * ┌──────┬─────────┐        +------+---------+
 * │ Item │ Answer  │        | Item | Answer  |
 * ├──────┼─────────┤   ->   +------+---------+
 * │ II.v │ 65,536  │        | II.v | 65,536  |
 * └──────┴─────────┘        +------+---------+
 * }</pre>
 * Students paste such tables from a terminal or a notebook (pretty-printed results) as their final answers. Left as
 * drawn, a row's bars are no cell separators to any later stage, so {@code │ II.iv par. │ 100,352 │} starts with no label
 * and the answer column is lost. Only lines made of the box-drawing block and spaces become rules, and bars become
 * cell separators only on a page that draws such a rule, so a lone {@code │} elsewhere is left as written.
 */
final class BoxDrawingTables {
    /** A line drawn only with box-drawing characters (U+2500 to U+257F) and spaces, with a horizontal stroke in it. */
    private static final Pattern RULE_LINE = Pattern.compile("[ \\t]*[\\u2500-\\u257F][\\u2500-\\u257F \\t]*");
    /** The horizontal strokes, light, heavy, double and dashed. */
    private static final Pattern HORIZONTAL = Pattern.compile("[\\u2500\\u2501\\u2504\\u2505\\u2508\\u2509\\u254C\\u254D\\u2550]");
    /** Corners and junctions: every box-drawing character that is neither a horizontal nor a vertical stroke. */
    private static final Pattern JUNCTION = Pattern.compile("[\\u2500-\\u257F&&[^\\u2500\\u2501\\u2504\\u2505\\u2508\\u2509\\u254C\\u254D\\u2550"
            + "\\u2502\\u2503\\u2506\\u2507\\u250A\\u250B\\u254E\\u254F\\u2551]]");
    /** The vertical strokes, which separate a row's cells. */
    private static final Pattern VERTICAL = Pattern.compile("[\\u2502\\u2503\\u2506\\u2507\\u250A\\u250B\\u254E\\u254F\\u2551]");

    private BoxDrawingTables() {}

    private static boolean isDrawnRule(String line) {
        return RULE_LINE.matcher(line).matches() && HORIZONTAL.matcher(line).find();
    }

    /** {@code text} with box-drawn tables written as ASCII tables; text without a box-drawn rule is returned as it is. */
    static String asLines(String text) {
        String[] lines = text.split("\n", -1);
        if (java.util.Arrays.stream(lines).noneMatch(BoxDrawingTables::isDrawnRule)) return text;
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (isDrawnRule(line)) {
                line = JUNCTION.matcher(HORIZONTAL.matcher(VERTICAL.matcher(line.strip()).replaceAll("+")).replaceAll("-")).replaceAll("+");
            } else {
                line = VERTICAL.matcher(line).replaceAll("|");
            }
            out.append(line);
            if (i < lines.length - 1) out.append('\n');
        }
        return out.toString();
    }
}
