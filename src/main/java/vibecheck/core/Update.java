package vibecheck.core;

import java.util.ArrayList;
import java.util.List;
import vibecheck.keys.Action;
import vibecheck.keys.Mode;
import vibecheck.keys.Scope;
import vibecheck.stream.ReplyEvent;

/**
 * The one place UI state changes: a message in, effects out. Runs on the UI thread only; does no I/O itself.
 */
public final class Update {
    private Update() {}

    /** What a read-only session refuses: everything that would add to the transcript. */
    private static final java.util.Set<Action> CHANGES_TRANSCRIPT = java.util.EnumSet.of(Action.SEND, Action.REGENERATE,
            Action.REGENERATE_ALL, Action.SCORE_1, Action.SCORE_2, Action.SCORE_3, Action.SCORE_4, Action.SCORE_5,
            Action.SCORE_CLEAR, Action.NOTE, Action.VOTE_BEST, Action.VOTE_LEFT, Action.VOTE_RIGHT, Action.VOTE_TIE,
            Action.VOTE_BOTH_BAD, Action.SWEEP, Action.ASK_JUDGE);

    public static List<Effect> apply(UiState s, Msg msg) {
        List<Effect> fx = new ArrayList<>();
        if (msg instanceof Msg.Reply r) {
            reply(s, r.event(), fx);
        } else if (msg instanceof Msg.Key k) {
            key(s, k, fx);
        } else if (msg instanceof Msg.Paste p) {
            Pasting.paste(s, p.text());
        } else if (msg instanceof Msg.Resized z) {
            s.columns = z.columns();
            s.rows = z.rows();
            fx.add(new Effect.Redraw());
        } else if (msg instanceof Msg.Laid l) {
            for (int i = 0; i < l.panels().size() && i < s.panels.size(); i++) {
                if (l.panels().get(i) != null) s.panels.get(i).placed(l.panels().get(i));
            }
        } else if (msg instanceof Msg.Tick) {
            s.spinner++;
        } else if (msg instanceof Msg.EditorDone e) {
            if (e.text() != null) s.prompt.set(stripFinalNewline(e.text()));
            s.status = e.problem() != null ? e.problem() : "";
            fx.add(new Effect.Redraw());
        } else if (msg instanceof Msg.Discovered d) {
            Picking.discovered(s, d.found());
        } else if (msg instanceof Msg.DemoReady d) {
            if (d.problem() != null) s.status = "cannot start the demo: " + d.problem();
            else Picking.demo(s, d.baseUrl(), fx);
        } else if (msg instanceof Msg.SessionReady r) {
            Picking.ready(s, r);
        } else if (msg instanceof Msg.ConfigWritten w) {
            s.status = w.problem() != null ? w.problem() : "wrote " + w.path() + " — vibecheck starts with these models from now on";
        } else if (msg instanceof Msg.SessionsListed l) {
            Sessions.listed(s, l);
        } else if (msg instanceof Msg.SessionOpened o) {
            Sessions.opened(s, o);
        } else if (msg instanceof Msg.ServersChecked c) {
            Readying.checked(s, c);
        } else if (msg instanceof Msg.Saved v) {
            Saving.saved(s, v);
        } else if (msg instanceof Msg.WrittenElsewhere w) {
            Saving.writtenElsewhere(s, w);
        } else if (msg instanceof Msg.Exported x) {
            s.status = x.problem() == null ? "exported to " + x.path() : "cannot export to " + x.path() + ": " + x.problem();
        } else if (msg instanceof Msg.JudgeAnswered a) {
            LlmJudging.answered(s, a, fx);
        } else if (msg instanceof Msg.Shutdown sd) {
            s.session.endUnfinished("vibecheck was closed (" + sd.why() + ") while this reply was streaming");
            fx.add(new Effect.CancelAll());
            fx.add(new Effect.Save());
            fx.add(new Effect.Quit());
            s.quit = true;
        }
        return fx;
    }

    private static void reply(UiState s, ReplyEvent e, List<Effect> fx) {
        if (s.session.reply(e.replyId()) == null) return;
        s.session.apply(e);
        if (e instanceof ReplyEvent.Sent) {
            return; // recorded with the next save
        } else if (e instanceof ReplyEvent.Chunk c) {
            s.display(e.replyId()).append(c.text(), c.reasoning());
        } else if (e instanceof ReplyEvent.Ended) {
            s.display(e.replyId()).end();
            if (s.blind.on() && s.session.checkSelfIdentification(e.replyId())) {
                s.status = "a reply names its own model: flagged, so a blind report can leave its votes out";
            }
            fx.add(new Effect.Save());
        } else {
            fx.add(new Effect.Save());
        }
    }

