package examgrader.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The options that name one mark in a graded output folder: shared by explain, override and dispute. */
final class MarkTarget {
    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder of the grading run.")
    Path out;

    @Option(names = "--student", required = true, paramLabel = "S", description = "Student id.")
    String student;

    @Option(names = "--question", required = true, paramLabel = "Q", description = "Question id.")
    String question;
}
