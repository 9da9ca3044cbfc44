package examgrader.ocr;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Lines of a page that needed no OCR (a PDF text layer or a transcription): one {@link Line} per
 * non-blank text line, kept verbatim, one word per whitespace-separated token with confidence 100
 * and no box.
 */
public final class TextLines {
    public static final String TEXT_LAYER = "text-layer";
    public static final String TRANSCRIPTION = "transcription";

    private TextLines() {}

    public static PageText page(int page, String engine, String text) {
        List<Line> lines = new ArrayList<>();
        for (String raw : text.split("\r?\n|\r")) {
            String line = raw.stripTrailing();
            if (line.isBlank()) continue;
            List<Word> words = Arrays.stream(line.strip().split("\\s+"))
                    .map(token -> new Word(token, 100.0, Box.NONE))
                    .toList();
            lines.add(new Line(page, line, words));
        }
        return new PageText(page, engine, null, lines);
    }
}
