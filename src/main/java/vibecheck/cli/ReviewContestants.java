package vibecheck.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vibecheck.config.Config;
import vibecheck.config.ModelConfig;
import vibecheck.config.ServerConfig;
import vibecheck.protocol.Protocols;
import vibecheck.stream.Contestant;
import vibecheck.transcript.Transcript;

/**
 * Who answers new messages in {@code review}: each contestant as the transcript last recorded it (its server, model
 * and parameters), or with {@code --rebind} the current config's contestant of the same name.
 *
 * @param contestants in the transcript's order
 * @param hints per contestant name, what to say when its recorded server does not answer
 */
record ReviewContestants(List<Contestant> contestants, Map<String, String> hints) {

    static ReviewContestants of(Transcript t, Config config, Map<String, String> env, boolean rebind, String file) {
        List<Contestant> out = new ArrayList<>();
        Map<String, String> hints = new LinkedHashMap<>();
        Map<String, ServerConfig> rebuilt = new LinkedHashMap<>();
        List<Transcript.Turn> turns = t.turns();
        for (Transcript.Reply r : turns.get(turns.size() - 1).replies()) {
            var configured = config.model(r.contestant()).filter(m -> config.serverOf(m) != null);
            if (rebind && configured.isPresent()) {
                ModelConfig m = configured.get();
                out.add(new Contestant(m, config.serverOf(m), Protocols.create(config.serverOf(m), env)));
                continue;
            }
            String type = r.protocol() != null && Protocols.CATALOG.types().contains(r.protocol()) ? r.protocol() : "openai";
            String baseUrl = r.baseUrl() == null ? Protocols.CATALOG.defaultBaseUrl(type) : r.baseUrl();
            ServerConfig p = rebuilt.computeIfAbsent(type + "@" + baseUrl, k -> server(config, r.server(), type, baseUrl));
            ModelConfig m = new ModelConfig(r.contestant(), p.id(), r.model() == null ? r.contestant() : r.model(),
                    temperature(type, r.parameters(), config), maxTokens(type, r.parameters(), config), seed(type, r.parameters()));
            out.add(new Contestant(m, p, Protocols.create(p, env)));
            if (configured.isPresent()) {
                ModelConfig now = configured.get();
                ServerConfig nowServer = config.serverOf(now);
                if (!nowServer.baseUrl().equals(baseUrl) || !now.model().equals(m.model())) {
                    hints.put(r.contestant(), "this is the server the transcript recorded (" + baseUrl + "); `vibecheck review "
                            + file + " --rebind` sends to the config's " + now.name() + " (" + now.model() + " at " + nowServer.baseUrl() + ") instead");
                }
            }
        }
        return new ReviewContestants(out, hints);
    }

    /** The recorded server; the config's entry for the same address lends its key variable and headers. */
    private static ServerConfig server(Config config, String id, String type, String baseUrl) {
        for (ServerConfig p : config.servers().values()) {
            if (p.type().equals(type) && p.baseUrl().equals(baseUrl)) return p;
        }
        return new ServerConfig(id == null ? type : id, type, baseUrl, Protocols.CATALOG.defaultApiKeyEnv(type), null, Map.of());
    }

    private static double temperature(String type, JsonNode sent, Config config) {
        JsonNode v = sent == null ? null : sent.at(type.equals("ollama") ? "/options/temperature" : "/temperature");
        return v != null && v.isNumber() ? v.asDouble() : config.defaults().temperature();
    }

    private static int maxTokens(String type, JsonNode sent, Config config) {
        if (sent != null) {
            for (String path : type.equals("ollama") ? List.of("/options/num_predict") : List.of("/max_tokens", "/max_completion_tokens")) {
                if (sent.at(path).isIntegralNumber()) return sent.at(path).asInt();
            }
        }
        return config.defaults().maxTokens();
    }

    private static Integer seed(String type, JsonNode sent) {
        JsonNode v = sent == null ? null : sent.at(type.equals("ollama") ? "/options/seed" : "/seed");
        return v != null && v.isIntegralNumber() ? v.asInt() : null;
    }
}
