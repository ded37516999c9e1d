package vibecheck.core;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vibecheck.discovery.Found;
import vibecheck.protocol.RemoteModel;

/** The model picker: every model the servers on this machine serve, and which of them are chosen as contestants. */
public final class Picker {
    public static final int MAX_CHOSEN = 6;

    /** One model on one server, as the picker lists it. */
    public record Entry(Found server, RemoteModel model) {
        public Found.Loaded loaded() {
            return server.loaded().get(model.id());
        }
    }

    public final List<Found> found;
    public final List<Entry> entries = new ArrayList<>();
    public final Set<Integer> chosen = new LinkedHashSet<>();
    public int cursor;

    public Picker(List<Found> found, List<String> alreadyChosen) {
        this.found = List.copyOf(found);
        for (Found f : found) for (RemoteModel m : f.models()) entries.add(new Entry(f, m));
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (alreadyChosen.contains(e.server().probe().name() + "/" + e.model().id())) chosen.add(i);
        }
    }

    public boolean empty() {
        return entries.isEmpty();
    }

    void move(int step) {
        if (entries.isEmpty()) return;
        cursor = Math.max(0, Math.min(entries.size() - 1, cursor + step));
    }

    /** Toggles the entry under the cursor; returns a problem to show, or null. */
    String toggle() {
        if (entries.isEmpty()) return null;
        if (chosen.remove(cursor)) return null;
        if (chosen.size() >= MAX_CHOSEN) return "at most " + MAX_CHOSEN + " contestants: unchoose one first";
        chosen.add(cursor);
        return null;
    }

    public List<Entry> chosenEntries() {
        List<Entry> out = new ArrayList<>();
        for (int i : chosen) out.add(entries.get(i));
        return out;
    }
}
