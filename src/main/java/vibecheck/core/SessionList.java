package vibecheck.core;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The past sessions in the transcripts folder, newest first, filtered by what the user types. */
public final class SessionList {
    /** One saved session as the list shows it. */
    public record Entry(Path path, String startedAt, List<String> contestants, int turns, int scores, int possibleScores,
                        int votes, String firstMessage) {
        String haystack() {
            return (startedAt + " " + String.join(" ", contestants) + " " + firstMessage + " " + path.getFileName()).toLowerCase(Locale.ROOT);
        }
    }

    private final List<Entry> all;
    /** Files in the folder that could not be read as transcripts. */
    public final int unreadable;
    public final Path folder;
    private final StringBuilder filter = new StringBuilder();
    private int selected;

    public SessionList(Path folder, List<Entry> newestFirst, int unreadable) {
        this.folder = folder;
        this.all = List.copyOf(newestFirst);
        this.unreadable = unreadable;
    }

    public String filter() {
        return filter.toString();
    }

    public List<Entry> shown() {
        String f = filter.toString().toLowerCase(Locale.ROOT).strip();
        if (f.isEmpty()) return all;
        List<Entry> out = new ArrayList<>();
        for (Entry e : all) {
            boolean every = true;
            for (String word : f.split("\\s+")) every &= e.haystack().contains(word);
            if (every) out.add(e);
        }
        return out;
    }

    public int total() {
        return all.size();
    }

    public int selected() {
        return Math.max(0, Math.min(selected, shown().size() - 1));
    }

    void move(int step) {
        int n = shown().size();
        if (n > 0) selected = Math.max(0, Math.min(n - 1, selected() + step));
    }

    void type(String text) {
        filter.append(text);
        selected = 0;
    }

    void backspace() {
        if (filter.length() > 0) filter.setLength(filter.length() - 1);
        selected = 0;
    }

    Entry chosen() {
        List<Entry> s = shown();
        return s.isEmpty() ? null : s.get(selected());
    }
}
