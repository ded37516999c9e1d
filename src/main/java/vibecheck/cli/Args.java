package vibecheck.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A small command-line parser: {@code --name value}, {@code --name=value}, flags, positionals, and {@code --}. */
public final class Args {
    private final Map<String, String> options = new HashMap<>();
    private final Set<String> flags = new HashSet<>();
    private final List<String> positional = new ArrayList<>();

    private Args() {}

    public static Args parse(String command, List<String> argv, Set<String> valueOptions, Set<String> flagOptions)
            throws UsageException {
        Args a = new Args();
        boolean onlyPositional = false;
        for (int i = 0; i < argv.size(); i++) {
            String arg = argv.get(i);
            if (onlyPositional || !arg.startsWith("-") || arg.equals("-")) {
                a.positional.add(arg);
            } else if (arg.equals("--")) {
                onlyPositional = true;
            } else {
                String name = arg;
                String value = null;
                int eq = arg.indexOf('=');
                if (arg.startsWith("--") && eq > 0) {
                    name = arg.substring(0, eq);
                    value = arg.substring(eq + 1);
                }
                if (name.equals("-h")) name = "--help";
                if (valueOptions.contains(name)) {
                    if (value == null) {
                        if (i + 1 >= argv.size()) throw new UsageException(command + ": " + name + " needs a value");
                        value = argv.get(++i);
                    }
                    if (a.options.put(name, value) != null) throw new UsageException(command + ": " + name + " given twice");
                } else if (flagOptions.contains(name) && value == null) {
                    a.flags.add(name);
                } else {
                    String help = command.equals("vibecheck") ? "vibecheck --help" : "vibecheck " + command + " --help";
                    throw new UsageException(command + ": unknown option " + arg + " (see `" + help + "`)");
                }
            }
        }
        return a;
    }

    public String option(String name) {
        return options.get(name);
    }

    public boolean flag(String name) {
        return flags.contains(name);
    }

    public List<String> positional() {
        return positional;
    }

    /** The command line {@code vibecheck SUB ARGS…} that goes on with a command, quoted for a POSIX shell where needed. */
    static String commandLine(String sub, java.util.List<String> args) {
        StringBuilder sb = new StringBuilder("vibecheck ").append(sub);
        for (String a : args) sb.append(' ').append(a.matches("[A-Za-z0-9_./:=,@%+-]+") ? a : "'" + a.replace("'", "'\\''") + "'");
        return sb.toString();
    }
}
