package vibecheck.config;

import java.util.Arrays;

/** How the replies to one message are scheduled, as the config, suites and transcripts write it. */
public enum Schedule {
    PARALLEL("all contestants at once"),
    SEQUENTIAL("one after another");

    private final String description;

    Schedule(String description) {
        this.description = description;
    }

    /** The word in the config, a suite and a transcript: {@code parallel}, {@code sequential}. */
    public String word() {
        return vibecheck.text.EnumWords.word(this);
    }

    /** The schedule a word names, or null when it names none. */
    public static Schedule of(String word) {
        return vibecheck.text.EnumWords.of(Schedule.class, word);
    }

    /** Every word with what it means, for a message: {@code "parallel" (all contestants at once) or …}. */
    public static String choices() {
        return String.join(" or ", Arrays.stream(values()).map(s -> "\"" + s.word() + "\" (" + s.description + ")").toList());
    }
}
