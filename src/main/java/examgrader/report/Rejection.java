package examgrader.report;

import java.nio.file.Path;

/**
 * An input file that could not be graded and why, so that nothing handed in disappears silently:
 * every rejection is listed in {@code rejected.csv} and in the class summary.
 *
 * @param file   the input file as the user named it
 * @param reason a one-line reason a TA can act on (e.g. {@code "encrypted PDF: password needed"})
 */
public record Rejection(Path file, String reason) {}
