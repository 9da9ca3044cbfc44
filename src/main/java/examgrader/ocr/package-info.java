/**
 * Stage 2: pages become words with confidences and boxes. {@link examgrader.ocr.BatchReader} reads
 * a whole batch with one Tesseract per core and a disk cache ({@link examgrader.ocr.OcrCache}),
 * returning one {@link examgrader.ocr.ScriptOutcome} per file in input order: a
 * {@link examgrader.ocr.ScriptText} or a rejection. {@link examgrader.ocr.CropReader} re-reads one
 * number's box with digits only, for the extract stage's second opinion.
 */
package examgrader.ocr;
