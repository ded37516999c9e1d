package vibecheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.googlecode.lanterna.TextColor;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ThemeTest {
    @Test
    void noColorMeansNoColourAnywhere() {
        Theme plain = Theme.forEnvironment(Map.of("NO_COLOR", "1"));
        for (Style s : Style.values()) {
            assertEquals(TextColor.ANSI.DEFAULT, plain.look(s).fg(), s.name());
            assertEquals(TextColor.ANSI.DEFAULT, plain.look(s).bg(), s.name());
        }
        Theme colored = Theme.forEnvironment(Map.of("NO_COLOR", ""));
        assertNotEquals(TextColor.ANSI.DEFAULT, colored.look(Style.ERROR).fg());
        for (Style s : Style.values()) {
            assertEquals(true, colored.look(s).fg() instanceof TextColor.ANSI, "only the 16 ANSI colours: " + s);
        }
    }
}
