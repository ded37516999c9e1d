package vibecheck.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Finds the config file: {@code --config FILE}, {@code $VIBECHECK_CONFIG}, {@code ./config/vibecheck.json}, {@code ~/.config/vibecheck/config.json}. */
public final class ConfigLocator {
    public static final String ENV = "VIBECHECK_CONFIG";

    private ConfigLocator() {}

    public static Path locate(String explicit, Map<String, String> env, Path workDir, Path home) throws ConfigException {
        Optional<Path> found = find(explicit, env, workDir, home);
        if (found.isPresent()) return found.get();
        List<Path> candidates = candidates(workDir, home);
        List<String> looked = new ArrayList<>();
        for (Path p : candidates) looked.add(p.toString());
        throw new ConfigException("no config file found; looked for --config, $" + ENV + ", " + String.join(", ", looked)
                + " (copy config/vibecheck.json from the vibecheck repository to one of them)");
    }

    /**
     * The config file, or empty when none was named and none is in the usual places (a machine with no config yet).
     * A file named by --config or $VIBECHECK_CONFIG must exist.
     */
    public static Optional<Path> find(String explicit, Map<String, String> env, Path workDir, Path home) throws ConfigException {
        if (explicit != null) return Optional.of(mustExist(workDir.resolve(explicit), "--config"));
        String fromEnv = env.get(ENV);
        if (fromEnv != null && !fromEnv.isBlank()) return Optional.of(mustExist(workDir.resolve(fromEnv), "$" + ENV));
        for (Path p : candidates(workDir, home)) {
            if (Files.isRegularFile(p)) return Optional.of(p);
            if (!Files.notExists(p)) {
                // there may be a file, but it cannot be looked at: say so rather than start as if there were none
                String why = unreachable(p);
                if (why != null) throw new ConfigException(p + ": cannot read config file: " + why);
            }
        }
        return Optional.empty();
    }

    static List<Path> candidates(Path workDir, Path home) {
        List<Path> list = new ArrayList<>();
        list.add(workDir.resolve("config").resolve("vibecheck.json"));
        if (home != null) list.add(home.resolve(".config").resolve("vibecheck").resolve("config.json"));
        return list;
    }

    private static Path mustExist(Path p, String from) throws ConfigException {
        if (Files.notExists(p)) throw new ConfigException(p + ": config file not found (given by " + from + ")");
        String why = unreachable(p);
        if (why != null) throw new ConfigException(p + ": cannot read config file (given by " + from + "): " + why);
        if (!Files.isRegularFile(p)) throw new ConfigException(p + ": not a regular file (given by " + from + ")");
        if (!Files.isReadable(p)) throw new ConfigException(p + ": config file is not readable (given by " + from + ")");
        return p;
    }

    /** Why the file's attributes cannot be read (a folder on the way that cannot be entered, …), or null. */
    private static String unreachable(Path p) {
        try {
            Files.readAttributes(p, java.nio.file.attribute.BasicFileAttributes.class);
            return null;
        } catch (java.nio.file.NoSuchFileException gone) {
            return null;
        } catch (java.io.IOException e) {
            return reason(e);
        }
    }

    /** An I/O failure in words: the OS's reason, not the Java class name. */
    static String reason(java.io.IOException e) {
        if (e instanceof java.nio.file.AccessDeniedException) return "permission denied";
        if (e instanceof java.nio.file.NoSuchFileException) return "no such file";
        if (e instanceof java.nio.file.FileSystemException f && f.getReason() != null) return f.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
