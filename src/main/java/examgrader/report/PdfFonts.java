package examgrader.report;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The fonts of the report PDFs: DejaVu Sans, shipped in the jar (its licence allows it) so that
 * ×, σ, ⊙, ∴ and accented names print the same on every machine. A character DejaVu has no glyph for
 * prints as {@code ?} rather than failing the report.
 */
final class PdfFonts {
    final PDFont regular;
    final PDFont bold;
    private final Map<PDFont, Map<Integer, Boolean>> hasGlyph = new HashMap<>();

    private PdfFonts(PDFont regular, PDFont bold) {
        this.regular = regular;
        this.bold = bold;
    }

    static PdfFonts load(PDDocument doc) throws IOException {
        return new PdfFonts(load(doc, "DejaVuSans.ttf"), load(doc, "DejaVuSans-Bold.ttf"));
    }

    private static PDFont load(PDDocument doc, String name) throws IOException {
        try (InputStream in = PdfFonts.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("font resource missing from the jar: examgrader/report/" + name);
            return PDType0Font.load(doc, in, true);
        }
    }

    /** The text with tabs and control characters as spaces and unprintable characters as {@code ?}. */
    String printable(PDFont font, String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            if (Character.isISOControl(cp) || Character.isWhitespace(cp)) out.append(' ');
            else if (canShow(font, cp)) out.appendCodePoint(cp);
            else out.append('?');
        });
        return out.toString();
    }

    private boolean canShow(PDFont font, int codePoint) {
        return hasGlyph.computeIfAbsent(font, f -> new HashMap<>()).computeIfAbsent(codePoint, cp -> {
            try {
                font.encode(new String(Character.toChars(cp)));
                return true;
            } catch (IllegalArgumentException | IOException e) {
                return false;
            }
        });
    }

    static float width(PDFont font, float size, String text) {
        try {
            return font.getStringWidth(text) / 1000f * size;
        } catch (IOException | IllegalArgumentException e) {
            return text.length() * size * 0.6f;
        }
    }
}
