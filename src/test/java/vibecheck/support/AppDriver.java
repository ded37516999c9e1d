package vibecheck.support;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import okhttp3.OkHttpClient;
import vibecheck.app.App;
import vibecheck.core.Session;
import vibecheck.core.UiState;
import vibecheck.keys.Keymap;
import vibecheck.protocol.Json;
import vibecheck.stream.Contestant;
import vibecheck.stream.HttpClients;
import vibecheck.stream.StreamEngine;
import vibecheck.ui.Theme;

/** The whole app on Lanterna's virtual terminal: type keys, wait until it is idle, read the screen. */
public final class AppDriver implements AutoCloseable {
    public static final long SEED = 7;
    public final DefaultVirtualTerminal vt;
    public final App app;
    public final Path transcript;
    private final Path dir;
    private final StreamEngine engine;
    private final OkHttpClient client;
    private final Thread thread;
    private final AtomicReference<Throwable> crashed = new AtomicReference<>();
    private long typed;
    /** What the picker's "write config" wrote. */
    public final AtomicReference<String> writtenConfig = new AtomicReference<>();

    public AppDriver(Path dir, List<Contestant> contestants, Map<String, String> env, int columns, int rows) throws Exception {
        this(dir, contestants, env, columns, rows, Keymap.defaults());
    }

    public AppDriver(Path dir, List<Contestant> contestants, Map<String, String> env, int columns, int rows, Keymap keymap)
            throws Exception {
        this(dir, contestants, env, columns, rows, keymap, false);
    }

    /** @param blind start in blind mode, with a fixed random seed so the panel order is known to the test */
    public AppDriver(Path dir, List<Contestant> contestants, Map<String, String> env, int columns, int rows, Keymap keymap,
                     boolean blind) throws Exception {
        this(dir, contestants, env, columns, rows, keymap, blind, s -> { });
    }

    /** @param setup changes the state before the app starts (the picker open, sequential mode…) */
    public AppDriver(Path dir, List<Contestant> contestants, Map<String, String> env, int columns, int rows, Keymap keymap,
                     boolean blind, java.util.function.Consumer<UiState> setup) throws Exception {
        this(dir, state(contestants, env, keymap, blind, setup), null, env, columns, rows);
    }

    /** The app on a state made elsewhere (a run being judged), saving each session where {@code files} says. */
    public AppDriver(Path dir, UiState state, java.util.function.Function<Session, Path> files, int columns, int rows) throws Exception {
        this(dir, state, files, Map.of(), columns, rows);
    }

    /** A saved session opened again (as {@code review} does), saved back into {@code file}. */
    public static AppDriver review(Session session, Path file, boolean blind, java.util.function.Consumer<UiState> setup) throws Exception {
        UiState state = state(session, Map.of(), Keymap.defaults(), blind, setup);
        return new AppDriver(file.toAbsolutePath().getParent(), state, s -> s == session ? file
                : file.toAbsolutePath().getParent().resolve("session-" + s.id() + ".json"), Map.of(), 120, 30);
    }

    private static UiState state(List<Contestant> contestants, Map<String, String> env, Keymap keymap, boolean blind,
                                 java.util.function.Consumer<UiState> setup) {
        return state(new Session(contestants, "vibecheck test", Clock.systemUTC(), "abc123"), env, keymap, blind, setup);
    }

    private static UiState state(Session session, Map<String, String> env, Keymap keymap, boolean blind,
                                 java.util.function.Consumer<UiState> setup) {
        List<Contestant> contestants = session.contestants();
        UiState state = new UiState(session, UiFixture.PROMPTS, 0, keymap, null, 0.2, vibecheck.config.Criterion.DEFAULTS,
                new vibecheck.core.Blind(contestants.size(), vibecheck.core.Blind.Shuffle.SESSION, new java.util.Random(SEED), blind));
        state.env = env;
        setup.accept(state);
        return state;
    }

