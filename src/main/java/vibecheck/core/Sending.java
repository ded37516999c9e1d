package vibecheck.core;

import java.util.ArrayList;
import java.util.List;
import vibecheck.keys.Action;

/** What goes out to the models: a message, a regenerated reply, a sweep over system prompts. Part of {@link Update}. */
final class Sending {
    private Sending() {}

    static void send(UiState s, List<Effect> fx) {
        if (s.prompt.isBlank()) {
            s.status = "type a message first";
            return;
        }
        if (s.session.contestants().isEmpty()) {
            s.status = "no models chosen yet: " + s.keymap.key(vibecheck.keys.Action.MODELS) + " picks them";
            return;
        }
        if (s.streaming()) {
            s.status = "replies are still streaming: press " + s.keymap.key(vibecheck.keys.Action.SEND) + " again once they end ("
                    + s.keymap.key(vibecheck.keys.Action.CANCEL) + " or " + s.keymap.key(vibecheck.keys.Action.CANCEL_ALL) + " in the panels cancel)";
            return;
        }
        String message = s.prompt.take().strip();
        schedule(s);
        fx.add(new Effect.Start(s.session.addTurn(message, s.activeSystemPrompt(), s.temperatureOverride), s.sequential));
        int turn = s.session.turns().size() - 1;
        if (s.blind.on()) s.session.blindOrder(turn, s.blind.names(s.session, turn));
        s.selectedTurn = -1;
        fx.add(new Effect.Save());
        s.focus = 0;
        s.status = "sent: " + s.keymap.key(Action.TO_PANELS) + " goes to the panels to score";
        for (PanelView v : s.panels) v.follow = true;
    }

    static void regenerate(UiState s, List<Effect> fx, List<Integer> which) {
        schedule(s);
        if (s.session.turns().isEmpty()) {
            s.status = "nothing to regenerate yet";
            return;
        }
        int last = s.session.turns().size() - 1;
        if (s.judgedTurn() != last) {
            s.status = "cannot regenerate turn " + (s.judgedTurn() + 1) + ": later turns were built on its replies";
            return;
        }
        List<Session.Outgoing> out = new ArrayList<>();
        int votesBefore = s.session.turns().get(last).currentVotes().size();
        for (int position : which) {
            int i = s.blind.contestantAt(last, position);
            Reply old = s.session.turns().get(last).replies().get(i);
            if (!old.state().isFinal()) {
                s.session.cancelling(old.id(), "cancelled: regenerated");
                fx.add(new Effect.Cancel(old.id()));
            }
            out.add(s.session.regenerate(last, i, s.temperatureOverride));
            s.panels.get(position).follow = true;
        }
        fx.add(new Effect.Start(out, s.sequential));
        fx.add(new Effect.Save());
        s.status = which.size() == 1 ? "regenerating " + s.title(which.get(0)) : "regenerating every reply";
        if (s.session.turns().get(last).currentVotes().size() < votesBefore) {
            s.status += "; the turn's votes judged the earlier replies: kept as history, vote again";
        }
    }

    static void switchSystem(UiState s, int step) {
        int n = s.systemPrompts.size();
        s.systemPrompt = ((s.systemPrompt + step) % n + n) % n;
        s.status = "system prompt: " + s.activeSystemPrompt().name() + " (from the next message)";
    }

    static void sweep(UiState s, List<Effect> fx) {
        int original = -1;
        for (int t = s.session.turns().size() - 1; t >= 0 && original < 0; t--) {
            if (s.session.turns().get(t).sweepOf() == null) original = t;
        }
        if (original < 0) {
            s.status = "send a message first: " + s.keymap.key(vibecheck.keys.Action.SWEEP) + " re-sends it under every system prompt";
            return;
        }
        String used = s.session.turns().get(original).systemPrompt().name();
        List<vibecheck.config.SystemPrompt> others = s.systemPrompts.stream().filter(p -> !p.name().equals(used)).toList();
        if (others.isEmpty()) {
            s.status = "there is only one system prompt in the config";
            return;
        }
        int before = s.session.turns().size();
        schedule(s);
        fx.add(new Effect.Start(s.session.sweep(original, others, s.temperatureOverride), s.sequential));
        for (int t = before; t < s.session.turns().size(); t++) {
            if (s.blind.on()) s.session.blindOrder(t, s.blind.names(s.session, t));
        }
        fx.add(new Effect.Save());
        s.selectedTurn = -1;
        for (PanelView v : s.panels) v.follow = true;
        s.status = "re-sent turn " + (original + 1) + " under " + others.size() + " other system prompt" + (others.size() == 1 ? "" : "s");
    }

    static List<Integer> allPanels(UiState s) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < s.panels.size(); i++) all.add(i);
        return all;
    }

    /** The session sends on the schedule the state says (set at each send: a session that replaced another starts on its own). */
    private static void schedule(UiState s) {
        s.session.schedule(s.sequential ? vibecheck.config.Schedule.SEQUENTIAL : vibecheck.config.Schedule.PARALLEL);
    }
}
