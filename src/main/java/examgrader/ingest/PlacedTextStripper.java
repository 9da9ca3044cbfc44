package examgrader.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * PDFBox's text stripper, also keeping each word it writes (a run of glyphs between spaces) with
 * the box of its glyphs, in the order of the text it returns.
 */
final class PlacedTextStripper extends PDFTextStripper {
    private final double scale;
    private final List<PlacedWord> words = new ArrayList<>();

    /** @param dpi the resolution the page is rendered at, so boxes are in those pixels */
    PlacedTextStripper(int dpi) {
        this.scale = dpi / 72.0;
    }

    List<PlacedWord> words() {
        return List.copyOf(words);
    }

    @Override
    protected void writeString(String text, List<TextPosition> positions) throws IOException {
        super.writeString(text, positions);
        List<TextPosition> word = new ArrayList<>();
        for (TextPosition p : positions) {
            if (p.getUnicode() == null || p.getUnicode().isBlank()) {
                addWord(word);
                word.clear();
            } else {
                word.add(p);
            }
        }
        addWord(word);
    }

    /** One whitespace-free run of glyphs as a word with the box around them. */
    private void addWord(List<TextPosition> glyphs) {
        if (glyphs.isEmpty()) return;
        StringBuilder text = new StringBuilder();
        double x0 = Double.MAX_VALUE, y0 = Double.MAX_VALUE, x1 = -Double.MAX_VALUE, y1 = -Double.MAX_VALUE;
        for (TextPosition p : glyphs) {
            text.append(p.getUnicode());
            double size = Math.max(p.getHeightDir(), p.getFontSizeInPt() * 0.7);
            x0 = Math.min(x0, p.getXDirAdj());
            x1 = Math.max(x1, p.getXDirAdj() + p.getWidthDirAdj());
            y0 = Math.min(y0, p.getYDirAdj() - size);
            y1 = Math.max(y1, p.getYDirAdj() + size * 0.25);
        }
        words.add(new PlacedWord(text.toString(), (int) Math.floor(x0 * scale), (int) Math.floor(y0 * scale),
                (int) Math.ceil((x1 - x0) * scale), (int) Math.ceil((y1 - y0) * scale)));
    }
}
