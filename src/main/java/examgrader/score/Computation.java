package examgrader.score;

import java.util.Map;

/**
 * An engine call behind a mark (the reference, a common mistake or a carried-forward
 * recomputation), kept so an auditor can re-run it and a student can read the working.
 *
 * @param op      the engine op, e.g. {@code conv.output_size}
 * @param args    the arguments it was called with (after any substitution of the student's earlier answer)
 * @param result  what it returned (JSON-compatible)
 * @param working the working as text
 */
public record Computation(String op, Map<String, Object> args, Object result, String working) {}
