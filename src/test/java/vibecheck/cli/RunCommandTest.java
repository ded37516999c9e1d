package vibecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.protocol.Json;
import vibecheck.support.CommandRun;
import vibecheck.support.FakeOllama;

/** {@code vibecheck run} against a loopback Ollama that keeps every request it was sent. */
class RunCommandTest {
    @TempDir
    Path work;
    private FakeOllama ollama;

    @BeforeEach
    void start() throws Exception {
        ollama = new FakeOllama().answer("ma", "Alpha answers.").answer("mb", "Beta answers.");
        Files.writeString(work.resolve("c.json"), """
                {"servers": {"local": {"protocol": "ollama", "baseUrl": "%s"}},
                 "models": [{"name": "a", "server": "local", "model": "ma"},
                            {"name": "b", "server": "local", "model": "mb"}],
                 "systemPrompts": [{"name": "none", "text": ""}, {"name": "friend", "text": "Be a friend."}]}
                """.formatted(ollama.baseUrl()));
        Files.writeString(work.resolve("s.yaml"), """
                name: small
                items:
                  - id: sky
                    prompt: Why is the sky blue?
                  - id: memory
                    turns:
                      - My name is Ada.
                      - What is my name?
                  - Third prompt
                """);
    }

    @AfterEach
    void stop() throws Exception {
        ollama.close();
    }

    private CommandRun run(String... args) {
        String[] all = Stream.concat(Stream.of("run", "--config", "c.json"), Stream.of(args)).toArray(String[]::new);
        return CommandRun.run(work, Map.of(), "", all);
    }

