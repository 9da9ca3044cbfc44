package examgrader.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;

/**
 * Tells a caret from an asterisk by its shape on the page. Tesseract's English model has no
 * caret: it reads {@code e^(-z)} as {@code e*(-z)} or {@code e%(-z)} ({@code 10^6} as {@code 10°6}), at character confidences of
 * 98 and more, and no whitelist or blacklist makes it read {@code ^} (tried with
 * {@code tesseract --psm 7} on a cropped formula line). So every scanned formula with a
 * {@code *} was ambiguous, and a {@code *} can be either sign in the same answer.
 *
 * <p>The two glyphs look nothing alike, though. A caret is an inverted V, wider than tall, with
 * its apex in the middle of its top and nothing under the apex; a printed asterisk has a stroke
 * through its middle from top to bottom. Each {@code *}, {@code %}, {@code ^} or {@code °} of a word is
 * judged on its box in the cleaned page: a caret is written {@code ^}, an asterisk stays
 * {@code *}. Only when every such sign of a word is judged one way or the other does the word get
 * {@link Word#signsByShape()}; any other shape (a five-armed asterisk, a real percent sign, a box
 * that cut the glyph) leaves the word as read and unchecked, ambiguous as before.
 */
final class CaretCheck {
    enum Shape { CARET, ASTERISK, UNKNOWN }

    /** What Tesseract reads a caret as: itself never, an asterisk or a percent sign mostly, a degree sign in {@code 10^6}. */
    private static final String SIGNS = "*%^°";

    private CaretCheck() {}

    /** The lines with each word's carets and asterisks told apart where their shapes say so. */
    static List<Line> apply(List<Line> lines, Map<Box, List<Glyph>> glyphsByWordBox, BufferedImage page) {
        return Line.withEachWord(lines, w -> check(w, glyphsByWordBox.get(w.box()), page));
    }

    private static Word check(Word word, List<Glyph> glyphs, BufferedImage page) {
        String text = word.text();
        if (!text.matches(".*[*%^°].*") || !Glyph.spell(glyphs, text)) return word;
        StringBuilder judged = new StringBuilder(text);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (SIGNS.indexOf(c) < 0) continue;
            Shape shape = shapeAt(page, glyphs.get(i).box());
            if (shape == Shape.CARET) judged.setCharAt(i, '^');
            else if (!(shape == Shape.ASTERISK && c == '*')) return word;
        }
        return new Word(judged.toString(), word.confidence(), word.box(), word.numberConfidence(), true);
    }

    /** The shape of the ink inside {@code box} of a grey page. */
    static Shape shapeAt(BufferedImage page, Box box) {
        boolean[][] ink = InkPatches.inkIn(page, box);
        return ink == null ? Shape.UNKNOWN : shapeOf(ink);
    }

    /** The shape of an ink mask already trimmed to its ink (rows top to bottom). */
    static Shape shapeOf(boolean[][] ink) {
        int h = ink.length, w = h == 0 ? 0 : ink[0].length;
        if (h < 3 || w < 5) return Shape.UNKNOWN;
        int midLeft = (int) Math.floor(0.4 * w), midRight = (int) Math.ceil(0.6 * w);
        if (isCaret(ink, w, h, midLeft, midRight)) return Shape.CARET;
        boolean strokeThroughMiddle = any(ink, 0, (int) Math.ceil(0.3 * h), midLeft, midRight)
                && any(ink, (int) Math.floor(0.4 * h), (int) Math.ceil(0.6 * h), midLeft, midRight)
                && any(ink, (int) Math.floor(0.7 * h), h, midLeft, midRight);
        return strokeThroughMiddle ? Shape.ASTERISK : Shape.UNKNOWN;
    }

    /**
     * An inverted V: wider than tall; nothing in the middle under the apex; at the top, ink only
     * in the middle (the apex); at each side, ink only in the lower half (the legs).
     */
    private static boolean isCaret(boolean[][] ink, int w, int h, int midLeft, int midRight) {
        if (w < 1.2 * h) return false;
        if (any(ink, (int) Math.ceil(0.55 * h), h, midLeft, midRight)) return false;
        int top = Math.max(1, (int) Math.floor(0.2 * h));
        int apexLeft = (int) Math.floor(0.2 * w), apexRight = (int) Math.ceil(0.8 * w);
        if (any(ink, 0, top, 0, apexLeft) || any(ink, 0, top, apexRight, w)) return false;
        int side = Math.max(1, (int) Math.floor(0.15 * w)), half = h / 2;
        return !any(ink, 0, half, 0, side) && any(ink, half, h, 0, side)
                && !any(ink, 0, half, w - side, w) && any(ink, half, h, w - side, w);
    }

    private static boolean any(boolean[][] ink, int rowFrom, int rowTo, int colFrom, int colTo) {
        for (int y = Math.max(0, rowFrom); y < Math.min(ink.length, rowTo); y++) {
            for (int x = Math.max(0, colFrom); x < Math.min(ink[y].length, colTo); x++) {
                if (ink[y][x]) return true;
            }
        }
        return false;
    }
}
