package vibecheck.app;

import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.input.KeyType;
import java.io.IOException;
import java.util.concurrent.Semaphore;
import java.util.function.Consumer;
import vibecheck.core.Msg;

/**
 * Reads keys on its own thread and posts them to the UI thread, one at a time: after each key it waits until the
 * UI thread has handled it, so that when a key opens the external editor, no further input is taken from the
 * terminal the editor is reading.
 */
public final class InputReader implements Runnable {
    /** Where keys come from: normally the screen's blocking read. */
    public interface KeySource {
        KeyStroke next() throws IOException, InterruptedException;
    }

    private final KeySource source;
    private final Consumer<Msg> inbox;
    private final Semaphore handled = new Semaphore(0);
    private volatile boolean stopped;

    InputReader(KeySource source, Consumer<Msg> inbox) {
        this.source = source;
        this.inbox = inbox;
    }

    /** Called by the UI thread when it has handled a key (and anything the key started, such as the editor). */
    void keyHandled() {
        handled.release();
    }

    void stop() {
        stopped = true;
        handled.release();
    }

    /**
     * Gathers a paste up to its end marker and posts it in pieces of at most {@link #PASTE_PIECE} characters;
     * returns false when input ended meanwhile.
     */
    private boolean paste() {
        StringBuilder text = new StringBuilder();
        int keys = 1; // the start marker
        while (!stopped) {
            KeyStroke k;
            try {
                k = source.next();
            } catch (InterruptedException e) {
                return false;
            } catch (IOException | RuntimeException e) {
                if (!stopped) inbox.accept(new Msg.Shutdown("the terminal closed"));
                return false;
            }
            if (k == null) continue;
            if (k.getKeyType() == KeyType.EOF) {
                if (!stopped) inbox.accept(new Msg.Shutdown("the terminal closed"));
                return false;
            }
            keys++;
            if (k.equals(Screens.PASTE_END)) break;
            String piece = pasted(k);
            if (piece != null) text.append(piece);
            if (text.length() >= PASTE_PIECE) {
                inbox.accept(new Msg.Paste(text.toString(), keys));
                text.setLength(0);
                keys = 0;
            }
        }
        inbox.accept(new Msg.Paste(text.toString(), keys));
        return true;
    }

    static final int PASTE_PIECE = 64 * 1024;

    /** What a key inside a paste adds to the text: characters as they are, Enter a newline, Tab four spaces. */
    private static String pasted(KeyStroke k) {
        return switch (k.getKeyType()) {
            case Character -> k.isCtrlDown() && k.getCharacter() == 'j' ? "\n"
                    : k.isCtrlDown() || k.isAltDown() || k.getCharacter() < ' ' ? null : String.valueOf(k.getCharacter());
            case Enter -> "\n";
            case Tab -> "    ";
            default -> null;
        };
    }

    @Override
    public void run() {
        while (!stopped) {
            KeyStroke k;
            try {
                k = source.next();
            } catch (InterruptedException e) {
                return;
            } catch (IOException | RuntimeException e) {
                if (!stopped) inbox.accept(new Msg.Shutdown("the terminal closed"));
                return;
            }
            if (k == null) continue;
            if (k.getKeyType() == KeyType.EOF) {
                if (!stopped) inbox.accept(new Msg.Shutdown("the terminal closed"));
                return;
            }
            if (k.equals(Screens.PASTE_START)) {
                if (!paste()) return;
                continue;
            }
            String name = k.equals(Screens.PASTE_END) ? "Paste-End" : KeyStrokes.name(k);
            if (name == null) continue;
            String text = k.getKeyType() == KeyType.Character && !k.isCtrlDown() && !k.isAltDown()
                    && k.getCharacter() >= ' ' ? String.valueOf(k.getCharacter()) : null;
            inbox.accept(new Msg.Key(name, text));
            try {
                handled.acquire();
            } catch (InterruptedException e) {
                return;
            }
        }
    }
}
