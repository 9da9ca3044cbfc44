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
 * <p>The English model has no caret: it reads {@code ^} as {@code *} or {@code %}, so a formula
 * read with either is ambiguous. {@code signsByShape} is true when the OCR stage has told every
 * {@code *}, {@code %} and {@code ^} of the word apart by its shape on the page ({@link CaretCheck}):
 * carets are then written {@code ^} and each {@code *} left is an asterisk.
 *
 * @param numberConfidence how sure the reading of the word's digits is, or null when only the word's confidence is known
 * @param signsByShape     true when the word's carets and asterisks were told apart by shape; null when not checked
 */
public record Word(String text, double confidence, Box box,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Double numberConfidence,
                   @JsonInclude(JsonInclude.Include.NON_NULL) Boolean signsByShape) {

    public Word(String text, double confidence, Box box) {
        this(text, confidence, box, null, null);
    }

    public Word(String text, double confidence, Box box, Double numberConfidence) {
        this(text, confidence, box, numberConfidence, null);
    }

    /** This word at another place (the page turned or scaled back), everything else kept. */
    public Word at(Box elsewhere) {
        return new Word(text, confidence, elsewhere, numberConfidence, signsByShape);
    }

    /** This word with its checked digits' confidence set (null: none). */
    public Word withNumberConfidence(Double checked) {
        return new Word(text, confidence, box, checked, signsByShape);
    }

    /** Whether the carets and asterisks of this word were told apart by their shape. */
    public boolean signsCheckedByShape() {
        return Boolean.TRUE.equals(signsByShape);
    }

    /**
     * The confidence to use for a number read from this word: its checked digits', else the word's.
     * Not the digits' where a sign right after a digit may be a superscript OCR could not read
     * ({@code 2?°} for {@code 2¹⁶}): the digits are sure, the number they make is not.
     */
    public double valueConfidence() {
        return numberConfidence == null || LOST_SUPERSCRIPT.matcher(text).find() ? confidence : numberConfidence;
    }

    private static final java.util.regex.Pattern LOST_SUPERSCRIPT = java.util.regex.Pattern.compile("\\d[?°º’'`]");
}
