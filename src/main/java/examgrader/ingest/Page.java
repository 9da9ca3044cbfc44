package examgrader.ingest;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.List;

/**
 * One page of an uploaded script, as the later stages need it: either the text a born-digital
 * page already carries (no OCR needed) or an image to be read by OCR. Exactly one of
 * {@code textLayer} and {@code image} is non-null.
 *
 * @param source     the uploaded file the page came from
 * @param number     1-based page number within that file
 * @param textLayer  the page's own text (PDF text layer, .txt/.md transcription), or null
 * @param image      the rendered or loaded page image (grey, 300 dpi for PDFs), or null
 * @param placedWords for a PDF text layer, its words with where they are printed (else empty)
 */
public record Page(Path source, int number, String textLayer, BufferedImage image, List<PlacedWord> placedWords) {
    public Page {
        placedWords = placedWords == null ? List.of() : List.copyOf(placedWords);
    }

    public Page(Path source, int number, String textLayer, BufferedImage image) {
        this(source, number, textLayer, image, List.of());
    }

    public boolean needsOcr() {
        return image != null;
    }
}
