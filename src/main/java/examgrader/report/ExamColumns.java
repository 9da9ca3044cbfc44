package examgrader.report;

import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What the exports need of a rubric: the exam id and the questions with their full marks, in rubric
 * order (the gradebook's column order). Built from the rubric after grading, or from the results
 * files alone when {@code grader report} rebuilds the outputs.
 */
public record ExamColumns(String exam, List<Column> questions) {
    /** One gradebook column. */
    public record Column(String id, double maxMarks) {}

    public ExamColumns {
        questions = List.copyOf(questions);
    }

    public static ExamColumns of(Rubric rubric) {
        List<Column> columns = new ArrayList<>();
        for (Question q : rubric.questions()) columns.add(new Column(q.id(), q.marks()));
        return new ExamColumns(rubric.exam(), columns);
    }

    /**
     * The columns as the results list them: questions in the order of the first result, then any
     * question only later results have. The exam is the first result's.
     */
    public static ExamColumns of(List<ScriptResult> results) {
        Map<String, Column> columns = new LinkedHashMap<>();
        for (ScriptResult result : results) {
            for (Mark mark : result.marks()) columns.putIfAbsent(mark.questionId(), new Column(mark.questionId(), mark.maxMarks()));
        }
        String exam = results.isEmpty() ? "" : results.get(0).exam();
        return new ExamColumns(exam, new ArrayList<>(columns.values()));
    }

    public double maxTotal() {
        return questions.stream().mapToDouble(Column::maxMarks).sum();
    }
}
