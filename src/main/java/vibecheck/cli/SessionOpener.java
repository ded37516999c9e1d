package vibecheck.cli;

import java.nio.file.Path;
import java.time.Clock;
import java.util.function.Function;
import vibecheck.config.Config;
import vibecheck.core.Msg;
import vibecheck.core.Session;
import vibecheck.transcript.Transcript;

/** Opens a past session in the running UI the way {@code vibecheck review} does: checked, restored, blind if never judged or last judged blind. */
public final class SessionOpener {
    private SessionOpener() {}

    public static Function<Path, Msg.SessionOpened> of(Config config, Io io) {
        return path -> {
            try {
                Transcript t = TranscriptFiles.read("open", path.toString(), io);
                ReviewContestants who = ReviewContestants.of(t, config, io.env(), false, path.toString());
                Session session = Session.restore(t, who.contestants(), Clock.systemUTC());
                session.failureHints(who.hints());
                return new Msg.SessionOpened(session, path, TranscriptFiles.opensBlind(t), null);
            } catch (UsageException | RuntimeException e) {
                return new Msg.SessionOpened(null, path, false, "cannot open it: " + e.getMessage());
            }
        };
    }
}
