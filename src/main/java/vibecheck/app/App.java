package vibecheck.app;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.screen.Screen;
import com.googlecode.lanterna.terminal.Terminal;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import vibecheck.core.Effect;
import vibecheck.core.Msg;
import vibecheck.core.Session;
import vibecheck.core.UiState;
import vibecheck.core.Update;
import vibecheck.stream.ReplyEvent;
import vibecheck.stream.StreamEngine;
import vibecheck.ui.Renderer;
import vibecheck.ui.Theme;

/**
 * The loop. One thread owns the screen and the state: it drains the inbox (keys, reply events, resizes, ticks),
 * applies each message through {@link Update}, carries out the effects, and redraws at most once per frame and
 * only when something changed. When nothing streams and no key comes, it sleeps.
 */
public final class App {
    private static final long FRAME_NANOS = 16_666_667L;
    private static final long TICK_NANOS = 100_000_000L;
    private static final long DRAW_SHARE = 4;

    private final BlockingQueue<Msg> inbox = new LinkedBlockingQueue<>();
    private final UiState state;
    private final Terminal terminal;
    private final Screen screen;
    private final Renderer renderer;
    private final StreamEngine engine;
    private final java.util.function.Function<Session, Path> transcripts;
    private volatile java.util.function.Function<String, Msg.ConfigWritten> configWriter;
    private volatile java.util.function.Function<Path, Msg.SessionOpened> sessionOpener;
    /** Sessions opened from the past sessions list are saved back into the file they came from. */
    private final Map<String, Path> opened = new java.util.concurrent.ConcurrentHashMap<>();
    private vibecheck.demo.DemoServer demo;
    private final Map<String, String> env;
    private final InputReader input;
    private volatile FrameOutput output;
    private Runnable afterFirstFrame;
    private final CountDownLatch finished = new CountDownLatch(1);
    private final Object idleLock = new Object();
    private final AtomicLong keysPosted = new AtomicLong();
    private volatile long keysHandled;
    private boolean idle;
    private final TranscriptSaver saver = new TranscriptSaver(this::post);
    /** When the transcript is next saved: after the frame that shows what changed, never before it. */
    private final vibecheck.runner.SaveThrottle saves = new vibecheck.runner.SaveThrottle(System.nanoTime());
    /** Exports, configs and one-off jobs off the UI thread (transcripts have their own writer): it never waits on them. */
    private final Background background = new Background(this::post);

    public App(UiState state, Terminal terminal, StreamEngine engine, Path transcript, Map<String, String> env, Theme theme)
            throws IOException {
        this(state, terminal, null, engine, s -> transcript, env, theme);
    }

    public App(UiState state, Terminal terminal, InputReader.KeySource keys, StreamEngine engine, Path transcript,
               Map<String, String> env, Theme theme) throws IOException {
        this(state, terminal, keys, engine, s -> transcript, env, theme);
    }

    /**
     * @param keys where keys come from; null reads the terminal (blocking)
     * @param transcripts where each session is saved (a session picked anew gets a file of its own)
     */
    public App(UiState state, Terminal terminal, InputReader.KeySource keys, StreamEngine engine,
               java.util.function.Function<Session, Path> transcripts, Map<String, String> env, Theme theme) throws IOException {
        this.state = state;
        this.terminal = terminal;
        this.screen = new DeltaScreen(terminal);
        this.renderer = new Renderer(theme);
        this.engine = engine;
        this.transcripts = transcripts;
        this.env = env;
        this.input = new InputReader(keys != null ? keys : screen::readInput, this::postKeyOrOther);
    }

    /** Gathers each frame into one write; set when drawing to a real terminal. */
    public void frameOutput(FrameOutput out) {
        this.output = out;
    }

    /** How a config written from the picker is saved (where, and refusing to overwrite). */
    public void configWriter(java.util.function.Function<String, Msg.ConfigWritten> writer) {
        this.configWriter = writer;
    }

    /** How a past session is read and restored (its contestants built from the config), for {@code o}. */
    public void sessionOpener(java.util.function.Function<Path, Msg.SessionOpened> opener) {
        this.sessionOpener = opener;
    }

