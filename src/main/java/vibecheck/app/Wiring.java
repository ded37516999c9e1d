package vibecheck.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vibecheck.config.Defaults;
import vibecheck.config.ModelConfig;
import vibecheck.config.ServerConfig;
import vibecheck.discovery.ConfigWriter;
import vibecheck.discovery.Discovery;
import vibecheck.protocol.Protocols;
import vibecheck.stream.Contestant;

/** Builds what the core asks for: contestants (server, model, the protocol's adapter) for the models picked in the UI. */
final class Wiring {
    private Wiring() {}

    static List<Contestant> contestants(List<ConfigWriter.Pick> picks, double temperature, Map<String, String> env) {
        List<Contestant> out = new ArrayList<>();
        for (ConfigWriter.Pick p : picks) {
            ServerConfig server = Discovery.serverOf(p.server());
            ModelConfig model = new ModelConfig(p.name(), server.id(), p.model(), temperature, Defaults.MAX_TOKENS, null);
            out.add(new Contestant(model, server, Protocols.create(server, env)));
        }
        return out;
    }
}
