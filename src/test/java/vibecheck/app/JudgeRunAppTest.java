package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.cli.JudgeCommand;
import vibecheck.config.Config;
import vibecheck.config.ConfigLoader;
import vibecheck.core.Blind;
import vibecheck.core.UiState;
import vibecheck.protocol.Json;
import vibecheck.protocol.Protocols;
import vibecheck.support.AppDriver;
import vibecheck.support.CommandRun;
import vibecheck.support.FakeOllama;

/** {@code vibecheck judge} on the virtual terminal: a real run folder, judged item by item. */
class JudgeRunAppTest {
    @TempDir
    Path work;
    private FakeOllama ollama;
    private Config config;

    @BeforeEach
    void runASuite() throws Exception {
        ollama = new FakeOllama().answer("ma", "First answer.").answer("mb", "Second answer.").answer("mc", "Third answer.");
        Files.writeString(work.resolve("c.json"), """
                {"servers": {"local": {"protocol": "ollama", "baseUrl": "%s"}},
                 "models": [{"name": "alpha", "server": "local", "model": "ma"},
                            {"name": "beta", "server": "local", "model": "mb"},
                            {"name": "gamma", "server": "local", "model": "mc"}]}
                """.formatted(ollama.baseUrl()));
        Files.writeString(work.resolve("s.yaml"), """
                name: small
                items:
                  - id: sky
                    prompt: Why is the sky blue?
                  - id: memory
                    criteria: [memory, tone]
                    turns:
                      - My name is Ada.
                      - What is my name?
                  - id: third
                    prompt: One more.
                """);
        CommandRun r = CommandRun.run(work, Map.of(), "", "run", "s.yaml", "--config", "c.json", "--out", "out");
        assertEquals(0, r.exit, r.toString());
        config = new ConfigLoader(Protocols.CATALOG).load(work.resolve("c.json"));
    }

    @AfterEach
    void stop() throws Exception {
        ollama.close();
    }

    private AppDriver judge(long seed) throws Exception {
        JudgeCommand.Prepared p = JudgeCommand.prepare(work.resolve("out"), "out", config, Map.of());
        UiState state = new UiState(p.run().session(p.start()), config.systemPrompts(), 0, config.keymap(), null, 0.2,
                config.criteria(), new Blind(3, vibecheck.config.BlindShuffle.SESSION, new Random(seed), true));
        JudgeCommand.open(state, p);
        return new AppDriver(work, state, s -> p.files().get(s), 140, 32);
    }

    private JsonNode file(String name) throws Exception {
        return Json.MAPPER.readTree(work.resolve("out").resolve(name).toFile());
    }

    private static List<String> order(JsonNode turn) {
        return java.util.stream.StreamSupport.stream(turn.path("blindOrder").spliterator(), false).map(JsonNode::asText).toList();
    }

    @Test
    void theVerdictSoFarAddsUpTheRunAndAReferenceAnswerShowsUnderItsKey() throws Exception {
        try (AppDriver d = judge(7)) {
            d.type("L");
            assertTrue(d.screen().contains("nothing judged yet"), d.screen());
            d.type("4").press(KeyType.Tab).type("2").press(KeyType.Tab).type("3").type("L");
            assertTrue(d.screen().contains("item 1 is judged but still blind"), "the verdict would tell who is who:\n" + d.screen());
            d.type("v").type("L"); // a vote finishes the item: its names are shown, and so may the verdict be
            String screen = d.screen();
            assertTrue(screen.contains("The verdict so far, the run") && screen.contains("Scores: mean of 1–5"), screen);
            assertTrue(screen.contains("Tone") && screen.contains("4.00") && screen.contains("2.00"), screen);
            d.type("x");
            assertFalse(d.screen().contains("The verdict so far"), "any other key closes it\n" + d.screen());
            d.type("A");
            assertTrue(d.screen().contains("this item has no reference answer"), d.screen());
        }
        // an MT-Bench item's reference, kept for the person judging
        Files.writeString(work.resolve("q.jsonl"), "{\"question_id\": 7, \"category\": \"math\", \"turns\": [\"What is 3+4?\"], \"reference\": [\"SEVEN, by counting\"]}\n");
        assertEquals(0, CommandRun.run(work, Map.of(), "", "run", "q.jsonl", "--config", "c.json", "--out", "mt").exit);
        JudgeCommand.Prepared p = JudgeCommand.prepare(work.resolve("mt"), "mt", config, Map.of());
        UiState state = new UiState(p.run().session(p.start()), config.systemPrompts(), 0, config.keymap(), null, 0.2,
                config.criteria(), new Blind(3, vibecheck.config.BlindShuffle.SESSION, new Random(1), true));
        JudgeCommand.open(state, p);
        try (AppDriver d = new AppDriver(work, state, s -> p.files().get(s), 140, 32)) {
            assertFalse(d.screen().contains("SEVEN"), "not shown until asked for");
            d.type("A");
            assertTrue(d.screen().contains("Reference answer") && d.screen().contains("SEVEN, by counting"), d.screen());
        }
        assertFalse(ollama.requests.toString().contains("SEVEN"), "never sent to a contestant");
    }

