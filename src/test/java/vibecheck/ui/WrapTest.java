package vibecheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class WrapTest {
    private static List<String> wrap(String s, int width) {
        return Wrap.wrap(s, width).stream().map(Wrap.Line::text).toList();
    }

    @Test
    void wrapsAtSpacesBreaksLongWordsAndKeepsNewlines() {
        assertEquals(List.of("the quick", "brown fox"), wrap("the quick brown fox", 10));
        assertEquals(List.of("abcde", "fghij", "k"), wrap("abcdefghijk", 5));
        assertEquals(List.of("a", "", "b"), wrap("a\n\nb", 10));
    }

    @Test
    void wideCharactersTakeTwoColumnsAndTabsExpand() {
        assertEquals(List.of("日本語", "テスト"), wrap("日本語テスト", 6));
        assertEquals(List.of("a   b"), wrap("a\tb", 10));
        for (String line : wrap("全角の文字と half width を混ぜた長い行です", 9)) assertTrue(CellWidth.of(line) <= 9, line);
    }

    @Test
    void incrementalWrappingMatchesWrappingTheWholeText() {
        Random rnd = new Random(42);
        String alphabet = "aaaa bbb cc d\n\t日本 🙂 ";
        for (int round = 0; round < 200; round++) {
            int width = 3 + rnd.nextInt(30);
            WrappedText w = new WrappedText();
            StringBuilder text = new StringBuilder();
            for (int step = 0; step < 40; step++) {
                int n = 1 + rnd.nextInt(6);
                for (int i = 0; i < n; i++) text.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
                List<String> incremental = w.lines(text, width).stream().map(Wrap.Line::text).toList();
                assertEquals(wrap(text.toString(), width), incremental, "width " + width + " text " + text);
            }
        }
    }

    @Test
    void everyLineFitsItsWidth() {
        Random rnd = new Random(7);
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < 5000; i++) text.append("word日🙂 \t\nxyzzy".charAt(rnd.nextInt(15)));
        for (int width = 1; width < 40; width++) {
            for (String line : wrap(text.toString(), width)) assertTrue(CellWidth.of(line) <= Math.max(width, 2), width + ": " + line);
        }
    }
}
