package vibecheck.support;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.TerminalScreen;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vibecheck.config.ModelConfig;
import vibecheck.config.ServerConfig;
import vibecheck.config.SystemPrompt;
import vibecheck.core.Session;
import vibecheck.core.UiState;
import vibecheck.core.Update;
import vibecheck.core.Msg;
import vibecheck.keys.Keymap;
import vibecheck.protocol.Protocols;
import vibecheck.stream.Contestant;
import vibecheck.stream.Metrics;
import vibecheck.stream.ReplyEvent;
import vibecheck.stream.ReplyState;
import vibecheck.ui.Renderer;
import vibecheck.ui.Theme;

/** Builds UI states without a network, and draws them on Lanterna's virtual terminal. */
public final class UiFixture {
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-26T10:00:00Z"), ZoneOffset.UTC);
    public static final List<SystemPrompt> PROMPTS = List.of(new SystemPrompt("none", ""),
            new SystemPrompt("friend", "Answer like a friend."), new SystemPrompt("mentor", "Answer like a mentor."));

    private UiFixture() {}

    public static List<Contestant> contestants(String baseUrl, String... names) {
        List<Contestant> out = new ArrayList<>();
        ServerConfig p = new ServerConfig("ollama", "ollama", baseUrl, null, null, Map.of());
        for (String n : names) out.add(new Contestant(new ModelConfig(n, "ollama", n.replace('-', ':'), 0.2, 256, null), p,
                Protocols.create(p, Map.of())));
        return out;
    }

    public static UiState state(String... names) {
        Session session = new Session(contestants("http://127.0.0.1:9", names), "vibecheck test", CLOCK, "abc123");
        return new UiState(session, PROMPTS, 0, Keymap.defaults(), null, 0.2);
    }

    public static void key(UiState s, String name) {
        Update.apply(s, new Msg.Key(name, name.length() == 1 ? name : null));
    }

    public static void type(UiState s, String text) {
        for (char c : text.toCharArray()) Update.apply(s, new Msg.Key(String.valueOf(c), String.valueOf(c)));
    }

    public static void event(UiState s, ReplyEvent e) {
        Update.apply(s, new Msg.Reply(e));
    }

    public static void text(UiState s, String replyId, String text) {
        event(s, new ReplyEvent.StateChanged(replyId, ReplyState.STREAMING));
        event(s, new ReplyEvent.Chunk(replyId, text, false));
    }

    public static void finish(UiState s, String replyId, long ttft, double tps, long tokens) {
        event(s, new ReplyEvent.Ended(replyId, ReplyState.FINISHED, "stop", null, null,
                new Metrics(0L, ttft, ttft + 1000, tokens, "server", tps, 12L, null)));
    }

    /** Draws the state at the given size and returns the screen as text. */
    public static String draw(UiState s, int columns, int rows, Theme theme) throws Exception {
        DefaultVirtualTerminal vt = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        TerminalScreen screen = new TerminalScreen(vt);
        screen.startScreen();
        s.columns = columns;
        s.rows = rows;
        new Renderer(theme).draw(screen, s);
        screen.refresh();
        return screenText(vt);
    }

    /** The virtual terminal's text, one line per row, trailing spaces dropped. */
    public static String screenText(DefaultVirtualTerminal vt) {
        StringBuilder sb = new StringBuilder();
        TerminalSize size = vt.getTerminalSize();
        for (int r = 0; r < size.getRows(); r++) {
            StringBuilder line = new StringBuilder();
            for (int c = 0; c < size.getColumns(); c++) {
                var ch = vt.getCharacter(c, r);
                if (ch.isDoubleWidth()) {
                    line.append(ch.getCharacterString());
                    c++;
                } else {
                    line.append(ch.getCharacterString());
                }
            }
            sb.append(line.toString().stripTrailing()).append('\n');
        }
        return sb.toString();
    }

    /** Compares with a golden file; {@code -Dgolden.update=true} rewrites it instead. */
    public static void assertGolden(String name, String actual) throws Exception {
        Path file = Path.of("src/test/resources/golden", name + ".txt");
        if (Boolean.getBoolean("golden.update") || !Files.exists(file)) {
            Files.createDirectories(file.getParent());
            Files.writeString(file, actual);
            if (!Boolean.getBoolean("golden.update")) throw new AssertionError("golden file " + file + " was missing and has been written; run again");
            return;
        }
        String expected = Files.readString(file);
        if (!expected.equals(actual)) {
            Path got = Path.of("target", "golden-actual", name + ".txt");
            Files.createDirectories(got.getParent());
            Files.writeString(got, actual);
            org.junit.jupiter.api.Assertions.assertEquals(expected, actual,
                    "screen differs from " + file + " (actual written to " + got + "; -Dgolden.update=true rewrites)");
        }
    }
}
