package vibecheck.config;

import java.util.Set;

/** What the config loader needs to know about the wire formats the program speaks. */
public interface ProtocolCatalog {
    Set<String> types();

    /** The base URL used when a server speaking this protocol gives none. */
    String defaultBaseUrl(String type);

    /** The environment variable conventionally holding this type's API key, or null when it needs none. */
    String defaultApiKeyEnv(String type);
}
