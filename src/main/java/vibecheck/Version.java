package vibecheck;

import java.io.InputStream;
import java.util.Properties;

/** The program's version, from the build. */
public final class Version {
    private static final String VERSION = load();

    private Version() {}

    public static String get() {
        return VERSION;
    }

    public static String program() {
        return "vibecheck " + VERSION;
    }

    /**
     * The jar's manifest says it (read as the jar was opened); classes run from a build folder read the build's
     * properties file instead (reading a resource out of the jar costs 5-8 ms before the first screen).
     */
    private static String load() {
        String fromManifest = Version.class.getPackage().getImplementationVersion();
        if (fromManifest != null) return fromManifest;
        try (InputStream in = Version.class.getResourceAsStream("/vibecheck/version.properties")) {
            Properties p = new Properties();
            if (in != null) p.load(in);
            String v = p.getProperty("version");
            return v == null || v.startsWith("${") ? "dev" : v;
        } catch (Exception e) {
            return "dev";
        }
    }
}
