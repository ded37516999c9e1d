package vibecheck.app;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import vibecheck.core.Effect;
import vibecheck.core.Msg;
import vibecheck.llmjudge.Asking;
import vibecheck.llmjudge.JudgeClient;
import vibecheck.llmjudge.Question;

/**
 * Carries out {@link Effect.AskJudge} off the UI thread: the questions one after another, each answer posted back
 * as a {@link Msg.JudgeAnswered} (the UI thread adds it to the session and saves). A failure ends the round: the
 * server is down or the model missing, and asking the rest would only fail the same way.
 */
final class LlmJudgeWorker {
    private LlmJudgeWorker() {}

    static void run(Effect.AskJudge a, Map<String, String> env, Consumer<Msg> post) {
        List<Question> qs = a.questions();
        try (JudgeClient client = a.setup().client(env)) {
            Asking asking = new Asking(client, a.setup().judge(), a.setup().prompts(), a.redactor(), Clock.systemUTC());
            for (int i = 0; i < qs.size(); i++) {
                Asking.Outcome o = asking.ask(qs.get(i));
                if (o.judgement() == null) {
                    post.accept(new Msg.JudgeAnswered(a.sessionId(), a.turn(), null, o.failed(), 0));
                    return;
                }
                post.accept(new Msg.JudgeAnswered(a.sessionId(), a.turn(), o.judgement(), null, qs.size() - i - 1));
            }
        } catch (RuntimeException e) {
            post.accept(new Msg.JudgeAnswered(a.sessionId(), a.turn(), null, String.valueOf(e.getMessage()), 0));
        }
    }
}
