package examgrader.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an AsciiDoc script as Asciidoctor renders it: an ordered-list item {@code . text} carries no number in
 * the source, so it becomes the number it is rendered with ({@code ..} nested items {@code a.}, {@code ...}
 * {@code i.}, then {@code A.}, {@code I.}; none before an item that opens with a label of the student's own,
 * {@code . (ii) i_t -> 4}), and a section title {@code == Task 2} becomes its text:
 * <pre>{@code
 * == Task 2          Task 2
 * . Input (78, 84)      1. Input (78, 84)
 * +             ->
 * ----
 * H = 26             H = 26
 * ----
 * . Input (64, 64)      2. Input (64, 64)
 * }</pre>
 * A list runs on over attached blocks ({@code +}), lines adjacent to an item and blank lines before the next
 * item, and ends at a title or at a paragraph after a blank line. A list that starts again at 1 in the same
 * section after such a paragraph is ambiguous (rendered from 1, though the writer may have meant to go on), so
 * its items are left as written and their answers go to review. {@code [start=3]} and the style attributes
 * ({@code [loweralpha]}) are read. A delimited block's content ({@code ----} to {@code ----}) is kept verbatim;
 * its delimiters, the {@code +} that attaches it and its {@code [source]} line are not printed, and become blank
 * lines: a {@code ----} read as an answer is no answer. Subscripts and
 * superscripts ({@code c~t-1~}, {@code U^f^}) become {@code c_{t-1}}, {@code U^f}. Numbered items are set in by their depth
 * ({@link ListNumbers#INSET}), as rendered lists are. Lines stay one for one.
 * Text without two such items and another mark of AsciiDoc is returned as it was.
 */
final class AsciiDocText {
    private static final Pattern ITEM = Pattern.compile("^(\\.{1,5})[ \\t]+(\\S.*)$");
    private static final Pattern TITLE = Pattern.compile("^(={1,6})[ \\t]+(\\S.*)$");
    private static final Pattern DELIMITER = Pattern.compile("^(-{4,}|\\.{4,}|={4,}|\\*{4,}|_{4,}|\\+{4,}|/{4,}|\\|={3,})[ \\t]*$");
    private static final Pattern ATTRIBUTES = Pattern.compile("^\\[([^\\]]*)\\][ \\t]*$");
    private static final Pattern SIGNAL = Pattern.compile(
            "(?m)^(?:={1,6}[ \\t]+\\S|\\+[ \\t]*$|-{4,}[ \\t]*$|\\[(?:source|listing|literal|start=|loweralpha|lowerroman|arabic)[^\\]]*\\][ \\t]*$|:[\\w-]+:(?:[ \\t]|$))");
    private static final Pattern SUBSCRIPT = Pattern.compile("(?<=\\S)~([^~\\s]{1,20})~");
    private static final Pattern SUPERSCRIPT = Pattern.compile("(?<=\\S)\\^([^\\^\\s]{1,20})\\^");
    /**
     * A label the item's text opens with, {@code . (i) f_t -> 5}, {@code . b) 3 x 1}: the student numbered the item
     * themselves, and the number Asciidoctor renders before it is no label of theirs (read, {@code 1. (i)} would
     * make every item a question of its own).
     */
    private static final Pattern OWN_LABEL = Pattern.compile("\\(?(?:[a-h]|[ivx]{1,4}|\\d{1,2})\\)(?=\\s)");
    private static final char[] DEFAULT_STYLES = {'1', 'a', 'i', 'A', 'I'};

    private AsciiDocText() {}

    /** Whether {@code text} is AsciiDoc with ordered lists: two {@code . item} lines and another mark of AsciiDoc. */
    static boolean isAsciiDoc(String text) {
        int items = 0;
        for (String line : text.split("\n")) if (ITEM.matcher(line).matches() && !line.startsWith("...") && ++items >= 2) break;
        return items >= 2 && SIGNAL.matcher(text).find();
    }

    /** {@code text} with its ordered-list items numbered and its titles read; other text as it was. */
    static String asLines(String text) {
        if (!isAsciiDoc(text)) return text;
        List<String> out = new ArrayList<>();
        int[] counts = new int[6];
        char[] styles = new char[6];
        int depth = 0;
        boolean blank = false, attached = false, endedInSection = false, ambiguous = false;
        String delimiter = null, pending = null;
        for (String line : text.split("\n", -1)) {
            if (delimiter != null) {
                boolean closes = line.strip().equals(delimiter);
                if (closes) delimiter = null;
                out.add(closes ? "" : line);
                continue;
            }
            Matcher title = TITLE.matcher(line), item = ITEM.matcher(line), attributes = ATTRIBUTES.matcher(line);
            Matcher block = DELIMITER.matcher(line);
            if (line.isBlank()) {
                blank = true;
                out.add(line);
                continue;
            }
            if (title.matches()) {
                depth = 0;
                endedInSection = ambiguous = false;
                pending = null;
                out.add(title.group(2));
            } else if (item.matches()) {
                int d = item.group(1).length();
                if (d > depth + 1) d = depth + 1;
                if (d > depth) {
                    counts[d] = start(pending) - 1;
                    styles[d] = style(pending, DEFAULT_STYLES[d - 1]);
                    if (d == 1) ambiguous = endedInSection && (pending == null || !pending.contains("start="));
                }
                depth = d;
                pending = null;
                counts[d]++;
                boolean unknown = styles[d] == '?' || ambiguous;
                String number = OWN_LABEL.matcher(item.group(2)).lookingAt() ? "" : ListNumbers.format(styles[d], counts[d]) + ". ";
                out.add(unknown ? line : ListNumbers.INSET.repeat(d) + number + scripts(item.group(2)));
            } else {
                boolean continuation = line.strip().equals("+");
                if (depth > 0 && blank && !attached && !continuation) {
                    depth = 0;
                    endedInSection = true;
                }
                if (attributes.matches()) pending = attributes.group(1);
                else if (block.matches()) delimiter = line.strip();
                else if (!continuation) pending = null;
                out.add(block.matches() || attributes.matches() || continuation ? "" : scripts(line));
                attached = continuation || attached && attributes.matches();
                blank = false;
                continue;
            }
            blank = false;
            attached = false;
        }
        return String.join("\n", out);
    }

    private static int start(String attributes) {
        if (attributes == null) return 1;
        Matcher m = Pattern.compile("start=\"?(\\d{1,3})").matcher(attributes);
        return m.find() ? Integer.parseInt(m.group(1)) : 1;
    }

    private static char style(String attributes, char otherwise) {
        if (attributes == null) return otherwise;
        if (attributes.contains("%reversed")) return '?';
        for (String a : attributes.split(",")) {
            switch (a.strip()) {
                case "arabic": return '1';
                case "loweralpha": return 'a';
                case "upperalpha": return 'A';
                case "lowerroman": return 'i';
                case "upperroman": return 'I';
                default: break;
            }
        }
        return otherwise;
    }

    private static String scripts(String line) {
        String sub = SUBSCRIPT.matcher(line).replaceAll(m -> Matcher.quoteReplacement(mark("_", m.group(1))));
        return SUPERSCRIPT.matcher(sub).replaceAll(m -> Matcher.quoteReplacement(mark("^", m.group(1))));
    }

    private static String mark(String mark, String content) {
        return mark + (content.length() == 1 ? content : "{" + content + "}");
    }
}
