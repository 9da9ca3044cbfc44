package examgrader.audit;

/** Mark changes written for people, one line each. */
public final class History {
    private History() {}

    public static String describe(MarkChange c) {
        String answer = c.answer() == null || c.kind() == ChangeKind.REGRADE ? "" : ", answer \"" + c.answer() + "\"";
        return "%s  %s %s  %s: %s (%s) -> %s (%s)%s  by %s: %s".formatted(c.at(), c.studentId(), c.questionId(),
                c.kind().word(), Store.fmt(c.oldMarks()), c.oldStatus().word(), Store.fmt(c.newMarks()),
                c.newStatus().word(), answer, c.by(), c.why());
    }
}