    /**
     * A key goes to the scope in front ({@link UiState#scope()}) and becomes an action through the keymap; only the
     * text typed into the prompt, a note or a filter, and "any other key" of a box that closes on any key, is not an
     * action.
     */
    private static void key(UiState s, Msg.Key k, List<Effect> fx) {
        if (escThenKey(s, k, fx)) return;
        if (Anywhere.key(s, k, fx)) return;
        if (paste(s, k)) return;
        Scope scope = s.scope();
        // where a typed character is text, it is text whatever the keymap says
        Action a = scope.typesText() && k.text() != null ? null : s.keymap.lookup(scope, k.name());
        if (scope == Scope.NOTE) {
            noteKey(s, a, k, fx);
        } else if (s.overlay != UiState.Overlay.NONE) {
            s.overlay.keys().key(s, a, k, fx); // each box's own keys
        } else {
            s.status = ""; // a message answers the key before it; the next key clears it
            if (a != null && a.scope() == Scope.EDIT) edit(s.prompt, a);
            else if (a != null) panelAction(s, a, fx);
            else if (scope == Scope.PROMPT && k.text() != null) s.prompt.insert(k.text());
        }
    }

    /**
     * Esc and the next key in one read (typed quickly, or joined on their way over SSH) reach us as Alt and that key.
     * When nothing is bound to that Alt key here, it is what was typed: Esc, then the key.
     */
    private static boolean escThenKey(UiState s, Msg.Key k, List<Effect> fx) {
        String name = k.name();
        if (name == null || !name.startsWith("Alt-") || s.pasting) return false;
        String rest = name.substring(4);
        if (rest.codePointCount(0, rest.length()) != 1) return false; // Alt-Enter and the like are keys of their own
        if (s.keymap.lookup(s.scope(), name) != null) return false;
        key(s, new Msg.Key("Esc", null), fx);
        key(s, new Msg.Key(rest, rest), fx);
        return true;
    }

