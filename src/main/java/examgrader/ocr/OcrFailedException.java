package examgrader.ocr;

/** Tesseract could not read one page (error or deadline); the page's script is rejected with this reason. */
public final class OcrFailedException extends Exception {
    public OcrFailedException(String reason) {
        super(reason);
    }
}
