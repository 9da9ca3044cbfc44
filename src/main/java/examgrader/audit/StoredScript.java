package examgrader.audit;

import examgrader.ocr.ScriptText;
import examgrader.score.ScriptResult;

/**
 * A stored script as a regrade needs it: the text OCR read (so no OCR is run again) and the
 * grader's own marks before people's decisions.
 *
 * @param scriptId   the store's id of the script
 * @param rubricPath the rubric file it was last graded with
 * @param text       the script's text as read
 * @param graded     the grader's marks
 */
public record StoredScript(long scriptId, String rubricPath, ScriptText text, ScriptResult graded) {}
