package vibecheck.llmjudge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import vibecheck.transcript.Transcript;

/**
 * Takes the contestants' names and models out of a judge's reason before it is kept for showing: a judge that
 * read a name in a reply (or guessed one) must not tell a person judging blind who wrote what. Names shorter than
 * three characters are left alone (they would eat ordinary words).
 */
public final class NameRedactor {
    public static final String MASK = "[name]";
    private final Pattern pattern;

    private NameRedactor(Set<String> names) {
        List<String> sorted = new ArrayList<>(names);
        sorted.sort(Comparator.comparingInt(String::length).reversed());
        StringBuilder re = new StringBuilder();
        for (String n : sorted) {
            if (n.length() < 3) continue;
            if (!re.isEmpty()) re.append('|');
            re.append(Pattern.quote(n));
        }
        pattern = re.isEmpty() ? null : Pattern.compile(re.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    public static NameRedactor of(Transcript t) {
        Set<String> names = new LinkedHashSet<>();
        for (Transcript.Turn turn : t.turns()) {
            for (Transcript.Reply r : turn.replies()) {
                add(names, r.contestant());
                add(names, r.model());
            }
        }
        return new NameRedactor(names);
    }

    private static void add(Set<String> names, String name) {
        if (name == null || name.isBlank()) return;
        names.add(name.strip());
        int colon = name.indexOf(':'); // llama3:70b is called llama3 too
        if (colon > 0) names.add(name.substring(0, colon).strip());
        int slash = name.lastIndexOf('/'); // meta-llama/Llama-3-8B is called Llama-3-8B too
        if (slash >= 0 && slash < name.length() - 1) names.add(name.substring(slash + 1).strip());
    }

    public String redact(String text) {
        if (text == null || pattern == null) return text;
        return pattern.matcher(text).replaceAll(java.util.regex.Matcher.quoteReplacement(MASK));
    }
}
