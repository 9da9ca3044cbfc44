package examgrader.extract;

import examgrader.segment.Fragment;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts an answer into chains of equalities, the way a student's working reads:
 * {@code total = 5 × 5 × 100352 = 2508800}. A line that starts with "=" continues the chain of
 * the line before (aligned working); "∴", "⇒", "so", "therefore", "hence" and "thus" start a new one.
 * A line ending in "=" is continued by the next line. "->", ":" and "is" stating a result count as "=".
 */
final class Statements {
    /** One side of an equality, with the fragment it was written in. */
    record Part(String text, Fragment fragment) {}

    /** Parts joined by "=", in writing order. {@code order} numbers the chains through the answer. */
    record Chain(List<Part> parts, int order) {
        String text() {
            return String.join(" = ", parts.stream().map(Part::text).toList());
        }

        String lead() {
            return parts.get(0).text();
        }
    }

    /** Dashes, bars and tildes standing apart at either end of a side: specks and rules, not minus signs. */
    private static final java.util.regex.Pattern SPECKS =
            java.util.regex.Pattern.compile("^(?:[-—–|~_]+\\s+)+|(?:\\s+[-—–|~_]+)+\\s*$");

    /**
     * Words and signs students use for "=" when stating a result: {@code f_t -> 4}, {@code b_f: 3},
     * {@code W_f is 3 x 5} (also glued by OCR: {@code Wfis3}). A colon between digits (a time, a
     * ratio) is not one.
     */
    private static final java.util.regex.Pattern ANSWER_SEPARATOR = java.util.regex.Pattern.compile(
            "->|→|⟶|(?<!\\d):|:(?!\\d)|\\bis\\b|(?<=[A-Za-z_}])is(?=\\d)");

    private Statements() {}

    /**
     * OCR reads the caret of {@code 3.089 x 10^6} as {@code *} and may put a space after the
     * decimal point ({@code 3. 089 x 10*6}); both are put back before the value is read.
     */
    static String ocrPowers(String text) {
        return text.replaceAll("(\\d)\\.\\s(\\d{1,4})(?=\\s*[x×]\\s*10\\s*[*^])", "$1.$2")
                .replaceAll("(?<=\\d)(\\s*)[x×](\\s*)10\\s*\\*\\s*(-?\\d{1,2})(?![\\d.])", "$1×$210^$3");
    }

    static String trimSpecks(String side) {
        return SPECKS.matcher(side.strip()).replaceAll("").strip();
    }

    static List<Chain> chains(List<Fragment> fragments) {
        List<List<Part>> chains = new ArrayList<>();
        for (Fragment f : ColumnVectors.join(fragments)) {
            String plain = ocrPowers(Latex.toPlain(f.text()).replace("=>", "⇒"));
            for (String statement : plain.split("\n|;|(?=∴)|(?=⇒)|(?=(?i:\\b(?:so|therefore|hence|thus)\\b))")) {
                String st = ANSWER_SEPARATOR.matcher(statement.replace("⇒", " ")).replaceAll(" = ").strip();
                if (st.isEmpty()) continue;
                List<Part> parts = new ArrayList<>();
                for (String side : st.split("[=≈]|\\s~\\s", -1)) parts.add(new Part(Latex.closeMarks(trimSpecks(side)), f));
                boolean continues = st.startsWith("=") || st.startsWith("≈") || st.startsWith("~ ");
                List<Part> last = chains.isEmpty() ? null : chains.get(chains.size() - 1);
                if (!continues && last != null && last.size() > 1 && last.get(last.size() - 1).text().isEmpty()) {
                    last.remove(last.size() - 1);
                    last.addAll(parts);
                } else if (continues && last != null) {
                    last.addAll(parts.subList(1, parts.size()));
                } else {
                    if (continues) parts.remove(0);
                    chains.add(parts);
                }
            }
        }
        List<Chain> result = new ArrayList<>();
        for (int i = 0; i < chains.size(); i++) result.add(new Chain(List.copyOf(chains.get(i)), i));
        return result;
    }
}
