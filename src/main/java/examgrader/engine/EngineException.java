package examgrader.engine;

/**
 * A bad call of an engine op: unknown op or argument, a shape mismatch, an impossible
 * convolution. Carries the op and the argument at fault so the user sees exactly where.
 */
public class EngineException extends RuntimeException {
    private final String op;
    private final String argument;

    public EngineException(String op, String argument, String message) {
        super(op + (argument == null ? "" : ": argument '" + argument + "'") + ": " + message);
        this.op = op;
        this.argument = argument;
    }

    public String op() { return op; }

    /** The argument at fault, or null when the op itself is at fault (e.g. unknown). */
    public String argument() { return argument; }
}
