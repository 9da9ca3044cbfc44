package examgrader.extract;

import examgrader.segment.Fragment;

/**
 * One value found in an answer, with why it might be the student's final answer.
 *
 * @param value      the value
 * @param raw        the text it was read from, verbatim
 * @param confidence how sure the reading is, 0–100 (lowest OCR confidence of its words)
 * @param source     the fragment it came from (page, words, box)
 * @param reason     why it was chosen or ranked, in words (e.g. "end of an = chain", "after 'therefore'")
 * @param score      ranking score: higher is more likely the final answer
 */
public record Candidate(Value value, String raw, double confidence, Fragment source, String reason, double score) {}
