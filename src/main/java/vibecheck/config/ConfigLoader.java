package vibecheck.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vibecheck.keys.Action;
import vibecheck.keys.KeyName;
import vibecheck.keys.Keymap;

/**
 * Turns a config tree into a {@link Config}, collecting every problem (one line each, naming the file and the
 * JSON path) instead of stopping at the first. Keys it does not know are reported as warnings, not errors.
 */
public final class ConfigLoader {
    private static final Set<String> TOP = Set.of("servers", "providers", "models", "defaults", "systemPrompts", "criteria", "keys", "rater",
            "judges", "judgePrompts");
    private static final Set<String> SERVER = Set.of("protocol", "type", "baseUrl", "apiKeyEnv", "maxConcurrent", "headers");
    private static final Set<String> MODEL = Set.of("name", "server", "provider", "model", "temperature", "maxTokens", "seed");
    private static final Set<String> DEFAULTS = Set.of("temperature", "maxTokens", "systemPrompt",
            "connectTimeoutSeconds", "idleTimeoutSeconds", "schedule", "blindShuffle", "maxReplyMiB");
    private static final Set<String> PROMPT = Set.of("name", "text");
    private static final Set<String> CRITERION = Set.of("key", "label", "low", "high");

    private final ProtocolCatalog catalog;
    private final List<String> problems = new ArrayList<>();
    private final List<String> warnings = new ArrayList<>();
    private ConfigValues values;
    /** Every server entry's name, good or not: a model naming a bad one is not told that it is missing. */
    private final Set<String> declaredServers = new java.util.LinkedHashSet<>();

    public ConfigLoader(ProtocolCatalog catalog) {
        this.catalog = catalog;
    }

    /** Warnings from the last load (unknown keys): worth showing, never fatal. */
    public List<String> warnings() {
        return Collections.unmodifiableList(warnings);
    }

    public Config load(Path path) throws ConfigException {
        return load(path, path);
    }

    /** Loads {@code file}, naming it {@code shown} in messages (a shorter, relative form of the same path). */
    public Config load(Path file, Path shown) throws ConfigException {
        return fromTree(shown, ConfigReader.read(file, shown.toString()));
    }

    public Config fromTree(Path path, JsonNode root) throws ConfigException {
        problems.clear();
        declaredServers.clear();
        warnings.clear();
        String file = path.toString();
        values = new ConfigValues(file, problems, warnings);
        if (root == null || !root.isObject()) {
            throw new ConfigException(file + ": $: the config must be a JSON object");
        }
        values.unknownKeys(root, "$", TOP);
        Defaults defaults = defaults(root.get("defaults"));
        Map<String, ServerConfig> servers = servers(root);
        List<ModelConfig> models = models(root.get("models"), defaults);
        List<SystemPrompt> prompts = systemPrompts(root.get("systemPrompts"));
        List<Criterion> criteria = criteria(root.get("criteria"));
        Keymap keymap = keys(root.get("keys"));
        if (defaults.systemPrompt() != null && prompts.stream().noneMatch(p -> p.name().equals(defaults.systemPrompt()))) {
            values.problem("$.defaults.systemPrompt", "names system prompt \"" + defaults.systemPrompt()
                    + "\", which is not in systemPrompts" + ConfigValues.listed(prompts.stream().map(SystemPrompt::name).toList()));
        }
        String rater = values.optionalString(root.get("rater"), "$.rater");
        if (rater != null && (rater.isBlank() || rater.length() > 60 || rater.chars().anyMatch(c -> c < 0x20 || c == 0x7f))) {
            values.problem("$.rater", "must be a short name on one line (who is judging, e.g. \"ana\"), got " + ConfigValues.describe(root.get("rater")));
            rater = null;
        }
        Judges judges = new JudgeEntries(values).read(root.get("judges"), root.get("judgePrompts"), declaredServers);
        if (!problems.isEmpty()) throw new ConfigException(problems);
        return new Config(path, servers, models, defaults, prompts, criteria, keymap, rater == null ? null : rater.strip(), judges);
    }

