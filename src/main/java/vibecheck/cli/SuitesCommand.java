package vibecheck.cli;

import java.util.List;
import java.util.Set;
import vibecheck.suite.Suite;
import vibecheck.suite.SuiteException;
import vibecheck.suite.SuiteLoader;

/** {@code vibecheck suites}: the suites built into the program, with what each is for. */
public final class SuitesCommand {
    private SuitesCommand() {}

    public static int run(List<String> argv, Io io) {
        return ConfigSetup.command("suites", argv, io, Set.of(), Set.of("--help"), Help.SUITES, args -> {
            if (!args.positional().isEmpty()) throw new UsageException("suites: takes no arguments (see `vibecheck suites --help`)");
            for (String name : SuiteLoader.BUILT_IN) {
                try {
                    Suite s = SuiteLoader.builtIn(name);
                    long turns = s.items().stream().mapToLong(i -> i.turns().size()).sum();
                    io.out().println(name + "  " + s.items().size() + " items, " + turns + " messages");
                    if (s.description() != null) io.out().println("  " + s.description().strip().replaceAll("\\s+", " "));
                } catch (SuiteException e) {
                    io.err().println("error: " + String.join("; ", e.problems()));
                    return ExitCodes.SOME_FAILED;
                }
            }
            io.out().println();
            io.out().println("Run one with `vibecheck run NAME`; a file of your own with `vibecheck run FILE.yaml`.");
            return ExitCodes.OK;
        });
    }
}