    /** Where a session is saved: the file it was opened from, or a file of its own. */
    public Path transcriptOf(Session s) {
        Path p = opened.get(s.id());
        return p != null ? p : transcripts.apply(s);
    }

    /** Something to start once the first screen is up (work that need not delay it). */
    public void afterFirstFrame(Runnable r) {
        this.afterFirstFrame = r;
    }

    /** Where other threads send messages (reply events come through here). */
    public void post(Msg m) {
        inbox.add(m);
    }

    public void post(ReplyEvent e) {
        inbox.add(new Msg.Reply(e));
    }

    private void postKeyOrOther(Msg m) {
        if (m instanceof Msg.Key) keysPosted.incrementAndGet();
        if (m instanceof Msg.Paste p) keysPosted.addAndGet(p.keys());
        inbox.add(m);
    }

    /** Runs until the user quits or the program is told to end; the transcript is saved on the way out. */
    public void run() throws IOException {
        screen.startScreen();
        terminal.addResizeListener((t, size) -> inbox.add(new Msg.Resized(size.getColumns(), size.getRows())));
        TerminalSize size = screen.getTerminalSize();
        state.columns = size.getColumns();
        state.rows = size.getRows();
        if (!state.session.turns().isEmpty()) { // a saved session opened again: be its writer, or read-only
            Path file = transcripts.apply(state.session);
            background.onFiles(() -> saver.lock(file));
        }
        Thread reader = new Thread(input, "keys");
        reader.setDaemon(true);
        reader.start();
        try {
            loop();
        } catch (IOException | RuntimeException e) {
            // the terminal went away under us (SIGHUP, closed pty): what matters now is the transcript
            for (Effect fx : Update.apply(state, new Msg.Shutdown("the terminal closed: " + e.getMessage()))) carryOut(fx);
        } finally {
            // replies cut short on the way out keep what was measured; and what the last messages changed is saved
            boolean measured = WayOut.awaitMeasures(inbox, engine, state);
            if (measured || saves.pending()) save();
            input.stop();
            WayOut.finishWrites(inbox, saver, background, state);
            saver.releaseAll();
            if (demo != null) demo.close();
            try {
                screen.stopScreen();
            } catch (IOException | RuntimeException ignored) {
                // the terminal may be gone (SIGHUP); the transcript is already saved
            }
            finished.countDown();
        }
    }

    private void loop() throws IOException {
        boolean dirty = true;
        boolean complete = true;
        long lastFrame = 0;
        long lastTick = System.nanoTime();
        long interval = FRAME_NANOS;
        while (!state.quit) {
            long now = System.nanoTime();
            boolean streaming = state.streaming();
            long wait = Long.MAX_VALUE;
            if (dirty) wait = Math.max(0, lastFrame + interval - now);
            if (streaming) wait = Math.min(wait, Math.max(0, lastTick + TICK_NANOS - now));
            if (!dirty) wait = Math.min(wait, saves.nanosUntilDue(now)); // a frame waiting to be drawn goes first
            Msg m = next(wait, dirty);
            while (m != null) {
                // a key or an opened session may put another session on screen: a change waiting to be saved is
                // saved into the session it belongs to first
                boolean mayChangeSession = m instanceof Msg.Key || m instanceof Msg.SessionOpened || m instanceof Msg.SessionReady;
                if (mayChangeSession && saves.statePending()) save();
                if (m instanceof Msg.Reply r && r.event() instanceof ReplyEvent.Chunk) saves.text();
                for (Effect e : Update.apply(state, m)) complete |= carryOut(e);
                if (m instanceof Msg.Paste p) keysHandled += p.keys(); // drawn on the next frame, not once per character
                if (m instanceof Msg.Key) {
                    keysHandled++;
                    input.keyHandled();
                    interval = 0; // a key is answered on the next frame, however busy the panels are
                }
                if (m instanceof Msg.Resized) screen.doResizeIfNecessary();
                dirty = true;
                if (state.quit) return;
                m = interval == 0 ? null : inbox.poll(); // after a key, draw before taking more tokens
            }
            now = System.nanoTime();
            if (state.streaming() && now - lastTick >= TICK_NANOS) {
                Update.apply(state, new Msg.Tick());
                lastTick = now;
                dirty = true;
            }
            if (dirty && now - lastFrame >= interval) {
                draw(complete);
                if (lastFrame == 0 && state.checkServersAtStart) carryOut(new Effect.CheckServers());
                if (lastFrame == 0 && afterFirstFrame != null) afterFirstFrame.run();
                long took = System.nanoTime() - now;
                dirty = false;
                complete = false;
                lastFrame = now;
                // at most 60 frames a second, and drawing takes at most a quarter of the time: under a flood of
                // tokens frames come less often, never the keys' answers
                interval = Math.max(FRAME_NANOS, DRAW_SHARE * took);
            }
            // a save (the session taken as a tree, handed to the writing thread) comes after the frame that shows
            // what changed, once for everything that changed since the last save
            if (!dirty && saves.due(now)) save();
        }
    }

