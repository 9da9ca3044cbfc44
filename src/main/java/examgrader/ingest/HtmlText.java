package examgrader.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads HTML pasted or saved as a text file (a Google Docs or word-processor export) as the page a browser
 * shows: the numbers of an {@code <ol>} are not in the source at all, only in the rendering, so without this
 * no item of such a script has a label.
 * <pre>{@code
 * <h2>Question 1</h2>                      Question 1
 * <ol type="i"><li>c<sub>t-1</sub> = 0.7   ->     i. c_{t-1} = 0.7
 * <li>7 &times; 7</li></ol>                   ii. 7 × 7
 * }</pre>
 * Block tags ({@code <p>}, headings, {@code <li>}, {@code <br>}, table rows) end a line; other tags are dropped;
 * entities are decoded; {@code <sub>}/{@code <sup>} become {@code _}/{@code ^}. An {@code <ol>} numbers as a
 * browser does: its {@code type} (or a Google Docs list class's CSS counter style), {@code start=}, an item's
 * {@code value=}; an empty item still takes its number; an item is set in by its depth ({@link ListNumbers#INSET}), as a browser
 * shows it. A {@code reversed} list is left unnumbered, so its
 * answers go to review rather than under the wrong label. Text that does not open as an HTML document, or as
 * markup with block tags, is returned as it was.
 */
final class HtmlText {
    private static final Pattern DOCUMENT = Pattern.compile("(?is)^\\s*(?:<!doctype\\s+html|<html[\\s>]|<body[\\s>]|<head[\\s>])");
    private static final Pattern MARKUP_START = Pattern.compile("(?s)^\\s*<(?:p|div|h[1-6]|ol|ul|meta|span)[\\s>]");
    private static final Pattern LINE_ENDING_TAG = Pattern.compile("</?[a-zA-Z][a-zA-Z0-9]*\\s*/?>$");
    private static final Pattern CSS_COUNTER = Pattern.compile(
            "content:\\s*\"([^\"]*)\"\\s*counter\\([^,)]+,\\s*([a-z-]+)\\)\\s*\"([^\"]*)\"");
    private static final Pattern CLOSING_BLOCK = Pattern.compile("(?i)</(?:p|li|h[1-6]|div)>");
    private static final Pattern DROPPED = Pattern.compile("(?is)<!--.*?-->|<(head|style|script|title)[\\s>].*?</\\1\\s*>");
    private static final Pattern TAG = Pattern.compile("<(/?)([a-zA-Z][a-zA-Z0-9]*)((?:[^>\"']|\"[^\"]*\"|'[^']*')*)>");
    private static final Pattern BLOCK = Pattern.compile("(?i)p|div|h[1-6]|li|ol|ul|br|tr|table|blockquote|pre|hr|dl|dt|dd|section|article|header|footer|body|html");

    /**
     * Marks the end of a one-character script, so that a letter right after it is parted by a space:
     * {@code W<sup>f</sup>x} is {@code W^f x}, not {@code W^fx}.
     */
    private static final String SCRIPT_END = "\uE001";
    private static final Pattern SCRIPT_FOLLOWED = Pattern.compile(SCRIPT_END + "(?=[\\p{L}\\p{N}])");

    private HtmlText() {}

    /** One open {@code <ol>} or {@code <ul>}: its style, or none (bullets, or numbering that cannot be told), and its count. */
    private static final class ListState {
        final String prefix, suffix;
        final char style;
        int count;

        ListState(String prefix, char style, String suffix, int start) {
            this.prefix = prefix;
            this.style = style;
            this.suffix = suffix;
            this.count = start - 1;
        }

        String next(Integer value) {
            if (style == '-') return "- ";
            if (style == '?') return "";
            count = value != null ? value : count + 1;
            return prefix + ListNumbers.format(style, count) + suffix + " ";
        }
    }

    /**
     * Whether {@code text} is HTML: it opens as a document; or it is a fragment, opening with a block tag, closing
     * at least two blocks, with (nearly) every line opening or closing with a tag (an LMS answer box ends its lines
     * with {@code <br>}: {@code ii. i<sub>t</sub> &rarr; 5<br>}). Markdown with an HTML block in it ({@code <p align=center>}
     * over a Markdown body) is not: read as HTML, its lines would run together.
     */
    static boolean isHtml(String text) {
        if (DOCUMENT.matcher(text).find()) return true;
        if (!MARKUP_START.matcher(text).find()) return false;
        Matcher closing = CLOSING_BLOCK.matcher(text);
        int count = 0;
        while (closing.find() && count < 2) count++;
        if (count < 2) return false;
        List<String> lines = text.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        long tagged = lines.stream().filter(l -> l.startsWith("<") || LINE_ENDING_TAG.matcher(l).find()).count();
        return tagged * 10 >= lines.size() * 9L;
    }

    /** {@code text} as a browser renders it, a line per block with lists numbered; text that is not HTML as it was. */
    static String asLines(String text) {
        if (!isHtml(text)) return text;
        String css = styles(text);
        String body = DROPPED.matcher(text).replaceAll(" ");
        Deque<ListState> lists = new ArrayDeque<>();
        Deque<StringBuilder> scripts = new ArrayDeque<>();
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int pre = 0;
        Matcher tag = TAG.matcher(body);
        int last = 0;
        while (true) {
            boolean found = tag.find();
            String between = body.substring(last, found ? tag.start() : body.length());
            if (pre > 0) {
                String[] parts = CharacterReferences.decode(between).split("\n", -1);
                for (int i = 0; i < parts.length; i++) {
                    if (i > 0) line = flush(line, lines, true);
                    target(scripts, line).append(parts[i]);
                }
            } else {
                target(scripts, line).append(CharacterReferences.decode(between.replaceAll("\\s+", " ")));
            }
            if (!found) break;
            last = tag.end();
            boolean closing = !tag.group(1).isEmpty();
            String name = tag.group(2).toLowerCase(java.util.Locale.ROOT);
            String attributes = tag.group(3);
            if (name.equals("sub") || name.equals("sup")) {
                if (!closing) scripts.push(new StringBuilder());
                else if (!scripts.isEmpty()) {
                    String inner = scripts.pop().toString().strip();
                    if (!inner.isEmpty()) {
                        String mark = name.equals("sub") ? "_" : "^";
                        target(scripts, line).append(mark).append(inner.length() == 1 ? inner + SCRIPT_END : "{" + inner + "}");
                    }
                }
                continue;
            }
            if (name.equals("td") || name.equals("th")) {
                if (!closing && !line.toString().isBlank()) line.append(" | ");
                continue;
            }
            if (!BLOCK.matcher(name).matches()) continue;
            while (!scripts.isEmpty()) line.append(scripts.removeLast());
            line = flush(line, lines, false);
            if (name.equals("pre")) pre = Math.max(0, pre + (closing ? -1 : 1));
            if (name.equals("ol") || name.equals("ul")) {
                if (closing) {
                    if (!lists.isEmpty()) lists.pop();
                } else {
                    lists.push(name.equals("ul") ? new ListState("", '-', "", 1) : ordered(attributes, css));
                }
            } else if (name.equals("li") && !closing) {
                Integer value = intAttribute(attributes, "value");
                line.append(ListNumbers.INSET.repeat(Math.max(1, lists.size()))).append(lists.isEmpty() ? "- " : lists.peek().next(value));
            }
        }
        flush(line, lines, false);
        return String.join("\n", lines);
    }

    private static StringBuilder target(Deque<StringBuilder> scripts, StringBuilder line) {
        return scripts.isEmpty() ? line : scripts.peek();
    }

    private static StringBuilder flush(StringBuilder line, List<String> lines, boolean keepBlank) {
        String text = SCRIPT_FOLLOWED.matcher(line).replaceAll(" ").replace(SCRIPT_END, "").stripTrailing();
        if (!keepBlank && !text.startsWith(ListNumbers.INSET)) text = text.strip();
        if (!text.isEmpty() || keepBlank) lines.add(text);
        return new StringBuilder();
    }

    /** The numbering of an {@code <ol>}: {@code type=}, or its Google Docs list class's CSS counter; {@code start=}. */
    private static ListState ordered(String attributes, String css) {
        if (attributes.matches("(?is).*\\breversed\\b.*")) return new ListState("", '?', "", 1);
        Integer start = intAttribute(attributes, "start");
        int first = start == null ? 1 : start;
        String type = attribute(attributes, "type");
        if (type != null) {
            return type.length() == 1 && ListNumbers.isStyle(type.charAt(0))
                    ? new ListState("", type.charAt(0), ".", first) : new ListState("", '?', "", 1);
        }
        String inlineStyle = attribute(attributes, "style");
        if (inlineStyle != null) {
            Matcher m = Pattern.compile("list-style-type:\\s*([a-z-]+)").matcher(inlineStyle);
            if (m.find()) return counterStyle("", m.group(1), ".", first);
        }
        String classes = attribute(attributes, "class");
        if (classes != null && !css.isEmpty()) {
            for (String c : classes.split("\\s+")) {
                if (!c.startsWith("lst-kix_")) continue;
                int at = css.indexOf("." + c + ">li:before");
                if (at < 0) continue;
                Matcher m = CSS_COUNTER.matcher(css.substring(at, Math.min(css.length(), at + 300)));
                if (m.find()) return counterStyle(m.group(1), m.group(2), m.group(3).strip(), first);
            }
        }
        return new ListState("", '1', ".", first);
    }

    private static ListState counterStyle(String prefix, String css, String suffix, int start) {
        char style = switch (css) {
            case "decimal" -> '1';
            case "lower-alpha", "lower-latin" -> 'a';
            case "upper-alpha", "upper-latin" -> 'A';
            case "lower-roman" -> 'i';
            case "upper-roman" -> 'I';
            case "disc", "circle", "square", "none" -> '-';
            default -> '?';
        };
        return new ListState(prefix, style, suffix, start);
    }

    private static String styles(String text) {
        Matcher m = Pattern.compile("(?is)<style[^>]*>(.*?)</style\\s*>").matcher(text);
        StringBuilder css = new StringBuilder();
        while (m.find()) css.append(m.group(1));
        return css.toString();
    }

    private static String attribute(String attributes, String name) {
        Matcher m = Pattern.compile("(?i)\\b" + name + "\\s*=\\s*(?:\"([^\"]*)\"|'([^']*)'|([^\\s\"'>]+))").matcher(attributes);
        if (!m.find()) return null;
        return m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
    }

    private static Integer intAttribute(String attributes, String name) {
        String value = attribute(attributes, name);
        return value != null && value.strip().matches("-?\\d{1,4}") ? Integer.valueOf(value.strip()) : null;
    }

}
