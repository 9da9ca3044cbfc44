package examgrader.ingest;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a Typst script as it typesets: a numbered-list item {@code + text} carries no number in the source, so
 * it becomes the number it is printed with, and a heading {@code = Task 1} becomes its text:
 * <pre>{@code
 * = Task 2                 Task 2
 * + Input (78, 84) ...  ->    1. Input (78, 84) ...
 *   Output: *(26, 28)*         Output: *(26, 28)*
 * + (skipped)                 2. (skipped)
 * }</pre>
 * A list is the run of items at one indentation, with blank lines and the items' deeper-indented lines between
 * them; it ends at a line no deeper than its items. An explicit item ({@code 3. text}) is kept and the count goes
 * on from it. The numbering is Typst's default, {@code 1.} at every depth, or a {@code #set enum(numbering: "a)")}
 * with one counter; another pattern is left as written. A list that starts again in the same section after a
 * paragraph is ambiguous (Typst starts it at 1, the writer may have meant to go on), so its items are left as
 * written and their answers go to review. A numbered item is set in ({@link ListNumbers#INSET}), as rendered
 * lists are. Lines stay one for one. Text without two {@code +} items at the margin
 * and another mark of Typst ({@code #set}, a heading {@code = Task 1}) is returned as it was, as is AsciiDoc,
 * whose {@code +} joins a block to an item.
 */
final class TypstText {
    private static final Pattern ITEM = Pattern.compile("^([ \\t]*)(?:\\+|(\\d{1,3})\\.)(?:[ \\t]+|$)");
    /** An item at the margin: a {@code +} set in deeper is as often an equation's continued sum. */
    private static final Pattern AUTO_ITEM = Pattern.compile("(?m)^\\+[ \\t]+\\S");
    private static final Pattern HEADING = Pattern.compile("^(={1,6})[ \\t]+(\\S.*)$");
    /** A Typst directive, or a heading of words ({@code = Task 1}, not {@code = 65536 + 128} nor {@code === Task 1 ===}). */
    private static final Pattern SIGNAL = Pattern.compile("(?m)^(?:#(?:set|let|import|show|include)\\b|={1,6}[ \\t]+\\p{L}[^=\\n]*$)");
    private static final Pattern NUMBERING = Pattern.compile("#set\\s+enum\\([^)]*numbering:\\s*\"([^\"]*)\"");
    private static final Pattern ONE_COUNTER = Pattern.compile("([^1aAiI]*)([1aAiI])([^1aAiI]*)");

    private TypstText() {}

    private record ListState(int indent, int[] count, boolean ambiguous) {}

    /** Whether {@code text} is Typst with numbered lists: two {@code + item} lines and another mark of Typst. */
    static boolean isTypst(String text) {
        Matcher m = AUTO_ITEM.matcher(text);
        int items = 0;
        while (m.find() && items < 2) items++;
        return items >= 2 && SIGNAL.matcher(text).find() && !AsciiDocText.isAsciiDoc(text);
    }

    /** {@code text} with its numbered-list items numbered and its headings read; other text as it was. */
    static String asLines(String text) {
        if (!isTypst(text)) return text;
        Matcher numbering = NUMBERING.matcher(text);
        Matcher pattern = ONE_COUNTER.matcher(numbering.find() ? numbering.group(1) : "1.");
        boolean known = pattern.matches();
        Deque<ListState> lists = new ArrayDeque<>();
        boolean endedInSection = false;
        List<String> out = new ArrayList<>();
        for (String line : text.split("\n", -1)) {
            Matcher heading = HEADING.matcher(line);
            if (heading.matches()) {
                lists.clear();
                endedInSection = false;
                out.add(heading.group(2));
                continue;
            }
            if (line.isBlank()) {
                out.add(line);
                continue;
            }
            Matcher item = ITEM.matcher(line);
            boolean isItem = item.find();
            int indent = TypedText.indentOf(line);
            while (!lists.isEmpty() && (lists.peek().indent() > indent || !isItem && lists.peek().indent() >= indent)) {
                if (lists.pop().indent() == 0) endedInSection = true;
            }
            if (!isItem) {
                out.add(line);
                continue;
            }
            ListState top = lists.peek();
            if (top == null || top.indent() < indent) {
                top = new ListState(indent, new int[] {0}, indent == 0 && endedInSection);
                lists.push(top);
            }
            if (item.group(2) != null) {
                top.count()[0] = Integer.parseInt(item.group(2));
                out.add(line);
            } else {
                int n = ++top.count()[0];
                boolean unknown = !known || top.ambiguous();
                String label = unknown ? "" : pattern.group(1) + ListNumbers.format(pattern.group(2).charAt(0), n) + pattern.group(3);
                out.add(unknown ? line : item.group(1) + ListNumbers.INSET + label + " " + line.substring(item.end()));
            }
        }
        return String.join("\n", out);
    }
}