    @Test
    void theHintBarOffersNothingJudgingRefuses() throws Exception {
        try (AppDriver d = judge(7)) {
            String bar = d.screen().lines().reduce((a, b) -> b).orElse("");
            assertTrue(bar.contains("1-5 score"), bar);
            assertFalse(bar.contains("m models") || bar.contains("r regen") || bar.contains("s system") || bar.contains("x cancel"), bar);
        }
    }

    @Test
    void anItemJudgedOnSomeCriteriaIsRevealedOnceThoseAreScoredAndShowsOnlyThem() throws Exception {
        try (AppDriver d = judge(7)) {
            d.type(">"); // item 2 is judged on Tone and Memory of earlier turns only
            for (int p = 0; p < 3; p++) {
                d.type("4").type("]").type("5").type("]");
                d.press(KeyType.Tab);
            }
            String screen = d.screen();
            assertTrue(screen.contains("alpha") && screen.contains("beta") && screen.contains("gamma"), "every asked score given: names shown\n" + screen);
            assertTrue(screen.contains("★4 5 ") || screen.contains("★4 5─"), "the footer shows the item's two criteria\n" + screen);
        }
    }

    @Test
    void opensBlindWithAnOrderDrawnAndRecordedForEachItemAndMovesBetweenItems() throws Exception {
        try (AppDriver d = judge(7)) {
            String screen = d.screen();
            assertTrue(screen.contains("item 1/3 · sky · none · 0/3 judged · blind: on"), screen);
            assertFalse(screen.contains("alpha") || screen.contains("beta") || screen.contains("gamma"), "blind: no names\n" + screen);
            List<String> first = order(file("001-sky.none.r1.json").at("/turns/0"));
            assertEquals(Set.of("alpha", "beta", "gamma"), new HashSet<>(first), "the order shown is recorded with the item");

            d.type(">");
            screen = d.screen();
            assertTrue(screen.contains("item 2/3 · memory · none"), screen);
            assertTrue(screen.contains("answer. (turn 1)") && screen.contains("answer. (turn 2)"), "the turns show as a conversation\n" + screen);
            assertTrue(screen.contains("  My name is Ada.") && !screen.contains("sky"), "this item's conversation only\n" + screen);
            assertTrue(screen.contains("scoring Tone"), screen);
            d.type("]");
            assertTrue(d.screen().contains("scoring Memory of earlier turns"), "the item's own criteria, in config order\n" + d.screen());
            d.type("]");
            assertTrue(d.screen().contains("scoring Tone"), "and only those\n" + d.screen());
            JsonNode memory = file("002-memory.none.r1.json");
            assertEquals(order(memory.at("/turns/0")), order(memory.at("/turns/1")));
            d.type(">");
            assertTrue(d.screen().contains("item 3/3 · third"), d.screen());
            d.type(">");
            assertTrue(d.screen().contains("this is the last item"), d.screen());
            List<List<String>> orders = List.of(first, order(memory.at("/turns/0")), order(file("003-third.none.r1.json").at("/turns/0")));
            assertTrue(new HashSet<>(orders).size() > 1, "drawn afresh for each item: " + orders);

            d.type("<").type("<");
            assertTrue(d.screen().contains("item 1/3"), d.screen());
            assertEquals(first, order(file("001-sky.none.r1.json").at("/turns/0")), "coming back keeps the order");
            int[] shown = d.state().blind.order(0);
            for (int p = 0; p < 3; p++) assertEquals(first.get(p), d.state().session.contestants().get(shown[p]).name());
        }
    }

