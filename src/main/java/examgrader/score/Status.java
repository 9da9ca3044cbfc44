package examgrader.score;

/** The state of one question's mark, as written to results and the gradebook. */
public enum Status {
    /** Marked by the grader with a trusted read. */
    GRADED,
    /** The read is uncertain: a person must look before the mark counts. */
    REVIEW,
    /** Nothing written: 0 marks. */
    BLANK,
    /** Marked by hand (derivations, explanations); counts 0 until a TA's mark is imported. */
    MANUAL;

    /** The word used in JSON and CSV files. */
    public String word() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
