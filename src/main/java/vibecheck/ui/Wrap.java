package vibecheck.ui;

import java.util.List;

/**
 * Greedy word wrap by display width. Newlines end lines, tabs expand to the next multiple of four columns, a word
 * longer than the line is broken, and characters of no width are dropped. Produces only drawable text.
 */
public final class Wrap {
    static final int TAB = 4;

    private Wrap() {}

    /** Where a wrapped line came from: its text and the offset in the source where it starts. */
    public record Line(String text, int start) {}

    /** Wraps {@code src} from {@code from} to its end into {@code out}. Width is at least 1. */
    public static void wrap(CharSequence src, int from, int width, List<Line> out) {
        width = Math.max(1, width);
        Lines lines = new Lines(out, from);
        int i = from;
        while (i < src.length()) {
            int cp = Character.codePointAt(src, i);
            int next = i + Character.charCount(cp);
            boolean space = cp == ' ' || cp == '\t';
            if (cp == '\n') {
                lines.end(next);
                i = next;
                continue;
            }
            int w = cp == '\t' ? TAB - (lines.col % TAB) : CellWidth.of(cp);
            if (w == 0) {
                i = next;
                continue;
            }
            if (lines.col + w > width) {
                if (space) { // a space at the edge: break here and drop it
                    lines.end(next);
                    i = next;
                    continue;
                }
                if (lines.lastSpaceLen > 0) { // move the partial word to the next line
                    lines.carryPartialWord();
                    if (lines.col + w > width) lines.end(i); // the carried word and this character still do not fit
                } else if (lines.line.length() > 0) { // one long word: break it
                    lines.end(i);
                }
                lines.lastSpaceLen = -1;
            }
            lines.line.append(cp == '\t' ? " ".repeat(w) : new String(Character.toChars(cp)));
            lines.col += w;
            if (space) lines.markSpace(next);
            i = next;
        }
        out.add(new Line(lines.line.toString(), lines.lineStart));
    }

    /** The line being filled, where it may break, and the finished lines. */
    private static final class Lines {
        final List<Line> out;
        final StringBuilder line = new StringBuilder();
        int lineStart;
        int col;
        int lastSpaceLen = -1; // length of `line` just after the last space, where it may break
        int lastSpaceSrc = -1; // source offset just after that space
        int lastSpaceCol;

        Lines(List<Line> out, int lineStart) {
            this.out = out;
            this.lineStart = lineStart;
        }

        /** Ends the current line; the next starts at source offset {@code nextStart}. */
        void end(int nextStart) {
            out.add(new Line(line.toString(), lineStart));
            line.setLength(0);
            col = 0;
            lastSpaceLen = -1;
            lineStart = nextStart;
        }

        /** Ends the line at its last space and starts the next with the word after it. */
        void carryPartialWord() {
            String carried = line.substring(lastSpaceLen);
            out.add(new Line(line.substring(0, lastSpaceLen).stripTrailing(), lineStart));
            line.setLength(0);
            line.append(carried);
            col -= lastSpaceCol;
            lineStart = lastSpaceSrc;
        }

        void markSpace(int sourceAfter) {
            lastSpaceLen = line.length();
            lastSpaceSrc = sourceAfter;
            lastSpaceCol = col;
        }
    }

    public static List<Line> wrap(CharSequence src, int width) {
        List<Line> out = new java.util.ArrayList<>();
        wrap(src, 0, width, out);
        return out;
    }
}