    /** The next message, waiting at most {@code waitNanos}; tells idle watchers when it waits with nothing to draw. */
    private Msg next(long waitNanos, boolean dirty) {
        Msg m = inbox.poll();
        if (m != null || waitNanos == 0) return m;
        if (!dirty) {
            synchronized (idleLock) {
                idle = true;
                idleLock.notifyAll();
            }
        }
        try {
            return waitNanos == Long.MAX_VALUE ? inbox.take() : inbox.poll(waitNanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            state.quit = true;
            return null;
        } finally {
            synchronized (idleLock) {
                idle = false;
            }
        }
    }

    private void draw(boolean complete) throws IOException {
        TerminalSize size = screen.doResizeIfNecessary();
        if (size != null) {
            state.columns = size.getColumns();
            state.rows = size.getRows();
            complete = true;
        }
        Update.apply(state, renderer.draw(screen, state)); // where each panel stands, for scrolling
        if (output != null) output.beginFrame();
        try {
            screen.refresh(complete ? Screen.RefreshType.COMPLETE : Screen.RefreshType.DELTA);
        } finally {
            if (output != null) output.endFrame();
        }
    }

    /** Carries out one effect; returns true when the next frame must be drawn in full. */
    private boolean carryOut(Effect e) {
        if (e instanceof Effect.Start s) {
            for (Session.Outgoing o : s.replies()) {
                engine.start(o.replyId(), o.contestant(), o.request(), s.sequential()); // what it sent comes back as its first event
            }
        } else if (e instanceof Effect.Cancel c) {
            engine.cancel(c.replyId());
        } else if (e instanceof Effect.CancelAll) {
            engine.cancelAll();
        } else if (e instanceof Effect.Save) {
            if (state.quit) save(); // the last thing it does
            else saves.state(); // after the next frame (see loop)
        } else if (e instanceof Effect.OpenEditor o) {
            try {
                screen.stopScreen();
                Msg.EditorDone done = ExternalEditor.edit(o.text(), env);
                screen.startScreen();
                inbox.add(done);
            } catch (IOException ex) {
                inbox.add(new Msg.EditorDone(null, "cannot hand the terminal to the editor: " + ex.getMessage()));
            }
            return true;
        } else if (e instanceof Effect.Discover) {
            List<vibecheck.discovery.Probe> probes = state.probes;
            Map<String, String> environment = env;
            Background.job("discovery", () -> inbox.add(new Msg.Discovered(vibecheck.discovery.Discovery.run(probes, environment))));
        } else if (e instanceof Effect.CheckServers) {
            var contestants = state.session.contestants();
            String id = state.session.id();
            Background.job("server-check", () -> inbox.add(new Msg.ServersChecked(id, vibecheck.discovery.Readiness.check(contestants, env))));
        } else if (e instanceof Effect.ListSessions) {
            if (saves.pending()) save();
            Path folder = transcriptOf(state.session).toAbsolutePath().getParent();
            int criteria = state.criteria.size();
            Background.job("sessions", () -> {
                try {
                    saver.drain(); // the list reads the files: this session's as it is now (waited for here, not on screen)
                } catch (InterruptedException ex) {
                    Thread.currentThread().interrupt();
                    return;
                }
                inbox.add(SessionFolder.read(folder, criteria));
            });
        } else if (e instanceof Effect.OpenSession o) {
            var opener = sessionOpener;
            Background.job("open-session", () -> {
                Msg.SessionOpened m = opener == null ? new Msg.SessionOpened(null, o.path(), false, "sessions cannot be opened here")
                        : opener.apply(o.path());
                if (m.session() != null) opened.put(m.session().id(), o.path());
                inbox.add(m);
            });
        } else if (e instanceof Effect.AskJudge a) {
            Background.job("llm-judge", () -> LlmJudgeWorker.run(a, env, inbox::add));
        } else if (e instanceof Effect.Copy c) {
            FrameOutput out = output;
            if (out != null) {
                try {
                    out.write(Osc52.sequence(c.text())); // between frames: it goes out at once, on the terminal's own output
                } catch (IOException ex) {
                    inbox.add(new Msg.EditorDone(null, "cannot copy: " + ex.getMessage()));
                }
            }
        } else if (e instanceof Effect.StartDemo) {
            try {
                if (demo == null) demo = vibecheck.demo.DemoServer.start();
                inbox.add(new Msg.DemoReady(demo.baseUrl(), null));
            } catch (IOException ex) {
                inbox.add(new Msg.DemoReady(null, ex.getMessage()));
            }
        } else if (e instanceof Effect.WriteConfig w) {
            var writer = configWriter;
            String text = vibecheck.discovery.ConfigWriter.render(w.picks());
            background.onFiles(() -> writer == null ? new Msg.ConfigWritten(null, "no place to write a config") : writer.apply(text));
        } else if (e instanceof Effect.StartSession n) {
            inbox.add(new Msg.SessionReady(Wiring.contestants(n.picks(), state.defaultTemperature, env), n.demo()));
        } else if (e instanceof Effect.Export) {
            Path transcript = transcriptOf(state.session);
            Path md = transcript.resolveSibling(transcript.getFileName().toString().replaceFirst("\\.json$", "") + ".md");
            byte[] bytes = vibecheck.export.MarkdownExport.render(state.session.transcript(), state.criteria)
                    .getBytes(java.nio.charset.StandardCharsets.UTF_8);
            background.export(md, bytes);
        } else if (e instanceof Effect.Redraw) {
            return true;
        } else if (e instanceof Effect.Quit) {
            state.quit = true;
        }
        return false;
    }

    /** Hands the session, as it is now, to the file thread; its answer comes back as a message. */
    private void save() {
        saves.saved(System.nanoTime());
        if (state.readOnly != null || state.session.turns().isEmpty()) return; // nothing said yet: no empty transcript
        saver.save(state.session, transcriptOf(state.session));
    }

    /** The last problem saving the transcript, or null. */
    public String saveProblem() {
        return state.saveProblem;
    }

    /** Waits until the app has handled every key and message it was given and waits with nothing to draw. For tests. */
    public boolean awaitIdle(long timeoutMillis) throws InterruptedException {
        return awaitIdle(timeoutMillis, true);
    }

    /** As {@link #awaitIdle(long)}; {@code files} false leaves out file writes still under way. For tests. */
    public boolean awaitIdle(long timeoutMillis, boolean files) throws InterruptedException {
        long deadline = System.currentTimeMillis() + timeoutMillis;
        synchronized (idleLock) {
            while (!(idle && inbox.isEmpty() && keysHandled == keysPosted.get() && (!files || background.filesSettled() && saver.settled()))) {
                long left = deadline - System.currentTimeMillis();
                if (left <= 0 || finished.getCount() == 0) return finished.getCount() == 0;
                idleLock.wait(Math.min(left, 50));
            }
            return true;
        }
    }

    public boolean awaitExit(long timeoutMillis) throws InterruptedException {
        return finished.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    public long keysHandled() {
        return keysHandled;
    }

    public UiState state() {
        return state;
    }
}
