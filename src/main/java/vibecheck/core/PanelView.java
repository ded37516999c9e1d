package vibecheck.core;

/**
 * How one contestant's panel is being looked at: scrolled where, following new text or not, reasoning open or
 * not. {@code maxTop} and {@code height} are written by the renderer after each draw, so scrolling knows the
 * panel's extent.
 */
public final class PanelView {
    public boolean follow = true;
    public int top;
    public boolean showReasoning;
    /** Whether the earlier, regenerated versions of its replies are shown in full (else one line each turn). */
    public boolean showEarlierVersions;
    public int maxTop;
    public int height = 1;
    /** A turn to bring into view on the next draw (-1: none); the renderer knows where it starts. */
    public int jumpTo = -1;

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
