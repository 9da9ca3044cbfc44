package examgrader.audit;

import examgrader.cli.ExitCodes;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;

/**
 * What the audit commands share: the mapping of failures to exit codes with a one-line message
 * (never a stack trace), and the default name of whoever is making a change.
 */
public final class CommandSupport {
    private CommandSupport() {}

    /** Runs a command's body: a user's mistake is one line on stderr and {@code BAD_INPUT}; a fault is {@code INTERNAL}. */
    public static int run(CommandSpec spec, Callable<Integer> body) {
        PrintWriter err = spec.commandLine().getErr();
        String name = spec.qualifiedName(" ");
        try {
            return body.call();
        } catch (AuditException e) {
            err.println(name + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (Exception e) {
            err.println(name + ": internal error: " + e.getClass().getSimpleName() + ": " + e.getMessage());
            return ExitCodes.INTERNAL;
        } finally {
            err.flush();
            spec.commandLine().getOut().flush();
        }
    }

    /** Who is making a change when {@code --by} is not given: the login name, else "unknown". */
    public static String defaultUser() {
        String user = System.getenv("USER");
        return user == null || user.isBlank() ? "unknown" : user;
    }

    /** The grader's version as packaged, or "dev" when run from classes. */
    public static String graderVersion() {
        String version = CommandSupport.class.getPackage().getImplementationVersion();
        return version == null ? "dev" : version;
    }
}
