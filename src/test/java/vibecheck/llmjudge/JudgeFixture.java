package vibecheck.llmjudge;

import java.nio.file.Files;
import java.nio.file.Path;
import vibecheck.config.Config;
import vibecheck.config.ConfigLoader;
import vibecheck.protocol.Protocols;
import vibecheck.transcript.Transcript;
import vibecheck.transcript.TranscriptStore;

/** A config whose judge is a loopback server, and a two-turn transcript of contestants "llama3-8b" and "qwen2-7b". */
final class JudgeFixture {
    private JudgeFixture() {}

    static Config config(Path dir, String judgeUrl) throws Exception {
        Path p = dir.resolve("vibecheck.json");
        Files.writeString(p, """
                {"servers": {"local": {"protocol": "ollama", "baseUrl": "%s"}},
                 "models": [{"name": "llama3-8b", "server": "local", "model": "llama3:8b"},
                            {"name": "qwen2-7b", "server": "local", "model": "qwen2:7b"}],
                 "criteria": [{"key": "empathy", "label": "Empathy", "low": "cold", "high": "warm and attuned"},
                              {"key": "tone", "label": "Tone", "low": "formal", "high": "casual"}],
                 "judges": [{"name": "j-big", "server": "local", "model": "judge:70b"}]}
                """.formatted(judgeUrl));
        return new ConfigLoader(Protocols.CATALOG).load(p);
    }

    static final String TRANSCRIPT = """
            {"schema": 2, "id": "abc123", "startedAt": "2026-11-26T18:44:09Z", "rater": "ana", "myField": [1],
             "turns": [
              {"index": 1, "startedAt": "2026-11-26T18:44:09Z", "message": "My name is Ada.", "systemPrompt": {"name": "friend", "text": "Be a friend."},
               "replies": [
                 {"id": "r1", "contestant": "llama3-8b", "model": "llama3:8b", "state": "finished", "text": "Nice to meet you, Ada!"},
                 {"id": "r2", "contestant": "qwen2-7b", "model": "qwen2:7b", "state": "finished", "text": "Hello Ada."}]},
              {"index": 2, "startedAt": "2026-11-26T18:45:09Z", "message": "I had a bad day.", "systemPrompt": {"name": "friend", "text": "Be a friend."},
               "replies": [
                 {"id": "r3", "contestant": "llama3-8b", "model": "llama3:8b", "state": "finished", "text": "Oh no, Ada, I'm sorry. Want to talk about it? (I'm llama3-8b, by the way.)",
                  "scores": [{"criterion": "empathy", "value": 5, "at": "2026-11-26T18:46:00Z", "blind": true}]},
                 {"id": "r4", "contestant": "qwen2-7b", "model": "qwen2:7b", "state": "finished", "text": "Bad days happen.",
                  "scores": [{"criterion": "empathy", "value": 2, "at": "2026-11-26T18:46:00Z", "blind": true}]}],
               "votes": [{"kind": "pair", "left": "llama3-8b", "right": "qwen2-7b", "outcome": "left", "at": "2026-11-26T18:46:10Z", "blind": true}]}]}
            """;

    static Path transcript(Path dir) throws Exception {
        Path f = dir.resolve("2026-11-26T18-44-09_abc123.json");
        Files.writeString(f, TRANSCRIPT);
        return f;
    }

    static Transcript read(Path f) throws Exception {
        return TranscriptStore.read(f);
    }
}
