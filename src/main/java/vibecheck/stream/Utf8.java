package vibecheck.stream;

/** Sizes of text as UTF-8 bytes, without encoding it. */
final class Utf8 {
    private Utf8() {}

    static long length(CharSequence s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) n += bytes(s, i);
        return n;
    }

    /** The longest start of {@code s} that fits in {@code max} bytes, never cutting a character in two. */
    static String prefix(String s, long max) {
        long n = 0;
        int i = 0;
        while (i < s.length()) {
            int width = Character.isHighSurrogate(s.charAt(i)) && i + 1 < s.length() ? 2 : 1;
            long b = width == 2 ? 4 : bytes(s, i);
            if (n + b > max) break;
            n += b;
            i += width;
        }
        return s.substring(0, i);
    }

    private static int bytes(CharSequence s, int i) {
        char c = s.charAt(i);
        if (c < 0x80) return 1;
        if (c < 0x800) return 2;
        if (Character.isSurrogate(c)) return 2; // a pair counts 4
        return 3;
    }
}