    private Defaults defaults(JsonNode node) {
        if (node == null) return Defaults.standard();
        if (!values.object(node, "$.defaults")) return defaults(null);
        values.unknownKeys(node, "$.defaults", DEFAULTS);
        double t = values.temperature(node.get("temperature"), "$.defaults.temperature", Defaults.TEMPERATURE);
        int max = values.positiveInt(node.get("maxTokens"), "$.defaults.maxTokens", Defaults.MAX_TOKENS);
        String prompt = values.optionalString(node.get("systemPrompt"), "$.defaults.systemPrompt");
        int connect = values.positiveInt(node.get("connectTimeoutSeconds"), "$.defaults.connectTimeoutSeconds", Defaults.CONNECT_TIMEOUT_SECONDS);
        int idle = values.positiveInt(node.get("idleTimeoutSeconds"), "$.defaults.idleTimeoutSeconds", Defaults.IDLE_TIMEOUT_SECONDS);
        String shuffleWord = values.optionalString(node.get("blindShuffle"), "$.defaults.blindShuffle");
        BlindShuffle shuffle = BlindShuffle.of(shuffleWord);
        if (shuffleWord != null && shuffle == null) {
            values.problem("$.defaults.blindShuffle", "must be " + BlindShuffle.choices() + ", got \"" + shuffleWord + "\"");
        }
        String scheduleWord = values.optionalString(node.get("schedule"), "$.defaults.schedule");
        Schedule schedule = Schedule.of(scheduleWord);
        if (scheduleWord != null && schedule == null) {
            values.problem("$.defaults.schedule", "must be " + Schedule.choices() + ", got \"" + scheduleWord + "\"");
        }
        int maxReply = values.positiveInt(node.get("maxReplyMiB"), "$.defaults.maxReplyMiB", Defaults.MAX_REPLY_MIB);
        if (maxReply > 1024) {
            values.problem("$.defaults.maxReplyMiB", "must be at most 1024 (MiB of text in one reply), got " + maxReply);
            maxReply = Defaults.MAX_REPLY_MIB;
        }
        return new Defaults(t, max, prompt, connect, idle, shuffle == null ? BlindShuffle.SESSION : shuffle,
                schedule == null ? Schedule.PARALLEL : schedule, maxReply);
    }

