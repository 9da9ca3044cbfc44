package examgrader.samples;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes a line writable in a font that lacks some glyphs (handwriting fonts have little beyond
 * Latin-1): each missing character is replaced by what a student would write instead.
 */
final class GlyphFallback {
    private static final Map<Integer, String> ASCII = Map.ofEntries(
            Map.entry(0x00d7, "x"), Map.entry(0x2234, "so"), Map.entry(0x2299, "*"), Map.entry(0x03c3, "sigma"),
            Map.entry(0x2212, "-"), Map.entry(0x00b7, "*"), Map.entry(0x2248, "~"), Map.entry(0x2264, "<="),
            Map.entry(0x2265, ">="), Map.entry(0x2192, "->"), Map.entry(0x2016, "||"), Map.entry(0x2202, "d"),
            Map.entry(0x00b2, "^2"));

    private final PDFont font;
    private final Map<Integer, Boolean> known = new HashMap<>();

    GlyphFallback(PDFont font) {
        this.font = font;
    }

    /** The text with every character the font cannot draw replaced. */
    String fit(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(cp -> {
            if (canDraw(cp)) {
                out.appendCodePoint(cp);
            } else if (cp >= 0x2460 && cp <= 0x2473) {
                out.append('(').append(cp - 0x2460 + 1).append(')');
            } else {
                out.append(ASCII.getOrDefault(cp, "?"));
            }
        });
        return out.toString();
    }

    private boolean canDraw(int codePoint) {
        return known.computeIfAbsent(codePoint, cp -> {
            try {
                byte[] bytes = font.encode(Character.toString(cp));
                return !allZero(bytes);
            } catch (IOException | IllegalArgumentException e) {
                return false;
            }
        });
    }

    private static boolean allZero(byte[] bytes) {
        for (byte b : bytes) {
            if (b != 0) {
                return false;
            }
        }
        return true;
    }
}
