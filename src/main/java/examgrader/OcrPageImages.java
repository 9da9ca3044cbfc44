package examgrader;

import examgrader.ingest.IngestException;
import examgrader.ingest.Ingestor;
import examgrader.ingest.Page;
import examgrader.ocr.Preprocessor;
import examgrader.report.PageImages;
import java.awt.image.BufferedImage;
import java.nio.file.Path;

/**
 * Page images for reports and review crops exactly as OCR saw them (rendered, cleaned, deskewed),
 * so the boxes recorded with every word fall on the writing they came from.
 */
public final class OcrPageImages implements PageImages {
    private final Ingestor ingestor;

    public OcrPageImages(Ingestor ingestor) {
        this.ingestor = ingestor;
    }

    @Override
    public BufferedImage page(Path source, int number) {
        try {
            var script = ingestor.open(source);
            if (number < 1 || number > script.pageCount()) return null;
            Page page = script.page(number);
            return page.needsOcr() ? Preprocessor.clean(page.image()) : null;
        } catch (IngestException e) {
            return null;
        }
    }
}
