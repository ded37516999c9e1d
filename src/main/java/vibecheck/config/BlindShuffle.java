package vibecheck.config;

import java.util.Arrays;

/** How blind mode draws the panel order: once for the session, or anew for every turn. */
public enum BlindShuffle {
    SESSION("one random panel order per session"),
    TURN("a new one each turn");

    private final String description;

    BlindShuffle(String description) {
        this.description = description;
    }

    /** The word in the config and a suite: {@code session}, {@code turn}. */
    public String word() {
        return vibecheck.text.EnumWords.word(this);
    }

    /** The shuffle a word names, or null when it names none. */
    public static BlindShuffle of(String word) {
        return vibecheck.text.EnumWords.of(BlindShuffle.class, word);
    }

    /** Every word with what it means, for a message. */
    public static String choices() {
        return String.join(" or ", Arrays.stream(values()).map(s -> "\"" + s.word() + "\" (" + s.description + ")").toList());
    }
}
