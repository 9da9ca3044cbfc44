package examgrader.report;

import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Page images straight from the uploaded files, for {@code grader report} until the ingest stage provides
 * them: a PDF page rendered in grey at 300 dpi (the resolution the OCR boxes are measured in), or an image
 * file as its single page. Text files and missing files have no images. Keeps the last PDF open; close it.
 */
public final class PdfPageImages implements PageImages, Closeable {
    static final int DPI = 300;
    private Path openPath;
    private PDDocument openDoc;

    @Override
    public BufferedImage page(Path source, int page) {
        if (source == null || !Files.isRegularFile(source)) return null;
        String name = source.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".pdf")) return pdfPage(source, page);
            if (name.matches(".*\\.(png|jpe?g|tiff?|bmp|gif)")) return page == 1 ? ImageIO.read(source.toFile()) : null;
            return null;
        } catch (IOException e) {
            return null;
        }
    }

    private BufferedImage pdfPage(Path source, int page) throws IOException {
        if (!source.equals(openPath)) {
            close();
            openDoc = Loader.loadPDF(source.toFile(), IOUtils.createTempFileOnlyStreamCache());
            openPath = source;
        }
        if (page < 1 || page > openDoc.getNumberOfPages()) return null;
        return new PDFRenderer(openDoc).renderImageWithDPI(page - 1, DPI, ImageType.GRAY);
    }

    @Override
    public void close() {
        try {
            if (openDoc != null) openDoc.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            openDoc = null;
            openPath = null;
        }
    }
}
