package examgrader.audit;

import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Merges a TA's marks for the hand-marked questions ({@code student_id,question_id,marks,marker,comment})
 * into the store as mark changes. The whole file is checked before anything is recorded: an
 * unknown student or question, a question the grader marks itself, or marks outside 0..max are
 * refused with the line number, and then nothing is imported.
 *
 * <p>Written here until the rubric helper's {@code score.HandMarks.parse} is merged.
 */
public final class HandMarks {
    private HandMarks() {}

    static final List<String> HEADER = List.of("student_id", "question_id", "marks", "marker", "comment");

    /** One line of a marks file. */
    public record Line(int line, String studentId, String questionId, double marks, String marker, String comment) {}

    /** What an import did, and what is still waiting for a person. */
    public record Outcome(int imported, int unchanged, double pendingMarks, int scriptsPending) {}

    public static List<Line> parse(Path file) {
        List<Csv.Row> rows = Csv.read(file);
        if (rows.isEmpty()) throw new AuditException(file + ": empty; expected the header " + String.join(",", HEADER));
        Csv.Row header = rows.get(0);
        List<String> names = header.fields().stream().map(f -> f.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        boolean knownColumns = names.size() >= 3 && names.size() <= HEADER.size() && names.equals(HEADER.subList(0, names.size()));
        if (!knownColumns) {
            throw new AuditException(file + ":" + header.line() + ": expected the header " + String.join(",", HEADER)
                    + ", found " + String.join(",", header.fields()));
        }
        List<Line> lines = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        java.util.Map<String, Integer> firstLine = new java.util.HashMap<>();
        for (Csv.Row row : rows.subList(1, rows.size())) {
            String where = file + ":" + row.line() + ": ";
            String student = row.field(0);
            String question = row.field(1);
            String marks = row.field(2);
            if (student.isEmpty() || question.isEmpty()) {
                problems.add(where + "student_id and question_id are required");
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(student + "\u0000" + question, row.line());
            if (earlier != null) {
                problems.add(where + student + " " + question + " is marked again (first on line " + earlier + ")");
                continue;
            }
            try {
                double value = Double.parseDouble(marks);
                if (!Double.isFinite(value)) throw new NumberFormatException();
                lines.add(new Line(row.line(), student, question, value, row.field(3), row.field(4)));
            } catch (NumberFormatException e) {
                problems.add(where + "marks '" + marks + "' is not a number");
            }
        }
        refuseIfAny(problems);
        return lines;
    }

    /**
     * Checks every line against the store, then records them all as {@code hand} mark changes in
     * one transaction. A line that repeats the mark already in force is left out.
     */
    public static Outcome importInto(Store store, Path file, String defaultMarker) {
        List<Line> lines = parse(file);
        List<String> problems = new ArrayList<>();
        List<Decision> decisions = new ArrayList<>();
        int unchanged = 0;
        for (Line line : lines) {
            String where = file + ":" + line.line() + ": ";
            StoredMark stored;
            try {
                stored = store.marksOf(line.studentId(), line.questionId()).get(0);
            } catch (AuditException e) {
                problems.add(where + e.getMessage());
                continue;
            }
            if (stored.graded().status() != Status.MANUAL) {
                problems.add(where + line.questionId() + " is marked by the grader, not by hand; change it with 'grader override'");
                continue;
            }
            double max = stored.graded().maxMarks();
            if (line.marks() < 0 || line.marks() > max) {
                problems.add(where + "%s %s: %s marks is outside 0..%s".formatted(line.studentId(), line.questionId(),
                        Store.fmt(line.marks()), Store.fmt(max)));
                continue;
            }
            if (stored.effective().status() == Status.GRADED && stored.effective().marks() == line.marks()) {
                unchanged++;
                continue;
            }
            String marker = line.marker().isEmpty() ? defaultMarker : line.marker();
            String why = line.comment().isEmpty() ? "hand mark from " + file.getFileName() + " line " + line.line()
                    : line.comment();
            decisions.add(Decision.of(line.studentId(), line.questionId(), line.marks(), marker, why, ChangeKind.HAND));
        }
        refuseIfAny(problems);
        store.changeMarks(decisions);
        List<ScriptResult> results = store.results(null);
        double pending = results.stream().mapToDouble(ScriptResult::pending).sum();
        int scriptsPending = (int) results.stream().filter(r -> r.pending() > 0).count();
        return new Outcome(decisions.size(), unchanged, pending, scriptsPending);
    }

    private static void refuseIfAny(List<String> problems) {
        if (!problems.isEmpty()) {
            throw new AuditException(String.join(System.lineSeparator(), problems)
                    + (problems.size() > 1 ? System.lineSeparator() + problems.size() + " problems; nothing was imported" : ""));
        }
    }
}
