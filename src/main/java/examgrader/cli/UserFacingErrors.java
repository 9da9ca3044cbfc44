package examgrader.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Turns every failure into one line on stderr and a documented exit code, so no stack trace reaches a
 * user. A {@link UserError} is the user's mistake (bad rubric, bad argument); anything else is a bug
 * in the grader: the line says so, and the trace is shown only with {@code EXAMGRADER_DEBUG=1}.
 */
final class UserFacingErrors implements IExecutionExceptionHandler, IParameterExceptionHandler {
    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        PrintWriter err = cli.getErr();
        if (e instanceof UserError u) {
            err.println("grader: " + u.getMessage());
            err.flush();
            return u.exitCode();
        }
        err.println("grader: internal error: " + e + " (set EXAMGRADER_DEBUG=1 for details)");
        if (System.getenv("EXAMGRADER_DEBUG") != null) {
            StringWriter trace = new StringWriter();
            e.printStackTrace(new PrintWriter(trace));
            err.print(trace);
        }
        err.flush();
        return ExitCodes.INTERNAL;
    }

    @Override
    public int handleParseException(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println("grader: " + e.getMessage());
        cli.getErr().println("Try 'grader " + cli.getCommandName().replace("grader", "").trim() + " --help'.".replace("  ", " "));
        cli.getErr().flush();
        return ExitCodes.BAD_INPUT;
    }
}
