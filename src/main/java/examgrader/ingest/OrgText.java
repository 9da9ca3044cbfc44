package examgrader.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads an Emacs Org-mode script as it exports: a heading {@code ** (a)} becomes its title, {@code (a)}; a
 * description item whose term is a label ({@code - ii :: 5}) becomes that labelled answer, {@code ii) 5}, and
 * one with another term ({@code - total :: 84}) becomes {@code total: 84}; the {@code #+TITLE:},
 * {@code #+AUTHOR:}, {@code #+DATE:} keywords become their values (a student number may be in them), an
 * export setting ({@code #+OPTIONS:}) and the {@code #+begin_}/{@code #+end_} lines of a block become blank lines, and a block's content
 * is kept verbatim; another keyword is kept without its {@code #+} ({@code #+ROLL: 18CS30009} holds the roll number):
 * <pre>{@code
 * #+TITLE: CS60010 CT 3      CS60010 CT 3
 * * Question 1               Question 1
 * ** (a)                 ->  (a)
 * - i :: 4                   i) 4
 * }</pre>
 * Lines stay one for one. Text without an Org keyword line ({@code #+TITLE:}, {@code #+begin_example}) and a
 * heading or description item is returned as it was: a {@code * } line alone is a Markdown bullet.
 */
final class OrgText {
    private static final Pattern KEYWORD = Pattern.compile("(?i)^#\\+([a-z_]+):[ \\t]*(.*)$");
    private static final Pattern BLOCK = Pattern.compile("(?i)^[ \\t]*#\\+(begin|end)_(\\w+).*$");
    private static final Pattern ANY_KEYWORD = Pattern.compile("(?im)^[ \\t]*#\\+(?:[a-z_]+:|begin_\\w)");
    private static final Pattern HEADING = Pattern.compile("^(\\*+)[ \\t]+(?:(?:TODO|DONE)[ \\t]+)?(.*?)(?:[ \\t]+:[\\w@:]+:)?[ \\t]*$");
    private static final Pattern DESCRIPTION = Pattern.compile("^([ \\t]*)[-+][ \\t]+(.+?)[ \\t]+::(?:[ \\t]+(.*))?$");
    private static final Pattern ANY_STRUCTURE = Pattern.compile("(?m)^(?:\\*+[ \\t]+\\S|[ \\t]*[-+][ \\t]+.+?[ \\t]+::(?:[ \\t]|$))");
    /** A term that is a label as written: {@code ii}, {@code b}, {@code 3}, {@code (b)}, {@code iv.}, {@code 2a}. */
    private static final Pattern LABEL_TERM = Pattern.compile("(?i)\\(?(?:[ivx]{1,5}|[a-h]|\\d{1,2}[a-h]?)[.)]?\\)?");
    private static final List<String> VALUE_KEYWORDS = List.of("title", "subtitle", "author", "date", "email");
    /** Keywords that set up the export, not text of the script. */
    private static final Pattern SETTING = Pattern.compile("(?i)options|startup|setupfile|property|language|creator|latex\\w*|html\\w*|export\\w*|filetags|tags|todo|seq_todo|results|name|caption|attr\\w*");

    private OrgText() {}

    /** Whether {@code text} is Org-mode: an Org keyword or block line and a heading or description item. */
    static boolean isOrg(String text) {
        return ANY_KEYWORD.matcher(text).find() && ANY_STRUCTURE.matcher(text).find();
    }

    /** {@code text} with its headings, description items and keywords read as exported; other text as it was. */
    static String asLines(String text) {
        if (!isOrg(text)) return text;
        List<String> out = new ArrayList<>();
        String block = null;
        for (String line : text.split("\n", -1)) {
            Matcher b = BLOCK.matcher(line);
            if (b.matches()) {
                String kind = b.group(2).toLowerCase(Locale.ROOT);
                if (b.group(1).equalsIgnoreCase("begin") && block == null) block = kind;
                else if (b.group(1).equalsIgnoreCase("end") && kind.equals(block)) block = null;
                else if (block != null) {
                    out.add(line);
                    continue;
                }
                out.add("");
                continue;
            }
            if (block != null) {
                out.add(line);
                continue;
            }
            out.add(read(line));
        }
        return String.join("\n", out);
    }

    private static String read(String line) {
        Matcher keyword = KEYWORD.matcher(line);
        if (keyword.matches()) {
            String key = keyword.group(1);
            if (VALUE_KEYWORDS.contains(key.toLowerCase(Locale.ROOT))) return keyword.group(2).strip();
            return SETTING.matcher(key).matches() ? "" : key + ": " + keyword.group(2).strip();
        }
        Matcher heading = HEADING.matcher(line);
        if (heading.matches()) return heading.group(2);
        Matcher item = DESCRIPTION.matcher(line);
        if (item.matches()) {
            String term = item.group(2).strip();
            String description = item.group(3) == null ? "" : item.group(3);
            boolean label = LABEL_TERM.matcher(term).matches();
            boolean marked = term.endsWith(")") || term.endsWith(".");
            String written = label ? (marked ? term : term + ")") : term + ":";
            return (item.group(1) + written + " " + description).stripTrailing();
        }
        return line;
    }
}
