package vibecheck.protocol;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Extracts the server's own error message from the shapes servers use, verbatim. */
public final class ErrorBodies {
    private static final Pattern TITLE = Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern H1 = Pattern.compile("<h1[^>]*>(.*?)</h1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final int MAX_RAW = 300;

    private ErrorBodies() {}

    /** The message in a failed response body: JSON error shapes, an HTML page from a proxy, or the text itself. */
    public static String message(int status, String contentType, String body) {
        String trimmed = body == null ? "" : body.strip();
        if (trimmed.startsWith("{")) {
            try {
                String m = fromJson(Json.MAPPER.readTree(trimmed));
                if (m != null) return m;
            } catch (Exception ignored) {
                // not JSON after all: fall through to the raw text
            }
        }
        if (looksLikeHtml(contentType, trimmed)) {
            String title = firstMatch(TITLE, trimmed);
            if (title == null) title = firstMatch(H1, trimmed);
            return "HTTP " + status + " with an HTML page (a proxy or gateway answered, not the model server)"
                    + (title == null ? "" : ": " + title);
        }
        if (trimmed.isEmpty()) return "HTTP " + status + " with an empty body";
        return trimmed.length() > MAX_RAW ? trimmed.substring(0, MAX_RAW) + "…" : trimmed;
    }

    /**
     * The message in a JSON error: {@code {"error":{"message":…}}}, {@code {"error":"…"}},
     * {@code {"type":"error","error":{…}}}, or {@code {"message":…}}. Null when the object carries no error.
     */
    public static String fromJson(JsonNode node) {
        if (node == null || !node.isObject()) return null;
        JsonNode error = node.get("error");
        if (error != null && !error.isNull()) {
            if (error.isTextual()) return error.textValue();
            if (error.isObject()) {
                String m = text(error.get("message"));
                if (m == null) m = text(error.get("msg"));
                String type = text(error.get("type"));
                if (m != null) return m;
                if (type != null) return type;
                return error.toString();
            }
            return error.toString();
        }
        if ("error".equals(text(node.get("type"))) || node.has("detail")) {
            String m = text(node.get("message"));
            if (m == null) m = text(node.get("detail"));
            return m == null ? node.toString() : m;
        }
        if (node.has("message") && !node.has("choices") && !node.has("done")) return text(node.get("message"));
        return null;
    }

    private static String text(JsonNode n) {
        return n != null && n.isTextual() ? n.textValue() : null;
    }

    private static boolean looksLikeHtml(String contentType, String body) {
        if (contentType != null && contentType.toLowerCase().contains("html")) return true;
        String head = body.length() > 200 ? body.substring(0, 200).toLowerCase() : body.toLowerCase();
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<head") || head.contains("<body");
    }

    private static String firstMatch(Pattern p, String s) {
        Matcher m = p.matcher(s);
        if (!m.find()) return null;
        String t = m.group(1).replaceAll("<[^>]+>", "").replaceAll("\\s+", " ").strip();
        return t.isEmpty() ? null : t;
    }
}
