package vibecheck.transcript;

/** A transcript that cannot be read: the message says what is wrong and where ("turn 2, reply 1: score 99 is not 1–5"). */
public final class TranscriptFormatException extends Exception {
    public TranscriptFormatException(String message) {
        super(message);
    }
}
