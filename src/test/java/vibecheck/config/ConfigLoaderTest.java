package vibecheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.protocol.Protocols;

class ConfigLoaderTest {
    @TempDir
    Path dir;

    private Path write(String name, String json) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, json);
        return p;
    }

    private Config load(String json) throws Exception {
        return new ConfigLoader(Protocols.CATALOG).load(write("c.json", json));
    }

    private List<String> problems(String json) throws Exception {
        Path p = write("bad.json", json);
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Protocols.CATALOG).load(p));
        e.problems().forEach(line -> assertTrue(line.startsWith(p.toString()), "names the file: " + line));
        return e.problems();
    }

    private static final String OK_PROVIDERS = "\"servers\": {\"local\": {\"protocol\": \"ollama\"}, \"oa\": {\"protocol\": \"openai\", \"baseUrl\": \"http://localhost:8000/v1/\", \"apiKeyEnv\": \"OA_KEY\"}}";

    @Test
    void commentsTrailingCommasAndDefaults() throws Exception {
        Config c = load("""
                // a comment
                {
                  /* block */ %s,
                  "models": [ {"name": "a", "server": "local", "model": "llama3:8b",}, # yaml-style comment too
                              {"name": "b", "server": "oa", "model": "gpt", "temperature": 0.7, "seed": 3} ],
                }
                """.formatted(OK_PROVIDERS));
        assertEquals(0.2, c.models().get(0).temperature());
        assertEquals(1024, c.models().get(0).maxTokens());
        assertEquals(0.7, c.models().get(1).temperature());
        assertEquals(3, c.models().get(1).seed());
        assertEquals("http://localhost:11434", c.servers().get("local").baseUrl());
        assertEquals("http://localhost:8000/v1", c.servers().get("oa").baseUrl(), "a trailing slash is dropped");
        assertEquals(SystemPrompt.NONE, c.initialSystemPrompt());
        assertTrue(Defaults.IDLE_TIMEOUT_SECONDS >= 300);
    }

    @Test
    void malformedJsonGivesLineAndColumn() throws Exception {
        List<String> p = problems("{\n  \"servers\": {\n    \"x\": {\"protocol\": \"ollama\"\n  }\n  \"models\": []\n}");
        assertEquals(1, p.size());
        assertTrue(p.get(0).matches(".*bad\\.json:5:\\d+: malformed JSON: .*"), p.get(0));
    }

    @Test
    void unknownProtocolNamesThePathAndTheKnownOnes() throws Exception {
        List<String> p = problems("{\"servers\": {\"x\": {\"protocol\": \"olama\"}}, \"models\": [{\"name\": \"a\", \"server\": \"x\", \"model\": \"m\"}]}");
        assertTrue(p.get(0).endsWith(": $.servers.x.protocol: unknown protocol \"olama\" (known: anthropic, ollama, openai)"), p.get(0));
        assertEquals(1, p.size(), "the model naming that server is not told the server is missing: " + p);
    }

    @Test
    void modelNamingAMissingProviderAndDuplicateNamesAreAllReported() throws Exception {
        List<String> p = problems("{" + OK_PROVIDERS + ", \"models\": ["
                + "{\"name\": \"a\", \"server\": \"local\", \"model\": \"m\"},"
                + "{\"name\": \"a\", \"server\": \"nowhere\", \"model\": \"m\"}]}");
        assertEquals(2, p.size(), p.toString());
        assertTrue(p.get(0).endsWith("$.models[1].name: duplicate model name \"a\"; each contestant needs its own name"), p.get(0));
        assertTrue(p.get(1).endsWith("$.models[1].server: server \"nowhere\" is not defined under $.servers (defined: local, oa)"), p.get(1));
    }

    @Test
    void wrongTypesAndRanges() throws Exception {
        List<String> p = problems("{" + OK_PROVIDERS + ", \"models\": [{\"name\": \"a\", \"server\": \"local\", \"model\": 5,"
                + " \"temperature\": 3, \"maxTokens\": 0}], \"defaults\": {\"temperature\": \"hot\"},"
                + " \"systemPrompts\": {}}");
        String all = String.join("\n", p);
        assertTrue(all.contains("$.defaults.temperature: must be a number, got a string \"hot\""), all);
        assertTrue(all.contains("$.models[0].model: must be a non-empty string, got a number 5"), all);
        assertTrue(all.contains("$.models[0].temperature: must be between 0 and 2, got 3"), all);
        assertTrue(all.contains("$.models[0].maxTokens: must be a whole number of at least 1, got a number 0"), all);
        assertTrue(all.contains("$.systemPrompts: must be a list"), all);
    }

    @Test
    void missingSectionsAndBadUrls() throws Exception {
        List<String> p = problems("{\"servers\": {\"x\": {\"protocol\": \"openai\", \"baseUrl\": \"localhost:8000\"}}}");
        String all = String.join("\n", p);
        assertTrue(all.contains("$.servers.x.baseUrl: \"localhost:8000\" is not an http:// or https:// URL with a host"), all);
        assertTrue(all.contains("$.models: missing"), all);
    }

    @Test
    void apiKeyGivenInsteadOfItsVariableName() throws Exception {
        List<String> p = problems("{\"servers\": {\"x\": {\"protocol\": \"openai\", \"apiKeyEnv\": \"sk-abc123-xyz\"}}, \"models\": [{\"name\": \"a\", \"server\": \"x\", \"model\": \"m\"}]}");
        assertTrue(p.get(0).contains("$.servers.x.apiKeyEnv: \"sk-abc123-xyz\" is not an environment variable name"), p.get(0));
    }

    @Test
    void unsetApiKeyIsAProblemOnlyWhenThatProviderIsUsed() throws Exception {
        Config c = load("{" + OK_PROVIDERS + ", \"models\": [{\"name\": \"a\", \"server\": \"local\", \"model\": \"m\"},"
                + "{\"name\": \"b\", \"server\": \"oa\", \"model\": \"gpt\"}]}");
        assertEquals(List.of(), c.missingKeys(List.of(c.models().get(0)), Map.of()));
        List<String> missing = c.missingKeys(c.models(), Map.of());
        assertEquals(1, missing.size());
        assertTrue(missing.get(0).contains("$.servers.oa.apiKeyEnv: environment variable OA_KEY is not set (needed by b)"), missing.get(0));
        assertEquals(List.of(), c.missingKeys(c.models(), Map.of("OA_KEY", "k")));
    }

    @Test
    void aServerSpeaksAProtocolAndTheOlderWordsStillLoadWithAWarningNamingTheNewOnes() throws Exception {
        ConfigLoader loader = new ConfigLoader(Protocols.CATALOG);
        Config now = loader.load(write("now.json", "{\"servers\": {\"gpu\": {\"protocol\": \"openai\", \"baseUrl\": \"http://localhost:8000/v1\"}},"
                + " \"models\": [{\"name\": \"a\", \"server\": \"gpu\", \"model\": \"m\"}]}"));
        assertEquals(List.of(), loader.warnings());
        assertEquals("gpu", now.models().get(0).server());
        assertEquals("openai", now.serverOf(now.models().get(0)).type());

        Config before = loader.load(write("before.json", "{\"providers\": {\"gpu\": {\"type\": \"openai\", \"baseUrl\": \"http://localhost:8000/v1\"}},"
                + " \"models\": [{\"name\": \"a\", \"provider\": \"gpu\", \"model\": \"m\"}]}"));
        assertEquals("openai", before.serverOf(before.models().get(0)).type());
        String all = String.join("\n", loader.warnings());
        assertTrue(all.contains("$.providers: \"providers\" is now called \"servers\""), all);
        assertTrue(all.contains("$.providers.gpu.type: \"type\" is now called \"protocol\""), all);
        assertTrue(all.contains("$.models[0].provider: \"provider\" is now called \"server\""), all);

        List<String> both = problems("{\"servers\": {\"g\": {\"protocol\": \"ollama\", \"type\": \"ollama\"}}, \"models\": [{\"name\": \"a\", \"server\": \"g\", \"model\": \"m\"}]}");
        assertTrue(both.get(0).endsWith("$.servers.g.type: \"type\" is the older word for \"protocol\"; keep only \"protocol\""), both.get(0));
    }

    @Test
    void unknownKeysAreWarningsNotErrors() throws Exception {
        ConfigLoader loader = new ConfigLoader(Protocols.CATALOG);
        loader.load(write("w.json", "{" + OK_PROVIDERS + ", \"models\": [{\"name\": \"a\", \"server\": \"local\", \"model\": \"m\", \"temprature\": 1}]}"));
        assertEquals(1, loader.warnings().size());
        assertTrue(loader.warnings().get(0).contains("$.models[0].temprature: unknown key"), loader.warnings().get(0));
    }

    @Test
    void defaultSystemPromptMustExist() throws Exception {
        List<String> p = problems("{" + OK_PROVIDERS + ", \"models\": [{\"name\": \"a\", \"server\": \"local\", \"model\": \"m\"}],"
                + "\"systemPrompts\": [{\"name\": \"none\", \"text\": \"\"}], \"defaults\": {\"systemPrompt\": \"pirate\"}}");
        assertTrue(p.get(0).endsWith("$.defaults.systemPrompt: names system prompt \"pirate\", which is not in systemPrompts (defined: none)"), p.get(0));
    }

    @Test
    void theSessionStartsOnTheNamedSystemPromptFoundWhereItStandsInTheList() throws Exception {
        String models = "{" + OK_PROVIDERS + ", \"models\": [{\"name\": \"a\", \"server\": \"local\", \"model\": \"m\"}],"
                + "\"systemPrompts\": [{\"name\": \"none\", \"text\": \"\"}, {\"name\": \"friend\", \"text\": \"Be a friend.\"}, "
                + "{\"name\": \"friend too\", \"text\": \"Be a friend.\"}]";
        Config named = load(models + ", \"defaults\": {\"systemPrompt\": \"friend too\"}}");
        assertEquals(2, named.initialSystemPromptIndex());
        assertEquals("friend too", named.systemPrompts().get(named.initialSystemPromptIndex()).name());
        assertEquals(0, load(models + "}").initialSystemPromptIndex(), "none named: the first listed");
        assertEquals(0, load("{" + OK_PROVIDERS + ", \"models\": [{\"name\": \"a\", \"server\": \"local\", \"model\": \"m\"}]}")
                .initialSystemPromptIndex(), "none listed");
    }

    @Test
    void emptyFileAndDuplicateKeys() throws Exception {
        assertTrue(problems("   ").get(0).endsWith("config file is empty"));
        assertTrue(problems("{\"servers\": {}, \"servers\": {}}").get(0).contains("malformed JSON: Duplicate field 'servers'"));
    }

    @Test
    void theShippedConfigLoadsWithEverythingTheProductPromises() throws Exception {
        ConfigLoader loader = new ConfigLoader(Protocols.CATALOG);
        Config c = loader.load(Path.of("config/vibecheck.json"));
        assertEquals(List.of(), loader.warnings());
        assertEquals("ollama", c.servers().get("ollama").type());
        assertEquals("OPENAI_API_KEY", c.servers().get("openai").apiKeyEnv());
        assertEquals("anthropic", c.servers().get("anthropic").type());
        assertEquals(List.of("llama3:8b", "llama3:8b-text", "llama3:70b", "llama3:70b-text", "mixtral:8x7b", "mixtral:8x22b-instruct"),
                c.models().stream().map(ModelConfig::model).toList());
        assertEquals(SystemPrompt.SHIPPED, c.systemPrompts(), "the shipped config lists the shipped prompts word for word");
        assertEquals(7, c.criteria().size());
        assertEquals("none", c.initialSystemPrompt().name());
        c.models().forEach(m -> assertEquals(0.2, m.temperature()));
    }

    @Test
    void lookupOrder() throws Exception {
        Path work = Files.createDirectories(dir.resolve("work"));
        Path home = Files.createDirectories(dir.resolve("home"));
        Path explicit = write("explicit.json", "{}");
        Path fromEnv = write("env.json", "{}");
        Files.createDirectories(work.resolve("config"));
        Path local = Files.writeString(work.resolve("config/vibecheck.json"), "{}");
        Files.createDirectories(home.resolve(".config/vibecheck"));
        Path user = Files.writeString(home.resolve(".config/vibecheck/config.json"), "{}");
        Map<String, String> env = Map.of(ConfigLocator.ENV, fromEnv.toString());
        assertEquals(explicit, ConfigLocator.locate(explicit.toString(), env, work, home));
        assertEquals(fromEnv, ConfigLocator.locate(null, env, work, home));
        assertEquals(local, ConfigLocator.locate(null, Map.of(), work, home));
        Files.delete(local);
        assertEquals(user, ConfigLocator.locate(null, Map.of(), work, home));
        Files.delete(user);
        ConfigException none = assertThrows(ConfigException.class, () -> ConfigLocator.locate(null, Map.of(), work, home));
        assertTrue(none.getMessage().startsWith("no config file found"), none.getMessage());
        ConfigException missing = assertThrows(ConfigException.class, () -> ConfigLocator.locate("nope.json", Map.of(), work, home));
        assertTrue(missing.getMessage().endsWith("nope.json: config file not found (given by --config)"), missing.getMessage());
    }

    @Test
    void blindShuffleIsSessionOrTurn() throws Exception {
        String base = "{" + OK_PROVIDERS + ", \"models\": [{\"name\": \"a\", \"server\": \"local\", \"model\": \"m\"}]";
        assertEquals(BlindShuffle.SESSION, load(base + "}").defaults().blindShuffle());
        assertEquals(BlindShuffle.TURN, load(base + ", \"defaults\": {\"blindShuffle\": \"turn\"}}").defaults().blindShuffle());
        List<String> p = problems(base + ", \"defaults\": {\"blindShuffle\": \"always\"}}");
        assertTrue(p.get(0).contains("$.defaults.blindShuffle: must be \"session\""), p.get(0));
    }
}
