package vibecheck.ui;

import java.util.ArrayList;
import java.util.List;

/**
 * Wrapped lines of a text that only grows, kept up to date cheaply: when text is appended only the last line is
 * wrapped again, so a long streaming reply costs the same per frame at its end as at its start.
 */
public final class WrappedText {
    private final List<Wrap.Line> lines = new ArrayList<>();
    private int width = -1;
    private int wrappedLength = -1;

    /** The lines of {@code src} at {@code width}; {@code src} must be the same text, possibly longer, as last time. */
    public List<Wrap.Line> lines(CharSequence src, int width) {
        if (width != this.width || src.length() < wrappedLength) {
            lines.clear();
            this.width = width;
            wrappedLength = -1;
        }
        if (src.length() == wrappedLength) return lines;
        int from = 0;
        if (!lines.isEmpty()) from = lines.remove(lines.size() - 1).start();
        Wrap.wrap(src, from, width, lines);
        wrappedLength = src.length();
        return lines;
    }
}
