package vibecheck;

import java.util.Arrays;
import java.util.List;
import vibecheck.cli.AskCommand;
import vibecheck.cli.Io;
import vibecheck.cli.ModelsCommand;
import vibecheck.cli.UiCommand;
import vibecheck.cli.JudgeCommand;
import vibecheck.cli.ReviewCommand;
import vibecheck.cli.RunCommand;
import vibecheck.cli.SuitesCommand;
import vibecheck.cli.ExportCommand;
import vibecheck.cli.Usage;

/** The command line: dispatches to the commands. */
public final class Main {
    private Main() {}

    public static void main(String[] argv) {
        System.exit(run(Arrays.asList(argv), Io.system()));
    }

    public static int run(List<String> argv, Io io) {
        if (argv.isEmpty() || argv.get(0).startsWith("--") && !List.of("--version", "--help").contains(argv.get(0))) {
            return UiCommand.run(argv, io);
        }
        String first = argv.get(0);
        List<String> rest = argv.subList(1, argv.size());
        return switch (first) {
            case "--version", "-V" -> {
                io.out().println(Version.program());
                yield 0;
            }
            case "--help", "-h", "help" -> Usage.help(io);
            case "ask" -> AskCommand.run(rest, io);
            case "models" -> ModelsCommand.run(rest, io);
            case "run" -> RunCommand.run(rest, io);
            case "suites" -> SuitesCommand.run(rest, io);
            case "judge" -> JudgeCommand.run(rest, io);
            case "judge-llm" -> vibecheck.cli.JudgeLlmCommand.run(rest, io);
            case "review" -> ReviewCommand.run(rest, io);
            case "export" -> ExportCommand.run(rest, io);
            case "report" -> vibecheck.cli.ReportCommand.run(rest, io);
            default -> Usage.unknown(first, io);
        };
    }
}
