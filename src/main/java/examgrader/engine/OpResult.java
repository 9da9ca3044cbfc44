package examgrader.engine;

/**
 * What an engine op computed and how, so the working can be shown to a student.
 *
 * @param op      the op's registered name, e.g. {@code conv.output_size}
 * @param result  a JSON-compatible value: Number (Long for integers, Double for reals), List, or Map of named outputs
 * @param working the computation written out for people, e.g. {@code floor((78 + 2·2 − 5)/3) + 1 = 26}
 */
public record OpResult(String op, Object result, String working) {}
