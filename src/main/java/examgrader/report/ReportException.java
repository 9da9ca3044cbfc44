package examgrader.report;

/**
 * A problem with one file the report stage reads back (a results JSON, rejected.csv), with the file
 * and the place in it in the message, ready to show a user as one line.
 */
public class ReportException extends Exception {
    public ReportException(String message) {
        super(message);
    }

    public ReportException(String message, Throwable cause) {
        super(message, cause);
    }
}
