package vibecheck.ui;

import java.util.List;
import vibecheck.core.Picker;
import vibecheck.core.UiState;
import vibecheck.discovery.Found;

/**
 * The model picker: every model found, with its server, size and family and whether it is loaded in GPU memory;
 * or, when nothing answered, what was looked for and how to start a server, and the offer of a demo.
 */
final class PickerPainter {
    private PickerPainter() {}

    static void paint(Canvas c, UiState s) {
        Picker p = s.picker;
        int width = Math.min(c.columns() - 2, 110);
        int height = Math.max(6, c.rows() - 5);
        int col = (c.columns() - width) / 2;
        int row = 2;
        Overlays.box(c, col, row, width, height);
        int inner = width - 4;
        if (p.empty()) {
            nothingFound(c, p, col + 2, row, inner, height);
            return;
        }
        c.put(col + 2, row, " Models on this machine: " + s.keymap.key(vibecheck.keys.Action.PICK_TOGGLE) + " chooses (" + p.chosen.size()
                + "/" + Picker.MAX_CHOSEN + "), " + s.keymap.key(vibecheck.keys.Action.PICK_START) + " starts, "
                + s.keymap.key(vibecheck.keys.Action.PICK_WRITE) + " writes the config ", Style.OVERLAY_TITLE, inner);
        int listTop = row + 2;
        int rows = height - 4;
        int first = Math.max(0, Math.min(p.cursor - rows / 2, p.entries.size() - rows));
        for (int i = 0; i < rows && first + i < p.entries.size(); i++) {
            int index = first + i;
            Picker.Entry e = p.entries.get(index);
            boolean on = p.chosen.contains(index);
            String mark = (index == p.cursor ? "▸ " : "  ") + (on ? "[x] " : "[ ] ");
            String name = CellWidth.fit(e.model().id(), 34);
            String server = e.server().probe().label();
            String line = mark + name + " ".repeat(Math.max(1, 36 - CellWidth.of(name))) + CellWidth.fit(server, 18)
                    + " ".repeat(Math.max(1, 19 - CellWidth.of(CellWidth.fit(server, 18)))) + details(e);
            c.put(col + 2, listTop + i, CellWidth.fit(line, inner), index == p.cursor ? Style.OVERLAY_TITLE : Style.OVERLAY, inner);
        }
        List<Found> silent = p.found.stream().filter(f -> !f.answered()).toList();
        if (!silent.isEmpty()) {
            String missing = "not found: " + String.join(", ", silent.stream().map(f -> f.probe().label()).toList());
            c.put(col + 2, row + height - 2, CellWidth.fit(missing, inner), Style.OVERLAY, inner);
        }
    }

    private static String details(Picker.Entry e) {
        var m = e.model();
        StringBuilder sb = new StringBuilder();
        if (m.sizeBytes() != null && m.sizeBytes() > 0) sb.append(String.format(java.util.Locale.ROOT, "%.1f GB", m.sizeBytes() / 1e9));
        if (m.parameterSize() != null) sb.append(sb.length() > 0 ? " · " : "").append(m.parameterSize());
        if (m.family() != null) sb.append(sb.length() > 0 ? " · " : "").append(m.family());
        Found.Loaded l = e.loaded();
        if (l != null) sb.append(sb.length() > 0 ? " · " : "").append("loaded, ").append(l.gpuPercent()).append("% in GPU");
        return sb.toString();
    }

    private static void nothingFound(Canvas c, Picker p, int col, int row, int width, int height) {
        c.put(col, row, " No model server found on this machine ", Style.OVERLAY_TITLE, width);
        int y = row + 2;
        c.put(col, y++, "Looked for:", Style.OVERLAY, width);
        for (Found f : p.found) {
            if (y >= row + height - 7) break;
            c.put(col, y++, CellWidth.fit("  " + f.probe().label() + " at " + vibecheck.text.Urls.withoutPassword(f.probe().baseUrl()) + ": " + f.problem(), width), Style.OVERLAY, width);
        }
        y++;
        String[] help = {
            "To start Ollama:     ollama serve",
            "then fetch a model:  ollama pull llama3:8b",
            "Any OpenAI-compatible server works too (vLLM, llama.cpp, LM Studio, SGLang, TGI),",
            "or set OPENAI_API_KEY / ANTHROPIC_API_KEY, or OLLAMA_HOST / OPENAI_BASE_URL.",
            "",
            "d  try a demo with built-in offline models (canned answers, clearly marked)",
            "r  look again          q  quit",
        };
        for (String h : help) {
            // wrapped, not cut: at 80 columns the commands to type must still be whole
            java.util.List<Wrap.Line> lines = h.isEmpty() ? java.util.List.of() : Wrap.wrap(h, width - 3);
            if (lines.isEmpty()) y++;
            for (int i = 0; i < lines.size() && y < row + height - 1; i++) {
                c.put(col, y++, (i == 0 ? "" : "   ") + lines.get(i).text(), h.startsWith("d ") ? Style.OVERLAY_TITLE : Style.OVERLAY, width);
            }
        }
    }
}
