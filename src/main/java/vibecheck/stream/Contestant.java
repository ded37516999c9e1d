package vibecheck.stream;

import vibecheck.config.ModelConfig;
import vibecheck.config.ServerConfig;
import vibecheck.protocol.ChatProtocol;

/** A model in the comparison together with the server it runs on and the protocol it is spoken to in. */
public record Contestant(ModelConfig model, ServerConfig server, ChatProtocol protocol) {
    public String name() {
        return model.name();
    }
}