    /** What an action of the prompt line or the panels does (the score grid passes its scores and votes here too). */
    static void panelAction(UiState s, Action a, List<Effect> fx) {
        if (CHANGES_TRANSCRIPT.contains(a) && readOnly(s)) return;
        if (RunJudging.refuses(s, a)) return;
        switch (a) {
            case SEND -> Sending.send(s, fx);
            case NEWLINE -> s.prompt.insert("\n");
            case EDITOR -> fx.add(new Effect.OpenEditor(s.prompt.text()));
            case HISTORY_PREV -> s.prompt.historyPrev();
            case HISTORY_NEXT -> s.prompt.historyNext();
            case TO_PANELS -> s.mode = Mode.PANELS;
            case FOCUS_NEXT -> s.focus = s.panels.isEmpty() ? 0 : (s.focus + 1) % s.panels.size();
            case FOCUS_PREV -> s.focus = s.panels.isEmpty() ? 0 : (s.focus + s.panels.size() - 1) % s.panels.size();
            case SCROLL_UP -> focused(s).scrollBy(-1);
            case SCROLL_DOWN -> focused(s).scrollBy(1);
            case PAGE_UP -> focused(s).scrollBy(-Math.max(1, focused(s).height - 1));
            case PAGE_DOWN -> focused(s).scrollBy(Math.max(1, focused(s).height - 1));
            case TOP -> focused(s).toTop();
            case FOLLOW -> focused(s).toEnd();
            case ZOOM -> s.zoom = !s.zoom;
            case TOGGLE_REASONING -> {
                Reply r = focusedReply(s);
                if (r == null || r.reasoning().isEmpty()) s.status = "this reply has no reasoning to show";
                else focused(s).showReasoning = !focused(s).showReasoning;
            }
            case EARLIER_VERSIONS -> focused(s).showEarlierVersions = !focused(s).showEarlierVersions;
            case CANCEL -> cancelFocused(s, fx);
            case CANCEL_ALL -> {
                if (s.streaming()) s.overlay = UiState.Overlay.CONFIRM_CANCEL;
                else s.status = "nothing is streaming";
            }
            case REGENERATE -> Sending.regenerate(s, fx, List.of(s.focus));
            case REGENERATE_ALL -> Sending.regenerate(s, fx, Sending.allPanels(s));
            case NEXT_SYSTEM -> Sending.switchSystem(s, 1);
            case PREV_SYSTEM -> Sending.switchSystem(s, -1);
            case TO_PROMPT -> s.mode = Mode.PROMPT;
            case HELP -> {
                s.overlay = UiState.Overlay.HELP;
                s.helpPage = 0;
            }
            case SCORE_1 -> Judging.score(s, 1, fx);
            case SCORE_2 -> Judging.score(s, 2, fx);
            case SCORE_3 -> Judging.score(s, 3, fx);
            case SCORE_4 -> Judging.score(s, 4, fx);
            case SCORE_5 -> Judging.score(s, 5, fx);
            case SCORE_CLEAR -> Judging.score(s, null, fx);
            case PREV_CRITERION -> {
                if (s.judge != null) RunJudging.criterion(s, -1);
                else Judging.criterion(s, -1);
            }
            case NEXT_CRITERION -> {
                if (s.judge != null) RunJudging.criterion(s, 1);
                else Judging.criterion(s, 1);
            }
            case NOTE -> Judging.startNote(s);
            case SCORE_TABLE -> Grid.open(s);
            case VOTE_BEST -> Judging.best(s, fx);
            case VOTE_LEFT -> Judging.pair(s, vibecheck.transcript.Transcript.Outcome.LEFT, fx);
            case VOTE_RIGHT -> Judging.pair(s, vibecheck.transcript.Transcript.Outcome.RIGHT, fx);
            case VOTE_TIE -> Judging.pair(s, vibecheck.transcript.Transcript.Outcome.TIE, fx);
            case VOTE_BOTH_BAD -> Judging.pair(s, vibecheck.transcript.Transcript.Outcome.BOTH_BAD, fx);
            case PREV_TURN -> {
                if (s.judge != null) RunJudging.move(s, -1, fx);
                else Judging.turn(s, -1);
            }
            case NEXT_TURN -> {
                if (s.judge != null) RunJudging.move(s, 1, fx);
                else Judging.turn(s, 1);
            }
            case NEXT_UNJUDGED -> RunJudging.nextUnjudged(s, fx);
            case NEXT_SAMPLE -> RunJudging.nextSample(s, fx);
            case BLIND -> {
                Judging.toggleBlind(s);
                if (s.judge != null) RunJudging.blindToggled(s, fx);
            }
            case SWEEP -> Sending.sweep(s, fx);
            case EXPORT -> {
                if (s.session.turns().isEmpty()) s.status = "nothing to export yet: send a message first";
                else if (Verdict.anyTurnBlind(s)) s.status = "a turn is still blind: judge it, or " + s.keymap.key(Action.BLIND)
                        + " turns blind off (the export names the models)";
                else fx.add(new Effect.Export());
            }
            case DEMO -> Readying.demo(s, fx);
            case COPY -> Copying.copy(s, fx);
            case SESSIONS -> Sessions.ask(s, fx);
            case WARNINGS -> Readying.warnings(s);
            case VERDICT -> Verdict.show(s);
            case REFERENCE -> RunJudging.reference(s);
            case ASK_JUDGE -> LlmJudging.ask(s, fx);
            case MODELS -> {
                s.status = "looking for model servers…";
                fx.add(new Effect.Discover());
            }
            case SCHEDULE -> {
                s.sequential = !s.sequential;
                s.status = s.sequential ? "one after another: each reply runs alone, so speeds compare (from the next message)"
                        : "all at once (from the next message)";
            }
            case QUIT -> {
                if (s.streaming()) s.overlay = UiState.Overlay.CONFIRM_QUIT;
                else quit(s, fx);
            }
            default -> { } // keys of other scopes never reach here
        }
    }

    /** Refuses a change to the transcript while it is read-only here, saying why; true when refused. */
    private static boolean readOnly(UiState s) {
        if (s.readOnly == null) return false;
        s.status = "read-only: " + s.readOnly + "; nothing here is saved, so nothing can be changed";
        return true;
    }

