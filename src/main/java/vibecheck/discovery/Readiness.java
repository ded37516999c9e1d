package vibecheck.discovery;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import vibecheck.config.ServerConfig;
import vibecheck.stream.Contestant;

/**
 * Whether each contestant can answer, from one look at its server: {@code not running: ollama serve},
 * {@code not pulled: ollama pull llama3:70b}, or null when its server answers and lists its model (or cannot
 * say which models it serves).
 */
public final class Readiness {
    private Readiness() {}

    /** Asks each distinct server of the contestants once, all at once, with discovery's short timeouts. */
    public static List<String> check(List<Contestant> contestants, Map<String, String> env) {
        Map<String, ServerConfig> servers = new LinkedHashMap<>();
        for (Contestant c : contestants) servers.putIfAbsent(key(c.server()), c.server());
        return of(contestants, Discovery.listConfigured(new ArrayList<>(servers.values()), env, Discovery.CONNECT, Discovery.DEADLINE));
    }

    /** Each contestant's problem (null: it can answer), in contestant order. */
    public static List<String> of(List<Contestant> contestants, List<Found> found) {
        List<String> out = new ArrayList<>();
        for (Contestant c : contestants) {
            Found f = found.stream().filter(x -> x.probe().name().equals(c.server().id())
                    && x.probe().baseUrl().equals(c.server().baseUrl())).findFirst().orElse(null);
            out.add(f == null ? null : problem(c, f));
        }
        return out;
    }

    private static String key(ServerConfig p) {
        return p.id() + " " + p.baseUrl();
    }

    private static String problem(Contestant c, Found f) {
        boolean ollama = "ollama".equals(c.server().type());
        String base = c.server().baseUrl();
        if (!f.answered()) {
            String p = f.problem();
            if (p.equals("nothing listening") || p.startsWith("no answer within")) {
                boolean usual = base.equals("http://localhost:11434") || base.equals("http://127.0.0.1:11434");
                return ollama && usual ? "not running: ollama serve" : "not running: nothing answers at " + base;
            }
            if (!ollama && p.startsWith("HTTP 404")) return null; // a server without a model list: it may still chat
            return "not reachable: " + p;
        }
        String model = c.model().model();
        boolean served = f.models().stream().anyMatch(m -> m.id().equals(model) || (ollama && m.id().equals(model + ":latest")));
        if (served) return null;
        if (!ollama && f.models().size() == 1) return null; // a one-model server (llama.cpp) answers whatever name it is asked for
        return ollama ? "not pulled: ollama pull " + model : "not served: " + c.server().id() + " does not list " + model;
    }
}
