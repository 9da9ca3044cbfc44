package examgrader.ocr;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * One word as read, kept for the audit trail: what was read, how sure the reader was (0–100,
 * 100 for text layers and transcriptions) and where on the page it stood.
 *
 * <p>Tesseract's word confidence covers every character, so {@code f_t=4} read as {@code ft=4}
 * scores low although its {@code 4} is sure. {@code numberConfidence} is the confidence of the
 * word's numbers alone, set only when the OCR stage has checked them character by character and
 * by an independent digits-only re-read ({@link NumberCheck}); null means "no separate figure",
 * and stored readings from before it existed read back as null.
 *
 * @param numberConfidence how sure the reading of the word's digits is, or null when only the word's confidence is known
 */
public record Word(String text, double confidence, Box box,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Double numberConfidence) {

    public Word(String text, double confidence, Box box) {
        this(text, confidence, box, null);
    }

    /** The confidence to use for a number read from this word: its checked digits', else the word's. */
    public double valueConfidence() {
        return numberConfidence == null ? confidence : numberConfidence;
    }
}
