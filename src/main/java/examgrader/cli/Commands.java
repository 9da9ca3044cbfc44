package examgrader.cli;

import picocli.CommandLine;

/** The list of subcommands, in the order {@code --help} shows them. */
final class Commands {
    private Commands() {}

    static void register(CommandLine cli) {
        cli.addSubcommand("grade", new GradeCommand());
    }
}
