package examgrader.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * The indentation of a born-digital page's lines, which PDFBox's text leaves out: each line starts with as many
 * spaces as its first word stands right of the page's left margin, in characters of the page's type. A typed
 * script says with indentation what belongs to what ({@code     2. (b)} under {@code 1. LSTM cell} is a nested
 * list's second item, not question 2; working set in under its answer), and the printed page keeps it only as
 * where its words stand.
 */
final class PrintedIndents {
    /** How far ahead of the last matched word a line's first word is looked for among the placed words. */
    private static final int LOOK_AHEAD = 400;

    private PrintedIndents() {}

    /** {@code text} with each line indented as printed; as it is when the words' places are unknown. */
    static String indented(String text, List<PlacedWord> placed) {
        if (placed.isEmpty()) return text;
        String[] lines = text.split("\r?\n", -1);
        int[] x = new int[lines.length];
        int cursor = 0;
        int margin = Integer.MAX_VALUE;
        for (int i = 0; i < lines.length; i++) {
            x[i] = -1;
            String line = lines[i].strip();
            if (line.isEmpty()) continue;
            String[] tokens = line.split("\\s+");
            for (int t = 0; t < tokens.length; t++) {
                for (int j = cursor; j < Math.min(placed.size(), cursor + LOOK_AHEAD); j++) {
                    if (!placed.get(j).text().equals(tokens[t])) continue;
                    if (t == 0) {
                        x[i] = placed.get(j).x();
                        margin = Math.min(margin, x[i]);
                    }
                    cursor = j + 1;
                    break;
                }
            }
        }
        double charWidth = typicalCharWidth(placed);
        if (margin == Integer.MAX_VALUE || charWidth <= 0) return text;
        List<String> out = new ArrayList<>();
        for (int i = 0; i < lines.length; i++) {
            int spaces = x[i] < 0 ? 0 : (int) Math.round((x[i] - margin) / charWidth);
            out.add(spaces > 0 && !lines[i].isBlank() ? " ".repeat(spaces) + lines[i].stripLeading() : lines[i]);
        }
        return String.join("\n", out);
    }

    /** The median width of a character over the page's words: the width of a space a typist's indent is counted in. */
    private static double typicalCharWidth(List<PlacedWord> placed) {
        List<Double> widths = new ArrayList<>();
        for (PlacedWord w : placed) {
            if (w.text().length() >= 2) widths.add((double) w.width() / w.text().length());
        }
        if (widths.isEmpty()) return 0;
        widths.sort(null);
        return widths.get(widths.size() / 2);
    }
}
