package examgrader.rubric;

/** What form a question's answer takes; tells extraction what to look for. */
public enum AnswerKind {
    INTEGER, REAL, VECTOR, SHAPE, SET, FORMULA,
    /** Derivations and explanations: marked by hand. */
    MANUAL
}
