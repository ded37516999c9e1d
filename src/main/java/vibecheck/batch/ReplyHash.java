package vibecheck.batch;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import vibecheck.protocol.ChatMessage;
import vibecheck.protocol.ChatRequest;
import vibecheck.stream.Contestant;

/**
 * The identity of a reply in a run: SHA-256 over the server (protocol and address), the model, the parameters
 * exactly as they would be sent, the system prompt, the messages and the sample number. Two requests with the same
 * hash would ask the same thing, so a reply already finished under it is never asked for again.
 */
public final class ReplyHash {
    private ReplyHash() {}

    public static String of(Contestant c, ChatRequest request, int repeat) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        ObjectNode o = f.objectNode();
        o.put("protocol", c.server().type());
        o.put("server", c.server().baseUrl());
        o.put("model", c.model().model());
        JsonNode parameters = c.protocol().prepare(request).parameters();
        o.set("parameters", parameters);
        o.put("system", request.system() == null ? "" : request.system());
        ArrayNode messages = o.putArray("messages");
        for (ChatMessage m : request.messages()) messages.addObject().put("role", m.role()).put("content", m.content());
        o.put("repeat", repeat);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(o.toString().getBytes(StandardCharsets.UTF_8));
            return "sha256:" + HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
