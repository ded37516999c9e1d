package vibecheck.llmjudge;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import vibecheck.transcript.AtomicFile;
import vibecheck.transcript.LlmJudgement;
import vibecheck.transcript.Transcript;
import vibecheck.transcript.TranscriptFormatException;
import vibecheck.transcript.TranscriptLock;
import vibecheck.transcript.TranscriptStore;
import vibecheck.transcript.TranscriptWriter;

/**
 * A transcript being given judgements: this process is its one writer while it is open (the transcript's lock; a
 * file another vibecheck writes is refused, never shared). Each judgement is checked as the reader checks it and the
 * file rewritten whole (atomically) at once, so a stop at any moment leaves it complete with what was judged.
 */
public final class JudgementFile implements AutoCloseable {
    private final Path file;
    private final Clock clock;
    private Transcript transcript;

    private JudgementFile(Path file, Clock clock, Transcript transcript) {
        this.file = file;
        this.clock = clock;
        this.transcript = transcript;
    }

    /** Takes the file's lock and reads it; an {@link IOException} says who writes it when someone else does. */
    public static JudgementFile open(Path file, Clock clock) throws IOException, TranscriptFormatException {
        String holder = TranscriptLock.acquire(file);
        if (holder != null) throw new IOException("it is being written by " + holder + "; judge it once that is closed");
        try {
            return new JudgementFile(file, clock, TranscriptStore.read(file));
        } catch (IOException | TranscriptFormatException | RuntimeException e) {
            TranscriptLock.release(file);
            throw e;
        }
    }

    public Transcript transcript() {
        return transcript;
    }

    /** Adds one judgement to turn {@code turnIndex} (0-based) and saves the file. */
    public LlmJudgement add(int turnIndex, ObjectNode judgement) throws IOException, TranscriptFormatException {
        Transcript.Turn turn = transcript.turns().get(turnIndex);
        List<String> names = turn.replies().stream().map(Transcript.Reply::contestant).toList();
        int position = turn.judgements() == null ? 1 : turn.judgements().size() + 1;
        LlmJudgement j = LlmJudgement.read(judgement, "turn " + (turnIndex + 1) + ", judgement " + position, names);
        List<LlmJudgement> now = new ArrayList<>(turn.judgements() == null ? List.of() : turn.judgements());
        now.add(j);
        List<Transcript.Turn> turns = new ArrayList<>(transcript.turns());
        turns.set(turnIndex, turn.withJudgements(now));
        Transcript next = new Transcript(transcript.schema(), transcript.program(), transcript.id(), transcript.startedAt(),
                clock.instant().toString(), turns, transcript.source(), transcript.rater());
        AtomicFile.write(file, TranscriptWriter.bytes(TranscriptWriter.tree(next)));
        transcript = next;
        return j;
    }

    @Override
    public void close() {
        TranscriptLock.release(file);
    }
}
