package examgrader.audit;

import examgrader.ocr.ScriptText;
import examgrader.rubric.Rubric;
import examgrader.score.ScriptResult;

/**
 * Grades a script again from the text OCR read earlier, under a (changed) rubric: the pipeline's
 * segment, extract and score stages without ingest and OCR. The lead wires the real stages;
 * {@code grader regrade} only stores and compares what it returns.
 */
@FunctionalInterface
public interface Rescorer {
    ScriptResult rescore(ScriptText text, Rubric rubric);
}
