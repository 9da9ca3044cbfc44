package examgrader.rubric;

import java.util.List;
import java.util.regex.Pattern;

/**
 * An exam's marking scheme as the grader applies it.
 *
 * <p>Contract kept stable for the other stages: accessors {@code exam, studentId, questions} and
 * the factory {@link #of}.
 *
 * @param exam      the exam id, e.g. {@code cs60010-ct3-2021}
 * @param studentId the pattern of the student number written on the script
 * @param questions the questions in rubric order (the gradebook's column order)
 */
public record Rubric(String exam, Pattern studentId, List<Question> questions) {
    public Rubric {
        questions = List.copyOf(questions);
    }

    public static Rubric of(String exam, Pattern studentId, List<Question> questions) {
        return new Rubric(exam, studentId, questions);
    }
}
