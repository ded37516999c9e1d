package vibecheck.ui;

import vibecheck.core.UiState;

/** A box of text to read (the verdict, a reference answer), scrolled with the arrows and PgUp/PgDn. */
final class TextBoxPainter {
    private TextBoxPainter() {}

    static void paint(Canvas c, UiState s) {
        UiState.TextBox box = s.textBox;
        if (box == null) return;
        int width = c.columns();
        int height = Math.max(4, c.rows() - 2);
        int inner = Math.max(1, width - 4);
        java.util.List<String> lines = new java.util.ArrayList<>();
        for (String l : box.lines()) {
            if (l.isEmpty()) lines.add("");
            else for (Wrap.Line w : Wrap.wrap(l, inner)) lines.add(w.text());
        }
        int room = height - 3;
        int top = Math.max(0, Math.min(s.textTop, Math.max(0, lines.size() - room)));
        Overlays.box(c, 0, 1, width, height);
        String more = lines.size() > room ? " " + s.keymap.key(vibecheck.keys.Action.READER_UP) + " " + s.keymap.key(vibecheck.keys.Action.READER_DOWN) + " "
                + s.keymap.key(vibecheck.keys.Action.READER_PAGE_UP) + "/" + s.keymap.key(vibecheck.keys.Action.READER_PAGE_DOWN) + " · " + (top + 1) + "–" + Math.min(lines.size(), top + room) + " of " + lines.size() : "";
        c.put(2, 1, CellWidth.fit(" " + box.title() + more + " · any other key closes ", inner), Style.OVERLAY_TITLE, inner);
        for (int i = 0; i < room && top + i < lines.size(); i++) {
            c.put(2, 2 + i, CellWidth.fit(lines.get(top + i), inner), Style.OVERLAY, inner);
        }
    }
}
