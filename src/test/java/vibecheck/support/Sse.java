package vibecheck.support;

/** Builds stream bodies for the wire formats. */
public final class Sse {
    private Sse() {}

    public static String data(String... payloads) {
        StringBuilder sb = new StringBuilder();
        for (String p : payloads) sb.append("data: ").append(p).append("\n\n");
        return sb.toString();
    }

    public static String openAiDelta(String content) {
        return "{\"choices\":[{\"index\":0,\"delta\":{\"content\":" + quote(content) + "},\"finish_reason\":null}]}";
    }

    public static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
                    else sb.append(c);
                }
            }
        }
        return sb.append('"').toString();
    }
}
