package examgrader.audit;

import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How far the grader's marks agree with a TA's, read from a CSV with the gradebook's columns
 * ({@code student_id,<question ids>,total}). Only marks the grader has decided are compared:
 * questions still in review or waiting for a hand mark are counted apart, as are blank cells in
 * the TA's file.
 */
public final class Agreement {
    private Agreement() {}

    /** Marks closer than this are the same mark (the CSV may print 0.3333 for a third). */
    static final double TOLERANCE = 0.005;

    public record QuestionAgreement(String questionId, int compared, int agreed) {
        public double rate() {
            return compared == 0 ? Double.NaN : (double) agreed / compared;
        }
    }

    public record Disagreement(int line, String studentId, String questionId, double grader, double human) {}

    public record Report(List<QuestionAgreement> questions, List<Disagreement> disagreements, int pendingInGrader,
                         List<String> onlyInHumanFile, List<String> onlyInStore, List<String> unknownColumns) {
        public int compared() {
            return questions.stream().mapToInt(QuestionAgreement::compared).sum();
        }

        public int agreed() {
            return questions.stream().mapToInt(QuestionAgreement::agreed).sum();
        }
    }

    public static Report compare(List<ScriptResult> graded, Path humanCsv) {
        List<Csv.Row> rows = Csv.read(humanCsv);
        if (rows.isEmpty() || !rows.get(0).field(0).equalsIgnoreCase("student_id")) {
            throw new AuditException(humanCsv + ":1: expected a header starting with student_id (the gradebook's columns)");
        }
        List<String> columns = rows.get(0).fields().stream().map(String::strip).toList();
        Map<String, ScriptResult> byStudent = new LinkedHashMap<>();
        for (ScriptResult result : graded) byStudent.putIfAbsent(result.studentId(), result);
        Map<String, int[]> counts = new LinkedHashMap<>();
        List<String> unknownColumns = new ArrayList<>();
        List<String> questionIds = graded.isEmpty() ? List.of()
                : graded.get(0).marks().stream().map(Mark::questionId).toList();
        for (String column : columns.subList(1, columns.size())) {
            if (column.equalsIgnoreCase("total")) continue;
            if (questionIds.contains(column)) counts.put(column, new int[2]);
            else unknownColumns.add(column);
        }
        List<Disagreement> disagreements = new ArrayList<>();
        List<String> onlyInHuman = new ArrayList<>();
        List<String> seen = new ArrayList<>();
        int pending = 0;
        for (Csv.Row row : rows.subList(1, rows.size())) {
            String student = row.field(0);
            ScriptResult result = byStudent.get(student);
            if (result == null) {
                onlyInHuman.add(student);
                continue;
            }
            seen.add(student);
            Map<String, Mark> marks = new HashMap<>();
            result.marks().forEach(m -> marks.put(m.questionId(), m));
            for (int i = 1; i < columns.size(); i++) {
                int[] count = counts.get(columns.get(i));
                String cell = row.field(i);
                if (count == null || cell.isEmpty()) continue;
                double human = number(cell, humanCsv, row.line(), columns.get(i));
                Mark mark = marks.get(columns.get(i));
                if (mark == null) continue;
                if (mark.status() == Status.REVIEW || mark.status() == Status.MANUAL) {
                    pending++;
                    continue;
                }
                count[0]++;
                if (Math.abs(mark.marks() - human) < TOLERANCE) count[1]++;
                else disagreements.add(new Disagreement(row.line(), student, mark.questionId(), mark.marks(), human));
            }
        }
        List<String> onlyInStore = byStudent.keySet().stream().filter(s -> !seen.contains(s)).toList();
        List<QuestionAgreement> questions = counts.entrySet().stream()
                .map(e -> new QuestionAgreement(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
        return new Report(questions, disagreements, pending, onlyInHuman, onlyInStore, unknownColumns);
    }

    private static double number(String cell, Path file, int line, String column) {
        try {
            return Double.parseDouble(cell);
        } catch (NumberFormatException e) {
            throw new AuditException(file + ":" + line + ": " + column + " '" + cell + "' is not a number");
        }
    }
}
