package vibecheck.protocol;

import com.fasterxml.jackson.databind.node.ObjectNode;
import okhttp3.Request;

/** The HTTP request for one reply, and the parameters it sends (the body without the conversation), for the record. */
public record PreparedRequest(Request http, ObjectNode parameters) {}
