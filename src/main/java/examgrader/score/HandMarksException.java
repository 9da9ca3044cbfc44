package examgrader.score;

import java.util.List;

/** A marks file that cannot be imported; one {@code file:LINE: message} per bad row. */
public class HandMarksException extends RuntimeException {
    private final List<String> errors;

    public HandMarksException(List<String> errors) {
        super(String.join("\n", errors));
        this.errors = List.copyOf(errors);
    }

    public List<String> errors() {
        return errors;
    }
}
