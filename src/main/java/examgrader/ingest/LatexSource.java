package examgrader.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the LaTeX source of a typed script (an Overleaf export) as the page it typesets, where the
 * numbering of its lists is: an {@code \item} of an {@code enumerate} becomes the label LaTeX prints for it,
 * so later stages find the labels the paper numbers, as in any other script:
 * <pre>{@code
 * \subsection*{(b)}                      \subsection*{(b)}
 * \begin{enumerate}[label=\roman*.]  ->
 *   \item $C_t = (0.7, 0.2, 0.05)$         i. $C_t = (0.7, 0.2, 0.05)$
 * }</pre>
 * LaTeX's own numbering is followed: {@code 1.}, {@code (a)}, {@code i.}, {@code A.} by depth, an enumitem
 * {@code label=} or an enumerate-package {@code [(a)]} template, {@code start=}, and an explicit
 * {@code \item[(b)]} that takes no number (and is kept as written: later stages read its label). A heading {@code \section*{Question 1}} is its title, {@code Question 1}. A list whose numbering cannot be told ({@code resume}, a template
 * with commands in it) is left as written, so its answers go unplaced rather than misnumbered. An item of an
 * {@code itemize} is a bullet, {@code -}. In a whole document ({@code \begin{document}}), comments are
 * dropped too: a {@code % first attempt: 0.85} is not on the page a marker reads.
 */
final class LatexSource {
    /** A list's begin or end, with its options; or an item, with its explicit label. */
    private static final Pattern LIST_COMMAND = Pattern.compile(
            "\\\\(begin|end)\\{(enumerate|itemize|description)\\}(?:\\[([^\\]]*)\\])?|\\\\item(?![A-Za-z])(?:\\[([^\\]]*)\\])?[ \\t]*");
    /** A label template: text around one counter, {@code (\alph*)}, {@code \roman*.}; no other command. */
    private static final Pattern TEMPLATE = Pattern.compile("([^\\\\{}]*)\\\\(arabic|alph|Alph|roman|Roman)\\*([^\\\\{}]*)");
    /** The enumerate package's short template, {@code [(a)]}, {@code [i.]}, {@code [1)]}: one counter letter and punctuation. */
    private static final Pattern SHORT_TEMPLATE = Pattern.compile("([(\\[]?)([1aAiI])([.):\\]]?)");
    /** A sectioning command, {@code \section*{Question 1}}, {@code \subsection*{(a)}}: printed as its title. */
    private static final Pattern SECTION = Pattern.compile("\\\\(?:sub){0,2}section\\*?\\{([^{}]*)}");
    /** An unescaped {@code %} and the rest of its line. */
    private static final Pattern COMMENT = Pattern.compile("(?<!\\\\)%.*");
    /** LaTeX's default enumerate labels by depth. */
    private static final String[] DEFAULT_TEMPLATES = {"\\arabic*.", "(\\alph*)", "\\roman*.", "\\Alph*."};

    private LatexSource() {}

    /**
     * One list being read: an enumerate with its template and count so far, a bullet list, or an enumerate
     * whose numbering cannot be told (its items are left as written).
     */
    private static final class ListState {
        final Matcher template;
        final boolean enumerate;
        int count;

        ListState(Matcher template, boolean enumerate, int start) {
            this.template = template;
            this.enumerate = enumerate;
            this.count = start - 1;
        }

        /** What the list's next {@code item} (as written) is printed as: its number, a bullet, or itself when the numbering is unknown. */
        String next(String item) {
            if (!enumerate) return "- ";
            if (template == null) return item;
            count++;
            return template.group(1) + format(template.group(2), count) + template.group(3) + " ";
        }
    }