    private Map<String, ServerConfig> servers(JsonNode root) {
        Map<String, ServerConfig> out = new LinkedHashMap<>();
        String key = values.renamedKey(root, "$", "servers", "providers");
        if (key == null) {
            values.problem("$.servers", "missing: define at least one model server, e.g. \"servers\": {\"ollama\": {\"protocol\": \"ollama\"}}");
            return out;
        }
        JsonNode node = root.get(key);
        if (!values.object(node, "$." + key)) return out;
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            String id = e.getKey();
            declaredServers.add(id);
            String at = "$." + key + "." + id;
            JsonNode p = e.getValue();
            if (!values.object(p, at)) continue;
            values.unknownKeys(p, at, SERVER);
            String protocolKey = values.renamedKey(p, at, "protocol", "type");
            String protocol = values.requiredString(p.get(protocolKey == null ? "protocol" : protocolKey), at + "." + (protocolKey == null ? "protocol" : protocolKey));
            if (protocol != null && !catalog.types().contains(protocol)) {
                values.problem(at + "." + protocolKey, "unknown protocol \"" + protocol + "\" (known: "
                        + String.join(", ", catalog.types().stream().sorted().toList()) + ")");
                protocol = null;
            }
            String baseUrl = values.optionalString(p.get("baseUrl"), at + ".baseUrl");
            if (baseUrl == null && protocol != null) baseUrl = catalog.defaultBaseUrl(protocol);
            if (baseUrl != null) baseUrl = checkUrl(baseUrl, at + ".baseUrl");
            String keyEnv = values.optionalString(p.get("apiKeyEnv"), at + ".apiKeyEnv");
            if (keyEnv == null && p.get("apiKeyEnv") == null && protocol != null) keyEnv = catalog.defaultApiKeyEnv(protocol);
            if (keyEnv != null && !keyEnv.matches("[A-Za-z_][A-Za-z0-9_]*")) {
                values.problem(at + ".apiKeyEnv", "\"" + keyEnv + "\" is not an environment variable name; give the NAME of the variable holding the key, never the key itself");
                keyEnv = null;
            }
            Integer maxConcurrent = null;
            if (p.get("maxConcurrent") != null) maxConcurrent = values.positiveInt(p.get("maxConcurrent"), at + ".maxConcurrent", 1);
            Map<String, String> headers = headers(p.get("headers"), at + ".headers");
            if (protocol != null && baseUrl != null) {
                out.put(id, new ServerConfig(id, protocol, baseUrl, keyEnv, maxConcurrent, headers));
            }
        }
        if (out.isEmpty() && problems.isEmpty()) values.problem("$." + key, "is empty: define at least one model server");
        return out;
    }

    private List<ModelConfig> models(JsonNode node, Defaults d) {
        List<ModelConfig> out = new ArrayList<>();
        if (node == null) {
            values.problem("$.models", "missing: list the contestants, e.g. [{\"name\": \"llama3-8b\", \"server\": \"ollama\", \"model\": \"llama3:8b\"}]");
            return out;
        }
        if (!node.isArray()) {
            values.problem("$.models", "must be a list of models, got " + ConfigValues.kind(node));
            return out;
        }
        if (node.isEmpty()) values.problem("$.models", "is empty: list at least one contestant");
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "$.models[" + i + "]";
            JsonNode m = node.get(i);
            if (!values.object(m, at)) continue;
            values.unknownKeys(m, at, MODEL);
            var e = values.modelEntry(m, at, "model", names, declaredServers, d.temperature(), d.maxTokens());
            if (e.whole()) out.add(new ModelConfig(e.name(), e.server(), e.model(), e.temperature(), e.maxTokens(), e.seed()));
        }
        return out;
    }

    private List<SystemPrompt> systemPrompts(JsonNode node) {
        List<SystemPrompt> out = new ArrayList<>();
        if (node == null) return new ArrayList<>(List.of(SystemPrompt.NONE));
        if (!node.isArray()) {
            values.problem("$.systemPrompts", "must be a list of {\"name\", \"text\"}, got " + ConfigValues.kind(node));
            return out;
        }
        Set<String> names = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "$.systemPrompts[" + i + "]";
            JsonNode p = node.get(i);
            if (!values.object(p, at)) continue;
            values.unknownKeys(p, at, PROMPT);
            String name = values.requiredString(p.get("name"), at + ".name");
            String text = p.get("text") == null ? "" : values.optionalString(p.get("text"), at + ".text");
            if (name != null && !names.add(name)) values.problem(at + ".name", "duplicate system prompt name \"" + name + "\"");
            if (name != null) out.add(new SystemPrompt(name, text == null ? "" : text));
        }
        // "none" (no system message) is always there to compare against: the persona shift is measured from it
        if (out.stream().noneMatch(p -> p.name().equals(SystemPrompt.NONE.name()))) out.add(0, SystemPrompt.NONE);
        return out;
    }

    private List<Criterion> criteria(JsonNode node) {
        List<Criterion> out = new ArrayList<>();
        if (node == null) return out;
        if (!node.isArray()) {
            values.problem("$.criteria", "must be a list of {\"key\", \"label\", \"low\", \"high\"}, got " + ConfigValues.kind(node));
            return out;
        }
        Set<String> keys = new HashSet<>();
        for (int i = 0; i < node.size(); i++) {
            String at = "$.criteria[" + i + "]";
            JsonNode c = node.get(i);
            if (!values.object(c, at)) continue;
            values.unknownKeys(c, at, CRITERION);
            String key = values.requiredString(c.get("key"), at + ".key");
            String label = values.optionalString(c.get("label"), at + ".label");
            String low = values.optionalString(c.get("low"), at + ".low");
            String high = values.optionalString(c.get("high"), at + ".high");
            if (key != null && !keys.add(key)) values.problem(at + ".key", "duplicate criterion key \"" + key + "\"");
            if (key != null) out.add(new Criterion(key, label == null ? key : label, low == null ? "1" : low, high == null ? "5" : high));
        }
        return out;
    }

    /** {@code "keys": {"zoom": "Z", "cancel": ["x", "Delete"]}}: action names as the help screen lists them. */
    private Keymap keys(JsonNode node) {
        if (node == null || node.isNull()) return Keymap.defaults();
        if (!values.object(node, "$.keys")) return Keymap.defaults();
        Map<Action, List<String>> overrides = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            String at = "$.keys." + e.getKey();
            Action action = Action.fromConfigName(e.getKey());
            if (action == null) {
                values.problem(at, "no such action (actions: " + String.join(", ",
                        java.util.Arrays.stream(Action.values()).map(Action::configName).toList()) + ")");
                return;
            }
            List<String> keys = new ArrayList<>();
            List<JsonNode> given = new ArrayList<>();
            if (e.getValue().isArray()) e.getValue().forEach(given::add);
            else given.add(e.getValue());
            for (JsonNode k : given) {
                String name = k.isTextual() ? KeyName.normalize(k.textValue()) : null;
                if (name == null) {
                    values.problem(at, ConfigValues.describe(k) + " is not a key name (examples: \"x\", \"R\", \"Ctrl-E\", \"Alt-Enter\", \"PgUp\", \"F2\")");
                } else {
                    keys.add(name);
                }
            }
            overrides.put(action, keys);
        });
        String conflict = Keymap.check(overrides);
        if (conflict != null) values.problem("$.keys", conflict);
        return Keymap.with(overrides);
    }

    private Map<String, String> headers(JsonNode node, String at) {
        Map<String, String> out = new LinkedHashMap<>();
        if (node == null || node.isNull()) return out;
        if (!values.object(node, at)) return out;
        node.fields().forEachRemaining(e -> {
            if (!e.getValue().isTextual()) {
                values.problem(at + "." + e.getKey(), "header values must be strings, got " + ConfigValues.describe(e.getValue()));
            } else if (!e.getKey().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
                values.problem(at + "." + e.getKey(), "is not a valid HTTP header name");
            } else if (e.getValue().textValue().chars().anyMatch(ch -> ch < 0x20 && ch != '\t' || ch == 0x7f)) {
                values.problem(at + "." + e.getKey(), "header value contains a control character");
            } else if (e.getValue().textValue().chars().anyMatch(ch -> ch > 0x7e)) {
                values.problem(at + "." + e.getKey(), "header value contains a non-ASCII character; HTTP headers carry plain ASCII only");
            } else {
                out.put(e.getKey(), e.getValue().textValue());
            }
        });
        return out;
    }

    private String checkUrl(String url, String at) {
        if (vibecheck.text.Urls.hasUserInfo(url.strip())) {
            values.problem(at, "\"" + vibecheck.text.Urls.withoutPassword(url.strip()) + "\" has a user name or password in it, "
                    + "which vibecheck would show in messages and transcripts; remove it and pass credentials with "
                    + "\"apiKeyEnv\" (the name of a variable holding the key) or \"headers\" (e.g. \"Authorization\": \"Basic …\")");
            return null;
        }
        String trimmed = url.strip();
        while (trimmed.endsWith("/")) trimmed = trimmed.substring(0, trimmed.length() - 1);
        try {
            URI u = new URI(trimmed);
            String scheme = u.getScheme();
            if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https")) || u.getHost() == null) {
                values.problem(at, "\"" + vibecheck.text.Urls.withoutPassword(url) + "\" is not an http:// or https:// URL with a host");
                return null;
            }
            return trimmed;
        } catch (Exception e) {
            values.problem(at, "\"" + vibecheck.text.Urls.withoutPassword(url) + "\" is not a valid URL");
            return null;
        }
    }
}
