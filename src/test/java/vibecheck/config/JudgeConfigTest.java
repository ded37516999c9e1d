package vibecheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.protocol.Protocols;

class JudgeConfigTest {
    @TempDir
    Path dir;

    private static final String BASE = """
            "servers": {"ollama": {"protocol": "ollama"}, "vllm": {"protocol": "openai", "baseUrl": "http://localhost:8000/v1"}},
            "models": [{"name": "a", "server": "ollama", "model": "llama3:8b"}]""";

    private final List<String> warnings = new java.util.ArrayList<>();

    private Config load(String extra) throws Exception {
        Path p = dir.resolve("c.json");
        Files.writeString(p, "{" + BASE + "," + extra + "}");
        ConfigLoader loader = new ConfigLoader(Protocols.CATALOG);
        Config c = loader.load(p);
        warnings.addAll(loader.warnings());
        return c;
    }

    private List<String> problems(String extra) throws Exception {
        Path p = dir.resolve("bad.json");
        Files.writeString(p, "{" + BASE + "," + extra + "}");
        ConfigException e = assertThrows(ConfigException.class, () -> new ConfigLoader(Protocols.CATALOG).load(p));
        e.problems().forEach(line -> assertTrue(line.startsWith(p.toString()), "names the file: " + line));
        return e.problems();
    }

    @Test
    void judgesNameTheirServerWithEitherWord() throws Exception {
        Config c = load("""
                "judges": [{"name": "j-llama70", "server": "ollama", "model": "llama3:70b"},
                           {"name": "j-qwen", "provider": "vllm", "model": "qwen", "temperature": 0.3, "maxTokens": 300, "seed": 1}]""");
        assertEquals(2, c.judges().entries().size());
        JudgeConfig first = c.judges().entries().get(0);
        assertEquals("ollama", first.server());
        assertEquals(0.0, first.temperature(), "a judge answers at temperature 0 unless told");
        JudgeConfig second = c.judges().named("j-qwen").orElseThrow();
        assertEquals("vllm", second.server());
        assertEquals(0.3, second.temperature());
        assertEquals(300, second.maxTokens());
        assertEquals("j-llama70", c.judges().choose(null).orElseThrow().name(), "the first is the default");
        assertEquals(List.of(dir.resolve("c.json") + ": $.judges[1].provider: \"provider\" is now called \"server\" (the old word still works)"), warnings);
    }

    @Test
    void theJudgeNamedComesFirst() throws Exception {
        Config c = load("""
                "judges": [{"name": "one", "server": "ollama", "model": "a"}, {"name": "two", "server": "ollama", "model": "b"},
                           {"name": "three", "server": "ollama", "model": "c"}]""");
        Config chosen = c.withJudges(c.judges().first("three"));
        assertEquals(List.of("three", "one", "two"), chosen.judges().entries().stream().map(JudgeConfig::name).toList());
        assertEquals("three", chosen.judges().choose(null).orElseThrow().name());
        assertEquals(c.judges(), c.judges().first("nobody"), "an unknown name changes nothing (the command refuses it first)");
    }

    @Test
    void noJudgesIsFine() throws Exception {
        Path p = dir.resolve("c.json");
        Files.writeString(p, "{" + BASE + "}");
        Config c = new ConfigLoader(Protocols.CATALOG).load(p);
        assertTrue(c.judges().entries().isEmpty());
        assertTrue(c.judges().choose(null).isEmpty());
    }

    @Test
    void badEntriesNameTheirPlace() throws Exception {
        List<String> p = problems("""
                "judges": [{"name": "j", "server": "nowhere", "model": "m"},
                           {"name": "k", "server": "ollama"},
                           {"name": "j", "server": "ollama", "model": "m"},
                           {"name": "t", "server": "ollama", "model": "m", "temperature": 5}]""");
        assertTrue(p.stream().anyMatch(l -> l.endsWith("$.judges[0].server: server \"nowhere\" is not defined under $.servers (defined: ollama, vllm)")), p.toString());
        assertTrue(p.stream().anyMatch(l -> l.endsWith("$.judges[1].model: missing")), p.toString());
        assertTrue(p.stream().anyMatch(l -> l.endsWith("$.judges[2].name: duplicate judge name \"j\"; each judge needs its own name")), p.toString());
        assertTrue(p.stream().anyMatch(l -> l.contains("$.judges[3].temperature: must be between 0 and 2, got 5")), p.toString());
        assertEquals(4, p.size(), p.toString());
    }

    @Test
    void anUnknownProviderWordIsNamedAsWritten() throws Exception {
        List<String> p = problems("\"judges\": [{\"name\": \"j\", \"provider\": \"gone\", \"model\": \"m\"}]");
        assertTrue(p.get(0).endsWith("$.judges[0].provider: server \"gone\" is not defined under $.servers (defined: ollama, vllm)"), p.toString());
    }

    @Test
    void bothWordsAtOnceIsAProblem() throws Exception {
        List<String> p = problems("\"judges\": [{\"name\": \"j\", \"server\": \"ollama\", \"provider\": \"ollama\", \"model\": \"m\"}]");
        assertTrue(p.get(0).endsWith("$.judges[0].provider: \"provider\" is the older word for \"server\"; keep only \"server\""), p.toString());
    }

    @Test
    void promptOverridesMustKeepWhatTheJudgeReads() throws Exception {
        Config c = load("\"judgePrompts\": {\"score\": \"Rate {{reply}} on {{criterion}}.\"}");
        assertEquals("Rate {{reply}} on {{criterion}}.", c.judges().promptOverrides().get("score"));
        List<String> p = problems("\"judgePrompts\": {\"pair\": \"Which is better?\", \"scroe\": \"x\"}");
        assertTrue(p.stream().anyMatch(l -> l.endsWith("$.judgePrompts.pair: must contain {{replyA}} and {{replyB}} and {{question}} (where the judge reads them)")), p.toString());
        assertTrue(p.stream().anyMatch(l -> l.endsWith("$.judgePrompts.scroe: no such judge prompt (prompts: system, score, pair, retry)")), p.toString());
    }
}