    @Test
    void scoresAndVotesGoIntoThatItemsTranscriptAndNFindsTheNextItemToJudge() throws Exception {
        try (AppDriver d = judge(7)) {
            d.type("v");
            assertTrue(d.screen().contains("1/3 judged"), d.screen());
            assertEquals(1, file("001-sky.none.r1.json").at("/turns/0/votes").size());
            assertTrue(file("002-memory.none.r1.json").at("/turns/1/votes").isMissingNode());

            d.type("N");
            assertTrue(d.screen().contains("item 2/3 · memory"), d.screen());
            for (int panel = 0; panel < 3; panel++) {
                d.type("4").type("]").type("5").type("]");
                if (panel < 2) d.press(KeyType.Tab);
            }
            JsonNode last = file("002-memory.none.r1.json").at("/turns/1/replies");
            for (JsonNode r : last) {
                assertEquals(2, r.path("scores").size(), r.toString());
                assertEquals("tone", r.at("/scores/0/criterion").asText());
                assertEquals("memory", r.at("/scores/1/criterion").asText());
                assertTrue(r.at("/scores/0/blind").asBoolean());
            }
            assertTrue(d.screen().contains("2/3 judged"), "memory and tone are all this item asks for\n" + d.screen());
            d.type("N");
            assertTrue(d.screen().contains("item 3/3"), d.screen());
            d.type("v").type("N");
            assertTrue(d.screen().contains("every item is judged"), d.screen());
            assertTrue(d.screen().contains("3/3 judged"), d.screen());
        }
    }

    @Test
    void reopenedJudgingStartsAtTheFirstItemNotJudgedWithTheOrdersItHad() throws Exception {
        List<String> first;
        try (AppDriver d = judge(7)) {
            d.type("v");
            first = order(file("001-sky.none.r1.json").at("/turns/0"));
        }
        try (AppDriver d = judge(99)) {
            assertTrue(d.screen().contains("item 2/3 · memory · none · 1/3 judged"), d.screen());
            d.type("<");
            int[] shown = d.state().blind.order(0);
            for (int p = 0; p < 3; p++) assertEquals(first.get(p), d.state().session.contestants().get(shown[p]).name());
        }
    }

    @Test
    void repeatedSamplesCycleInEachPanelWithHowManyWereIdentical() throws Exception {
        Files.writeString(work.resolve("one.yaml"), "items:\n  - id: sky\n    prompt: Why is the sky blue?\n");
        CommandRun r = CommandRun.run(work, Map.of(), "", "run", "one.yaml", "--config", "c.json", "--out", "rep",
                "--repeat", "3", "--models", "alpha,beta");
        assertEquals(0, r.exit, r.toString());
        Path second = work.resolve("rep/001-sky.none.r2.json");
        com.fasterxml.jackson.databind.node.ObjectNode t = (com.fasterxml.jackson.databind.node.ObjectNode) Json.MAPPER.readTree(second.toFile());
        ((com.fasterxml.jackson.databind.node.ObjectNode) t.at("/turns/0/replies/0")).put("text", "A different answer.");
        Files.writeString(second, t.toPrettyString()); // as a sample at temperature 0.2 may come out

        JudgeCommand.Prepared p = JudgeCommand.prepare(work.resolve("rep"), "rep", config, Map.of());
        assertEquals(1, p.run().size(), "the samples of an item are one item");
        UiState state = new UiState(p.run().session(0), config.systemPrompts(), 0, config.keymap(), null, 0.2,
                config.criteria(), new Blind(2, vibecheck.config.BlindShuffle.SESSION, new Random(7), true));
        JudgeCommand.open(state, p);
        try (AppDriver d = new AppDriver(work, state, s -> p.files().get(s), 140, 32)) {
            int alphaPanel = d.state().session.contestants().get(d.state().blind.order(0)[0]).name().equals("alpha") ? 0 : 1;
            String alpha = Blind.letter(alphaPanel);
            String beta = Blind.letter(1 - alphaPanel);
            String screen = d.screen();
            assertTrue(screen.contains("item 1/1 · sky · none · sample 1/3"), screen);
            assertTrue(screen.contains("─ " + alpha + " · sample 1/3, 2/3 identical ─"), screen);
            assertTrue(screen.contains("─ " + beta + " · sample 1/3, 3/3 identical ─"), screen);
            List<String> order = order(Json.MAPPER.readTree(work.resolve("rep/001-sky.none.r1.json").toFile()).at("/turns/0"));

            d.type("O");
            screen = d.screen();
            assertTrue(screen.contains("sample 2/3") && screen.contains("A different answer."), screen);
            assertTrue(screen.contains("─ " + alpha + " · sample 2/3, 1/3 identical ─"), screen);
            assertEquals(order, order(Json.MAPPER.readTree(second.toFile()).at("/turns/0")), "every sample in the same panel order");
            if (alphaPanel == 1) d.press(KeyType.Tab);
            d.type("4");
            assertEquals(4, Json.MAPPER.readTree(second.toFile()).at("/turns/0/replies/0/scores/0/value").asInt(), "scored where it is shown");
            assertTrue(Json.MAPPER.readTree(work.resolve("rep/001-sky.none.r1.json").toFile()).at("/turns/0/replies/0/scores").isMissingNode());
            d.type("O").type("O");
            assertTrue(d.screen().contains("sample 1/3"), "round again\n" + d.screen());
        }
    }

