package examgrader.rubric;

import examgrader.engine.OpResult;
import examgrader.extract.Value;

/**
 * A reference (or a mistake's, or a carried-forward recomputation's) value as the grader compares
 * it, with the engine call behind it when there was one.
 *
 * @param value   the value in the question's answer form
 * @param call    the engine call made, after parameters were filled in; null for a key
 * @param result  what the engine returned; null for a key
 */
public record Evaluated(Value value, Reference.Compute call, OpResult result) {
    /** The engine's working, or the key itself when there was no computation. */
    public String working() {
        return result == null ? "key: " + value.display() : result.working();
    }
}
