package examgrader.ocr;

/**
 * One character as Tesseract recognised it, with its own confidence and box. Only the OCR stage
 * uses glyphs (to judge a word's numbers apart from its letters); they are not cached or stored.
 */
record Glyph(String text, double confidence, Box box) {}
