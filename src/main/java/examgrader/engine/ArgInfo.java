package examgrader.engine;

/**
 * One argument an op accepts, so rubric authors (through {@code grader ops}) and the rubric checker
 * know what to write before anything is computed.
 *
 * @param name        the argument's name as written in a rubric, e.g. {@code stride}
 * @param required    whether the op refuses to run without it
 * @param description what it means, its form and its default when optional
 */
public record ArgInfo(String name, boolean required, String description) {}
