package vibecheck.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vibecheck.support.Harness;

/**
 * Each protocol reads back the settings it wrote into a request, so a transcript reopened for review goes on with
 * the temperature, token limit and seed it was sent with, whatever the wire format's field names.
 */
class SentSettingsTest {
    @ParameterizedTest
    @ValueSource(strings = {"ollama", "openai", "anthropic"})
    void whatAProtocolSentItReadsBack(String protocol) {
        String base = protocol.equals("openai") ? "http://127.0.0.1:8000/v1" : "http://127.0.0.1:11434";
        ChatProtocol p = Harness.contestant("m", protocol, base, null, null).protocol();
        ChatRequest request = new ChatRequest("m", "be brief", List.of(ChatMessage.user("hi")), 0.7, 33, 5);
        ChatProtocol.SentSettings back = p.sentSettings(p.prepare(request).parameters());
        assertEquals(0.7, back.temperature());
        assertEquals(33, back.maxTokens());
        assertEquals(protocol.equals("anthropic") ? null : Integer.valueOf(5), back.seed(), "Anthropic's API takes no seed");
        assertEquals(new ChatProtocol.SentSettings(null, null, null), p.sentSettings(null));
    }
}
