package vibecheck.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a reply looks like, apart from what it says: length and Markdown structure, as Chatbot Arena counts them. */
public record StyleFeatures(double tokens, int headers, int listItems, int bold) {
    private static final Pattern HEADER = Pattern.compile("(?m)^\\s{0,3}#{1,6}\\s");
    private static final Pattern LIST_ITEM = Pattern.compile("(?m)^\\s*(?:[-*+]|\\d+[.)])\\s");
    private static final Pattern BOLD = Pattern.compile("\\*\\*[^*\\n]+\\*\\*|__[^_\\n]+__");

    /** The features of a reply: its token count when the server reported one, else its words. */
    public static StyleFeatures of(String text, Long outputTokens) {
        String t = text == null ? "" : text;
        double tokens = outputTokens != null ? outputTokens : t.isBlank() ? 0 : t.strip().split("\\s+").length;
        return new StyleFeatures(tokens, count(HEADER, t), count(LIST_ITEM, t), count(BOLD, t));
    }

    double[] vector() {
        return new double[] {tokens, headers, listItems, bold};
    }

    static final String[] NAMES = {"length", "headers", "listItems", "bold"};

    private static int count(Pattern p, String s) {
        Matcher m = p.matcher(s);
        int n = 0;
        while (m.find()) n++;
        return n;
    }
}
