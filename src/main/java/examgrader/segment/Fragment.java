package examgrader.segment;

import examgrader.ocr.Box;
import examgrader.ocr.Word;
import java.util.List;

/**
 * A piece of one line that belongs to one answer: a whole line, or the part of a line between
 * two labels (as in {@code 1. (a) i) 4 ii) 5}).
 *
 * @param page       1-based page number
 * @param text       the fragment's text, labels removed
 * @param words      the words it was read from (confidence and box for the audit trail)
 * @param label      the label path it was written under, as written (e.g. {@code "4. ②"}); empty if unknown
 * @param occurrence 0 the first time the student answered this question, 1 when the same label
 *                   turns up again later in the script, and so on (extraction compares occurrences)
 */
public record Fragment(int page, String text, List<Word> words, String label, int occurrence) {
    public Fragment {
        words = List.copyOf(words);
        label = label == null ? "" : label;
    }

    public Fragment(int page, String text, List<Word> words) {
        this(page, text, words, "", 0);
    }

    /** The box around all of the fragment's words ({@link Box#NONE} for text pages). */
    public Box box() {
        return words.stream().map(Word::box).reduce(Box.NONE, Box::union);
    }

    /** The lowest word confidence in the fragment (100 when there are no words). */
    public double minConfidence() {
        return words.stream().mapToDouble(Word::confidence).min().orElse(100.0);
    }

    /**
     * The lowest confidence of the numbers in the fragment's words ({@link Word#valueConfidence()}):
     * for a value read from these words, where the letters around the digits do not matter.
     */
    public double minValueConfidence() {
        return words.stream().mapToDouble(Word::valueConfidence).min().orElse(100.0);
    }
}
