package vibecheck.protocol;

import java.io.IOException;

/**
 * Server-Sent Events by the specification: lines end in LF, CRLF or CR; {@code field: value} with the space
 * optional; lines starting with {@code :} are comments; several {@code data} lines join with a newline; an empty
 * line dispatches the event. A field name other than data, event, id or retry (old llama.cpp wrote {@code error:})
 * is reported as an event of that name. An event's data may not grow past {@link Limits#MAX_EVENT_CHARS}.
 */
public final class SseReader {
    /** One dispatched event. {@code event} is "message" when the server named none. */
    public record Event(String event, String data) {}

    private final LineReader lines;
    private final StringBuilder data = new StringBuilder();
    private boolean hasData;
    private String eventName;

    public SseReader(LineReader lines) {
        this.lines = lines;
    }

    /** The next event, or null at the end of the stream (an event not closed by an empty line is still returned). */
    public Event next() throws IOException {
        String line;
        while ((line = lines.next()) != null) {
            if (line.isEmpty()) {
                Event e = take();
                if (e != null) return e;
                continue;
            }
            if (line.charAt(0) == ':') continue; // comment / keep-alive
            int colon = line.indexOf(':');
            String field = colon < 0 ? line : line.substring(0, colon);
            String value = colon < 0 ? "" : line.substring(colon + 1);
            if (value.startsWith(" ")) value = value.substring(1);
            switch (field) {
                case "data" -> {
                    if (hasData) data.append('\n');
                    if (data.length() + value.length() > Limits.MAX_EVENT_CHARS) {
                        throw new Limits.Exceeded("the server sent an event longer than "
                                + Limits.mib(Limits.MAX_EVENT_CHARS) + " without ending it; stopped reading");
                    }
                    data.append(value);
                    hasData = true;
                }
                case "event" -> eventName = value;
                case "id", "retry" -> { }
                default -> {
                    // a non-standard field carrying a payload (e.g. "error: {...}"): dispatch it on its own
                    if (!value.isEmpty()) return new Event(field, value);
                }
            }
        }
        return take();
    }

    private Event take() {
        if (!hasData) {
            eventName = null;
            return null;
        }
        Event e = new Event(eventName == null || eventName.isEmpty() ? "message" : eventName, data.toString());
        data.setLength(0);
        hasData = false;
        eventName = null;
        return e;
    }
}
