package examgrader.segment;

import java.util.List;
import java.util.Locale;

/**
 * Label paths ({@code ["1","b","i"]}) and how they compare. {@code "*"} stands for a level the
 * student skipped (a roman numeral written without its letter) and matches anything.
 */
final class LabelPath {
    static final String ANY = "*";
    private static final List<String> ROMANS = List.of("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x",
            "xi", "xii");

    private LabelPath() {}

    static boolean sameLevel(String a, String b) {
        return a.equals(ANY) || b.equals(ANY) || a.equalsIgnoreCase(b);
    }

    static boolean equal(List<String> a, List<String> b) {
        return a.size() == b.size() && startsWith(a, b);
    }

    /** True when {@code path} begins with {@code prefix}. */
    static boolean startsWith(List<String> path, List<String> prefix) {
        if (prefix.size() > path.size()) return false;
        for (int i = 0; i < prefix.size(); i++) {
            if (!sameLevel(path.get(i), prefix.get(i))) return false;
        }
        return true;
    }

    /**
     * Same length and the same position at every level: {@code (4)(i)} against {@code 4.(a)}; a level of {@code a} that is
     * a numeral of one letter counts as the numeral too ({@code 1.1.1} against 1(a)(i), {@code 1.1.5} against 1(a)(v)).
     */
    static boolean samePositions(List<String> a, List<String> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) {
            int pa = position(a.get(i)), pb = position(b.get(i));
            boolean asNumeral = isRoman(a.get(i)) && pb == romanPosition(a.get(i));
            if (!asNumeral && (pa < 0 || pb < 0 || pa != pb)) return false;
        }
        return true;
    }

    /** Whether two paths are items of the same parent: as long, and equal but for their last level. */
    static boolean sameParent(List<String> a, List<String> b) {
        return a.size() == b.size() && !a.isEmpty() && a.subList(0, a.size() - 1).equals(b.subList(0, b.size() - 1));
    }

    static boolean isRoman(String s) {
        return ROMANS.contains(s.toLowerCase(Locale.ROOT));
    }

    /** 1-based position of a level's value: 3 for "3", "c" and "iii"; -1 if unknown. */
    static int position(String s) {
        String v = s.toLowerCase(Locale.ROOT);
        if (v.matches("\\d+")) return Integer.parseInt(v);
        if (isRoman(v) && v.length() > 1) return ROMANS.indexOf(v) + 1;
        if (v.length() == 1 && Character.isLetter(v.charAt(0))) return v.charAt(0) - 'a' + 1;
        return -1;
    }

    /** The roman numeral at a 1-based position ("iii" for 3), or "" beyond the numerals known. */
    static String roman(int position) {
        return position >= 1 && position <= ROMANS.size() ? ROMANS.get(position - 1) : "";
    }

    /** 1-based position of a roman numeral ("i" is 1, not the letter i), or -1. */
    static int romanPosition(String s) {
        int r = ROMANS.indexOf(s.toLowerCase(Locale.ROOT));
        return r < 0 ? -1 : r + 1;
    }

    /** The value that follows {@code s} at the same level: "ii" after "i", "c" after "b", "3" after "2". */
    static String next(String s) {
        String v = s.toLowerCase(Locale.ROOT);
        if (v.matches("\\d+")) return String.valueOf(Integer.parseInt(v) + 1);
        int r = ROMANS.indexOf(v);
        if (r >= 0 && r + 1 < ROMANS.size() && v.length() > 1) return ROMANS.get(r + 1);
        if (v.length() == 1 && Character.isLetter(v.charAt(0))) return String.valueOf((char) (v.charAt(0) + 1));
        return "";
    }

    /** The roman successor of a one-letter roman ("i" → "ii", "v" → "vi"), for telling i) the numeral from i) the letter. */
    static String nextRoman(String s) {
        int r = ROMANS.indexOf(s.toLowerCase(Locale.ROOT));
        return r >= 0 && r + 1 < ROMANS.size() ? ROMANS.get(r + 1) : "";
    }

    static String key(List<String> path) {
        return String.join(".", path);
    }
}
