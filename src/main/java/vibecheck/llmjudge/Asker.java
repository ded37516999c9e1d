package vibecheck.llmjudge;

import java.util.List;
import vibecheck.protocol.ChatMessage;

/** Something a judge's questions are put to: a server ({@link JudgeClient}), one at a time. */
public interface Asker extends AutoCloseable {
    /** The answer's text, or why there is none ({@code failed}: the server's message, or why it was stopped). */
    record Answer(String text, String failed) {}

    Answer ask(String system, List<ChatMessage> messages);

    /** Ends the question being asked and refuses the next ones, with {@code why}. */
    void stop(String why);

    @Override
    void close();
}
