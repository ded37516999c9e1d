package vibecheck.core;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vibecheck.config.SystemPrompt;
import vibecheck.keys.Keymap;
import vibecheck.keys.Mode;

/** Everything the screen shows, owned by the UI thread and changed only by {@link Update}. */
public final class UiState {
    public enum Overlay { NONE, HELP, CONFIRM_QUIT }

    public final Session session;
    public final List<SystemPrompt> systemPrompts;
    public final Keymap keymap;
    public final Double temperatureOverride;
    public final double defaultTemperature;
    public final PromptEditor prompt = new PromptEditor();
    public final List<PanelView> panels = new ArrayList<>();
    final Map<String, ReplyDisplay> displays = new HashMap<>();

    public int systemPrompt;
    public Mode mode = Mode.PROMPT;
    public int focus;
    public boolean zoom;
    public Overlay overlay = Overlay.NONE;
    public String status = "";
    public int interrupts;
    public int columns = 80;
    public int rows = 24;
    public int spinner;
    public boolean quit;

    public UiState(Session session, List<SystemPrompt> systemPrompts, int initialPrompt, Keymap keymap,
                   Double temperatureOverride, double defaultTemperature) {
        this.session = session;
        this.systemPrompts = systemPrompts.isEmpty() ? List.of(SystemPrompt.NONE) : List.copyOf(systemPrompts);
        this.systemPrompt = Math.max(0, Math.min(initialPrompt, this.systemPrompts.size() - 1));
        this.keymap = keymap;
        this.temperatureOverride = temperatureOverride;
        this.defaultTemperature = defaultTemperature;
        for (int i = 0; i < session.contestants().size(); i++) panels.add(new PanelView());
    }

    public SystemPrompt activeSystemPrompt() {
        return systemPrompts.get(systemPrompt);
    }

    /** The display of a reply, created on first use. */
    public ReplyDisplay display(String replyId) {
        return displays.computeIfAbsent(replyId, id -> new ReplyDisplay());
    }

    public boolean streaming() {
        return session.running() > 0;
    }
}
