package vibecheck.cli;

/** Top-level help and the answers to a command line that names no known command. */
public final class Usage {
    private Usage() {}

    public static int help(Io io) {
        io.out().print(Help.MAIN);
        return ExitCodes.OK;
    }

    public static int unknown(String word, Io io) {
        io.err().println("error: unknown command or option \"" + word + "\"; commands: ask, run, suites, judge, judge-llm, models, review, export, report (see `vibecheck --help`)");
        return ExitCodes.USAGE;
    }
}
