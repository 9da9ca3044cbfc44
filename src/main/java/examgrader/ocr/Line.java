package examgrader.ocr;

import java.util.List;

/**
 * One line of a page's text with the words it was made from. Segmentation and extraction work
 * line by line; the words let every extracted value point back to its confidence and box.
 *
 * @param page  1-based page number within the script
 * @param text  the line's text (words joined by single spaces for OCR; verbatim for text layers)
 * @param words the words of the line, in reading order (for text pages: one word per token, confidence 100, {@link Box#NONE})
 */
public record Line(int page, String text, List<Word> words) {
    public Line {
        words = List.copyOf(words);
    }

    /** An OCR line: its text is its words joined by single spaces. */
    static Line ofWords(int page, List<Word> words) {
        return new Line(page, String.join(" ", words.stream().map(Word::text).toList()), words);
    }

    /**
     * The lines with {@code check} applied to each word; a line is rebuilt from its words only
     * when a check changed one (returned another word), so untouched lines keep their text.
     */
    static List<Line> withEachWord(List<Line> lines, java.util.function.UnaryOperator<Word> check) {
        List<Line> out = new java.util.ArrayList<>(lines.size());
        for (Line line : lines) {
            List<Word> words = new java.util.ArrayList<>(line.words().size());
            boolean changed = false;
            for (Word w : line.words()) {
                Word checked = check.apply(w);
                changed |= checked != w;
                words.add(checked);
            }
            out.add(changed ? ofWords(line.page(), words) : line);
        }
        return out;
    }
}
