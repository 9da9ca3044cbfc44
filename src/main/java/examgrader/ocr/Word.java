package examgrader.ocr;

/**
 * One word as read, kept for the audit trail: what was read, how sure the reader was (0–100,
 * 100 for text layers and transcriptions) and where on the page it stood.
 */
public record Word(String text, double confidence, Box box) {}
