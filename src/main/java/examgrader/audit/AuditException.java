package examgrader.audit;

/**
 * A user's mistake found by the store or an audit command (an unknown student, a mark above the
 * question's maximum, a bad line in a marks file). The message is one line that names the file
 * or the student and question; commands print it and exit with {@code BAD_INPUT}.
 */
public class AuditException extends RuntimeException {
    public AuditException(String message) {
        super(message);
    }
}
