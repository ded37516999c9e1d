package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.googlecode.lanterna.input.KeyType;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.keys.Keymap;
import vibecheck.support.AppDriver;
import vibecheck.support.FakeOllama;
import vibecheck.support.UiFixture;

/**
 * The history rule, checked on the requests a server receives: a turn is in a model's history only when that model's
 * reply finished with text; otherwise the whole turn is left out for that model, and its panel says so.
 */
class HistoryAfterFailureTest {
    @TempDir
    Path dir;

    private static List<String> roles(JsonNode request) {
        List<String> roles = new ArrayList<>();
        for (JsonNode m : request.get("messages")) roles.add(m.get("role").asText());
        return roles;
    }

    private static void neverTwoUserMessagesInARow(JsonNode request) {
        List<String> roles = roles(request);
        for (int i = 1; i < roles.size(); i++) {
            assertFalse(roles.get(i).equals("user") && roles.get(i - 1).equals("user"), "two user messages in a row: " + request.get("messages"));
        }
    }

    @Test
    void aFailedReplyLeavesItsTurnOutOfThatModelsHistoryAndThePanelSaysSo() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Alpha one.");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha", "beta"), Map.of(), 120, 30, Keymap.defaults(), false)) {
            d.type("first question").press(KeyType.Enter).press(KeyType.Escape); // sent; to the panels
            String failed = d.until(s -> s.contains("✗ failed") && s.contains("idle"), "beta failing");
            assertTrue(failed.contains("left out of beta's history"), failed);
            ollama.answer("beta", "Beta two.");
            d.type("i").type("second question").press(KeyType.Enter).press(KeyType.Escape); // sent; to the panels
            d.until(s -> s.contains("Beta two.") && s.contains("idle"), "both second replies");
            JsonNode beta = ollama.requestsFor("beta").get(1);
            neverTwoUserMessagesInARow(beta);
            assertEquals("[{\"role\":\"user\",\"content\":\"second question\"}]", beta.get("messages").toString());
            JsonNode alpha = ollama.requestsFor("alpha").get(1);
            assertEquals(List.of("user", "assistant", "user"), roles(alpha), "alpha's own finished turn stays in its history");
        }
    }

    @Test
    void thePartialTextOfAnInterruptedReplyIsNeverSentAsIfTheModelHadSaidIt() throws Exception {
        try (FakeOllama ollama = new FakeOllama().answer("alpha", "Alpha.").answer("beta", "Beta.").cutOffOnce("beta", "Half an ans");
             AppDriver d = new AppDriver(dir, UiFixture.contestants(ollama.baseUrl(), "alpha", "beta"), Map.of(), 120, 30, Keymap.defaults(), false)) {
            d.type("first question").press(KeyType.Enter).press(KeyType.Escape); // sent; to the panels
            String cut = d.until(s -> s.contains("✗ interrupted") && s.contains("idle"), "beta cut off");
            assertTrue(cut.contains("Half an ans"), "the partial text stays on screen and in the transcript:\n" + cut);
            assertTrue(cut.contains("left out of beta's history"), cut);
            assertEquals("Half an ans", d.transcriptJson().at("/turns/0/replies/1/text").asText());
            d.type("i").type("second question").press(KeyType.Enter).press(KeyType.Escape); // sent; to the panels
            d.until(s -> s.contains("Beta. (turn 1)") && s.contains("idle"), "beta's second reply");
            JsonNode beta = ollama.requestsFor("beta").get(1);
            neverTwoUserMessagesInARow(beta);
            assertFalse(beta.get("messages").toString().contains("Half an ans"), beta.get("messages").toString());
        }
    }
}
