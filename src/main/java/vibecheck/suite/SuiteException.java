package vibecheck.suite;

import java.util.List;

/** A suite that cannot be used: one line per problem, each naming the file and the line. */
public final class SuiteException extends Exception {
    private final List<String> problems;

    public SuiteException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public SuiteException(String problem) {
        this(List.of(problem));
    }

    public List<String> problems() {
        return problems;
    }
}
