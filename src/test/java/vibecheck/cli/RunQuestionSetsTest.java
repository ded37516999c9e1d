package vibecheck.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
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

/** Each question-set format run through `run` against a loopback server: what every contestant was sent. */
class RunQuestionSetsTest {
    @TempDir
    Path work;
    private FakeOllama ollama;

    @BeforeEach
    void start() throws Exception {
        ollama = new FakeOllama().answer("ma", "Alpha.").answer("mb", "Beta.");
        Files.writeString(work.resolve("c.json"), """
                {"servers": {"local": {"protocol": "ollama", "baseUrl": "%s"}},
                 "models": [{"name": "a", "server": "local", "model": "ma"}, {"name": "b", "server": "local", "model": "mb"}]}
                """.formatted(ollama.baseUrl()));
    }

    @AfterEach
    void stop() throws Exception {
        ollama.close();
    }

    private CommandRun run(String... args) {
        return CommandRun.run(work, Map.of(), "", Stream.concat(Stream.of("run", "--config", "c.json"), Stream.of(args)).toArray(String[]::new));
    }

    /** The user messages of each request a contestant got, in order. */
    private List<List<String>> sent(String model) {
        return ollama.requestsFor(model).stream().map(r -> java.util.stream.StreamSupport.stream(r.path("messages").spliterator(), false)
                .filter(m -> m.path("role").asText().equals("user")).map(m -> m.path("content").asText()).toList()).toList();
    }

    private String everythingSent() {
        return ollama.requests.toString();
    }

    @Test
    void mtBenchTurnsGoInOrderTheCategoryFiltersAndTheReferenceIsNeverSent() throws Exception {
        Files.writeString(work.resolve("question.jsonl"), """
                {"question_id": 81, "category": "writing", "turns": ["Write a poem.", "Now shorter."]}
                {"question_id": 111, "category": "math", "turns": ["What is 3+4?"], "reference": ["SEVEN-REFERENCE"]}
                """);
        CommandRun r = run("question.jsonl", "--out", "mt");
        assertEquals(0, r.exit, r.toString());
        assertEquals(List.of(List.of("Write a poem."), List.of("Write a poem.", "Now shorter."), List.of("What is 3+4?")), sent("ma"));
        assertEquals(sent("ma"), sent("mb"));
        assertFalse(everythingSent().contains("SEVEN-REFERENCE"), "the reference never goes to a contestant");
        String saved;
        try (Stream<Path> files = Files.walk(work.resolve("mt"))) {
            saved = files.filter(p -> p.toString().endsWith(".json")).map(p -> {
                try {
                    return Files.readString(p);
                } catch (Exception e) {
                    throw new RuntimeException(e);
                }
            }).reduce("", String::concat);
        }
        assertTrue(saved.contains("SEVEN-REFERENCE"), "kept in the transcript for the person judging");

        ollama.requests.clear();
        CommandRun math = run("question.jsonl", "--tag", "math", "--out", "mt-math");
        assertEquals(0, math.exit, math.toString());
        assertEquals(List.of(List.of("What is 3+4?")), sent("ma"));
        CommandRun none = run("question.jsonl", "--tag", "coding", "--out", "mt-none");
        assertEquals(2, none.exit);
        assertTrue(none.err.contains("its tags: math, writing"), none.err);
    }

    @Test
    void arenaHardPromptsAndTurns() throws Exception {
        Files.writeString(work.resolve("arena.jsonl"), """
                {"uid": "u1", "category": "hard_prompt", "prompt": "Prove it."}
                {"question_id": "q2", "turns": [{"content": "Explain."}]}
                """);
        CommandRun r = run("arena.jsonl", "--out", "ah");
        assertEquals(0, r.exit, r.toString());
        List<String> counters = r.out.lines().filter(l -> l.startsWith("[")).map(l -> l.substring(0, l.indexOf(']') + 1)).toList();
        assertEquals(List.of("[1/4]", "[2/4]", "[3/4]", "[4/4]"), counters, "each finished reply numbered once, in order\n" + r.out);
        assertEquals(List.of(List.of("Prove it."), List.of("Explain.")), sent("mb"));
    }

    @Test
    void promptfooPromptsFilledFromTestVarsWithANoteAboutProviders() throws Exception {
        Files.writeString(work.resolve("promptfooconfig.yaml"), """
                prompts: ["Say hi to {{name}}"]
                providers: [openai:gpt-4o]
                tests:
                  - vars: {name: Ada}
                  - vars: {name: Bo}
                """);
        CommandRun r = run("promptfooconfig.yaml", "--out", "pf");
        assertEquals(0, r.exit, r.toString());
        assertEquals(List.of(List.of("Say hi to Ada"), List.of("Say hi to Bo")), sent("ma"));
        assertTrue(r.err.contains("note: promptfooconfig.yaml: providers are left out"), r.err);
    }

    @Test
    void aCsvColumn() throws Exception {
        Files.writeString(work.resolve("prompts.csv"), "n,question\n1,\"Hi, you\"\n2,\"Two\nlines\"\n");
        CommandRun r = run("prompts.csv", "--column", "question", "--out", "csv");
        assertEquals(0, r.exit, r.toString());
        assertEquals(List.of(List.of("Hi, you"), List.of("Two\nlines")), sent("ma"));
        CommandRun bad = run("prompts.csv", "--column", "nope", "--out", "csv2");
        assertEquals(2, bad.exit);
        assertTrue(bad.err.contains("prompts.csv:1: no column named \"nope\" (the columns: n, question)"), bad.err);
    }
}
