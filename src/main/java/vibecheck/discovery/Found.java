package vibecheck.discovery;

import java.util.List;
import java.util.Map;
import vibecheck.protocol.RemoteModel;

/**
 * What one probe found: the models a server serves (or why it did not answer), and for Ollama which of them are
 * loaded now and how much of each sits in GPU memory.
 */
public record Found(Probe probe, List<RemoteModel> models, String problem, Map<String, Loaded> loaded) {
    /** A loaded model's size in memory and the part of it in GPU memory, in bytes. */
    public record Loaded(long size, long sizeVram) {
        public int gpuPercent() {
            return size <= 0 ? 0 : (int) Math.round(100.0 * sizeVram / size);
        }
    }

    public Found(Probe probe, List<RemoteModel> models, String problem) {
        this(probe, models, problem, Map.of());
    }

    public boolean answered() {
        return problem == null;
    }
}
