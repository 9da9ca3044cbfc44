package examgrader;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Holds a student number read from a script against the class list. A number that is not on the
 * list would put the marks in a gradebook row that matches no student. When exactly one listed
 * number is one character away (a digit misread, added, dropped or two swapped, as OCR does:
 * {@code 191IM44033} for {@code 19IM44033}), the script is filed under it, and a notice says so
 * for a person to check; otherwise the number is kept as read, with a notice.
 */
final class RosterCheck {
    private RosterCheck() {}

    /** The number to file the script under, and what a person should be told about it. */
    record Checked(String studentId, Optional<String> notice) {}

    static Checked check(String read, Set<String> roster, Path source) {
        if (roster.isEmpty() || roster.contains(read)) return new Checked(read, Optional.empty());
        List<String> near = roster.stream().filter(id -> oneEditApart(read, id)).sorted().toList();
        if (near.size() == 1) {
            return new Checked(near.get(0), Optional.of(String.format(
                    "%s: student number read as %s is not on the roster; filed under %s, the only listed number one character away: check it",
                    source, read, near.get(0))));
        }
        String closest = near.isEmpty() ? "" : " (listed numbers one character away: " + String.join(", ", near) + ")";
        return new Checked(read, Optional.of(String.format("%s: student number %s is not on the roster%s: check it",
                source, read, closest)));
    }

    /** One substitution, insertion, deletion or swap of neighbours turns one into the other. */
    static boolean oneEditApart(String a, String b) {
        if (a.equals(b)) return false;
        int la = a.length(), lb = b.length();
        if (Math.abs(la - lb) > 1) return false;
        if (la == lb) {
            int first = -1, diffs = 0;
            for (int i = 0; i < la; i++) {
                if (a.charAt(i) != b.charAt(i)) {
                    if (first < 0) first = i;
                    diffs++;
                }
            }
            if (diffs == 1) return true;
            return diffs == 2 && first + 1 < la && a.charAt(first) == b.charAt(first + 1) && a.charAt(first + 1) == b.charAt(first);
        }
        String longer = la > lb ? a : b, shorter = la > lb ? b : a;
        for (int i = 0; i < longer.length(); i++) {
            if ((longer.substring(0, i) + longer.substring(i + 1)).equals(shorter)) return true;
        }
        return false;
    }
}
