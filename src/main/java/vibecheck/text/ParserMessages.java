package vibecheck.text;

/** A JSON parser's message as a person should read it: its first line, without the parser's internals. */
public final class ParserMessages {
    private ParserMessages() {}

    public static String firstLine(String message) {
        if (message == null) return "syntax error";
        int nl = message.indexOf('\n');
        String line = nl < 0 ? message : message.substring(0, nl);
        line = line.replaceAll("\\s*\\((start marker|for \\w+ starting) at \\[Source:.*", "").replaceAll("\\s*at \\[Source:.*", "");
        line = line.replaceAll("\\s*\\(not recognized as one since Feature.*", "").replaceAll("\\s*\\(maybe a \\(non-standard\\) comment\\?\\)?", "");
        return line.strip();
    }
}
