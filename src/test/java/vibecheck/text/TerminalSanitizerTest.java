package vibecheck.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.api.Test;

class TerminalSanitizerTest {
    private static String clean(String s) {
        return TerminalSanitizer.clean(s);
    }

    @Test
    void keepsTextNewlinesAndTabs() {
        assertEquals("a\tb\nc 世界 🙂", clean("a\tb\nc 世界 🙂"));
    }

    @Test
    void dropsCsiSequences() {
        assertEquals("red plain", clean("\u001b[31mred\u001b[0m plain"));
        assertEquals("cleared", clean("\u001b[2J\u001b[Hcleared"));
    }

    @Test
    void dropsOscTitleClipboardAndHyperlinks() {
        assertEquals("x", clean("\u001b]0;pwned\u0007x"));
        assertEquals("y", clean("\u001b]52;c;ZXZpbA==\u001b\\y"));
        assertEquals("click", clean("\u001b]8;;http://evil\u001b\\click\u001b]8;;\u001b\\"));
    }

    @Test
    void dropsDcsAndC1FormSequences() {
        assertEquals("ok", clean("\u001bP1$r\u001b\\ok"));
        assertEquals("ab", clean("a\u009b31mb"));
        assertEquals("cd", clean("c\u009d0;t\u0007d"));
    }

    @Test
    void sequenceSplitAcrossChunksIsCaught() {
        TerminalSanitizer f = new TerminalSanitizer();
        String out = f.feed("hello \u001b") + f.feed("]0;ti") + f.feed("tle\u0007world") + f.flush();
        assertEquals("hello world", out);
        TerminalSanitizer g = new TerminalSanitizer();
        assertEquals("ab", g.feed("a\u001b[3") + g.feed("1mb") + g.flush());
    }

    @Test
    void controlsAreShownVisibly() {
        assertEquals("a\u2407b\u2400c\u2408d", clean("a\u0007b\u0000c\u0008d"));
    }

    @Test
    void loneCrIsShownAndCrlfIsANewline() {
        assertEquals("safe\u240Devil", clean("safe\revil"));
        assertEquals("a\nb", clean("a\r\nb"));
        TerminalSanitizer f = new TerminalSanitizer();
        assertEquals("a\nb", f.feed("a\r") + f.feed("\nb") + f.flush());
    }

    @Test
    void dropsBidiOverridesTagsAndC1() {
        assertEquals("abc", clean("a\u202Eb\u2066c\u2069"));
        assertEquals("hi", clean("h\uDB40\uDC41\uDB40\uDC42i"));
        assertEquals("xy", clean("x\u0085y"));
    }

    @Test
    void noEscapeCharacterEverSurvives() {
        String nasty = "\u001b[1;2;3;4;5;6;7;8;9m\u001b]\u001b\u001b[\u001bX\u001b^\u001b_junk\u001b\\\u001bc\u001b(B\u001b7";
        String out = clean(nasty);
        assertFalse(out.contains("\u001b"), out);
        assertFalse(out.chars().anyMatch(ch -> ch < 0x20 && ch != '\n' && ch != '\t'), out);
    }
}
