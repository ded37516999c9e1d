package vibecheck.core;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import vibecheck.stream.Contestant;

/**
 * Whether a reply names its own model or vendor ("As Llama, developed by Meta…"): such a reply unblinds the judge,
 * so its votes can be left out of a blind report, as Chatbot Arena does.
 */
public final class SelfIdentification {
    private SelfIdentification() {}

    /** Family names and their vendors; a model id containing the family names both. */
    private static final String[][] FAMILIES = {
        {"llama", "meta"}, {"mixtral", "mistral"}, {"mistral", "mistral"}, {"codestral", "mistral"},
        {"gpt", "openai"}, {"chatgpt", "openai"}, {"o1", "openai"}, {"o3", "openai"}, {"o4", "openai"},
        {"claude", "anthropic"}, {"gemma", "google"}, {"gemini", "google"}, {"qwen", "alibaba"},
        {"deepseek", "deepseek"}, {"phi", "microsoft"}, {"command", "cohere"}, {"granite", "ibm"},
        {"falcon", "tii"}, {"yi", "01.ai"}, {"olmo", "allen"}, {"smollm", "hugging face"},
    };

    public static boolean namesItself(String text, Contestant c) {
        if (text == null || text.isEmpty()) return false;
        Set<String> words = names(c.model().model() + " " + c.model().name(), c.server().type());
        String lower = text.toLowerCase(Locale.ROOT);
        for (String w : words) {
            if (Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(w) + "(?![\\p{L}])").matcher(lower).find()) return true;
        }
        return false;
    }

    static Set<String> names(String modelIds, String protocol) {
        Set<String> out = new LinkedHashSet<>();
        String ids = modelIds.toLowerCase(Locale.ROOT);
        for (String[] f : FAMILIES) {
            if (Pattern.compile("(?<![a-z])" + Pattern.quote(f[0]) + "(?![a-z])").matcher(ids.replaceAll("[^a-z0-9.]+", " ")).find()
                    || (f[0].length() > 3 && ids.contains(f[0]))) {
                if (f[0].length() > 2) out.add(f[0]);
                out.add(f[1]);
            }
        }
        if (protocol.equals("anthropic")) out.add("claude");
        if (protocol.equals("anthropic")) out.add("anthropic");
        return out;
    }
}
