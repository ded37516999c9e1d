package vibecheck.llmjudge;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The texts a judge is asked with: the shipped ones ({@value #RESOURCE}) with the config's {@code judgePrompts}
 * laid over them. {@link #version} is a hash of the texts used, recorded with every judgement, so a changed prompt
 * is asked again and its answers are never mixed up with the old ones.
 */
public final class JudgePrompts {
    public static final String RESOURCE = "/vibecheck/judge-prompts.yaml";
    static final String[] NAMES = {"system", "score", "pair", "retry"};

    private final Map<String, String> texts;
    private final String version;

    private JudgePrompts(Map<String, String> texts) {
        this.texts = texts;
        StringBuilder all = new StringBuilder();
        for (String name : NAMES) all.append(name).append('\u0000').append(texts.get(name)).append('\u0000');
        this.version = sha256(all.toString()).substring(0, 12);
    }

    /** The shipped prompts with {@code overrides} (by name) in their place. */
    public static JudgePrompts of(Map<String, String> overrides) {
        Map<String, String> texts = new LinkedHashMap<>(shipped());
        texts.putAll(overrides);
        return new JudgePrompts(texts);
    }

    static Map<String, String> shipped() {
        try (InputStream in = JudgePrompts.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException(RESOURCE + " is missing from the program");
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, String> out = new LinkedHashMap<>();
            for (String name : NAMES) {
                JsonNode t = root.get(name);
                if (t == null || !t.isTextual()) throw new IllegalStateException(RESOURCE + ": no " + name + " prompt");
                out.put(name, t.textValue().strip());
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A short hash of every prompt text used: the same texts, the same version. */
    public String version() {
        return version;
    }

    public String text(String name) {
        return texts.get(name);
    }

    /** The prompt {@code name} with each {@code {{key}}} replaced; values are put in once, never read for placeholders. */
    public String fill(String name, Map<String, String> values) {
        String t = texts.get(name);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < t.length()) {
            int open = t.indexOf("{{", i);
            int close = open < 0 ? -1 : t.indexOf("}}", open + 2);
            if (open < 0 || close < 0) {
                out.append(t, i, t.length());
                break;
            }
            String key = t.substring(open + 2, close);
            String value = values.get(key);
            out.append(t, i, open).append(value != null ? value : t.substring(open, close + 2));
            i = close + 2;
        }
        return out.toString();
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
