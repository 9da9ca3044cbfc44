package examgrader.engine;

import java.util.Map;

/**
 * The project's own reference engine: named ops that recompute a question's reference from its
 * data, with the working shown. Rubric {@code compute:} blocks call it.
 */
public interface Engine {
    /**
     * Runs one op.
     *
     * @param op   registered op name, e.g. {@code conv.output_size}
     * @param args named arguments as JSON-compatible values (Number, Boolean, String, List, Map)
     * @throws EngineException for an unknown op or argument, or arguments the op cannot accept
     */
    OpResult compute(String op, Map<String, Object> args);
}
