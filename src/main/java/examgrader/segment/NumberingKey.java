package examgrader.segment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A key the student gives to numbering of their own: {@code I numbered parts as Q.part.sub, i.e. 1.1.1 = Q1(a)(i),
 * 1.2.2 = Q1(b)(ii), 3.3 = Q3(c)}. Labels matched to the paper's by position ({@code 1.1.2} as 1(a)(ii)) are then
 * matched as the student said, not guessed, and need no review, when every pair the key gives agrees with that matching.
 */
final class NumberingKey {
    private NumberingKey() {}

    /** {@code 1.1.1 = Q1(a)(i)}, {@code 3.3 -> Q3(c)}, {@code 1.2.2 means 1(b)(ii)}: a dotted label, a sign, the paper's label. */
    private static final Pattern PAIR = Pattern.compile(
            "(?<![\\d.])(\\d{1,2}(?:\\.\\d{1,2}){1,2})\\s*(?:=|->|→|means|is)\\s*(?:Q|Question\\s*|Task\\s*)?(\\d{1,2})"
            + "\\s*\\(?([a-h])\\)?(?:\\s*\\(?([ivx]{1,4})\\)?)?(?![\\w(])");

    /**
     * Whether the script states such a key, with at least one pair, and each pair's own label has the paper's label's
     * positions ({@link LabelPath#samePositions}).
     */
    static boolean confirmsPositions(String script) {
        Matcher m = PAIR.matcher(script);
        int pairs = 0;
        while (m.find()) {
            List<String> own = List.of(m.group(1).split("\\."));
            List<String> paper = m.group(4) != null ? List.of(m.group(2), m.group(3), m.group(4)) : List.of(m.group(2), m.group(3));
            if (!LabelPath.samePositions(paper, own)) return false;
            pairs++;
        }
        return pairs > 0;
    }
}