    @Test
    void itemsComeInSuiteOrderWithTheSystemPromptsInConfigOrder() throws Exception {
        Files.writeString(work.resolve("c.json"), Files.readString(work.resolve("c.json")).replace("\"models\"",
                "\"systemPrompts\": [{\"name\": \"zany\", \"text\": \"Be zany.\"}, {\"name\": \"none\", \"text\": \"\"}], \"models\""));
        CommandRun r = CommandRun.run(work, Map.of(), "", "run", "s.yaml", "--config", "c.json", "--out", "sys", "--system", "all",
                "--models", "alpha");
        assertEquals(0, r.exit, r.toString());
        config = new ConfigLoader(Protocols.CATALOG).load(work.resolve("c.json"));
        JudgeCommand.Prepared p = JudgeCommand.prepare(work.resolve("sys"), "sys", config, Map.of());
        assertEquals(List.of("sky · zany", "sky · none", "memory · zany", "memory · none", "third · zany", "third · none"),
                p.run().items().stream().map(vibecheck.core.JudgeRun.Item::label).toList());
    }

    @Test
    void turningBlindOnWhileJudgingKeepsTheOrderShown() throws Exception {
        JudgeCommand.Prepared p = JudgeCommand.prepare(work.resolve("out"), "out", config, Map.of());
        UiState state = new UiState(p.run().session(p.start()), config.systemPrompts(), 0, config.keymap(), null, 0.2,
                config.criteria(), new Blind(3, vibecheck.config.BlindShuffle.SESSION, new Random(7), false));
        JudgeCommand.open(state, p);
        try (AppDriver d = new AppDriver(work, state, s -> p.files().get(s), 140, 32)) {
            assertTrue(d.screen().contains("blind: off") && d.screen().contains("alpha"), d.screen());
            assertTrue(file("001-sky.none.r1.json").at("/turns/0/blindOrder").isMissingNode(), "not blind: no order to keep");
            d.type("B");
            int[] shown = d.state().blind.order(0);
            List<String> recorded = order(file("001-sky.none.r1.json").at("/turns/0"));
            for (int i = 0; i < 3; i++) assertEquals(d.state().session.contestants().get(shown[i]).name(), recorded.get(i));
        }
    }

    @Test
    void nothingIsSentWhileJudging() throws Exception {
        int before = ollama.requests.size();
        try (AppDriver d = judge(7)) {
            d.type("i").type("hello").press(KeyType.Enter);
            assertTrue(d.screen().contains("judging a run changes only scores, notes and votes"), d.screen());
            d.press(KeyType.Escape).type("r");
            assertTrue(d.screen().contains("judging a run changes only scores"), d.screen());
        }
        assertEquals(before, ollama.requests.size());
    }
}
