package vibecheck.stream;

import vibecheck.config.ModelConfig;
import vibecheck.config.ProviderConfig;
import vibecheck.provider.ChatProvider;

/** A model in the comparison together with the server it runs on and the adapter that speaks its wire format. */
public record Contestant(ModelConfig model, ProviderConfig provider, ChatProvider adapter) {
    public String name() {
        return model.name();
    }
}
