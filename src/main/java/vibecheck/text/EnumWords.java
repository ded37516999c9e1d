package vibecheck.text;

import java.util.Locale;

/** An enum constant as files and configs write it: its name in lower case ({@code BOTH_BAD} is {@code both_bad}). */
public final class EnumWords {
    private EnumWords() {}

    public static String word(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    /** The constant a word names, or null when it names none (or is null). */
    public static <E extends Enum<E>> E of(Class<E> type, String word) {
        if (word == null) return null;
        for (E e : type.getEnumConstants()) if (word(e).equals(word)) return e;
        return null;
    }
}
