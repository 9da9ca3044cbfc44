package examgrader.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Labels written after their answers ({@code tanh(0.7) = 0.6044   (1b ii)}, {@code ... is 199 × 199 × 10 — 5 (pointwise
 * size).}) that the printed page's width wrapped
 * onto the next line: a bracket left open at a line's end and closed by the next ({@code ... (1b} / {@code ii)}), or a
 * whole bracketed label alone on the next line ({@code ... + dL/dc_{t+1} . f_{t+1}} / {@code (4a)}). Joined back to the
 * answer they close, so they are read as its label and not as the label of the lines below. A lone bracketed label is
 * joined only on a page that ends three lines or more with such labels: elsewhere it opens the answer under it. A label
 * set off by a dash and closed by a stop ({@code — 5 (pointwise size).}) opens nothing, and one more on the page will do.
 */
final class WrappedTrailingLabels {
    /** A bracket opened at the line's end with the start of a label in it: {@code (1b}, {@code (5}, {@code [1a}. */
    private static final Pattern OPEN_AT_END = Pattern.compile(".*\\S\\s+[(\\[]\\s*\\d{1,2}\\s?[a-h]?\\s*$");
    /** The rest of that label and its closing bracket, alone on the line: {@code ii)}, {@code total)}, {@code iv]}. */
    private static final Pattern CLOSES_ALONE = Pattern.compile("\\s*[A-Za-z]{1,12}(?:\\s[A-Za-z]{1,12})?\\s*[)\\]]\\s*");
    /**
     * A label closing its answer: bracketed ({@code (3b)}, {@code (1a iv)}, {@code (5 total)}), or closing a sentence after
     * a dash or in brackets ({@code — 1(a)(i).}, {@code (1(b)(i)).}, {@code [2(b)].}, {@code — 2.4.}, {@code — 5 (pointwise
     * size).}), as segment.TrailingLabels reads them.
     */
    private static final String LABEL = "(?:[(\\[]\\s*\\d{1,2}\\s?[a-h]?(?:\\s?[ivx]{1,4})?(?:\\s[A-Za-z]{3,12})?\\s*[)\\]]"
            + "|(?:[—–]\\s*|[(\\[])\\d{1,2}\\([a-h]\\)(?:\\([ivx]{1,4}\\))?(?<=\\))[)\\]]?[.;]?"
            + "|[—–]\\s*\\d{1,2}(?:\\.\\d{1,2}|\\s*\\([A-Za-z][A-Za-z ]{1,30}\\))[.;]?)";
    /** A label ending a line after its answer. */
    private static final Pattern TRAILING = Pattern.compile(".*\\S\\s+" + LABEL + "\\s*$");
    /** Such a label alone on its line. */
    private static final Pattern ALONE = Pattern.compile("\\s*" + LABEL + "\\s*");
    private static final int AT_LEAST = 3;
    /**
     * A label set off by a dash and closing its sentence with a stop, alone on its line ({@code — 5 (pointwise size).}):
     * it can only close the sentence above, so one such label elsewhere on the page is enough to join it.
     */
    private static final Pattern SENTENCE_END_ALONE = Pattern.compile("\\s*[—–]\\s*\\d{1,2}(?:\\.\\d{1,2}|\\([a-h]\\)(?:\\([ivx]{1,4}\\))?"
            + "|\\s*\\([A-Za-z][A-Za-z ]{1,30}\\))\\.\\s*");

    private WrappedTrailingLabels() {}

    static String joined(String page) {
        String[] lines = page.split("\n", -1);
        long trailing = java.util.Arrays.stream(lines).filter(l -> TRAILING.matcher(l).matches()).count();
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String next = i + 1 < lines.length ? lines[i + 1] : null;
            boolean cutLabel = next != null && OPEN_AT_END.matcher(line).matches() && CLOSES_ALONE.matcher(next).matches();
            boolean wrappedLabel = next != null && !line.isBlank() && !TRAILING.matcher(line).matches()
                    && (trailing >= AT_LEAST && ALONE.matcher(next).matches() || trailing >= 1 && SENTENCE_END_ALONE.matcher(next).matches());
            if (cutLabel || wrappedLabel) {
                out.add(line.stripTrailing() + (cutLabel ? " " : "   ") + next.strip());
                i++;
            } else {
                out.add(line);
            }
        }
        return String.join("\n", out);
    }
}
