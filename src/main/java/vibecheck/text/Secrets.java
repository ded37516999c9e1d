package vibecheck.text;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The API keys and custom header values this process sends, so that none of them is ever printed, saved or
 * exported: a server that echoes a key in an error body, or streams it back as text, shows {@code ***} instead.
 * Values are registered as the adapters that send them are built. Values shorter than {@link #MIN_LENGTH} are not
 * secrets worth hiding and would turn ordinary words into stars, so they are left alone.
 */
public final class Secrets {
    public static final String MASK = "***";
    public static final int MIN_LENGTH = 6;
    private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();
    private static volatile List<String> longestFirst = List.of();

    private Secrets() {}

    public static void register(String value) {
        if (value == null) return;
        String v = value.strip();
        if (v.length() < MIN_LENGTH || !VALUES.add(v)) return;
        String escaped = jsonEscaped(v);
        if (!escaped.equals(v)) VALUES.add(escaped); // as it appears inside a JSON string
        synchronized (Secrets.class) {
            List<String> all = new ArrayList<>(VALUES);
            all.sort(Comparator.comparingInt(String::length).reversed());
            longestFirst = List.copyOf(all);
        }
    }

    /** Whether any value is registered (when none is, nothing needs looking at). */
    public static boolean any() {
        return !longestFirst.isEmpty();
    }

    /** The text with every registered value replaced by {@code ***}. */
    public static String redact(String s) {
        List<String> secrets = longestFirst;
        if (s == null || secrets.isEmpty()) return s;
        String out = s;
        for (String secret : secrets) {
            if (out.contains(secret)) out = out.replace(secret, MASK);
        }
        return out;
    }

    /** A filter for one stream of text chunks: a value split across two chunks is still caught. */
    public static Stream stream() {
        return new Stream();
    }

    /** Stateful redaction of a stream: holds back a tail that could be the start of a secret until it is decided. */
    public static final class Stream {
        private String pending = "";

        private Stream() {}

        public String feed(String chunk) {
            List<String> secrets = longestFirst;
            if (secrets.isEmpty() && pending.isEmpty()) return chunk;
            String text = redact(pending + chunk);
            int keep = heldBack(text, secrets);
            pending = text.substring(text.length() - keep);
            return text.substring(0, text.length() - keep);
        }

        /** What is still held back, at the end of the stream. */
        public String flush() {
            String rest = redact(pending);
            pending = "";
            return rest;
        }

        /** The length of the longest end of {@code text} that is the beginning of some secret. */
        private static int heldBack(String text, List<String> secrets) {
            int best = 0;
            for (String secret : secrets) {
                int max = Math.min(secret.length() - 1, text.length());
                char first = secret.charAt(0);
                for (int n = max; n > best; n--) {
                    if (text.charAt(text.length() - n) == first && text.regionMatches(text.length() - n, secret, 0, n)) {
                        best = n;
                        break;
                    }
                }
            }
            return best;
        }
    }

    private static String jsonEscaped(String v) {
        StringBuilder sb = new StringBuilder();
        for (char c : v.toCharArray()) {
            if (c == '"' || c == '\\') sb.append('\\').append(c);
            else if (c < 0x20) sb.append(String.format("\\u%04x", (int) c));
            else sb.append(c);
        }
        return sb.toString();
    }
}
