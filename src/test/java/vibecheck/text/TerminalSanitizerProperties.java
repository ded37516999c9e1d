package vibecheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * Whatever a model sends, nothing the sanitizer lets through can move the cursor, change the title, reach the
 * clipboard or reorder the text; and how the text was split into chunks never changes what comes out.
 */
class TerminalSanitizerProperties {
    @Provide
    Arbitrary<String> hostile() {
        Arbitrary<String> pieces = Arbitraries.oneOf(
                Arbitraries.strings().ofMaxLength(6), // any UTF-16 text, lone surrogates included
                Arbitraries.strings().withCharRange('\u0000', '\u00a0').ofMaxLength(6), // C0, ASCII, DEL, C1
                Arbitraries.of("\u001b[", "\u001b]", "\u001b]0;", "\u001b]52;c;", "\u0007", "\u001b\\", "\u009b", "\u009d",
                        "\u0090", "\u001bP", "\u001b_", "\u001b^", "\u001bX", "\u001b(B", "[31m", "2J", "\r", "\r\n", "\n",
                        "\u202e", "\u2066", "\u200f", "\udb40\udc41", "\ufff9", "🙂", "日本"));
        return pieces.list().ofMaxSize(20).map(l -> String.join("", l));
    }

    static void assertHarmless(String out) {
        for (int i = 0; i < out.length(); ) {
            int cp = out.codePointAt(i);
            boolean bad = (cp < 0x20 && cp != '\n' && cp != '\t') || (cp >= 0x7f && cp <= 0x9f)
                    || (cp >= 0x202a && cp <= 0x202e) || (cp >= 0x2066 && cp <= 0x2069) || cp == 0x200e || cp == 0x200f
                    || cp == 0x061c || (cp >= 0xe0000 && cp <= 0xe007f) || (cp >= 0xfff9 && cp <= 0xfffb)
                    || (Character.charCount(cp) == 1 && Character.isSurrogate((char) cp));
            assertFalse(bad, "U+" + Integer.toHexString(cp) + " at " + i);
            i += Character.charCount(cp);
        }
    }

    /** Feeds {@code text} to one sanitizer in pieces cut where {@code cuts} say (optionally never inside a pair). */
    private static String fedInPieces(String text, List<Integer> cuts, boolean wholeCharacters) {
        TerminalSanitizer f = new TerminalSanitizer();
        StringBuilder out = new StringBuilder();
        int from = 0;
        for (int cut : cuts.stream().map(c -> Math.floorMod(c, text.length() + 1)).sorted().toList()) {
            if (cut <= from || wholeCharacters && cut < text.length() && Character.isLowSurrogate(text.charAt(cut))) continue;
            out.append(f.feed(text.substring(from, cut)));
            from = cut;
        }
        return out.append(f.feed(text.substring(from))).append(f.flush()).toString();
    }

    @Property(tries = 2000)
    void nothingThatComesOutCanControlTheTerminal(@ForAll("hostile") String text, @ForAll @Size(max = 8) List<Integer> cuts) {
        assertHarmless(fedInPieces(text, cuts, false));
    }

    @Property(tries = 1000)
    void splittingBetweenCharactersNeverChangesTheResult(@ForAll("hostile") String text, @ForAll @Size(max = 8) List<Integer> cuts) {
        assertEquals(TerminalSanitizer.clean(text), fedInPieces(text, cuts, true));
    }

    @Property(tries = 1000)
    void aLabelIsOneHarmlessLineOfBoundedLength(@ForAll("hostile") String text) {
        String label = TerminalSanitizer.label(text, 40);
        assertHarmless(label);
        assertFalse(label.contains("\n") || label.contains("\t"), label);
        assertFalse(label.codePointCount(0, label.length()) > 40, label);
    }
}
