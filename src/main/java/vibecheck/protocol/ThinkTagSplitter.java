package vibecheck.protocol;

/**
 * Splits content that carries reasoning inline as {@code <think>…</think>} into reasoning and answer, across
 * chunk boundaries: a tag split over two chunks is held back until it is complete.
 */
public final class ThinkTagSplitter {
    private static final String OPEN = "<think>";
    private static final String CLOSE = "</think>";

    public interface Out {
        void answer(String s);

        void reasoning(String s);

        /** Answer text to the sink's text, reasoning to its reasoning. */
        static Out of(ReplySink sink) {
            return new Out() {
                @Override
                public void answer(String s) {
                    sink.text(s);
                }

                @Override
                public void reasoning(String s) {
                    sink.reasoning(s);
                }
            };
        }
    }

    private final StringBuilder held = new StringBuilder();
    private boolean thinking;

    public void feed(String chunk, Out out) {
        held.append(chunk);
        while (held.length() > 0) {
            String tag = thinking ? CLOSE : OPEN;
            int at = held.indexOf(tag);
            if (at >= 0) {
                emit(held.substring(0, at), out);
                held.delete(0, at + tag.length());
                thinking = !thinking;
                continue;
            }
            int keep = partialTagSuffix(held, tag);
            emit(held.substring(0, held.length() - keep), out);
            held.delete(0, held.length() - keep);
            return;
        }
    }

    /** Emits whatever is held back (the stream has ended). */
    public void flush(Out out) {
        emit(held.toString(), out);
        held.setLength(0);
    }

    private void emit(String s, Out out) {
        if (s.isEmpty()) return;
        if (thinking) out.reasoning(s);
        else out.answer(s);
    }

    /** Length of the longest suffix of {@code s} that is a proper prefix of {@code tag}. */
    private static int partialTagSuffix(CharSequence s, String tag) {
        for (int n = Math.min(tag.length() - 1, s.length()); n > 0; n--) {
            boolean match = true;
            for (int i = 0; i < n && match; i++) match = s.charAt(s.length() - n + i) == tag.charAt(i);
            if (match) return n;
        }
        return 0;
    }
}
