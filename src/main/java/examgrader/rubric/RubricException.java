package examgrader.rubric;

import java.util.List;

/**
 * A rubric that cannot be used as written. Each error is one line {@code file:line:column: what is
 * wrong}; grading stops before any script is read.
 */
public class RubricException extends RuntimeException {
    private final List<String> errors;

    public RubricException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public RubricException(SourcePos at, String message) {
        this(List.of(at.error(message)));
    }

    /** Every problem found, one line each, in file order. */
    public List<String> errors() {
        return errors;
    }
}
