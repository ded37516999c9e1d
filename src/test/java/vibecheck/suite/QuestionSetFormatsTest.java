package vibecheck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Question sets people already keep, read as suites: small fixture files written for these tests. */
class QuestionSetFormatsTest {
    @TempDir
    Path dir;

    private Suite load(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
        return SuiteLoader.load(name, dir);
    }

    private List<String> problems(String name, String text) throws Exception {
        Files.writeString(dir.resolve(name), text);
        return assertThrows(SuiteException.class, () -> SuiteLoader.load(name, dir)).problems();
    }

    @Test
    void mtBenchQuestionsKeepIdsCategoriesTurnsAndTheReferenceApart() throws Exception {
        Suite s = load("question.jsonl", """
                {"question_id": 81, "category": "writing", "turns": ["Compose a travel blog post.", "Rewrite it starting every sentence with A."]}

                {"question_id": 111, "category": "math", "turns": ["What is 3+4?", "Times 2?"], "reference": ["7", "14"]}
                """);
        assertEquals(2, s.items().size());
        Suite.Item first = s.items().get(0);
        assertEquals("81", first.id());
        assertEquals(List.of("writing"), first.tags());
        assertEquals(List.of("Compose a travel blog post.", "Rewrite it starting every sentence with A."), first.turns());
        assertNull(first.reference());
        assertEquals("Turn 1: 7\n\nTurn 2: 14", s.items().get(1).reference());
        assertEquals(3, s.items().get(1).line());
        assertEquals(List.of("111"), s.withTags(List.of("math")).items().stream().map(Suite.Item::id).toList());
    }

    @Test
    void arenaHardQuestionsWithPromptOrTurnsOfContent() throws Exception {
        Suite s = load("arena.jsonl", """
                {"uid": "a1b2", "category": "hard_prompt", "prompt": "Write a Rust function that…"}
                {"question_id": "q2", "category": "arena-hard-v0.1", "turns": [{"content": "Explain monads."}]}
                """);
        assertEquals(List.of("a1b2", "q2"), s.items().stream().map(Suite.Item::id).toList());
        assertEquals(List.of("Explain monads."), s.items().get(1).turns());
        assertEquals(List.of("hard_prompt"), s.items().get(0).tags());
    }

    @Test
    void aJsonLinesFileThatFitsNeitherSaysWhatEachFormatFound() throws Exception {
        List<String> p = problems("odd.jsonl", """
                {"id": 1, "text": "hello"}
                """);
        assertEquals("odd.jsonl: fits none of the formats that read such a file; tried:", p.get(0));
        assertTrue(p.get(1).startsWith("  as MT-Bench questions: odd.jsonl:1: no question_id"), p.toString());
        assertTrue(p.get(2).startsWith("  as Arena-Hard questions: odd.jsonl:1: no uid or question_id"), p.toString());
        List<String> broken = problems("broken.jsonl", "{\"question_id\": 1, \"turns\": [\"a\"]}\nnot json\n");
        assertTrue(broken.get(1).contains("broken.jsonl:2: not JSON"), broken.toString());
    }

    @Test
    void promptfooPromptsCrossedWithTestsFillTheirVariables() throws Exception {
        Files.createDirectories(dir.resolve("prompts"));
        Files.writeString(dir.resolve("prompts/tweet.txt"), "Write a tweet about {{ topic }}.\n---\nWrite a haiku about {{topic}}.\n");
        Suite s = load("promptfooconfig.yaml", """
                description: Tweets and haiku
                prompts:
                  - "Tell me about {{topic}} in {{style}} style"
                  - file://prompts/tweet.txt
                providers:
                  - openai:gpt-4o-mini
                defaultTest:
                  vars:
                    style: plain
                tests:
                  - description: bananas
                    vars:
                      topic: bananas
                    assert:
                      - type: contains
                        value: banana
                  - vars:
                      topic: the sea
                      style: pirate
                """);
        assertEquals("Tweets and haiku", s.description());
        assertEquals(6, s.items().size(), "3 prompts × 2 tests");
        assertEquals(List.of("Tell me about bananas in plain style"), s.items().get(0).turns());
        assertEquals(List.of("Write a tweet about bananas."), s.items().get(1).turns());
        assertEquals(List.of("Write a haiku about bananas."), s.items().get(2).turns());
        assertEquals(List.of("Tell me about the sea in pirate style"), s.items().get(3).turns());
        assertEquals("bananas · prompt 1", s.items().get(0).id());
        assertEquals(1, s.notes().size());
        assertTrue(s.notes().get(0).contains("providers and assertions are left out"), s.notes().toString());
    }

    @Test
    void aPromptfooVariableNoTestSetsIsNamedWithItsLine() throws Exception {
        List<String> p = problems("promptfooconfig.yaml", """
                prompts:
                  - "About {{topic}}"
                tests:
                  - vars:
                      subject: x
                """);
        assertEquals(List.of("promptfooconfig.yaml:4: the prompt uses {{topic}}, which this test does not set"), p);
    }

    @Test
    void aCsvColumnWithQuotingAndMultiLineCells() throws Exception {
        String csv = "id,question,category\r\n"
                + "q1,\"Hello, world?\",chat\r\n"
                + "q2,\"She said \"\"hi\"\"\nand left.\",story\r\n"
                + "q3,,chat\r\n"
                + "q4,Plain one,chat\r\n";
        Suite s = load("prompts.csv", csv);
        assertEquals(List.of("q1"), s.items().get(0).turns(), "no --column: the first column");
        Files.writeString(dir.resolve("prompts.csv"), csv);
        Suite q = SuiteLoader.load("prompts.csv", dir, "question");
        assertEquals(List.of("q1", "q2", "q4"), q.items().stream().map(Suite.Item::id).toList(), "an empty cell is skipped");
        assertEquals(List.of("She said \"hi\"\nand left."), q.items().get(1).turns());
        assertEquals(3, q.items().get(1).line());
        assertEquals(List.of("story"), q.items().get(1).tags());
        SuiteException e = assertThrows(SuiteException.class, () -> SuiteLoader.load("prompts.csv", dir, "prompt"));
        assertEquals("prompts.csv:1: no column named \"prompt\" (the columns: id, question, category)", e.getMessage());
        List<String> open = problems("bad.csv", "question\n\"never closed\nstill going\n");
        assertEquals(List.of("bad.csv:2: a quoted field is never closed"), open);
    }

    @Test
    void aYamlSuiteWithProblemsStillGetsAllOfThemNotAListOfFormats() throws Exception {
        List<String> p = problems("mine.yaml", """
                name: mine
                items:
                  - id: a
                  - prompt: fine
                """);
        assertTrue(p.stream().noneMatch(x -> x.contains("fits none")), p.toString());
        assertTrue(p.get(0).startsWith("mine.yaml:3:"), p.toString());
    }
}
