package examgrader.samples;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Makes a line writable in a font that lacks some glyphs (handwriting fonts have little beyond
 * Latin-1): each missing character is replaced by what a student would write instead, e.g.
 * {@code ⌊(32−5)/3⌋ + 1} as {@code floor((32-5)/3) + 1} and {@code 10⁶} as {@code 10^6}; a
 * character with no such stand-in becomes {@code ?}.
 */
final class GlyphFallback {
    private static final Map<Integer, String> ASCII = Map.ofEntries(
            Map.entry(0x00d7, "x"), Map.entry(0x2234, "so"), Map.entry(0x2299, "*"), Map.entry(0x03c3, "sigma"),
            Map.entry(0x2212, "-"), Map.entry(0x00b7, "*"), Map.entry(0x2248, "~"), Map.entry(0x2264, "<="),
            Map.entry(0x2265, ">="), Map.entry(0x2192, "->"), Map.entry(0x2016, "||"), Map.entry(0x2202, "d"),
            Map.entry(0x00b2, "^2"), Map.entry(0x00b3, "^3"), Map.entry(0x00b9, "^1"), Map.entry(0x1d40, "^T"),
            Map.entry(0x2013, "-"), Map.entry(0x2218, "*"), Map.entry(0x2032, "'"), Map.entry(0x0303, "~"),
            Map.entry(0x230a, "floor("), Map.entry(0x230b, ")"), Map.entry(0x2308, "ceil("), Map.entry(0x2309, ")"),
            Map.entry(0x21d2, "=>"), Map.entry(0x2026, "..."));

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
            } else if (cp == 0x2070 || cp >= 0x2074 && cp <= 0x2079) {
                out.append('^').append(cp - 0x2070);
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
