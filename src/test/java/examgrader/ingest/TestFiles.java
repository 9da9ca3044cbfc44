package examgrader.ingest;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Builds the test scripts with PDFBox: born-digital answer pages, the same pages as scans (an
 * image-only PDF, optionally noisy and skewed), and images. Standard-14 fonts only, so the tests
 * need no fonts from the machine.
 */
public final class TestFiles {
    private TestFiles() {}

    /** A one-page PDF with a real text layer: the given lines in 12 pt Helvetica. */
    public static Path textPdf(Path file, List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(textPage(doc, lines));
            doc.save(file.toFile());
        }
        return file;
    }

    private static PDPage textPage(PDDocument doc, List<String> lines) throws IOException {
        PDPage page = new PDPage(PDRectangle.LETTER);
        try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
            content.beginText();
            content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
            content.setLeading(22);
            content.newLineAtOffset(72, 700);
            for (String line : lines) {
                content.showText(line);
                content.newLine();
            }
            content.endText();
        }
        return page;
    }

    /** A piece of text placed at (x, y) points from the bottom left of a letter page. */
    public record Placed(float x, float y, String text) {}

    /** A free-form answer page, as students lay one out: indents, gaps, several answers on a line, 300 dpi grey. */
    public static BufferedImage renderedLayout(List<Placed> items, float fontSize) throws IOException {
        return renderedLayout(items, fontSize, null);
    }

    /** As {@link #renderedLayout(List, float)} in a TrueType font (e.g. a handwriting font), Helvetica when null. */
    public static BufferedImage renderedLayout(List<Placed> items, float fontSize, Path trueType) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            PDFont font = trueType == null ? new PDType1Font(Standard14Fonts.FontName.HELVETICA)
                    : PDType0Font.load(doc, trueType.toFile());
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                for (Placed item : items) {
                    content.beginText();
                    content.setFont(font, fontSize);
                    content.newLineAtOffset(item.x(), item.y());
                    content.showText(item.text());
                    content.endText();
                }
            }
            return new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
        }
    }

    /** The page of {@link #textPdf} rendered at 300 dpi grey, as a scanner would see it. */
    public static BufferedImage renderedPage(List<String> lines) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(textPage(doc, lines));
            return new PDFRenderer(doc).renderImageWithDPI(0, 300, ImageType.GRAY);
        }
    }

    /** Salt-and-pepper noise on a fraction of the pixels (seeded: the same every run). */
    public static BufferedImage withNoise(BufferedImage image, double fraction, long seed) {
        BufferedImage out = copy(image);
        Random random = new Random(seed);
        long count = (long) (fraction * out.getWidth() * out.getHeight());
        for (long i = 0; i < count; i++) {
            int x = random.nextInt(out.getWidth()), y = random.nextInt(out.getHeight());
            out.getRaster().setSample(x, y, 0, random.nextBoolean() ? 0 : 255);
        }
        return out;
    }

    /**
     * A phone photo's uneven light: brightness falls from {@code 1} at the left edge to
     * {@code darkest} at the right, and the paper is grey, not white.
     */
    public static BufferedImage withShadow(BufferedImage image, double darkest) {
        BufferedImage out = copy(image);
        int w = out.getWidth();
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < w; x++) {
                double light = 1 - (1 - darkest) * x / (double) w;
                int v = out.getRaster().getSample(x, y, 0);
                out.getRaster().setSample(x, y, 0, (int) Math.round((30 + v * 0.8) * light));
            }
        }
        return out;
    }

    /** A blank grey page of {@code w} × {@code h} pixels, white all over, to draw test glyphs on. */
    public static BufferedImage white(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return image;
    }

    /** The image turned by {@code degrees} about its centre (positive: clockwise on screen), white behind. */
    public static BufferedImage rotated(BufferedImage image, double degrees) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.rotate(Math.toRadians(degrees), out.getWidth() / 2.0, out.getHeight() / 2.0);
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    private static BufferedImage copy(BufferedImage image) {
        BufferedImage out = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.drawImage(image, 0, 0, null);
        g.dispose();
        return out;
    }

    /** An image-only PDF (no text layer), each image a page at 300 dpi, as a scanner writes it. */
    public static Path scannedPdf(Path file, List<BufferedImage> pages) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            for (BufferedImage image : pages) {
                float width = image.getWidth() * 72f / 300, height = image.getHeight() * 72f / 300;
                PDPage page = new PDPage(new PDRectangle(width, height));
                doc.addPage(page);
                PDImageXObject x = LosslessFactory.createFromImage(doc, image);
                try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                    content.drawImage(x, 0, 0, width, height);
                }
            }
            doc.save(file.toFile());
        }
        return file;
    }

    public static Path png(Path file, BufferedImage image) throws IOException {
        ImageIO.write(image, "png", file.toFile());
        return file;
    }

    /** Page count as PDFBox sees it, to check files built here. */
    public static int pageCount(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            return doc.getNumberOfPages();
        }
    }
}
