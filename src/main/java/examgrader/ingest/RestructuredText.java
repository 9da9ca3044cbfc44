package examgrader.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a reStructuredText script as it renders: an auto-enumerated item ({@code #.}, {@code #)}, {@code (#)})
 * carries no number in the source, only in the output, so it becomes the number it is rendered with:
 * <pre>{@code
 * Part (a)                          Part (a)
 * #. :math:`f_t` -- position 4  ->     1. f_t -- position 4
 * #. :math:`i_t` -- position 5         2. i_t -- position 5
 * }</pre>
 * As docutils does, a list takes the style and number of its first item when that is explicit ({@code c.},
 * {@code iii.}), arabic from 1 when it is {@code #}; a list is the run of items at one indentation, blank lines
 * and the items' indented bodies between them, and ends at a line no deeper than its items. An empty item still
 * takes its number. A numbered item is set in ({@link ListNumbers#INSET}), as rendered lists are. Explicit items stay as written. Inline roles {@code :math:`x`} become {@code x}
 * ({@code :sub:}/{@code :sup:} become {@code _x}/{@code ^x}); lines stay one for one. Text with no
 * auto-enumerated item (or only one, and nothing else of reStructuredText) is returned as it was.
 */
final class RestructuredText {
    /** An enumerated item: indentation, opening bracket, enumerator, closing punctuation, then text or the line's end. */
    private static final Pattern ITEM = Pattern.compile("^(\\s*)(\\(?)(#|\\d{1,3}|[a-zA-Z]|[ivxlIVXL]{1,6})([.)])(?:[ \\t]+|$)");
    private static final Pattern AUTO_ITEM = Pattern.compile("(?m)^[ \\t]*(?:#\\.|\\(#\\)|#\\))(?:[ \\t]+\\S|[ \\t]*$)");
    private static final Pattern SIGNAL = Pattern.compile("(?m):math:`|^\\.\\. [a-z-]+::|^([=\\-~^\"'`#*+])\\1{3,}[ \\t]*$");
    private static final Pattern ROLE = Pattern.compile(":(math|sub|sup):`([^`]*)`");

    private RestructuredText() {}

    /** One list: its indentation, bracketing, style and count; or a style that cannot be told. */
    private record ListState(int indent, String open, String close, char style, int[] count) {
        boolean sameForm(String o, String c) {
            return open.equals(o) && close.equals(c);
        }
    }

    /** Whether {@code text} has reStructuredText auto-enumerated items: two, or one with another mark of rST. */
    static boolean isRestructured(String text) {
        Matcher m = AUTO_ITEM.matcher(text);
        int items = 0;
        while (m.find() && items < 2) items++;
        return items >= 2 || items == 1 && SIGNAL.matcher(text).find();
    }

    /** {@code text} with its auto-enumerated items numbered and its inline roles read; other text as it was. */
    static String asLines(String text) {
        if (!isRestructured(text)) return text;
        String roles = ROLE.matcher(text).replaceAll(m -> Matcher.quoteReplacement(role(m.group(1), m.group(2))));
        Deque<ListState> lists = new ArrayDeque<>();
        List<String> out = new ArrayList<>();
        for (String line : roles.split("\n", -1)) out.add(numbered(line, lists));
        return String.join("\n", out);
    }

    private static String role(String name, String content) {
        if (name.equals("math")) return content;
        String mark = name.equals("sub") ? "_" : "^";
        return mark + (content.length() == 1 ? content : "{" + content + "}");
    }

    private static String numbered(String line, Deque<ListState> lists) {
        if (line.isBlank()) return line;
        Matcher m = ITEM.matcher(line);
        int indent = TypedText.indentOf(line);
        boolean item = m.find() && (m.group(2).isEmpty() || m.group(4).equals(")"));
        while (!lists.isEmpty() && (lists.peek().indent() > indent || !item && lists.peek().indent() >= indent)) lists.pop();
        if (!item) return line;
        String open = m.group(2), close = m.group(4), enumerator = m.group(3);
        ListState top = lists.peek();
        boolean continues = top != null && top.indent() == indent && top.sameForm(open, close);
        if (enumerator.equals("#")) {
            if (!continues) {
                if (top != null && top.indent() == indent) lists.pop();
                top = new ListState(indent, open, close, '1', new int[] {0});
                lists.push(top);
            }
            if (top.style() == '?') return line;
            int n = ++top.count()[0];
            String label = open + ListNumbers.format(top.style(), n) + close;
            return line.substring(0, m.start(2)) + ListNumbers.INSET + label + line.substring(m.end(4));
        }
        char style = style(enumerator, continues ? top.style() : 0);
        int value = style == '?' ? -1 : ListNumbers.value(style, enumerator);
        if (continues && top.style() == style && value > 0) {
            top.count()[0] = value;
            return line;
        }
        if (top != null && top.indent() == indent) lists.pop();
        lists.push(new ListState(indent, open, close, value > 0 ? style : '?', new int[] {value}));
        return line;
    }

    /** The style of an explicit enumerator; a lone {@code i}/{@code I} is roman unless it continues a lettered list. */
    private static char style(String enumerator, char continuing) {
        if (enumerator.matches("\\d+")) return '1';
        boolean lower = Character.isLowerCase(enumerator.charAt(0));
        boolean roman = enumerator.matches("(?i)[ivxl]+");
        if (enumerator.length() > 1) return roman ? (lower ? 'i' : 'I') : '?';
        if (continuing == 'a' || continuing == 'A') return lower ? 'a' : 'A';
        if (enumerator.equalsIgnoreCase("i") || continuing == 'i' || continuing == 'I' && roman) return lower ? 'i' : 'I';
        return lower ? 'a' : 'A';
    }
}
