package vibecheck.suite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.config.Criterion;

class SuiteLoaderTest {
    @TempDir
    Path work;

    private Suite load(String file, String text) throws Exception {
        Files.writeString(work.resolve(file), text);
        return SuiteLoader.load(file, work);
    }

    private List<String> problems(String file, String text) throws Exception {
        Files.writeString(work.resolve(file), text);
        return assertThrows(SuiteException.class, () -> SuiteLoader.load(file, work)).problems();
    }

    @Test
    void readsAYamlSuiteWithPlainItemsPromptsTurnsAndSettings() throws Exception {
        Suite s = load("s.yaml", """
                name: persona check
                description: friends or not
                models: [llama, qwen]
                systemPrompts: all
                repeat: 2
                defaults:
                  temperature: 0.7
                  schedule: sequential
                items:
                  - Why is the sky blue?
                  - id: long
                    prompt: |
                      First line
                      second line
                    criteria: [tone, empathy]
                    tags: casual
                    repeat: 3
                  - id: 7
                    turns:
                      - My name is Ada.
                      - What is my name?
                    systemPrompts: [none, friend]
                """);
        assertEquals("persona check", s.name());
        assertEquals(List.of("llama", "qwen"), s.models());
        assertEquals(List.of("all"), s.systemPrompts());
        assertEquals(2, s.repeat());
        assertEquals(0.7, s.defaults().get("temperature").asDouble());
        assertEquals(3, s.items().size());
        Suite.Item plain = s.items().get(0);
        assertEquals("1", plain.id());
        assertEquals(List.of("Why is the sky blue?"), plain.turns());
        assertEquals(10, plain.line());
        Suite.Item lng = s.items().get(1);
        assertEquals(List.of("First line\nsecond line"), lng.turns(), "block scalar, stripped");
        assertEquals(List.of("tone", "empathy"), lng.criteria());
        assertEquals(List.of("casual"), lng.tags());
        assertEquals(3, lng.repeat());
        Suite.Item multi = s.items().get(2);
        assertEquals("7", multi.id());
        assertEquals(List.of("My name is Ada.", "What is my name?"), multi.turns());
        assertEquals(List.of("none", "friend"), multi.systemPrompts());
        assertNull(multi.repeat());
    }

    @Test
    void everyProblemIsReportedWithTheFileAndLine() throws Exception {
        List<String> p = problems("bad.yaml", """
                name: broken
                repaet: 3
                items:
                  - id: a
                    prompt: one
                    turns: [two]
                  - id: a
                    prompt: three
                  - id: c
                  - id: d
                    turns: []
                  - id: e
                    prompt: hi
                    criteria: []
                """);
        assertTrue(p.contains("bad.yaml:2: unknown key repaet in suite (known: defaults, description, items, models, name, repeat, systemPrompts)"), p.toString());
        assertTrue(p.contains("bad.yaml:4: item a has both prompt: and turns:; give one"), p.toString());
        assertTrue(p.contains("bad.yaml:9: item c has no prompt: or turns:"), p.toString());
        assertTrue(p.contains("bad.yaml:11: item d: turns must be a list of messages, got a list"), p.toString());
        assertTrue(p.contains("bad.yaml:14: criteria is empty; leave it out to use the default"), p.toString());
    }

    @Test
    void duplicateIdsAndKeysAndBadRepeatAreCaught() throws Exception {
        List<String> p = problems("dup.yaml", """
                repeat: 0
                items:
                  - id: x
                    prompt: one
                  - id: x
                    prompt: two
                """);
        assertTrue(p.contains("dup.yaml:1: repeat must be a whole number from 1 to 100, got 0"), p.toString());
        assertTrue(p.contains("dup.yaml:5: item id \"x\" is also used on line 3; ids must differ"), p.toString());
        List<String> twice = problems("twice.yaml", "items:\n  - id: x\n    prompt: a\n    prompt: b\n");
        assertEquals(List.of("twice.yaml:4: prompt is given twice"), twice);
    }

