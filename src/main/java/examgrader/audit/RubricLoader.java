package examgrader.audit;

import examgrader.rubric.Rubric;
import java.nio.file.Path;

/**
 * Reads a rubric file for {@code grader regrade}; wired by the lead to the rubric package's loader.
 * A bad rubric is reported by throwing an exception whose message names the file and the place
 * in it ({@code rubrics/ct3.yaml:14:7: ...}); the command prints that message as is.
 */
@FunctionalInterface
public interface RubricLoader {
    Rubric load(Path rubricFile) throws Exception;
}
