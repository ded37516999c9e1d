package vibecheck.ui;

import java.util.EnumMap;
import java.util.Map;
import vibecheck.core.UiState;

/** Each box over the panels and the painter that draws it: a new {@code UiState.Overlay} adds its painter here. */
final class OverlayPainters {
    /** Draws one box over the panels from the state, changing nothing. */
    interface Painter {
        void paint(Canvas c, UiState s);
    }

    private static final Map<UiState.Overlay, Painter> PAINTERS = new EnumMap<>(UiState.Overlay.class);

    static {
        PAINTERS.put(UiState.Overlay.HELP, Overlays::help);
        PAINTERS.put(UiState.Overlay.CONFIRM_QUIT, Overlays::confirmQuit);
        PAINTERS.put(UiState.Overlay.CONFIRM_CANCEL, Overlays::confirmCancel);
        PAINTERS.put(UiState.Overlay.WARNINGS, WarningsPainter::paint);
        PAINTERS.put(UiState.Overlay.TEXT, TextBoxPainter::paint);
        PAINTERS.put(UiState.Overlay.SESSIONS, (c, s) -> {
            if (s.sessions != null) SessionsPainter.paint(c, s);
        });
        PAINTERS.put(UiState.Overlay.SCORES, ScoreGridPainter::paint);
        PAINTERS.put(UiState.Overlay.PICKER, (c, s) -> {
            if (s.picker != null) PickerPainter.paint(c, s);
        });
    }

    private OverlayPainters() {}

    /** The painter of a box; every overlay but NONE has one. */
    static Painter of(UiState.Overlay overlay) {
        Painter p = PAINTERS.get(overlay);
        if (p == null) throw new IllegalStateException("no painter for the " + overlay + " box");
        return p;
    }
}
