package examgrader.cli;

/** The exit codes every command uses; listed in {@code --help}. */
public final class ExitCodes {
    private ExitCodes() {}

    /** Everything done: all scripts graded (some answers may be in review). */
    public static final int OK = 0;
    /** Bad arguments, a bad rubric, a bad marks file or bad op arguments: nothing was graded. */
    public static final int BAD_INPUT = 2;
    /** The batch ran, but some input files were rejected (see rejected.csv). */
    public static final int SOME_REJECTED = 3;
    /** A fault in the grader itself (a bug); the message says what, the log has the trace. */
    public static final int INTERNAL = 70;

    /** Lines of picocli's exit-code lists shared by the audit commands (annotation values must be constants). */
    public static final String DONE_LINE = "0:done";
    public static final String BAD_MARK_INPUT_LINE =
            "2:bad input: unknown student or question, marks out of range, a bad file (one line says where)";
    public static final String INTERNAL_LINE = "70:internal error";
}