    private AppDriver(Path dir, UiState state, java.util.function.Function<Session, Path> files, Map<String, String> env,
                      int columns, int rows) throws Exception {
        this.dir = dir;
        vt = new DefaultVirtualTerminal(new TerminalSize(columns, rows));
        client = HttpClients.create(false, Duration.ofSeconds(2), Duration.ofSeconds(30));
        Session session = state.session;
        transcript = files != null ? files.apply(session) : dir.resolve("session.json");
        AtomicReference<App> ref = new AtomicReference<>();
        engine = new StreamEngine(client, Duration.ofSeconds(30), e -> ref.get().post(e));
        // Lanterna's virtual terminal holds its lock while a blocking read waits, so keys are polled here
        app = new App(state, vt, () -> {
            KeyStroke k;
            while ((k = vt.pollInput()) == null) Thread.sleep(2);
            return k;
        }, engine, files != null ? files : s -> s == session ? transcript : dir.resolve("session-" + s.id() + ".json"), env, Theme.plain());
        ref.set(app);
        app.configWriter(text -> {
            writtenConfig.set(text);
            return new vibecheck.core.Msg.ConfigWritten(dir.resolve("written.json"), null);
        });
        thread = new Thread(() -> {
            try {
                app.run();
            } catch (Throwable t) {
                crashed.set(t);
            }
        }, "app-under-test");
        thread.start();
        settle();
    }

    public AppDriver type(String text) throws Exception {
        for (char c : text.toCharArray()) key(new KeyStroke(c, false, false));
        return this;
    }

    /** Pastes text the way a terminal with bracketed paste sends it: markers around the keys, all at once. */
    public AppDriver paste(String text) throws Exception {
        vt.addInput(vibecheck.app.Screens.PASTE_START);
        typed++;
        for (char c : text.toCharArray()) {
            vt.addInput(c == '\n' ? new KeyStroke(KeyType.Enter) : new KeyStroke(c, false, false));
            typed++;
        }
        vt.addInput(vibecheck.app.Screens.PASTE_END);
        typed++;
        settle();
        return this;
    }

    public AppDriver press(KeyType type) throws Exception {
        return key(new KeyStroke(type));
    }

    public AppDriver ctrl(char c) throws Exception {
        return key(new KeyStroke(c, true, false));
    }

    public AppDriver key(KeyStroke k) throws Exception {
        vt.addInput(k);
        typed++;
        settle();
        return this;
    }

    /** Waits until every key typed has been handled and the app sleeps with nothing left to draw. */
    public void settle() throws Exception {
        long deadline = System.currentTimeMillis() + 10_000;
        while (app.keysHandled() < typed && !exited()) {
            if (System.currentTimeMillis() > deadline) throw new AssertionError("keys not handled; screen:\n" + screen());
            Thread.sleep(2);
        }
        if (!exited()) assertTrue(app.awaitIdle(10_000), "the app never became idle; screen:\n" + screen());
        if (crashed.get() != null) throw new AssertionError("the app crashed", crashed.get());
    }

    /** Waits (for events, not a fixed time) until the screen satisfies the condition. */
    public String until(Predicate<String> condition, String what) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (true) {
            settle();
            String s = screen();
            if (condition.test(s)) return s;
            if (System.currentTimeMillis() > deadline) throw new AssertionError("timed out waiting for " + what + "; screen:\n" + s);
            app.awaitIdle(50);
            Thread.sleep(5);
        }
    }

    public String untilShows(String text) throws Exception {
        return until(s -> s.contains(text), "\"" + text + "\"");
    }

    public String screen() {
        return UiFixture.screenText(vt);
    }

    public void resize(int columns, int rows) throws Exception {
        vt.setTerminalSize(new TerminalSize(columns, rows));
        settle();
    }

    public boolean exited() {
        return !thread.isAlive();
    }

    public void awaitExit() throws Exception {
        thread.join(10_000);
        assertTrue(exited(), "the app did not quit; screen:\n" + screen());
        if (crashed.get() != null) throw new AssertionError("the app crashed", crashed.get());
    }

    public JsonNode transcriptJson() throws Exception {
        return Json.MAPPER.readTree(transcript.toFile());
    }

    /** The transcript of the session on screen now (a session started from the picker has its own file). */
    public JsonNode currentTranscriptJson() throws Exception {
        var s = app.state().session;
        Path p = s.id().equals("abc123") ? transcript : dir.resolve("session-" + s.id() + ".json");
        return Json.MAPPER.readTree(p.toFile());
    }

    public UiState state() {
        return app.state();
    }

    @Override
    public void close() throws Exception {
        if (!exited()) {
            app.post(new vibecheck.core.Msg.Shutdown("test over"));
            thread.join(5_000);
        }
        engine.close();
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
    }
}