    /** {@code text} with its enumerate items numbered as typeset; text with no LaTeX list or document is returned as it was. */
    static String asLines(String text) {
        boolean document = text.contains("\\begin{document}");
        if (!document && !text.contains("\\begin{enumerate}")) return text;
        String[] lines = text.split("\n", -1);
        Deque<ListState> lists = new ArrayDeque<>();
        List<String> out = new ArrayList<>();
        for (String written : lines) {
            String line = document ? COMMENT.matcher(written).replaceFirst("") : written;
            if (line.isBlank() && !written.isBlank()) continue;
            out.add(numbered(SECTION.matcher(line).replaceAll(t -> Matcher.quoteReplacement(t.group(1))), lists));
        }
        return String.join("\n", out);
    }

    /** The line with its list commands read: begins and ends removed, items replaced by their labels. */
    private static String numbered(String line, Deque<ListState> lists) {
        Matcher m = LIST_COMMAND.matcher(line);
        StringBuilder sb = new StringBuilder();
        int last = 0;
        boolean changed = false;
        while (m.find()) {
            sb.append(line, last, m.start());
            last = m.end();
            changed = true;
            if ("begin".equals(m.group(1))) {
                lists.push(list(m.group(2), m.group(3), depth(lists)));
            } else if ("end".equals(m.group(1))) {
                if (!lists.isEmpty()) lists.pop();
            } else if (m.group(4) != null) {
                sb.append(m.group());
            } else {
                sb.append(lists.isEmpty() ? m.group() : lists.peek().next(m.group()));
            }
        }
        if (!changed) return line;
        sb.append(line.substring(last));
        return sb.toString().isBlank() ? "" : sb.toString().stripTrailing();
    }

    private static int depth(Deque<ListState> lists) {
        return (int) lists.stream().filter(l -> l.enumerate).count();
    }

    /** The state of a list just begun; {@code depth} counts the enumerates it is inside. */
    private static ListState list(String kind, String options, int depth) {
        if (!kind.equals("enumerate")) return new ListState(null, false, 1);
        String template = DEFAULT_TEMPLATES[Math.min(depth, DEFAULT_TEMPLATES.length - 1)];
        int start = 1;
        if (options != null && !options.isBlank()) {
            boolean keyed = options.contains("=") || options.matches("\\s*[a-z]+\\s*(?:,.*)?");
            if (!keyed) {
                Matcher shortForm = SHORT_TEMPLATE.matcher(options.strip());
                if (!shortForm.matches()) return unknown();
                template = shortForm.group(1) + "\\" + shortCounter(shortForm.group(2)) + "*" + shortForm.group(3);
            } else {
                for (String option : options.split(",")) {
                    String[] kv = option.split("=", 2);
                    String key = kv[0].strip();
                    String value = kv.length > 1 ? kv[1].strip() : "";
                    if (key.equals("label")) template = unbraced(value);
                    else if (key.equals("start") && value.matches("\\d{1,2}")) start = Integer.parseInt(value);
                    else if (key.equals("start") || key.equals("resume") || key.equals("resume*") || key.equals("series")) {
                        return unknown();
                    }
                }
            }
        }
        Matcher t = TEMPLATE.matcher(template);
        return t.matches() ? new ListState(t, true, start) : unknown();
    }

    private static ListState unknown() {
        return new ListState(null, true, 1);
    }

    private static String unbraced(String value) {
        return value.startsWith("{") && value.endsWith("}") ? value.substring(1, value.length() - 1) : value;
    }

    private static String shortCounter(String c) {
        return switch (c) {
            case "1" -> "arabic";
            case "a" -> "alph";
            case "A" -> "Alph";
            case "i" -> "roman";
            default -> "Roman";
        };
    }

    /** The counter's value as LaTeX prints it: {@code 3} as {@code 3}, {@code c}, {@code C}, {@code iii}, {@code III}. */
    private static String format(String counter, int n) {
        char style = switch (counter) {
            case "alph" -> 'a';
            case "Alph" -> 'A';
            case "roman" -> 'i';
            case "Roman" -> 'I';
            default -> '1';
        };
        return ListNumbers.format(style, n);
    }
}
