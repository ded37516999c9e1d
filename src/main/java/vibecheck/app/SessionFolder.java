package vibecheck.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import vibecheck.core.Msg;
import vibecheck.core.SessionList;
import vibecheck.transcript.Transcript;
import vibecheck.transcript.TranscriptStore;

/** Reads the transcripts folder into the past sessions list: newest first, unreadable files counted, not fatal. */
final class SessionFolder {
    private SessionFolder() {}

    static Msg.SessionsListed read(Path folder, int criteria) {
        if (folder == null || !Files.isDirectory(folder)) {
            return new Msg.SessionsListed(new SessionList(folder, List.of(), 0), null);
        }
        List<SessionList.Entry> entries = new ArrayList<>();
        int unreadable = 0;
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json") && Files.isRegularFile(p)).toList();
        } catch (IOException e) {
            return new Msg.SessionsListed(null, "cannot read the transcripts folder " + folder + ": " + e.getMessage());
        }
        for (Path p : files) {
            try {
                Transcript t = TranscriptStore.read(p);
                if (t == null || t.turns() == null || t.turns().isEmpty() || t.turns().get(0).replies() == null) {
                    unreadable++;
                    continue;
                }
                entries.add(entry(p, t, criteria));
            } catch (IOException | vibecheck.transcript.TranscriptFormatException | RuntimeException e) {
                unreadable++;
            }
        }
        entries.sort(Comparator.comparing(SessionList.Entry::startedAt).reversed());
        return new Msg.SessionsListed(new SessionList(folder, entries, unreadable), null);
    }

    private static SessionList.Entry entry(Path p, Transcript t, int criteria) {
        List<String> names = t.turns().get(0).replies().stream().map(Transcript.Reply::contestant).toList();
        int scores = 0;
        int replies = 0;
        int votes = 0;
        for (Transcript.Turn turn : t.turns()) {
            if (turn.votes() != null) votes += turn.votes().size();
            if (turn.replies() == null) continue;
            for (Transcript.Reply r : turn.replies()) {
                replies++;
                if (r.scores() == null) continue;
                // the current score per criterion: the last one given (a cleared one counts as none)
                java.util.Map<String, Integer> current = new java.util.HashMap<>();
                for (Transcript.Score sc : r.scores()) current.put(sc.criterion(), sc.value());
                scores += (int) current.values().stream().filter(java.util.Objects::nonNull).count();
            }
        }
        String started = t.startedAt() == null ? p.getFileName().toString() : t.startedAt().replace('T', ' ');
        if (started.length() > 16 && t.startedAt() != null) started = started.substring(0, 16);
        String first = t.turns().get(0).message() == null ? "" : t.turns().get(0).message();
        return new SessionList.Entry(p, started, names, t.turns().size(), scores, replies * criteria, votes, first);
    }
}