    /** Pasted text goes into the prompt (or the note) as text: its newlines and letters are not commands. */
    private static boolean paste(UiState s, Msg.Key k) {
        if ("Paste-Start".equals(k.name())) {
            if (s.overlay == UiState.Overlay.NONE) {
                s.pasting = true;
                if (s.mode == Mode.PANELS) s.mode = Mode.PROMPT;
            }
            return true;
        }
        if ("Paste-End".equals(k.name())) {
            s.pasting = false;
            return true;
        }
        if (!s.pasting) return false;
        PromptEditor target = s.mode == Mode.NOTE ? s.note : s.prompt;
        // pasted text arrives as keys: its line breaks and characters are text, never commands
        if ("Enter".equals(k.name()) || "Ctrl-J".equals(k.name())) target.insert("\n");
        else if ("Tab".equals(k.name())) target.insert("    ");
        else if (k.text() != null) target.insert(k.text());
        return true;
    }

    private static void noteKey(UiState s, Action a, Msg.Key k, List<Effect> fx) {
        if (a == Action.NOTE_SAVE) {
            String text = s.note.take().strip();
            if (!text.isEmpty()) {
                s.session.note(s.noteFor, text, s.namesHidden());
                fx.add(new Effect.Save());
                s.status = "note saved";
            }
            s.mode = Mode.PANELS;
        } else if (a == Action.NOTE_DROP) {
            s.note.clearLine();
            s.mode = Mode.PANELS;
            s.status = "note dropped";
        } else if (a == Action.NOTE_NEWLINE) {
            s.note.insert("\n");
        } else if (a != null && a.scope() == Scope.EDIT) {
            edit(s.note, a);
        } else if (k.text() != null) {
            s.note.insert(k.text());
        }
    }

    /** The text-editing keys of the prompt line and a note. */
    private static void edit(PromptEditor p, Action a) {
        switch (a) {
            case EDIT_BACKSPACE -> p.backspace();
            case EDIT_DELETE -> p.delete();
            case EDIT_LEFT -> p.left();
            case EDIT_RIGHT -> p.right();
            case EDIT_HOME -> p.home();
            case EDIT_END -> p.end();
            case EDIT_CLEAR_LINE -> p.clearLine();
            case EDIT_DELETE_WORD -> p.deleteWord();
            case EDIT_INDENT -> p.insert("    ");
            default -> { }
        }
    }

    static void interrupt(UiState s, List<Effect> fx) {
        s.interrupts++;
        if (s.interrupts >= 2) quit(s, fx);
        else if (s.streaming()) cancelAll(s, fx, "cancelled every reply; " + s.keymap.key(Action.INTERRUPT) + " again to quit");
        else s.status = "press " + s.keymap.key(Action.INTERRUPT) + " again to quit";
    }

    static void cancelAll(UiState s, List<Effect> fx, String status) {
        if (!s.streaming()) {
            s.status = "nothing is streaming";
            return;
        }
        s.session.cancelling(null, "cancelled by you (every reply)");
        fx.add(new Effect.CancelAll());
        s.status = status;
    }

    private static void cancelFocused(UiState s, List<Effect> fx) {
        Reply r = focusedReply(s);
        if (r == null || r.state().isFinal()) {
            s.status = "this reply is not running";
            return;
        }
        s.session.cancelling(r.id(), "cancelled by you");
        fx.add(new Effect.Cancel(r.id()));
    }

    static void quit(UiState s, List<Effect> fx) {
        s.overlay = UiState.Overlay.NONE;
        if (s.mode == Mode.NOTE && !s.note.isBlank() && s.session.reply(s.noteFor) != null) {
            s.session.note(s.noteFor, s.note.take().strip(), s.blind.on()); // a note being written is the user's work
        }
        if (s.streaming()) {
            s.session.endUnfinished("cancelled when vibecheck was quit");
            fx.add(new Effect.CancelAll());
        }
        fx.add(new Effect.Save());
        fx.add(new Effect.Quit());
        s.quit = true;
    }

    private static PanelView focused(UiState s) {
        return s.panels.get(s.focus);
    }

    /** The focused panel's reply in the newest turn, or null before the first message. */
    public static Reply focusedReply(UiState s) {
        if (s.session.turns().isEmpty()) return null;
        int last = s.session.turns().size() - 1;
        return s.session.turns().get(last).replies().get(s.blind.contestantAt(last, s.focus));
    }

    private static String stripFinalNewline(String t) {
        return t.endsWith("\n") ? t.substring(0, t.length() - 1) : t;
    }
}
