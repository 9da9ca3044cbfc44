package examgrader.samples;

import java.util.List;
import java.util.Random;

/**
 * How one student numbers answers: {@code 1. (a) i)}, {@code (b)(ii)}, {@code Q1 (b)(i)},
 * {@code Task 2: 1)}, {@code 2.1}, {@code Q2.4}, {@code (4) (i)}, circled numbers, ...
 *
 * <p>A label path is numeric, outermost first ({@code 1b.ii} is {@code [1, 2, 2]}); each level's
 * format says how to print its number: {@code %n} digits, {@code %a} a letter, {@code %r} a
 * lower-case roman numeral, {@code %c} a circled digit. A nested style prints only the levels that
 * changed since the previous label (and may put a new top level on its own line); a full style
 * prints the whole path every time.
 *
 * @param formats        one format per level, outermost first
 * @param nested         print only the changed levels
 * @param headerOwnLine  a changed top level goes on its own line (nested styles only)
 */
public record LabelStyle(List<String> formats, boolean nested, boolean headerOwnLine) {

    /** A rendered label: an optional line of its own, then the text that starts the answer line. */
    public record Label(String ownLine, String inline) {}

    static final List<LabelStyle> CT3_STYLES = List.of(
            new LabelStyle(List.of("%n.", " (%a)", " %r)"), true, false),
            new LabelStyle(List.of("%n.", "(%a)", "(%r)"), true, true),
            new LabelStyle(List.of("Q%n", " (%a)", "(%r)"), false, false),
            new LabelStyle(List.of("%n", "(%a)", "(%r)"), false, false),
            new LabelStyle(List.of("Answer %n", "(%a)", " %r."), true, true),
            new LabelStyle(List.of("%n", ".%a", ".%r"), false, false),
            new LabelStyle(List.of("%c", " %a)", " (%r)"), true, false),
            new LabelStyle(List.of("Ans %n)", " %a.", " %r."), true, true),
            new LabelStyle(List.of("Q.%n", " %a)", " %r)"), true, false));

    static final List<LabelStyle> WEEK8_STYLES = List.of(
            new LabelStyle(List.of("Task %n:", "%n)", " (%r)"), true, true),
            new LabelStyle(List.of("%n", ".%n", " (%a)"), false, false),
            new LabelStyle(List.of("Q%n", ".%n", " %a)"), false, false),
            new LabelStyle(List.of("Task %n", "(%n)", " (%r)"), true, true),
            new LabelStyle(List.of("Task %n.", "%c", " %a."), true, true),
            new LabelStyle(List.of("Part %n", "%n.", " %c"), true, true),
            new LabelStyle(List.of("T%n", ".%n", "(%r)"), false, false),
            new LabelStyle(List.of("TASK %n", "Q%n.", " %a)"), true, true),
            new LabelStyle(List.of("Task %n:", " %n)", " (%r)"), true, false));

    static LabelStyle pick(ExamSpec exam, Random rng) {
        List<LabelStyle> styles = exam == ExamSpec.CT3 ? CT3_STYLES : WEEK8_STYLES;
        return styles.get(rng.nextInt(styles.size()));
    }

    /** The label for {@code path}, given the path labelled just before it (empty at the start). */
    public Label render(List<Integer> path, List<Integer> previous) {
        int first = nested ? firstDifference(path, previous) : 0;
        if (first >= path.size()) {
            first = path.size() - 1;
        }
        String ownLine = null;
        StringBuilder inline = new StringBuilder();
        for (int level = first; level < path.size(); level++) {
            String token = format(formats.get(level), path.get(level));
            if (level == 0 && nested && headerOwnLine && path.size() > 1) {
                ownLine = token;
            } else {
                inline.append(inline.isEmpty() ? token.stripLeading() : token);
            }
        }
        return new Label(ownLine, inline.toString());
    }

    /** Only the levels that changed since {@code previous}, for the next answer on the same line. */
    public String changedLevels(List<Integer> path, List<Integer> previous) {
        int first = Math.min(firstDifference(path, previous), path.size() - 1);
        StringBuilder inline = new StringBuilder();
        for (int level = first; level < path.size(); level++) {
            String token = format(formats.get(level), path.get(level));
            inline.append(inline.isEmpty() ? token.stripLeading() : token);
        }
        return inline.toString();
    }

    private static int firstDifference(List<Integer> path, List<Integer> previous) {
        int i = 0;
        while (i < path.size() && i < previous.size() && path.get(i).equals(previous.get(i))) {
            i++;
        }
        return i;
    }

    static String format(String format, int number) {
        return format.replace("%n", Integer.toString(number))
                .replace("%a", Character.toString('a' + number - 1))
                .replace("%r", roman(number))
                .replace("%c", Character.toString(0x2460 + number - 1));
    }

    static String roman(int number) {
        String[] small = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
        return number < small.length ? small[number] : Integer.toString(number);
    }
}
