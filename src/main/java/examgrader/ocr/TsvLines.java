package examgrader.ocr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns Tesseract's TSV output into {@link Line}s: one line per (block, paragraph, line) id, in
 * the order Tesseract reports them, holding that line's non-empty words.
 */
final class TsvLines {
    private static final int WORD_LEVEL = 5;

    private TsvLines() {}

    static List<Line> parse(String tsv, int page) {
        Map<String, List<Word>> lines = new LinkedHashMap<>();
        for (String row : tsv.split("\n")) {
            String[] f = row.split("\t", -1);
            if (f.length < 12 || !f[0].equals(String.valueOf(WORD_LEVEL))) continue;
            String text = f[11].strip();
            if (text.isEmpty()) continue;
            String lineId = f[2] + "." + f[3] + "." + f[4];
            Box box = new Box(Integer.parseInt(f[6]), Integer.parseInt(f[7]), Integer.parseInt(f[8]), Integer.parseInt(f[9]));
            double confidence = Math.max(0, Math.min(100, Double.parseDouble(f[10])));
            lines.computeIfAbsent(lineId, k -> new ArrayList<>()).add(new Word(text, confidence, box));
        }
        List<Line> result = new ArrayList<>();
        for (List<Word> words : lines.values()) result.add(Line.ofWords(page, words));
        return result;
    }
}