    private List<Path> transcripts(String dir) throws Exception {
        try (Stream<Path> s = Files.list(work.resolve(dir))) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        }
    }

    private JsonNode read(Path p) throws Exception {
        return Json.MAPPER.readTree(p.toFile());
    }

    @Test
    void everyItemIsItsOwnConversationAndTheScriptedSecondTurnCarriesTheFirstReply() throws Exception {
        CommandRun r = run("s.yaml", "--out", "out");
        assertEquals(0, r.exit, r.toString());
        assertEquals(8, ollama.requests.size(), "3 items, 4 messages, 2 contestants");
        List<JsonNode> a = ollama.requestsFor("ma");
        assertEquals(List.of("Why is the sky blue?"), userMessages(a.get(0)), "no history from anything before");
        assertEquals(1, a.get(0).path("messages").size());
        JsonNode second = a.get(2);
        assertEquals("[{\"role\":\"user\",\"content\":\"My name is Ada.\"},{\"role\":\"assistant\",\"content\":\"Alpha answers. (turn 1)\"},"
                + "{\"role\":\"user\",\"content\":\"What is my name?\"}]", second.path("messages").toString());
        assertEquals(List.of("Third prompt"), userMessages(a.get(3)), "the item after a conversation starts afresh");

        List<Path> files = transcripts("out");
        assertEquals(List.of("001-sky.none.r1.json", "002-memory.none.r1.json", "003-3.none.r1.json"),
                files.stream().map(p -> p.getFileName().toString()).toList());
        JsonNode memory = read(files.get(1));
        assertEquals(2, memory.path("turns").size());
        JsonNode tag = memory.at("/turns/1/replies/1/run");
        assertEquals("small", tag.path("suite").asText());
        assertEquals("memory", tag.path("item").asText());
        assertEquals(1, tag.path("repeat").asInt());
        assertTrue(tag.path("hash").asText().matches("sha256:[0-9a-f]{64}"), tag.toString());
        assertEquals("Beta answers. (turn 2)", memory.at("/turns/1/replies/1/text").asText());
        assertTrue(r.out.contains("] sky none r1  a  finished (stop)"), r.out);
        assertTrue(r.out.contains("] memory #2 none r1  b  finished (stop)"), r.out);
        assertTrue(r.out.contains("] memory #1 none r1  b  finished (stop)"), r.out);
        assertTrue(r.out.contains("[8/8] "), r.out);
        assertTrue(r.out.contains("a  4 finished, 0 failed, 0 not done"), r.out);
        assertTrue(r.err.contains("run folder: out"), r.err);
    }

    @Test
    void runningAgainIntoTheSameFolderSendsNothingAndChangesNoFile() throws Exception {
        assertEquals(0, run("s.yaml", "--out", "out").exit);
        String before = Files.readString(work.resolve("out/002-memory.none.r1.json"));
        CommandRun again = run("s.yaml", "--out", "out");
        assertEquals(0, again.exit, again.toString());
        assertEquals(8, ollama.requests.size(), "not one request more");
        assertEquals(before, Files.readString(work.resolve("out/002-memory.none.r1.json")));
        assertTrue(again.out.contains("a  4 finished, 0 failed, 0 not done"), again.out);
    }

    @Test
    void failuresStayUntilRetryFailedWhichSendsOnlyThem() throws Exception {
        Files.writeString(work.resolve("c.json"), Files.readString(work.resolve("c.json"))
                .replace("{\"name\": \"b\", \"server\": \"local\", \"model\": \"mb\"}", "{\"name\": \"b\", \"server\": \"local\", \"model\": \"gone\"}"));
        CommandRun first = run("s.yaml", "--out", "out");
        assertEquals(1, first.exit, first.toString());
        assertEquals(4 + 3, ollama.requests.size(), "b fails at the first message of each item, so its turn 2 is never sent");
        JsonNode memory = read(work.resolve("out/002-memory.none.r1.json"));
        assertEquals("failed", memory.at("/turns/0/replies/1/state").asText());
        assertEquals("cancelled", memory.at("/turns/1/replies/1/state").asText());
        assertEquals("not sent: the reply to message 1 did not finish", memory.at("/turns/1/replies/1/error").asText());
        assertTrue(first.err.contains("some replies did not finish; send them again with: vibecheck run --config c.json s.yaml --out out --retry-failed"), first.err);

        assertEquals(1, run("s.yaml", "--out", "out").exit);
        assertEquals(7, ollama.requests.size(), "without --retry-failed a failure is an answer too");

        ollama.answer("gone", "Back again.");
        CommandRun retry = run("s.yaml", "--out", "out", "--retry-failed");
        assertEquals(0, retry.exit, retry.toString());
        assertEquals(7 + 4, ollama.requests.size(), "b's four messages, and nothing of a's");
        assertEquals(4, ollama.requestsFor("ma").size());
        memory = read(work.resolve("out/002-memory.none.r1.json"));
        assertEquals("Back again. (turn 2)", memory.at("/turns/1/replies/1/text").asText());
        assertEquals("failed", memory.at("/turns/0/regenerated/0/state").asText(), "the failed attempt is kept");
    }

    @Test
    void aKilledRunResumesWithWhatIsMissingOnly() throws Exception {
        assertEquals(0, run("s.yaml", "--out", "out").exit);
        // as a run killed mid-way leaves it: sky's reply from b was streaming, the third item never started
        Path sky = work.resolve("out/001-sky.none.r1.json");
        ObjectNode t = (ObjectNode) read(sky);
        ((ObjectNode) t.at("/turns/0/replies/1")).put("state", "streaming").put("text", "Beta ans");
        Files.writeString(sky, t.toPrettyString());
        Files.delete(work.resolve("out/003-3.none.r1.json"));

        CommandRun resumed = run("s.yaml", "--out", "out");
        assertEquals(0, resumed.exit, resumed.toString());
        assertEquals(8 + 1 + 2, ollama.requests.size());
        assertEquals(List.of("Why is the sky blue?"), userMessages(ollama.requestsFor("mb").get(4)));
        JsonNode after = read(sky);
        assertEquals("finished", after.at("/turns/0/replies/1/state").asText());
        assertEquals("Beta answers. (turn 1)", after.at("/turns/0/replies/1/text").asText());
        assertEquals("Beta ans", after.at("/turns/0/regenerated/0/text").asText(), "the partial reply stays in the record");
        assertTrue(Files.exists(work.resolve("out/003-3.none.r1.json")));
    }

    @Test
    void repeatAndEverySystemPromptAreConversationsOfTheirOwn() throws Exception {
        CommandRun r = run("s.yaml", "--out", "out", "--system", "all", "--repeat", "2", "--models", "a");
        assertEquals(0, r.exit, r.toString());
        assertEquals(4 * 2 * 2, ollama.requests.size());
        assertEquals(12, transcripts("out").size());
        JsonNode one = read(work.resolve("out/001-sky.friend.r1.json"));
        JsonNode two = read(work.resolve("out/001-sky.friend.r2.json"));
        assertEquals("Be a friend.", one.at("/turns/0/systemPrompt/text").asText());
        assertEquals(2, two.at("/turns/0/replies/0/run/repeat").asInt());
        assertNotEquals(one.at("/turns/0/replies/0/run/hash"), two.at("/turns/0/replies/0/run/hash"), "the sample is part of the identity");
        long withSystem = ollama.requests.stream().filter(q -> q.path("messages").get(0).path("role").asText().equals("system")).count();
        assertEquals(8, withSystem);
    }

    @Test
    void aChangedItemOrOtherModelsAreRefusedBeforeAnythingIsSent() throws Exception {
        assertEquals(0, run("s.yaml", "--out", "out").exit);
        Files.writeString(work.resolve("s.yaml"), Files.readString(work.resolve("s.yaml")).replace("What is my name?", "Who am I?"));
        CommandRun changed = run("s.yaml", "--out", "out");
        assertEquals(2, changed.exit, changed.toString());
        assertTrue(changed.err.contains("error: run: out: item memory's message 2 differs from 002-memory.none.r1.json"), changed.err);
        CommandRun fewer = run("s.yaml", "--out", "out", "--models", "a");
        assertEquals(2, fewer.exit);
        assertTrue(fewer.err.contains("001-sky.none.r1.json was run with a, b; this run has a"), fewer.err);
        assertEquals(8, ollama.requests.size());
    }

    @Test
    void badInputIsExitTwoWithTheFileAndLine() throws Exception {
        Files.writeString(work.resolve("bad.yaml"), "items:\n  - id: x\n    promt: hi\n");
        CommandRun bad = run("bad.yaml");
        assertEquals(2, bad.exit);
        assertTrue(bad.err.contains("error: bad.yaml:3: unknown key promt in item"), bad.err);
        assertTrue(bad.err.contains("error: bad.yaml:2: item x has no prompt: or turns:"), bad.err);

        Files.writeString(work.resolve("m.yaml"), "models: [a, zeta]\nitems:\n  - id: one\n    prompt: hi\n    criteria: [tone, vibes]\n");
        CommandRun models = run("m.yaml");
        assertEquals(2, models.exit);
        assertTrue(models.err.contains("error: m.yaml:1: models: no model named zeta in c.json (configured: a, b)"), models.err);
        assertTrue(models.err.contains("error: m.yaml:3: item one: criteria: no criterion named \"vibes\""), models.err);
        Files.writeString(work.resolve("p.yaml"), "name: p\nsystemPrompts: [friend, enemy]\ndefaults:\n  systemPrompt: foe\nitems: [hi]\n");
        CommandRun prompts = run("p.yaml");
        assertEquals(2, prompts.exit);
        assertTrue(prompts.err.contains("error: p.yaml:2: systemPrompts: no system prompt named \"enemy\" (configured: none, friend)"), prompts.err);
        assertTrue(prompts.err.contains("error: p.yaml:4: defaults.systemPrompt: no system prompt named \"foe\""), prompts.err);
        Files.writeString(work.resolve("f.yaml"), "defaults:\n  systemPrompt: friend\nitems: [hi]\n");
        assertEquals(0, run("f.yaml", "--out", "f", "--models", "a").exit);
        assertEquals("friend", read(work.resolve("f/001-1.friend.r1.json")).at("/turns/0/systemPrompt/name").asText(),
                "the suite's default system prompt");
        assertEquals(2, run("s.yaml", "--repeat", "0").exit);
        assertEquals(2, run("s.yaml", "--system", "enemy").exit);
        assertEquals(2, run().exit);
        assertEquals(1, ollama.requests.size(), "only the one good suite was sent");
    }

    @Test
    void theDefaultRunFolderIsNamedAfterTheSuiteInTheTranscriptsFolder() throws Exception {
        CommandRun r = run("vibe", "--models", "a", "--transcripts", "t");
        assertEquals(0, r.exit, r.toString());
        try (Stream<Path> dirs = Files.list(work.resolve("t"))) {
            List<Path> list = dirs.toList();
            assertEquals(1, list.size());
            assertTrue(list.get(0).getFileName().toString().matches("vibe-\\d{4}-\\d\\d-\\d\\dT\\d\\d-\\d\\d-\\d\\d"), list.toString());
            assertEquals(12, transcripts("t/" + list.get(0).getFileName()).size());
        }
    }

    @Test
    void suiteDefaultsOverrideTheConfigs() throws Exception {
        Files.writeString(work.resolve("d.yaml"), "defaults:\n  temperature: 0.9\n  maxTokens: 77\nitems: [hi]\n");
        assertEquals(0, run("d.yaml", "--out", "o").exit);
        JsonNode options = ollama.requests.get(0).path("options");
        assertEquals(0.9, options.path("temperature").asDouble());
        assertEquals(77, options.path("num_predict").asInt());

        Files.writeString(work.resolve("seq.yaml"), "defaults: {schedule: sequential}\nitems: [hi]\n");
        assertEquals(0, run("seq.yaml", "--out", "q").exit);
        JsonNode replies = read(work.resolve("q/001-1.none.r1.json")).at("/turns/0/replies");
        assertEquals("sequential", replies.at("/0/schedule").asText());
        assertEquals("sequential", replies.at("/1/schedule").asText());
        assertEquals("parallel", read(work.resolve("o/001-1.none.r1.json")).at("/turns/0/replies/0/schedule").asText());
    }

    @Test
    void theSignalHandlersAreThoseOfBeforeOnceTheRunIsOver() throws Exception {
        sun.misc.SignalHandler mine = sig -> { };
        sun.misc.Signal term = new sun.misc.Signal("TERM");
        sun.misc.SignalHandler original = sun.misc.Signal.handle(term, mine);
        try {
            assertEquals(0, run("s.yaml", "--out", "out").exit);
        } finally {
            assertEquals(mine, sun.misc.Signal.handle(term, original), "the run's own handler is gone with the run");
        }
    }

    @Test
    void helpListsEveryFlagAndSuitesListsTheBuiltIns() {
        CommandRun help = CommandRun.run(work, Map.of(), "", "run", "--help");
        for (String flag : RunCommand.VALUES) assertTrue(help.out.contains(flag), flag);
        for (String flag : RunCommand.FLAGS) assertTrue(help.out.contains(flag), flag);
        CommandRun suites = CommandRun.run(work, Map.of(), "", "suites");
        assertEquals(0, suites.exit);
        assertTrue(suites.out.startsWith("vibe  12 items, 14 messages\n"), suites.out);
        assertTrue(CommandRun.run(work, Map.of(), "", "--help").out.contains("vibecheck run SUITE"));
    }

    @Test
    void onATerminalOneLineShowsProgressInsteadOfALinePerReply() throws Exception {
        var out = new java.io.ByteArrayOutputStream();
        var err = new java.io.ByteArrayOutputStream();
        Io io = new Io(Map.of("COLUMNS", "100"), work, work.resolve("home"), new java.io.ByteArrayInputStream(new byte[0]),
                new java.io.PrintStream(out, true, java.nio.charset.StandardCharsets.UTF_8),
                new java.io.PrintStream(err, true, java.nio.charset.StandardCharsets.UTF_8), true);
        int exit = vibecheck.Main.run(List.of("run", "--config", "c.json", "s.yaml", "--out", "out"), io);
        String e = err.toString(java.nio.charset.StandardCharsets.UTF_8);
        String o = out.toString(java.nio.charset.StandardCharsets.UTF_8);
        assertEquals(0, exit, e);
        assertTrue(e.matches("(?s).*\\r\u001b\\[2K. \\d/8 done · 0 failed · \\d streaming · \\d+:\\d\\d elapsed · ETA .*"), e);
        assertFalse(o.contains("] sky"), "no line per reply on a terminal: " + o);
        assertTrue(o.contains("a  4 finished, 0 failed, 0 not done"), o);
    }

    private static List<String> userMessages(JsonNode request) {
        return request.path("messages").findValues("role").isEmpty() ? List.of()
                : java.util.stream.StreamSupport.stream(request.path("messages").spliterator(), false)
                        .filter(m -> m.path("role").asText().equals("user")).map(m -> m.path("content").asText()).toList();
    }
}
