package examgrader.report;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import examgrader.ocr.Box;

/**
 * A one-page answer script made with PDFBox for the report tests, with the box (in 300 dpi pixels,
 * like the OCR's) around each line written, and a {@link PageImages} that renders it like ingest does.
 */
final class ScriptPdf {
    static final float SIZE = 16;
    static final int DPI = 300;

    private ScriptPdf() {}

    /** Writes the lines at 72 pt from the left, 60 pt apart from the top; returns each line's box in pixels. */
    static List<Box> write(Path file, List<String> lines) throws IOException {
        PDRectangle a4 = PDRectangle.A4;
        java.util.ArrayList<Box> boxes = new java.util.ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(a4);
            doc.addPage(page);
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                for (int i = 0; i < lines.size(); i++) {
                    float baseline = a4.getHeight() - 100 - 60 * i;
                    cs.beginText();
                    cs.setFont(font, SIZE);
                    cs.newLineAtOffset(72, baseline);
                    cs.showText(lines.get(i));
                    cs.endText();
                    float width = font.getStringWidth(lines.get(i)) / 1000 * SIZE;
                    float top = a4.getHeight() - baseline - SIZE;
                    boxes.add(new Box(px(72), px(top), px(width), px(SIZE * 1.3f)));
                }
            }
            doc.save(file.toFile());
        }
        return boxes;
    }

    private static int px(float points) {
        return Math.round(points * DPI / 72f);
    }

    /** Renders pages of the PDFs it is asked about, in grey at 300 dpi. */
    static PageImages renderer() {
        Map<String, BufferedImage> cache = new HashMap<>();
        return (source, page) -> !source.toString().endsWith(".pdf") ? null : cache.computeIfAbsent(source + "#" + page, k -> {
            try (PDDocument doc = Loader.loadPDF(source.toFile())) {
                if (page > doc.getNumberOfPages()) return null;
                return new PDFRenderer(doc).renderImageWithDPI(page - 1, DPI, ImageType.GRAY);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
    }
}