    @Test
    void yamlSyntaxErrorsNameTheLine() throws Exception {
        List<String> p = problems("syntax.yaml", "name: x\nitems:\n  - prompt: \"unclosed\n  - other\n");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).matches("syntax\\.yaml:[345]: not valid YAML: .+"), p.toString());
        List<String> flow = problems("flow.yaml", "items:\n  - turns: [My name is Ada., What is my name?]\n");
        assertEquals(1, flow.size(), flow.toString());
        assertTrue(flow.get(0).startsWith("flow.yaml:2: not valid YAML: while parsing a flow sequence: expected ',' or ']'"), flow.toString());
        assertEquals(List.of("list.yaml:1: a suite is a mapping with items: (and optionally name, description, models, "
                + "systemPrompts, repeat, defaults), not a list"), problems("list.yaml", "- a\n- b\n"));
        assertEquals(List.of("empty.yaml:1: the file is empty"), problems("empty.yaml", ""));
        assertTrue(problems("two.yaml", "items: [a]\n---\nitems: [b]\n").get(0).startsWith("two.yaml:3: a second YAML document"));
    }

    @Test
    void suiteDefaultsAreChecked() throws Exception {
        List<String> p = problems("d.yaml", """
                defaults:
                  temperature: 5
                  schedule: whenever
                  colour: red
                items: [hi]
                """);
        assertTrue(p.contains("d.yaml:2: defaults.temperature must be a number from 0 to 2, got 5.0")
                || p.contains("d.yaml:2: defaults.temperature must be a number from 0 to 2, got 5"), p.toString());
        assertTrue(p.contains("d.yaml:3: defaults.schedule must be \"parallel\" (all contestants at once) or \"sequential\" (one after another), got \"whenever\""), p.toString());
        assertTrue(p.contains("d.yaml:4: unknown key colour in defaults (known: blindShuffle, connectTimeoutSeconds, idleTimeoutSeconds, "
                + "maxTokens, schedule, systemPrompt, temperature)"), p.toString());
    }

    @Test
    void textSuitesAreSeparatedByDashLines() throws Exception {
        Suite s = load("prompts.txt", "\nFirst prompt\nwith two lines\n---\n\n  Second  \n---   \nThird\n---\n");
        assertEquals("prompts", s.name());
        assertEquals(3, s.items().size());
        assertEquals(List.of("First prompt\nwith two lines"), s.items().get(0).turns());
        assertEquals(2, s.items().get(0).line());
        assertEquals("2", s.items().get(1).id());
        assertEquals(List.of("Second"), s.items().get(1).turns());
        assertEquals(6, s.items().get(1).line());
        assertEquals(List.of("Third"), s.items().get(2).turns());
        assertEquals(List.of("gap.txt:3: empty item: nothing between the --- on line 2 and this one"),
                problems("gap.txt", "one\n---\n---\ntwo\n"));
        assertEquals(List.of("blank.txt:1: no prompts in the file"), problems("blank.txt", "\n---\n"));
    }

    @Test
    void aFileNoFormatReadsSaysWhichWereTried() throws Exception {
        List<String> p = problems("q.json", "{}");
        assertEquals(List.of("q.json: not a suite file name this program reads: YAML (*.yaml, *.yml); "
                + "promptfoo config (*.yaml, *.yml with prompts and tests); "
                + "MT-Bench questions (*.jsonl with question_id and turns as a list of messages); "
                + "Arena-Hard questions (*.jsonl with uid or question_id, and prompt or turns of {\"content\": …}); "
                + "CSV (*.csv, a header row, the prompts in --column (default: the first)); "
                + "text (*.txt, *.md, or no extension; items separated by lines of ---)"), p);
        SuiteException missing = assertThrows(SuiteException.class, () -> SuiteLoader.load("nope", work));
        assertEquals(List.of("nope: no such suite file, and no built-in suite of that name (built-in: vibe; `vibecheck suites` lists them)"),
                missing.problems());
    }

    @Test
    void theReadmeExampleSuiteParses() throws Exception {
        String readme = Files.readString(Path.of("README.md"));
        int start = readme.indexOf("```yaml\n") + 8;
        Suite s = load("example.yaml", readme.substring(start, readme.indexOf("```", start)));
        assertEquals("persona", s.name());
        assertEquals(List.of("none", "friend"), s.systemPrompts());
        assertEquals(3, s.items().size());
        assertEquals(2, s.items().get(2).turns().size());
    }

    @Test
    void theBuiltInVibeSuiteCoversEveryDefaultCriterionAndHasAMemoryConversation() throws Exception {
        Suite s = SuiteLoader.load("vibe", work);
        assertEquals("vibe", s.name());
        assertTrue(s.items().size() >= 10 && s.items().size() <= 15, "10-15 items, has " + s.items().size());
        Set<String> covered = new TreeSet<>();
        for (Suite.Item i : s.items()) covered.addAll(i.criteria());
        Set<String> all = new TreeSet<>(Criterion.DEFAULTS.stream().map(Criterion::key).toList());
        assertEquals(all, covered);
        Suite.Item memory = s.items().stream().filter(i -> i.criteria().contains("memory")).findFirst().orElseThrow();
        assertTrue(memory.turns().size() >= 2, "memory is checked over several turns");
        assertTrue(s.description() != null && !s.description().isBlank());
    }
}
