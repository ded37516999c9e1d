package vibecheck.suite;

/**
 * One way of writing a suite down. Each format says which file names it reads and turns a file's text into a
 * {@link Suite}, reporting problems as {@code file:line: what}. Formats are listed in {@link SuiteLoader}.
 */
public interface SuiteFormat {
    /** The format's name as messages use it ("YAML", "text"). */
    String name();

    /** The file names it reads, for messages ("*.yaml, *.yml"). */
    String fileNames();

    /** Whether this format reads files with this name (by extension). */
    boolean reads(String fileName);

    /**
     * @param shown       the file as messages name it
     * @param defaultName the suite's name when the file gives none (the file name without extension)
     */
    Suite parse(String shown, String defaultName, String text) throws SuiteException;

    /**
     * Parses a file that may refer to others ({@code file://} in a promptfoo config), resolved against {@code folder}.
     * Formats that refer to nothing need not override it.
     */
    default Suite parse(java.nio.file.Path folder, String shown, String defaultName, String text) throws SuiteException {
        return parse(shown, defaultName, text);
    }

    /**
     * Whether the content plainly is this format (a top-level key only it has), so that its own problems are
     * reported whole rather than each format's first.
     */
    default boolean looksLike(String fileName, String text) {
        return false;
    }
}
