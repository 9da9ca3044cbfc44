package examgrader.samples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.util.Matrix;

/**
 * Lays a script's lines out on A4 or Letter pages as real text (the born-digital form, and the
 * vector original that the scan and handwriting forms are rasterized from). Long lines wrap;
 * pages break where the text runs out of room.
 */
final class ScriptRenderer {

    /** Page geometry for one script. */
    record Layout(PDRectangle pageSize, float fontSize, float leading, float margin) {
        static Layout pick(Random rng, boolean handwritten) {
            PDRectangle size = rng.nextBoolean() ? PDRectangle.A4 : PDRectangle.LETTER;
            float fontSize = handwritten ? 13 + rng.nextInt(3) : 11 + rng.nextInt(3);
            float leading = fontSize * (handwritten ? 1.7f + rng.nextFloat() * 0.4f : 1.3f + rng.nextFloat() * 0.3f);
            return new Layout(size, fontSize, leading, 54 + rng.nextInt(20));
        }

        /** The same page written smaller and closer, for a script that ran over the page limit. */
        Layout tighter() {
            return new Layout(pageSize, fontSize - 1, leading * 0.88f, margin * 0.8f);
        }
    }

    static final Path PRINT_FONT = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");

    private ScriptRenderer() {}

    /**
     * A new document holding the script's lines as text, in the print font or in handwriting.
     * Leading spaces of a line are indentation; characters the font lacks go through {@link GlyphFallback}.
     */
    static PDDocument render(List<String> scriptLines, Layout layout, Handwriting hand, Random rng) throws IOException {
        PDDocument doc = new PDDocument();
        PDFont font = loadFont(doc, hand);
        GlyphFallback fallback = new GlyphFallback(font);
        float width = layout.pageSize().getWidth() - 2 * layout.margin();
        List<String> lines = new ArrayList<>();
        for (String line : scriptLines) {
            lines.addAll(wrap(fallback.fit(line), font, layout.fontSize(), width));
        }
        PDPageContentStream stream = null;
        float y = 0;
        for (String line : lines) {
            if (stream == null || y < layout.margin()) {
                if (stream != null) {
                    stream.close();
                }
                PDPage page = new PDPage(layout.pageSize());
                doc.addPage(page);
                stream = new PDPageContentStream(doc, page);
                y = layout.pageSize().getHeight() - layout.margin();
            }
            if (!line.isBlank()) {
                drawLine(stream, font, line, layout, y, hand, rng);
            }
            y -= layout.leading();
        }
        if (stream != null) {
            stream.close();
        }
        return doc;
    }

    private static PDFont loadFont(PDDocument doc, Handwriting hand) throws IOException {
        if (hand.fontFile() != null) {
            return loadWithoutLigatures(doc, hand.fontFile());
        }
        if (!hand.jitters() && Files.isReadable(PRINT_FONT)) {
            return loadWithoutLigatures(doc, PRINT_FONT);
        }
        return new PDType1Font(hand.jitters() ? Standard14Fonts.FontName.HELVETICA_OBLIQUE : Standard14Fonts.FontName.HELVETICA);
    }

    private static void drawLine(PDPageContentStream stream, PDFont font, String line, Layout layout, float y,
                                 Handwriting hand, Random rng) throws IOException {
        int spaces = line.length() - line.stripLeading().length();
        String text = line.strip();
        float size = layout.fontSize();
        float x = layout.margin() + spaces * size * 0.6f;
        if (!hand.jitters()) {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, y);
            show(stream, text);
            stream.endText();
            return;
        }
        size *= 1 + (rng.nextFloat() * 2 - 1) * hand.sizeWobble();
        x += (rng.nextFloat() * 2 - 1) * hand.lineShift();
        y += (rng.nextFloat() * 2 - 1) * hand.lineShift() * 0.3f;
        double tilt = Math.toRadians((rng.nextFloat() * 2 - 1) * hand.maxTiltDeg());
        float advance = 0;
        for (String word : text.split(" ")) {
            if (!word.isEmpty()) {
                float bounce = (rng.nextFloat() * 2 - 1) * hand.wordBounce();
                float wx = (float) (x + advance * Math.cos(tilt) - bounce * Math.sin(tilt));
                float wy = (float) (y + advance * Math.sin(tilt) + bounce * Math.cos(tilt));
                stream.beginText();
                stream.setFont(font, size);
                stream.setTextMatrix(Matrix.getRotateInstance(tilt, wx, wy));
                show(stream, word);
                stream.endText();
                advance += font.getStringWidth(word) / 1000 * size;
            }
            advance += font.getStringWidth(" ") / 1000 * size * (0.8f + rng.nextFloat() * 0.8f);
        }
    }

    private static void show(PDPageContentStream stream, String text) throws IOException {
        stream.showText(text);
    }

    /**
     * Loads a TrueType font with its GSUB table hidden. PDFBox 3 applies GSUB ligatures to any
     * Type 0 font that has one, so "floor" would be set with an "fl" glyph that extracts as U+FB02,
     * which word processors do not leave in a text layer. Renaming the table's tag in the table
     * directory (same length, offsets untouched) makes PDFBox see no GSUB data.
     */
    static PDFont loadWithoutLigatures(PDDocument doc, Path ttf) throws IOException {
        byte[] bytes = Files.readAllBytes(ttf);
        int tables = ((bytes[4] & 0xff) << 8) | (bytes[5] & 0xff);
        for (int i = 0; i < tables; i++) {
            int record = 12 + 16 * i;
            if (bytes[record] == 'G' && bytes[record + 1] == 'S' && bytes[record + 2] == 'U' && bytes[record + 3] == 'B') {
                bytes[record] = 'X';
            }
        }
        return PDType0Font.load(doc, new java.io.ByteArrayInputStream(bytes));
    }

    static List<String> wrap(String line, PDFont font, float size, float width) throws IOException {
        List<String> out = new ArrayList<>();
        String indent = line.substring(0, line.length() - line.stripLeading().length());
        StringBuilder current = new StringBuilder(indent);
        for (String word : line.strip().split(" ")) {
            String candidate = current.toString().isBlank() ? indent + word : current + " " + word;
            if (font.getStringWidth(candidate) / 1000 * size > width && !current.toString().isBlank()) {
                out.add(current.toString());
                current = new StringBuilder(indent + "    " + word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        out.add(current.toString());
        return out;
    }
}
