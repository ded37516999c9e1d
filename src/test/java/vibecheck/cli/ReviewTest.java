package vibecheck.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.googlecode.lanterna.input.KeyType;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;
import vibecheck.transcript.TranscriptStore;

/** {@code review}: the transcript is the record. Opening never rewrites it; new turns go where it says. */
class ReviewTest {
    @TempDir
    Path dir;

    private Io io() {
        return new Io(Map.of(), dir, dir.resolve("home"), new ByteArrayInputStream(new byte[0]),
                new PrintStream(new ByteArrayOutputStream()), new PrintStream(new ByteArrayOutputStream()), true);
    }

    /** The schema-1 fixture, its server moved to {@code baseUrl}, written to dir/s.json in the given bytes. */
    private Path transcript(String baseUrl, java.util.function.Consumer<ObjectNode> edit) throws Exception {
        String text = Files.readString(Path.of("src/test/resources/transcripts/schema1.json"))
                .replace("http://gpu-box.internal:11434", baseUrl);
        ObjectNode t = (ObjectNode) TranscriptStore.mapper().readTree(text);
        edit.accept(t);
        Path file = dir.resolve("s.json");
        Files.writeString(file, TranscriptStore.mapper().writeValueAsString(t));
        return file;
    }

    private void config(String baseUrl) throws Exception {
        Files.createDirectories(dir.resolve("config"));
        Files.writeString(dir.resolve("config/vibecheck.json"), """
                { "servers": { "local": { "protocol": "ollama", "baseUrl": "%s" } },
                  "models": [ { "name": "llama3-8b", "server": "local", "model": "llama3:8b-q8" },
                              { "name": "mixtral-8x7b", "server": "local", "model": "mixtral:8x7b" } ] }
                """.formatted(baseUrl));
    }

    private AppDriver review(Path file, boolean rebind) throws Exception {
        var t = TranscriptFiles.read("review", file.getFileName().toString(), io());
        var opened = ReviewCommand.open(file.getFileName().toString(), t, ConfigSetup.loadOptional(null, io()), rebind, false, true, io());
        return AppDriver.review(opened.session(), opened.path(), opened.blind(), s -> { });
    }

    @Test
    void openingAndQuittingLeavesTheFileByteForByteEvenWithAConfigNamingOtherServers() throws Exception {
        try (FakeOllama recorded = new FakeOllama(); FakeOllama other = new FakeOllama()) {
            config(other.baseUrl());
            Path file = transcript(recorded.baseUrl(), t -> { });
            Files.writeString(file, Files.readString(file).replace(",", " ,\n\t")); // a hand-formatted file
            byte[] before = Files.readAllBytes(file);
            try (AppDriver d = review(file, false)) {
                d.untilShows("Use the official app.");
                d.press(KeyType.Escape).type("<").type(">").type("c").type("c").type("q");
                d.awaitExit();
            }
            assertArrayEquals(before, Files.readAllBytes(file), "opened and quit: not one byte changed");
        }
    }

    @Test
    void newTurnsGoToTheRecordedServerModelAndParametersAndEarlierTurnsKeepWhereTheyCameFrom() throws Exception {
        try (FakeOllama recorded = new FakeOllama().answer("llama3:8b", "Recorded llama.").answer("mixtral:8x7b", "Recorded mixtral.");
             FakeOllama other = new FakeOllama().answer("llama3:8b-q8", "Config llama.").answer("mixtral:8x7b", "Config mixtral.")) {
            config(other.baseUrl());
            Path file = transcript(recorded.baseUrl(), t -> { });
            try (AppDriver d = review(file, false)) {
                d.type("And the night before?").press(KeyType.Enter).press(KeyType.Escape); // sent; to the panels
                d.until(s -> s.contains("Recorded llama.") && s.contains("Recorded mixtral."), "both replies");
                d.type("q");
                d.awaitExit();
            }
            assertEquals(0, other.requests.size(), "nothing went to the config's servers");
            JsonNode sent = recorded.requestsFor("llama3:8b").get(0);
            assertEquals(0.7, sent.at("/options/temperature").asDouble());
            assertEquals(512, sent.at("/options/num_predict").asInt());
            assertEquals(11, sent.at("/options/seed").asInt());
            JsonNode t = TranscriptStore.mapper().readTree(file.toFile());
            for (int turn = 0; turn < 3; turn++) {
                for (JsonNode r : t.at("/turns/" + turn + "/replies")) assertEquals(recorded.baseUrl(), r.get("baseUrl").asText(), t.toString());
            }
            assertEquals("llama3:8b", t.at("/turns/2/replies/0/model").asText());
        }
    }

