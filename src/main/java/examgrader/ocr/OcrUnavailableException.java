package examgrader.ocr;

/**
 * Tesseract or its language data is missing or cannot be loaded: a set-up problem that stops the
 * whole run, so unchecked. The message is one line and names the command that fixes it.
 */
public final class OcrUnavailableException extends RuntimeException {
    public static final String INSTALL_COMMAND = "apt-get install -y tesseract-ocr tesseract-ocr-eng";

    public OcrUnavailableException(String problem, Throwable cause) {
        super(problem + "; install it with: " + INSTALL_COMMAND, cause);
    }
}
