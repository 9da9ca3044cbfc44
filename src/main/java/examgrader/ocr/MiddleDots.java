package examgrader.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/**
 * Tells a centred dot from a minus sign by its shape on the page. Tesseract's English model reads
 * the product {@code σ(z)·(1−σ(z))} as {@code sigma(z)-(1-sigma(z))}: a right formula that reads as a
 * wrong one, which no undoing could mark, since a student may well write a minus there.
 *
 * <p>The two glyphs differ plainly: a printed minus is a bar two to four times as wide as it is
 * thick, a centred dot a blob about as wide as tall (measured on the scanned samples at reading
 * size: minus signs 6–9 × 2–3 px, dots 3 × 4 px). A {@code -} read right after a closing bracket
 * and before an opening one or a letter, whose ink in its box is no wider than
 * {@link #MAX_DOT_RATIO} times its height, is written {@code ·}. Elsewhere a {@code -} is left as
 * read: in {@code t-1} and {@code -0.5} it is a minus, and a blurred one must not become a product.
 */
final class MiddleDots {
    /** Widest a dot's ink may be against its height; minus signs measured at twice or more. */
    static final double MAX_DOT_RATIO = 1.3;

    private MiddleDots() {}

    /** The lines with each dot-shaped {@code -} between a bracketed factor and the next written {@code ·}. */
    static List<Line> apply(List<Line> lines, Map<Box, List<Glyph>> glyphsByWordBox, BufferedImage page) {
        return Line.withEachWord(lines, w -> check(w, glyphsByWordBox.get(w.box()), page));
    }

    private static Word check(Word word, List<Glyph> glyphs, BufferedImage page) {
        String text = word.text();
        if (!text.contains(")-") || !Glyph.spell(glyphs, text)) return word;
        StringBuilder judged = new StringBuilder(text);
        boolean changed = false;
        for (int i = 1; i + 1 < text.length(); i++) {
            char next = text.charAt(i + 1);
            if (text.charAt(i) != '-' || text.charAt(i - 1) != ')' || !(next == '(' || Character.isLetter(next))) continue;
            if (isDot(page, glyphs.get(i).box())) {
                judged.setCharAt(i, '·');
                changed = true;
            }
        }
        return changed ? new Word(judged.toString(), word.confidence(), word.box(), word.numberConfidence(), word.signsByShape()) : word;
    }

    /** Whether the ink inside {@code box} of a grey page is a dot: at least 2 px tall, not much wider than tall. */
    static boolean isDot(BufferedImage page, Box box) {
        boolean[][] ink = InkPatches.inkIn(page, box);
        int h = ink == null ? 0 : ink.length, w = h == 0 ? 0 : ink[0].length;
        return h >= 2 && w <= MAX_DOT_RATIO * h;
    }
}
