package examgrader.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: one picocli command per job a TA, instructor or auditor does. */
@Command(name = "grader", mixinStandardHelpOptions = true, versionProvider = GraderVersion.class,
        description = "Grades exam answer scripts: OCR, answer extraction, recomputed references, partial credit, audit trail.",
        subcommands = {CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
                "0:all input graded (answers may still be in review)",
                "2:bad arguments, a bad rubric, a bad marks file or bad op arguments: nothing was done",
                "3:the batch ran, but some input files were rejected (see rejected.csv)",
                "70:a fault in the grader itself"})
public final class Main {
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    /** The configured command line, shared by {@link #main} and the tests. */
    public static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        Commands.register(cli);
        cli.setExecutionExceptionHandler(new UserFacingErrors());
        cli.setParameterExceptionHandler(new UserFacingErrors());
        return cli;
    }
}
