package examgrader.ocr;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores an OCR text against what was typeset, ignoring spacing (OCR spacing around '=' and
 * brackets varies and the extract stage does not depend on it).
 */
final class TokenRecall {
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:,\\d{3})*(?:\\.\\d+)?");

    private TokenRecall() {}

    /** How many of the expected numbers (e.g. {@code 3,088,878}, {@code 0.05}) were read, each at most once. */
    static int numbersRead(String expected, String text) {
        List<String> read = numbers(text);
        int hits = 0;
        for (String number : numbers(expected)) {
            if (read.remove(number)) hits++;
        }
        return hits;
    }

    static List<String> numbers(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) out.add(m.group());
        return out;
    }

    /** Longest run of the expected numbers read in the expected order (reading order check). */
    static int numbersInOrder(String expected, String text) {
        List<String> a = numbers(expected), b = numbers(text);
        int[][] lcs = new int[a.size() + 1][b.size() + 1];
        for (int i = 1; i <= a.size(); i++) {
            for (int j = 1; j <= b.size(); j++) {
                lcs[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
            }
        }
        return lcs[a.size()][b.size()];
    }

    /** Character error rate with all whitespace removed: edit distance / expected length. */
    static double charErrorRate(String expected, String text) {
        String a = expected.replaceAll("\\s+", ""), b = text.replaceAll("\\s+", "");
        int[] prev = new int[b.length() + 1], cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) prev[j] = j;
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev; prev = cur; cur = t;
        }
        return (double) prev[b.length()] / Math.max(1, a.length());
    }
}
