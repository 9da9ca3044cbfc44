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
 * so the boxes recorded with every word fall on the writing they came from; born-digital pages
 * rendered at the resolution their text-layer boxes were measured in.
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
            if (page.needsOcr()) return Preprocessor.clean(page.image());
            return page.placedWords().isEmpty() ? null : rendered(source, number);
        } catch (IngestException e) {
            return null;
        }
    }

    /** A born-digital page rendered at the resolution its word boxes were measured in. */
    private static BufferedImage rendered(Path pdf, int number) {
        try (org.apache.pdfbox.pdmodel.PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            return new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(number - 1,
                    examgrader.ingest.IngestOptions.DEFAULT.dpi(), org.apache.pdfbox.rendering.ImageType.GRAY);
        } catch (java.io.IOException | RuntimeException e) {
            return null;
        }
    }
}
