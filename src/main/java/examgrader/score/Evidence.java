package examgrader.score;

import examgrader.ocr.Box;
import examgrader.ocr.Word;
import java.util.List;

/**
 * Where on the script a mark's answer was read: the page, the box around it, the text and the
 * words with their confidences. This is what an auditor looks at in a dispute.
 */
public record Evidence(int page, Box box, String text, List<Word> words) {
    public static final Evidence NONE = new Evidence(0, Box.NONE, "", List.of());

    public Evidence {
        words = List.copyOf(words);
    }
}
