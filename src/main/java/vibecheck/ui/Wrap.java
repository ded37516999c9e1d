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
        StringBuilder line = new StringBuilder();
        int lineStart = from;
        int col = 0;
        int lastSpaceLen = -1;  // length of `line` just after the last space, where it may break
        int lastSpaceSrc = -1;  // source offset just after that space
        int lastSpaceCol = 0;
        int i = from;
        while (i < src.length()) {
            int cp = Character.codePointAt(src, i);
            int next = i + Character.charCount(cp);
            if (cp == '\n') {
                out.add(new Line(line.toString(), lineStart));
                line.setLength(0);
                col = 0;
                lastSpaceLen = -1;
                lineStart = next;
                i = next;
                continue;
            }
            String piece;
            int w;
            if (cp == '\t') {
                w = TAB - (col % TAB);
                piece = " ".repeat(w);
            } else {
                w = CellWidth.of(cp);
                if (w == 0) {
                    i = next;
                    continue;
                }
                piece = new String(Character.toChars(cp));
            }
            if (col + w > width) {
                if (cp == ' ' || cp == '\t') { // a space at the edge: break here and drop it
                    out.add(new Line(line.toString(), lineStart));
                    line.setLength(0);
                    col = 0;
                    lastSpaceLen = -1;
                    lineStart = next;
                    i = next;
                    continue;
                }
                if (lastSpaceLen > 0) { // move the partial word to the next line
                    String carried = line.substring(lastSpaceLen);
                    out.add(new Line(line.substring(0, lastSpaceLen).stripTrailing(), lineStart));
                    line.setLength(0);
                    line.append(carried);
                    col -= lastSpaceCol;
                    lineStart = lastSpaceSrc;
                    if (col + w > width) { // the carried word and this character still do not fit: break the word
                        out.add(new Line(line.toString(), lineStart));
                        line.setLength(0);
                        col = 0;
                        lineStart = i;
                    }
                } else if (line.length() > 0) { // one long word: break it
                    out.add(new Line(line.toString(), lineStart));
                    line.setLength(0);
                    col = 0;
                    lineStart = i;
                }
                lastSpaceLen = -1;
            }
            line.append(piece);
            col += w;
            if (cp == ' ' || cp == '\t') {
                lastSpaceLen = line.length();
                lastSpaceSrc = next;
                lastSpaceCol = col;
            }
            i = next;
        }
        out.add(new Line(line.toString(), lineStart));
    }

    public static List<Line> wrap(CharSequence src, int width) {
        List<Line> out = new java.util.ArrayList<>();
        wrap(src, 0, width, out);
        return out;
    }
}
