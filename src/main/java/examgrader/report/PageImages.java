package examgrader.report;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Page images of the scripts, for the crops and the annotated copy in a student's report.
 *
 * <p>The image must be in the same pixel coordinates as the {@link examgrader.score.Evidence} boxes,
 * i.e. the image the OCR read. The lead wires this to the ingest stage.
 */
@FunctionalInterface
public interface PageImages {
    /** No images at all: reports show the text that was read instead of crops. */
    PageImages NONE = (source, page) -> null;

    /**
     * @param source the uploaded file
     * @param page   1-based page number
     * @return the page image, or null when the source has no image for that page (text-only sources,
     *         a page past the end)
     */
    BufferedImage page(Path source, int page);
}
