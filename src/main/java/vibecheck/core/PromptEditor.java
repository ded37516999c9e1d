package vibecheck.core;

import java.util.ArrayList;
import java.util.List;

/** The prompt line: multi-line text with a cursor, and the history of sent prompts for Up/Down. */
public final class PromptEditor {
    private final StringBuilder text = new StringBuilder();
    private int cursor;
    private final List<String> history = new ArrayList<>();
    private int historyPos; // == history.size() when editing a new prompt
    private String draft = "";

    public String text() { return text.toString(); }
    public int cursor() { return cursor; }
    public boolean isBlank() { return text.toString().isBlank(); }

    public void insert(String s) {
        text.insert(cursor, s);
        cursor += s.length();
    }

    public void backspace() {
        if (cursor == 0) return;
        int n = Character.isLowSurrogate(text.charAt(cursor - 1)) && cursor >= 2 ? 2 : 1;
        text.delete(cursor - n, cursor);
        cursor -= n;
    }

    public void delete() {
        if (cursor >= text.length()) return;
        int n = Character.isHighSurrogate(text.charAt(cursor)) && cursor + 1 < text.length() ? 2 : 1;
        text.delete(cursor, cursor + n);
    }

    public void deleteWord() {
        int start = cursor;
        while (start > 0 && Character.isWhitespace(text.charAt(start - 1))) start--;
        while (start > 0 && !Character.isWhitespace(text.charAt(start - 1))) start--;
        text.delete(start, cursor);
        cursor = start;
    }

    public void clearLine() {
        set("");
    }

    public void left() {
        if (cursor > 0) cursor -= Character.isLowSurrogate(text.charAt(cursor - 1)) && cursor >= 2 ? 2 : 1;
    }

    public void right() {
        if (cursor < text.length()) cursor += Character.isHighSurrogate(text.charAt(cursor)) && cursor + 1 < text.length() ? 2 : 1;
    }

    public void home() {
        cursor = text.lastIndexOf("\n", cursor - 1) + 1;
    }

    public void end() {
        int nl = text.indexOf("\n", cursor);
        cursor = nl < 0 ? text.length() : nl;
    }

    public void set(String s) {
        text.setLength(0);
        text.append(s);
        cursor = text.length();
    }

    /** Takes the text as sent: remembers it in the history and empties the line. */
    public String take() {
        String s = text.toString();
        if (!s.isBlank() && (history.isEmpty() || !history.get(history.size() - 1).equals(s))) history.add(s);
        historyPos = history.size();
        draft = "";
        set("");
        return s;
    }

    public void historyPrev() {
        if (historyPos == 0) return;
        if (historyPos == history.size()) draft = text.toString();
        set(history.get(--historyPos));
    }

    public void historyNext() {
        if (historyPos >= history.size()) return;
        historyPos++;
        set(historyPos == history.size() ? draft : history.get(historyPos));
    }
}
