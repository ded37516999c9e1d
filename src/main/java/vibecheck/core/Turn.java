package vibecheck.core;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import vibecheck.config.SystemPrompt;
import vibecheck.transcript.Transcript;

/** One user message, the system prompt it was sent with, and every contestant's reply. */
public final class Turn {
    private final int index;
    private final Instant startedAt;
    private final String message;
    private final SystemPrompt systemPrompt;
    private final List<Reply> replies = new ArrayList<>();
    private final List<Reply> regenerated = new ArrayList<>();

    Turn(int index, Instant startedAt, String message, SystemPrompt systemPrompt) {
        this.index = index;
        this.startedAt = startedAt;
        this.message = message;
        this.systemPrompt = systemPrompt;
    }

    public int index() { return index; }
    public String message() { return message; }
    public SystemPrompt systemPrompt() { return systemPrompt; }
    public List<Reply> replies() { return Collections.unmodifiableList(replies); }

    void add(Reply r) {
        replies.add(r);
    }

    void replace(int position, Reply r) {
        regenerated.add(replies.set(position, r));
    }

    public boolean done() {
        return replies.stream().allMatch(r -> r.state().isFinal());
    }

    Transcript.Turn record() {
        return new Transcript.Turn(index, startedAt.toString(), message,
                new Transcript.Prompt(systemPrompt.name(), systemPrompt.text()),
                replies.stream().map(Reply::record).toList(),
                regenerated.isEmpty() ? null : regenerated.stream().map(Reply::record).toList());
    }
}
