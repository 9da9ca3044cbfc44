package examgrader.ocr;

import java.nio.file.Path;
import java.util.List;

/**
 * Everything read from one uploaded script: what segmentation starts from.
 *
 * @param source the uploaded file
 * @param sha256 SHA-256 of the file's bytes (provenance)
 * @param pages  the pages' text in page order
 */
public record ScriptText(Path source, String sha256, List<PageText> pages) {
    public ScriptText {
        pages = List.copyOf(pages);
    }

    /**
     * Whether the script was read by OCR and reads like print (most words read surely, see
     * {@link NumberCheck#isPrintLike}): a typed page printed and scanned, not handwriting.
     */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean isScannedPrint() {
        List<Line> ocrLines = pages.stream().filter(PageText::readByOcr)
                .flatMap(p -> p.lines().stream()).toList();
        return !ocrLines.isEmpty() && NumberCheck.isPrintLike(ocrLines);
    }

    /** Whether any page was read by OCR (not a text layer or a transcription). */
    @com.fasterxml.jackson.annotation.JsonIgnore
    public boolean readByOcr() {
        return pages.stream().anyMatch(PageText::readByOcr);
    }

    /** All lines of the script in reading order, page after page. */
    public List<Line> lines() {
        return pages.stream().flatMap(p -> p.lines().stream()).toList();
    }
}