    @Test
    void rebindSendsToTheConfigsContestantAndRecordsThatButNeverRewritesEarlierTurns() throws Exception {
        try (FakeOllama recorded = new FakeOllama();
             FakeOllama other = new FakeOllama().answer("llama3:8b-q8", "Config llama.").answer("mixtral:8x7b", "Config mixtral.")) {
            config(other.baseUrl());
            Path file = transcript(recorded.baseUrl(), t -> { });
            try (AppDriver d = review(file, true)) {
                d.type("And the night before?").press(KeyType.Enter).press(KeyType.Escape); // sent; to the panels
                d.until(s -> s.contains("Config llama.") && s.contains("Config mixtral."), "both replies");
                d.type("q");
                d.awaitExit();
            }
            assertEquals(0, recorded.requests.size());
            JsonNode t = TranscriptStore.mapper().readTree(file.toFile());
            assertEquals(recorded.baseUrl(), t.at("/turns/0/replies/0/baseUrl").asText(), "recorded turns are never changed");
            assertEquals(recorded.baseUrl(), t.at("/turns/1/replies/1/baseUrl").asText());
            assertEquals(other.baseUrl(), t.at("/turns/2/replies/0/baseUrl").asText(), "the new reply records where it really went");
            assertEquals("llama3:8b-q8", t.at("/turns/2/replies/0/model").asText());
            assertEquals("local", t.at("/turns/2/replies/0/provider").asText());
        }
    }

    @Test
    void whenTheRecordedServerDoesNotAnswerThePanelSaysHowToRebind() throws Exception {
        try (FakeOllama other = new FakeOllama()) {
            config(other.baseUrl());
            Path file = transcript("http://127.0.0.1:9", t -> { });
            try (AppDriver d = review(file, false)) {
                d.type("Still there?").press(KeyType.Enter).press(KeyType.Escape); // sent; to the panels
                String screen = d.untilShows("--rebind");
                assertTrue(screen.contains("recorded"), screen);
            }
            JsonNode t = TranscriptStore.mapper().readTree(file.toFile());
            assertEquals("failed", t.at("/turns/2/replies/0/state").asText());
            assertTrue(t.at("/turns/2/replies/0/hint").asText().contains("review s.json --rebind"), t.at("/turns/2/replies/0").toString());
        }
    }

