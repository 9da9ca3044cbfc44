package examgrader.cli;

import examgrader.audit.CommandSupport;
import picocli.CommandLine.Option;

/** The options of a person's decision on a mark (override, dispute resolution): the marks, who, why. */
final class MarkDecision {
    @Option(names = "--marks", required = true, paramLabel = "M", description = "The marks, 0 to the question's maximum.")
    double marks;

    @Option(names = "--by", paramLabel = "NAME", description = "Who decides (default: $USER).")
    String by = CommandSupport.defaultUser();

    @Option(names = "--reason", required = true, paramLabel = "TEXT", description = "Why.")
    String reason;
}
