package vibecheck.cli;

/** A command line that cannot be run as given: exit code 2, with a message saying what is wrong. */
public final class UsageException extends Exception {
    public UsageException(String message) {
        super(message);
    }
}