    @Test
    void fieldsVibecheckDoesNotKnowSurviveARescoreAtEveryLevel() throws Exception {
        try (FakeOllama recorded = new FakeOllama()) {
            Path file = transcript(recorded.baseUrl(), t -> {
                t.putArray("tags").add("exam-advice");
                ((ObjectNode) t.at("/turns/0")).put("myTurnNote", "the hard one");
                ((ObjectNode) t.at("/turns/0/replies/0")).put("myNotes", "check later");
                ((ObjectNode) t.at("/turns/0/replies/0/metrics")).put("gpu", "H100");
                ((ObjectNode) t.at("/turns/0/replies/0/scores/0")).put("why", "warm");
                ((ObjectNode) t.at("/turns/0/votes/0")).put("rater", "ana");
                ((ObjectNode) t.at("/turns/0/systemPrompt")).put("version", 3);
            });
            JsonNode before = TranscriptStore.mapper().readTree(file.toFile());
            try (AppDriver d = review(file, false)) {
                d.press(KeyType.Escape).type("<").type("]").type("5");
                d.type("q");
                d.awaitExit();
            }
            JsonNode after = TranscriptStore.mapper().readTree(file.toFile());
            for (String path : new String[] {"/tags/0", "/turns/0/myTurnNote", "/turns/0/replies/0/myNotes", "/turns/0/replies/0/metrics/gpu",
                    "/turns/0/replies/0/scores/0/why", "/turns/0/votes/0/rater", "/turns/0/systemPrompt/version"}) {
                assertEquals(before.at(path), after.at(path), path + " survives");
            }
            assertEquals(5, after.at("/turns/0/replies/0/scores/1/value").asInt(), after.at("/turns/0/replies/0").toString());
            ObjectNode was = before.deepCopy();
            ObjectNode now = after.deepCopy();
            for (ObjectNode n : new ObjectNode[] {was, now}) {
                n.remove("savedAt");
                n.remove("schema");
                ((ObjectNode) n.at("/turns/0/replies/0")).remove("scores");
            }
            assertEquals(was, now, "nothing else changed");
        }
    }

    @Test
    void aSecondOpenerOfTheSameFileGoesReadOnlyAndSaysSoSoNoScoreIsLost() throws Exception {
        try (FakeOllama recorded = new FakeOllama()) {
            Path file = transcript(recorded.baseUrl(), t -> { });
            try (AppDriver first = review(file, false); AppDriver second = review(file, false)) {
                String screen = second.screen();
                assertTrue(screen.contains("read-only"), screen);
                assertTrue(screen.contains("s.json is open in another session of this vibecheck"), screen);
                first.press(KeyType.Escape).type("3");
                second.press(KeyType.Escape).type("5");
                assertTrue(second.screen().contains("read-only: s.json is open in"), second.screen());
                assertTrue(second.screen().contains("read-only"), "the header keeps saying so:\n" + second.screen());
                second.type("q");
                second.awaitExit();
                first.type("q");
                first.awaitExit();
            }
            JsonNode scores = TranscriptStore.mapper().readTree(file.toFile()).at("/turns/1/replies/0/scores");
            assertEquals(1, scores.size(), scores.toString());
            assertEquals(3, scores.at("/0/value").asInt(), "the writer's score is kept; the read-only one took none");
            assertTrue(Files.notExists(dir.resolve(".s.json.lock")), "the lock goes with the writer");
        }
    }

    @Test
    void rebindWithNoConfigContestantOfThoseNamesSaysSoInsteadOfBeingIgnored() throws Exception {
        Path file = dir.resolve("r.json");
        Files.copy(Path.of("src/test/resources/transcripts/schema1.json"), file);
        vibecheck.support.CommandRun r = vibecheck.support.CommandRun.run(dir, java.util.Map.of(), "", "review", "r.json", "--rebind");
        assertEquals(2, r.exit, r.toString());
        assertTrue(r.err.contains("--rebind sends to the config's contestants of the same names, but no config with contestants was found"), r.err);
    }

    @Test
    void aSessionLastJudgedBlindOpensBlindAndOneLastJudgedWithTheNamesShownDoesNot() throws Exception {
        Path blindFile = transcript("http://127.0.0.1:9", t -> { }); // its score and its vote were given blind
        var blind = ReviewCommand.open("s.json", TranscriptFiles.read("review", "s.json", io()), ConfigSetup.loadOptional(null, io()),
                false, false, false, io());
        assertTrue(blind.blind(), "one blind score used to be enough to open it with the names shown");

        transcript("http://127.0.0.1:9", t -> ((ObjectNode) t.at("/turns/0/votes/0")).put("blind", false)); // the vote, the latest, was not
        var shown = ReviewCommand.open("s.json", TranscriptFiles.read("review", "s.json", io()), ConfigSetup.loadOptional(null, io()),
                false, false, false, io());
        assertFalse(shown.blind());
        assertTrue(blindFile.equals(dir.resolve("s.json")));
    }
}
