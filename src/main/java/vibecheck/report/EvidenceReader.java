package vibecheck.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Reads transcripts (files, or folders searched recursively) into {@link Evidence}. It reads the JSON tree, not
 * the program's own records, so every schema vibecheck has written loads and fields added later are ignored.
 * Only current judgements count: the latest score per criterion (a cleared one counts as none), the latest vote
 * of each kind on a turn (earlier ones, or ones marked {@code supersededAt}, are history).
 */
public final class EvidenceReader {
    /** What to keep: every rater, or one; everything, or only what was judged blind. */
    public record Filter(String rater, boolean blindOnly) {
        public static final Filter ALL = new Filter(null, false);
    }

    private final ObjectMapper mapper = new ObjectMapper();
    private final Filter filter;
    private final Evidence evidence = new Evidence();

    private EvidenceReader(Filter filter) {
        this.filter = filter;
    }

    public static Evidence read(List<Path> paths, Filter filter) throws IOException {
        EvidenceReader r = new EvidenceReader(filter);
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> files = Files.walk(p)) {
                    for (Path f : files.filter(f -> f.toString().endsWith(".json") && Files.isRegularFile(f)).sorted().toList()) {
                        r.file(f);
                    }
                }
            } else if (Files.isRegularFile(p)) {
                r.file(p);
            } else {
                throw new IOException(p + ": no such file or folder");
            }
        }
        return r.evidence;
    }

    /** The evidence in transcripts already in memory (the session on screen, a run being judged). */
    public static Evidence fromTrees(List<JsonNode> trees, Filter filter) {
        EvidenceReader r = new EvidenceReader(filter);
        int n = 0;
        for (JsonNode t : trees) r.transcript(t, "transcript " + (++n));
        return r.evidence;
    }

    private void file(Path f) {
        JsonNode root;
        try {
            root = mapper.readTree(f.toFile());
        } catch (IOException e) {
            evidence.skipped.add(f + ": not JSON (" + e.getClass().getSimpleName() + ")");
            return;
        }
        transcript(root, f.toString());
    }

    private void transcript(JsonNode root, String f) {
        if (root == null || !root.isObject() || !root.has("schema") || !root.path("turns").isArray()) {
            evidence.skipped.add(f + ": not a vibecheck transcript");
            return;
        }
        int schema = root.path("schema").asInt(-1);
        if (schema < vibecheck.transcript.Transcript.OLDEST_SCHEMA || schema > vibecheck.transcript.Transcript.SCHEMA) {
            evidence.skipped.add(f + ": schema " + root.path("schema").asText() + (schema > vibecheck.transcript.Transcript.SCHEMA
                    ? ", written by a newer vibecheck than this one" : ", not one vibecheck wrote"));
            return;
        }
        evidence.files++;
        String rater = root.path("rater").asText("unknown");
        String session = root.path("id").asText(f);
        for (JsonNode turn : root.path("turns")) turn(f, session, rater, turn);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || v.isNull() ? null : v.asText();
    }

    private void turn(String f, String session, String rater, JsonNode turn) {
        String prompt = turn.path("systemPrompt").path("name").asText("none");
        if (prompt.isEmpty()) prompt = "none";
        JsonNode replies = turn.path("replies");
        String suiteItem = null;
        Map<String, JsonNode> byName = new HashMap<>();
        for (JsonNode r : replies) {
            String c = text(r, "contestant");
            if (c != null) byName.put(c, r);
            JsonNode run = r.get("run"); // a suite run's reply: its suite and item
            if (suiteItem == null && run != null && run.hasNonNull("item")) {
                suiteItem = run.path("suite").asText("") + "#" + run.get("item").asText() + "#" + turn.path("index").asText();
            }
        }
        // the unit the bootstrap resamples: a suite item under one system prompt (its samples together), else a turn
        String item = suiteItem != null ? suiteItem + "/" + prompt : session + "/" + turn.path("index").asText();
        // what was asked: the same suite item, or the same message under the same system prompt, asked again
        String question = suiteItem != null ? suiteItem + "/" + prompt : prompt + "\u0000" + turn.path("message").asText("");
        boolean raterKept = filter.rater() == null || filter.rater().equals(rater);
        evidence.systemPrompts.add(prompt);
        for (JsonNode r : replies) reply(r, rater, raterKept, item, question, prompt);
        votes(turn.path("votes"), byName, rater, raterKept, item, question, prompt);
        JudgeEvidenceReader.turn(turn, session + "/" + turn.path("index").asText(), raterKept, filter.blindOnly(), evidence.judges);
    }

    private static boolean finished(JsonNode reply) {
        return reply != null && "finished".equals(text(reply, "state"));
    }

    private void reply(JsonNode r, String rater, boolean raterKept, String item, String question, String prompt) {
        String contestant = text(r, "contestant");
        if (contestant == null) return;
        evidence.contestants.add(contestant);
        JsonNode m = r.path("metrics");
        if (finished(r)) {
            evidence.replies.add(new Evidence.Reply(contestant, r.path("text").asText(""),
                    m.hasNonNull("outputTokens") ? m.get("outputTokens").asLong() : null,
                    m.hasNonNull("ttftMs") ? m.get("ttftMs").asLong() : null,
                    m.hasNonNull("tokensPerSecond") ? m.get("tokensPerSecond").asDouble() : null,
                    m.hasNonNull("loadMs") ? m.get("loadMs").asLong() : null,
                    vibecheck.config.Schedule.SEQUENTIAL.word().equals(text(r, "schedule"))));
        }
        Map<String, JsonNode> current = new java.util.LinkedHashMap<>();
        for (JsonNode s : r.path("scores")) {
            String criterion = text(s, "criterion");
            if (criterion == null) continue;
            current.put(criterion, s); // the latest event per criterion is the score
        }
        for (var e : current.entrySet()) {
            JsonNode s = e.getValue();
            if (!s.hasNonNull("value")) continue; // cleared
            evidence.criteria.add(e.getKey());
            int value = s.get("value").asInt();
            boolean blind = s.path("blind").asBoolean(false);
            if (!s.get("value").isIntegralNumber() || value < 1 || value > 5) evidence.excluded.invalid++;
            else if (!raterKept) evidence.excluded.otherRater++;
            else if (!finished(r)) evidence.excluded.failed++;
            else if (filter.blindOnly() && !blind) evidence.excluded.notBlind++;
            else {
                evidence.raters.add(rater);
                evidence.scores.add(new Evidence.Score(rater, item, question, contestant, e.getKey(), value, prompt, blind));
            }
        }
    }

    private void votes(JsonNode votes, Map<String, JsonNode> byName, String rater, boolean raterKept, String item,
                       String question, String prompt) {
        Map<String, JsonNode> current = new java.util.LinkedHashMap<>();
        for (JsonNode v : votes) {
            String kind = text(v, "kind");
            if (kind == null) continue;
            if (v.hasNonNull("supersededAt")) {
                evidence.excluded.superseded++;
                continue;
            }
            if (current.put(kind, v) != null) evidence.excluded.superseded++; // an older file: the later vote counts
        }
        for (JsonNode v : current.values()) {
            boolean blind = v.path("blind").asBoolean(false);
            List<BradleyTerry.Outcome> outcomes = new ArrayList<>();
            List<JsonNode> involved = new ArrayList<>(); // must have finished for the vote to count
            List<JsonNode> compared = new ArrayList<>(); // any that named itself while blind spoils the vote
            String kind = text(v, "kind");
            String left = text(v, "left");
            String right = text(v, "right");
            String outcome = text(v, "outcome");
            if ("best".equals(kind) && !byName.containsKey(text(v, "winner"))) {
                evidence.excluded.invalid++; // a winner that is none of the turn's replies
                continue;
            } else if ("pair".equals(kind) && (!byName.containsKey(left) || !byName.containsKey(right))) {
                evidence.excluded.invalid++;
                continue;
            }
            if ("best".equals(kind)) {
                String winner = text(v, "winner");
                involved.add(byName.get(winner));
                compared.add(byName.get(winner));
                for (var e : byName.entrySet()) {
                    if (!e.getKey().equals(winner) && finished(e.getValue())) {
                        outcomes.add(new BradleyTerry.Outcome(winner, e.getKey(), 1));
                        compared.add(e.getValue());
                    }
                }
            } else if ("pair".equals(kind) && left != null && right != null) {
                involved.add(byName.get(left));
                involved.add(byName.get(right));
                compared.addAll(involved);
                double score = switch (String.valueOf(outcome)) {
                    case "left" -> 1;
                    case "right" -> 0;
                    case "tie", "both_bad" -> 0.5;
                    default -> -1;
                };
                if (score < 0) {
                    evidence.excluded.invalid++;
                    continue;
                }
                outcomes.add(new BradleyTerry.Outcome(left, right, score));
            } else {
                evidence.excluded.invalid++;
                continue;
            }
            if (!raterKept) evidence.excluded.otherRater++;
            else if (involved.stream().anyMatch(r -> !finished(r))) evidence.excluded.failed++;
            else if (blind && compared.stream().anyMatch(r -> r.path("selfIdentified").asBoolean(false))) evidence.excluded.selfIdentified++;
            else if (filter.blindOnly() && !blind) evidence.excluded.notBlind++;
            else {
                evidence.raters.add(rater);
                Map<String, StyleFeatures> style = new HashMap<>();
                for (var e : byName.entrySet()) {
                    JsonNode tokens = e.getValue().path("metrics").get("outputTokens");
                    style.put(e.getKey(), StyleFeatures.of(e.getValue().path("text").asText(""),
                            tokens == null || tokens.isNull() ? null : tokens.asLong()));
                }
                evidence.votes.add(new Evidence.Vote(rater, item, question, kind, blind, prompt, left, right, outcome, outcomes, style));
            }
        }
    }
}
