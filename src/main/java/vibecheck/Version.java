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

    private static String load() {
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
