package vibecheck.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vibecheck.protocol.Protocols;

/** "none" is always a system prompt to choose, whatever the config lists: persona shifts are measured from it. */
class NoneSystemPromptTest {
    @TempDir
    Path dir;

    private Config load(String prompts, String defaults) throws Exception {
        Path p = dir.resolve("c.json");
        Files.writeString(p, "{\"servers\": {\"o\": {\"protocol\": \"ollama\"}}, \"models\": [{\"name\": \"a\", \"server\": \"o\", \"model\": \"x\"}]"
                + (prompts == null ? "" : ", \"systemPrompts\": " + prompts) + (defaults == null ? "" : ", \"defaults\": " + defaults) + "}");
        return new ConfigLoader(Protocols.CATALOG).load(p);
    }

    @Test
    void aConfigListingOnlyAPersonaStillOffersNoneFirstAndStartsThere() throws Exception {
        Config c = load("[{\"name\": \"friend\", \"text\": \"Be a friend.\"}]", null);
        assertEquals(List.of("none", "friend"), c.systemPrompts().stream().map(SystemPrompt::name).toList());
        assertEquals("none", c.initialSystemPrompt().name());
        assertEquals("none", load("[{\"name\": \"friend\", \"text\": \"x\"}]", "{\"systemPrompt\": \"none\"}").initialSystemPrompt().name());
    }

    @Test
    void aConfigThatNamesNoneItselfKeepsItsOwnOrderAndText() throws Exception {
        Config c = load("[{\"name\": \"friend\", \"text\": \"x\"}, {\"name\": \"none\", \"text\": \"\"}]", null);
        assertEquals(List.of("friend", "none"), c.systemPrompts().stream().map(SystemPrompt::name).toList());
        assertEquals(List.of("none"), load(null, null).systemPrompts().stream().map(SystemPrompt::name).toList());
    }
}
