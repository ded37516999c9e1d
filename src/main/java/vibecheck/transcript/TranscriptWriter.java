package vibecheck.transcript;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * A transcript as JSON. Each record's known fields are written over the object it was read from (when it was), so
 * fields this program does not know are kept where they were, at every level, in their order.
 */
public final class TranscriptWriter {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;

    private TranscriptWriter() {}

    public static ObjectNode tree(Transcript t) {
        ObjectNode n = F.objectNode();
        n.put("schema", t.schema());
        put(n, "program", t.program());
        put(n, "id", t.id());
        put(n, "startedAt", t.startedAt());
        put(n, "savedAt", t.savedAt());
        put(n, "rater", t.rater());
        ArrayNode turns = n.putArray("turns");
        for (Transcript.Turn turn : t.turns()) turns.add(turn(turn));
        return over(t.source(), n);
    }

    /** The tree as the file's bytes; no API key or header value is ever written (see {@link vibecheck.text.Secrets}). */
    public static byte[] bytes(ObjectNode tree) {
        try {
            byte[] json = TranscriptStore.mapper().writeValueAsBytes(tree);
            if (vibecheck.text.Secrets.any()) {
                json = vibecheck.text.Secrets.redact(new String(json, java.nio.charset.StandardCharsets.UTF_8))
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            return json;
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** What the transcript says, less when it was saved: equal texts mean there is nothing new to write. */
    public static String content(ObjectNode tree) {
        ObjectNode copy = tree.deepCopy();
        copy.remove("savedAt");
        return copy.toString();
    }

    private static ObjectNode turn(Transcript.Turn t) {
        ObjectNode n = F.objectNode();
        n.put("index", t.index());
        put(n, "startedAt", t.startedAt());
        put(n, "message", t.message());
        if (t.systemPrompt() != null) {
            ObjectNode p = n.putObject("systemPrompt");
            put(p, "name", t.systemPrompt().name());
            put(p, "text", t.systemPrompt().text());
        }
        ArrayNode replies = n.putArray("replies");
        for (Transcript.Reply r : t.replies()) replies.add(reply(r));
        if (t.regenerated() != null) {
            ArrayNode old = n.putArray("regenerated");
            for (Transcript.Reply r : t.regenerated()) old.add(reply(r));
        }
        if (t.votes() != null) {
            ArrayNode votes = n.putArray("votes");
            for (Transcript.Vote v : t.votes()) votes.add(vote(v));
        }
        if (t.blindOrder() != null) {
            ArrayNode order = n.putArray("blindOrder");
            for (String name : t.blindOrder()) order.add(name);
        }
        if (t.sweepOf() != null) n.put("sweepOf", t.sweepOf());
        if (t.judgements() != null) {
            ArrayNode judgements = n.putArray("judgements"); // an LLM judge's, written as made: never changed later
            for (LlmJudgement j : t.judgements()) judgements.add(j.source());
        }
        return over(t.source(), n);
    }

    private static ObjectNode reply(Transcript.Reply r) {
        ObjectNode n = F.objectNode();
        put(n, "id", r.id());
        put(n, "contestant", r.contestant());
        put(n, "provider", r.server());
        put(n, "providerType", r.protocol());
        put(n, "baseUrl", r.baseUrl());
        put(n, "model", r.model());
        if (r.parameters() != null) n.set("parameters", r.parameters());
        put(n, "text", r.text());
        put(n, "reasoning", r.reasoning());
        put(n, "state", r.state());
        put(n, "finishReason", r.finishReason());
        put(n, "error", r.error());
        put(n, "hint", r.hint());
        if (r.metrics() != null) n.set("metrics", TranscriptStore.mapper().valueToTree(r.metrics()));
        if (r.scores() != null) {
            ArrayNode scores = n.putArray("scores");
            for (Transcript.Score s : r.scores()) scores.add(score(s));
        }
        if (r.notes() != null) {
            ArrayNode notes = n.putArray("notes");
            for (Transcript.Note note : r.notes()) notes.add(note(note));
        }
        if (r.selfIdentified() != null) n.put("selfIdentified", r.selfIdentified());
        put(n, "schedule", r.schedule());
        if (r.modelLoaded() != null) n.put("modelLoaded", r.modelLoaded());
        if (r.run() != null) n.set("run", TranscriptStore.mapper().valueToTree(r.run()));
        return over(r.source(), n);
    }

    private static ObjectNode score(Transcript.Score s) {
        ObjectNode n = F.objectNode();
        put(n, "criterion", s.criterion());
        if (s.value() == null) n.putNull("value");
        else n.put("value", s.value());
        put(n, "at", s.at());
        n.put("blind", s.blind());
        return over(s.source(), n);
    }

    private static ObjectNode note(Transcript.Note note) {
        ObjectNode n = F.objectNode();
        put(n, "text", note.text());
        put(n, "at", note.at());
        n.put("blind", note.blind());
        return over(note.source(), n);
    }

    private static ObjectNode vote(Transcript.Vote v) {
        ObjectNode n = F.objectNode();
        put(n, "kind", v.kind().word());
        put(n, "winner", v.winner());
        put(n, "left", v.left());
        put(n, "right", v.right());
        put(n, "outcome", v.outcome() == null ? null : v.outcome().word());
        put(n, "at", v.at());
        n.put("blind", v.blind());
        put(n, "supersededAt", v.supersededAt());
        put(n, "supersededBecause", v.supersededBecause());
        return over(v.source(), n);
    }

    private static void put(ObjectNode n, String field, String value) {
        if (value != null) n.put(field, value);
    }

    /** The known fields written over the object read from the file: unknown ones stay, in place. */
    static ObjectNode over(ObjectNode source, ObjectNode known) {
        if (source == null) return known;
        ObjectNode out = source.deepCopy();
        for (Map.Entry<String, JsonNode> e : known.properties()) {
            JsonNode was = out.get(e.getKey());
            if (was instanceof ObjectNode o && e.getValue() instanceof ObjectNode k && !"parameters".equals(e.getKey())) {
                out.set(e.getKey(), over(o, k));
            } else {
                out.set(e.getKey(), e.getValue());
            }
        }
        return out;
    }
}
