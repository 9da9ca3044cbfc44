package examgrader.cli;

import examgrader.ScriptGrader;
import examgrader.TypedAnswerScorer;
import examgrader.engine.ReferenceEngine;
import examgrader.rubric.RubricLoader;
import examgrader.score.Scorer;
import picocli.CommandLine;

/** The list of subcommands, in the order {@code --help} shows them, wired to the real stages. */
final class Commands {
    private Commands() {}

    static void register(CommandLine cli) {
        Scorer scorer = new Scorer(new ReferenceEngine());
        ScriptGrader grader = new ScriptGrader(scorer);
        cli.addSubcommand("grade", new GradeCommand());
        cli.addSubcommand("check", new CheckCommand());
        cli.addSubcommand("key", new KeyCommand());
        cli.addSubcommand("compute", new ComputeCommand());
        cli.addSubcommand("ops", new OpsCommand());
        cli.addSubcommand("review", new ReviewCommand().setScorer(new TypedAnswerScorer(scorer)));
        cli.addSubcommand("explain", new ExplainCommand());
        cli.addSubcommand("override", new OverrideCommand());
        cli.addSubcommand("dispute", new DisputeCommand());
        cli.addSubcommand("history", new HistoryCommand());
        cli.addSubcommand("marks", new MarksCommand());
        cli.addSubcommand("regrade", new RegradeCommand(RubricLoader::load,
                (text, rubric) -> grader.grade(text, rubric, java.util.Map.of()).result()));
        cli.addSubcommand("compare", new CompareCommand());
        cli.addSubcommand("report", new ReportCommand());
        cli.addSubcommand("samples", new SamplesCommand());
        cli.addSubcommand("bench", new BenchCommand());
        cli.addSubcommand("cache", new CacheCommand());
    }
}
