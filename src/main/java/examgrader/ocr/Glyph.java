package examgrader.ocr;

import java.util.List;

/**
 * One character as Tesseract recognised it, with its own confidence and box. Only the OCR stage
 * uses glyphs (to judge a word's numbers apart from its letters, and its carets by shape); they
 * are not cached or stored.
 */
record Glyph(String text, double confidence, Box box) {

    /** Whether the glyphs are the word's characters one for one (so a character index is a glyph index). */
    static boolean spell(List<Glyph> glyphs, String text) {
        if (glyphs == null || glyphs.size() != text.length()) return false;
        for (int i = 0; i < glyphs.size(); i++) {
            if (!glyphs.get(i).text().equals(String.valueOf(text.charAt(i)))) return false;
        }
        return true;
    }
}
