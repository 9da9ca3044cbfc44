package examgrader.ocr;

import java.util.List;

/**
 * The text of one page and how it was obtained, so a mark can name the OCR engine, model and
 * settings it rests on.
 *
 * @param page     1-based page number
 * @param engine   e.g. {@code "text-layer"}, {@code "transcription"}, or {@code "tesseract 5.3.0 eng psm=3 dpi=300"}
 * @param imageSha256 SHA-256 of the page image OCR read (the OCR cache key part), or null for text pages
 * @param lines    the page's lines in reading order
 * @param droppedMarkersSought every line of this page was looked at for a circled item number
 *                 Tesseract dropped ({@code CircledNumbers}): a line read without one has none
 */
public record PageText(int page, String engine, String imageSha256, List<Line> lines, boolean droppedMarkersSought) {
    public PageText {
        lines = List.copyOf(lines);
    }

    public PageText(int page, String engine, String imageSha256, List<Line> lines) {
        this(page, engine, imageSha256, lines, false);
    }

    /** Whether Tesseract read this page (rather than a text layer or a transcription giving it). */
    public boolean readByOcr() {
        return engine.startsWith("tesseract");
    }
}
