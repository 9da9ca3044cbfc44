package examgrader.report;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.Closeable;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Lays out text and images top to bottom on A4 pages, wrapping long lines and starting a new page
 * when one is full, so the report classes only say what goes in, not where.
 */
final class PdfFlow implements Closeable {
    static final PDRectangle PAGE = PDRectangle.A4;
    static final float MARGIN = 48;
    static final Color TEXT = Color.BLACK;
    static final Color MUTED = new Color(90, 90, 90);

    private final PDDocument doc;
    final PdfFonts fonts;
    private PDPageContentStream content;
    private float y;

    PdfFlow(PDDocument doc, PdfFonts fonts) {
        this.doc = doc;
        this.fonts = fonts;
    }

    float width() {
        return PAGE.getWidth() - 2 * MARGIN;
    }

    void newPage() throws IOException {
        closeContent();
        PDPage page = new PDPage(PAGE);
        doc.addPage(page);
        content = new PDPageContentStream(doc, page);
        y = PAGE.getHeight() - MARGIN;
    }

    /** Starts a new page unless {@code height} points still fit on this one. */
    void ensure(float height) throws IOException {
        if (content == null || y - height < MARGIN) newPage();
    }

    void gap(float points) {
        y -= points;
    }

    void heading(String text, float size, Color color) throws IOException {
        ensure(size * 2.2f);
        gap(size * 0.4f);
        paragraph(text, fonts.bold, size, color, 0);
        gap(size * 0.2f);
    }

    void paragraph(String text, float size) throws IOException {
        paragraph(text, fonts.regular, size, TEXT, 0);
    }

    /** Text wrapped to the page width; each {@code \n} starts a new line. */
    void paragraph(String text, PDFont font, float size, Color color, float indent) throws IOException {
        for (String line : wrap(text, font, size, width() - indent)) {
            ensure(size * 1.3f);
            y -= size * 1.3f;
            show(line, font, size, color, MARGIN + indent, y + size * 0.25f);
        }
    }

    /** A bold label followed by its value, e.g. "Answer as read: 3 × 5"; the value wraps under the label. */
    void labelled(String label, String value, float size) throws IOException {
        String shownLabel = fonts.printable(fonts.bold, label) + " ";
        float labelWidth = PdfFonts.width(fonts.bold, size, shownLabel);
        List<String> lines = wrap(value == null || value.isBlank() ? "—" : value, fonts.regular, size, width() - labelWidth);
        boolean first = true;
        for (String line : lines) {
            ensure(size * 1.3f);
            y -= size * 1.3f;
            if (first) show(shownLabel, fonts.bold, size, TEXT, MARGIN, y + size * 0.25f);
            show(line, fonts.regular, size, TEXT, MARGIN + labelWidth, y + size * 0.25f);
            first = false;
        }
    }

    /** An image at one point per pixel, scaled down to fit the given box, with a thin frame. */
    void image(BufferedImage image, float maxWidth, float maxHeight) throws IOException {
        image(image, maxWidth, maxHeight, 1f);
    }

    /** An image at {@code pointsPerPixel}, scaled down to fit the given box, with a thin frame. */
    void image(BufferedImage image, float maxWidth, float maxHeight, float pointsPerPixel) throws IOException {
        float scale = Math.min(pointsPerPixel, Math.min(maxWidth / image.getWidth(), maxHeight / image.getHeight()));
        float w = image.getWidth() * scale, h = image.getHeight() * scale;
        ensure(h + 6);
        y -= h + 4;
        PDImageXObject xobject = LosslessFactory.createFromImage(doc, image);
        content.drawImage(xobject, MARGIN, y, w, h);
        content.setStrokingColor(Color.LIGHT_GRAY);
        content.setLineWidth(0.5f);
        content.addRect(MARGIN, y, w, h);
        content.stroke();
        y -= 2;
    }

    void rule() throws IOException {
        ensure(8);
        y -= 4;
        content.setStrokingColor(Color.LIGHT_GRAY);
        content.setLineWidth(0.5f);
        content.moveTo(MARGIN, y);
        content.lineTo(PAGE.getWidth() - MARGIN, y);
        content.stroke();
        y -= 4;
    }

    /** A row of cells at fixed x offsets from the left margin (a simple table line). */
    void row(List<String> cells, float[] offsets, PDFont font, float size, Color color) throws IOException {
        ensure(size * 1.4f);
        y -= size * 1.4f;
        for (int i = 0; i < cells.size() && i < offsets.length; i++) {
            float room = (i + 1 < offsets.length ? offsets[i + 1] : width()) - offsets[i] - 4;
            show(fit(fonts.printable(font, cells.get(i)), font, size, room), font, size, color, MARGIN + offsets[i], y + size * 0.3f);
        }
    }

    private void show(String text, PDFont font, float size, Color color, float x, float baseline) throws IOException {
        content.beginText();
        content.setFont(font, size);
        content.setNonStrokingColor(color);
        content.newLineAtOffset(x, baseline);
        content.showText(fonts.printable(font, text));
        content.endText();
    }

    private static String fit(String text, PDFont font, float size, float room) {
        if (PdfFonts.width(font, size, text) <= room) return text;
        String cut = text;
        while (!cut.isEmpty() && PdfFonts.width(font, size, cut + "…") > room) cut = cut.substring(0, cut.length() - 1);
        return cut + "…";
    }

    /** Splits text into lines no wider than {@code room}; words longer than a line are broken. */
    List<String> wrap(String text, PDFont font, float size, float room) {
        List<String> lines = new ArrayList<>();
        for (String paragraph : (text == null ? "" : text).split("\r?\n", -1)) {
            String printable = fonts.printable(font, paragraph);
            StringBuilder line = new StringBuilder();
            for (String word : printable.split(" +")) {
                if (word.isEmpty()) continue;
                String candidate = line.length() == 0 ? word : line + " " + word;
                if (PdfFonts.width(font, size, candidate) <= room) {
                    line.setLength(0);
                    line.append(candidate);
                    continue;
                }
                if (line.length() > 0) lines.add(line.toString());
                line.setLength(0);
                String rest = word;
                while (PdfFonts.width(font, size, rest) > room && rest.length() > 1) {
                    int cut = rest.length() - 1;
                    while (cut > 1 && PdfFonts.width(font, size, rest.substring(0, cut)) > room) cut--;
                    lines.add(rest.substring(0, cut));
                    rest = rest.substring(cut);
                }
                line.append(rest);
            }
            lines.add(line.toString());
        }
        return lines;
    }

    private void closeContent() throws IOException {
        if (content != null) content.close();
        content = null;
    }

    @Override
    public void close() throws IOException {
        closeContent();
    }
}
