package examgrader.ocr;

import java.util.List;

/**
 * A short line OCR was unsure of every word of: {@code eaTaS Kole Open} for a printed {@code **Task 1.6**} beside
 * specks, {@code ibs} at 40 for {@code ii. 5}. No word of it tells what was written, so such a line may be a question's
 * label, with or without its value, misread beyond recognition; a question found blank next to it goes to a person.
 */
public final class UnsureLines {
    /** A label and its value take this many words or fewer. */
    private static final int MAX_WORDS = 3;
    /** Below this confidence a word's reading is a guess. */
    private static final double UNSURE_WORD = 70;

    private UnsureLines() {}

    public static boolean mayBeAMisreadLabel(List<Word> words) {
        return !words.isEmpty() && words.size() <= MAX_WORDS && words.stream().allMatch(w -> w.confidence() < UNSURE_WORD);
    }
}
