package vibecheck.core;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import vibecheck.transcript.Transcript;

/** The scores and notes the person judging gave one reply, as a history: the latest score per criterion counts. */
public final class ScoreSheet {
    private final List<Transcript.Score> scores = new ArrayList<>();
    private final List<Transcript.Note> notes = new ArrayList<>();

    void score(Transcript.Score s) {
        scores.add(s);
    }

    void note(Transcript.Note n) {
        notes.add(n);
    }

    /** Current score per criterion key (cleared ones absent). */
    public Map<String, Integer> current() {
        return Transcript.Score.current(scores);
    }

    public List<Transcript.Note> notes() {
        return Collections.unmodifiableList(notes);
    }

    List<Transcript.Score> scoreHistory() {
        return scores;
    }

    void restore(List<Transcript.Score> s, List<Transcript.Note> n) {
        if (s != null) scores.addAll(s);
        if (n != null) notes.addAll(n);
    }
}
