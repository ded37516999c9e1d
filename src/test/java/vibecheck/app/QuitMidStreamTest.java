package vibecheck.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.keys.Action;
import vibecheck.support.AppDriver;
import vibecheck.support.RawServer;
import vibecheck.support.UiFixture;

/** Quitting while a reply streams keeps the reply's text, the reason, and what was measured of it. */
class QuitMidStreamTest {
    @TempDir
    Path dir;

    @Test
    void aReplyCutShortByQuittingKeepsItsMeasures() throws Exception {
        try (RawServer drip = RawServer.dripping();
             AppDriver d = new AppDriver(dir, UiFixture.contestants(drip.baseUrl(), "dripper"), Map.of(), 120, 30)) {
            d.type("count").press(Action.SEND);
            d.until(s -> s.contains("tok tok tok"), "text streaming in");
            d.press(Action.TO_PANELS).press(Action.QUIT); // asks first while a reply streams
            d.press(Action.QUIT); // q again quits
            d.awaitExit();
            JsonNode reply = d.transcriptJson().at("/turns/0/replies/0");
            assertEquals("cancelled", reply.path("state").asText(), reply.toString());
            assertEquals("cancelled when vibecheck was quit", reply.path("error").asText());
            assertTrue(reply.path("text").asText().startsWith("tok tok"), reply.toString());
            assertTrue(reply.at("/metrics/ttftMs").isNumber(), "what was measured is kept: " + reply);
        }
    }
}
