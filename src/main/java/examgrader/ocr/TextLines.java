package examgrader.ocr;

import examgrader.ingest.PlacedWord;
import java.util.ArrayList;
import java.util.List;

/**
 * Lines of a page that needed no OCR (a PDF text layer or a transcription): one {@link Line} per
 * non-blank text line, kept verbatim, one word per whitespace-separated token with confidence 100.
 * A transcription's words have no box; a PDF text layer's words get the box PDFBox printed them
 * in, so typed answers are shown cut from their page in reports and reviews as scanned ones are.
 */
public final class TextLines {
    public static final String TEXT_LAYER = "text-layer";
    public static final String TRANSCRIPTION = "transcription";
    /** How far ahead in the placed words a token is looked for before it is left without a box. */
    private static final int LOOK_AHEAD = 8;

    private TextLines() {}

    public static PageText page(int page, String engine, String text) {
        return page(page, engine, text, List.of());
    }

    /** @param placed the page's words with their boxes, in the order of {@code text} (may be empty) */
    public static PageText page(int page, String engine, String text, List<PlacedWord> placed) {
        List<Line> lines = new ArrayList<>();
        int cursor = 0;
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.stripTrailing();
            if (line.isBlank()) continue;
            List<Word> words = new ArrayList<>();
            for (String token : line.strip().split("\\s+")) {
                int found = find(placed, token, cursor);
                Box box = Box.NONE;
                if (found >= 0) {
                    PlacedWord p = placed.get(found);
                    box = new Box(p.x(), p.y(), p.width(), p.height());
                    cursor = found + 1;
                }
                words.add(new Word(token, 100.0, box));
            }
            lines.add(new Line(page, line, words));
        }
        return new PageText(page, engine, null, lines);
    }

    private static int find(List<PlacedWord> placed, String token, int from) {
        for (int i = from; i < Math.min(placed.size(), from + LOOK_AHEAD); i++) {
            if (placed.get(i).text().equals(token)) return i;
        }
        return -1;
    }
}
