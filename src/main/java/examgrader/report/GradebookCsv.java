package examgrader.report;

import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The gradebook files: {@code gradebook.csv} for people and scripts ({@code student_id,<question ids>,total},
 * one row per script, duplicates kept), and the Canvas and Moodle import files.
 *
 * <p>In {@code gradebook.csv} a question waiting for a person shows its status word ({@code review},
 * {@code manual}) instead of a number, so an uncertain mark is never summed by mistake; the total counts
 * graded and blank questions. The LMS files carry only final totals: a script with marks still pending,
 * or one of two scripts claiming the same student, gets an empty grade cell (see {@link #notExported}).
 */
public final class GradebookCsv {
    private GradebookCsv() {}

    public static void writeGradebook(Path file, ExamColumns columns, List<ScriptResult> results) throws IOException {
        List<String> header = new ArrayList<>();
        header.add("student_id");
        columns.questions().forEach(c -> header.add(SpreadsheetCells.text(c.id())));
        header.add("total");
        List<List<String>> rows = new ArrayList<>();
        for (ScriptResult result : results) {
            Map<String, Mark> byId = new HashMap<>();
            result.marks().forEach(m -> byId.put(m.questionId(), m));
            List<String> row = new ArrayList<>();
            row.add(SpreadsheetCells.text(result.studentId()));
            for (ExamColumns.Column column : columns.questions()) row.add(cell(byId.get(column.id())));
            row.add(MarkFormat.marks(result.total()));
            rows.add(row);
        }
        CsvFiles.write(file, header, rows);
    }

    private static String cell(Mark mark) {
        if (mark == null) return "";
        if (mark.status() == Status.REVIEW || mark.status() == Status.MANUAL) return mark.status().word();
        return MarkFormat.marks(mark.marks());
    }

    /**
     * Canvas gradebook import: {@code Student, ID, SIS User ID, Section, <exam>}. The student id goes in
     * {@code SIS User ID} (Canvas matches on it) and in {@code Student}; Canvas's own {@code ID} and the
     * section are not known to the grader and stay empty.
     */
    public static void writeCanvas(Path file, ExamColumns columns, List<ScriptResult> results) throws IOException {
        List<String> header = List.of("Student", "ID", "SIS User ID", "Section", SpreadsheetCells.text(columns.exam()));
        Map<ScriptResult, String> held = notExported(results);
        List<List<String>> rows = new ArrayList<>();
        for (ScriptResult result : results) {
            String id = SpreadsheetCells.text(result.studentId());
            rows.add(List.of(id, "", id, "", held.containsKey(result) ? "" : MarkFormat.marks(result.total())));
        }
        CsvFiles.write(file, header, rows);
    }

    /** Moodle grade import: an {@code idnumber} column to map to the user's ID number, and a {@code grade} column. */
    public static void writeMoodle(Path file, List<ScriptResult> results) throws IOException {
        Map<ScriptResult, String> held = notExported(results);
        List<List<String>> rows = new ArrayList<>();
        for (ScriptResult result : results) {
            rows.add(List.of(SpreadsheetCells.text(result.studentId()),
                    held.containsKey(result) ? "" : MarkFormat.marks(result.total())));
        }
        CsvFiles.write(file, List.of("idnumber", "grade"), rows);
    }

    /** Scripts whose total must not go to an LMS yet, with the reason (keyed by identity: equal results stay distinct). */
    public static Map<ScriptResult, String> notExported(List<ScriptResult> results) {
        Map<String, Integer> perStudent = new HashMap<>();
        results.forEach(r -> perStudent.merge(r.studentId(), 1, Integer::sum));
        Map<ScriptResult, String> held = new java.util.IdentityHashMap<>();
        for (ScriptResult result : results) {
            if (perStudent.get(result.studentId()) > 1) {
                held.put(result, perStudent.get(result.studentId()) + " scripts claim this student id");
            } else if (result.pending() > 0) {
                held.put(result, MarkFormat.marks(result.pending()) + " marks pending review or manual marking");
            }
        }
        return held;
    }
}
