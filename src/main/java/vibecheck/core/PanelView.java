package vibecheck.core;

/**
 * How one contestant's panel is being looked at: scrolled where, following new text or not, reasoning open or
 * not. Drawing works out where the panel stands ({@link #place}, which changes nothing) and the frame's
 * {@link Msg.Laid} brings that back through {@link Update}, so scrolling knows the panel's extent.
 */
public final class PanelView {
    /** Where a panel stands in one frame: its height, how far it can scroll, where it is scrolled, whether it follows. */
    public record Placement(int height, int maxTop, int top, boolean follow) {}

    public boolean follow = true;
    public int top;
    public boolean showReasoning;
    /** Whether the earlier, regenerated versions of its replies are shown in full (else one line each turn). */
    public boolean showEarlierVersions;
    public int maxTop;
    public int height = 1;
    /** A turn to bring into view on the next draw (-1: none); the renderer knows where it starts. */
    public int jumpTo = -1;

    /** Where this panel stands when its text is {@code total} lines in {@code height} rows. Changes nothing. */
    public Placement place(int total, int height, boolean streaming, java.util.List<Integer> turnStarts) {
        int max = Math.max(0, total - height);
        int at = top;
        boolean following = follow;
        if (jumpTo >= 0 && jumpTo < turnStarts.size()) {
            at = Math.min(turnStarts.get(jumpTo), max);
            following = at >= max;
        }
        at = following ? followingTop(at, max, height, streaming) : Math.min(at, max);
        return new Placement(Math.max(1, height), max, at, following);
    }

    /** What the last frame drew: the extent scrolling works in. */
    void placed(Placement p) {
        height = p.height();
        maxTop = p.maxTop();
        top = p.top();
        follow = p.follow();
        jumpTo = -1;
    }

    /**
     * Where a panel that follows new text starts. While text streams in, the view stands still as long as the newest
     * line is on screen, and when it would fall off the bottom the view moves on by half the panel at once (a
     * quarter of a small one), leaving room below: one repaint of the panel per half a panel of text instead of one
     * per line, which is most of what goes over SSH while models stream. Once nothing streams in the panel, it shows
     * the end.
     */
    public static int followingTop(int top, int maxTop, int height, boolean streaming) {
        if (maxTop == 0) return 0;
        if (!streaming) return maxTop;
        int step = height >= 16 ? height / 2 : Math.max(1, height / 4); // a small panel is cheap to repaint: move less
        if (top >= maxTop && top <= maxTop + step - 1) return top; // the end is on screen
        return maxTop + step - 1;
    }

    void scrollBy(int lines) {
        int from = follow ? maxTop : Math.min(top, maxTop);
        int to = Math.max(0, from + lines);
        if (to >= maxTop) {
            follow = true;
            top = maxTop;
        } else {
            follow = false;
            top = to;
        }
    }

    void toTop() {
        follow = maxTop == 0;
        top = 0;
    }

    void toEnd() {
        follow = true;
        top = maxTop;
    }
}
