package vibecheck.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Help pages at 80x24: a heading never ends a column alone, and a section that goes on says so at the top. */
class HelpLayoutTest {
    private static List<String[]> section(String title, int rows) {
        List<String[]> s = new ArrayList<>();
        s.add(new String[] {title, null});
        for (int i = 0; i < rows; i++) s.add(new String[] {"k" + i, title + " " + i});
        return s;
    }

    @Test
    void aHeadingNeverEndsAColumnAndAContinuedSectionIsNamedAgain() {
        List<List<String[]>> columns = Overlays.flow(List.of(section("One", 4), section("Two", 9), section("Three", 1)), 6);
        for (List<String[]> column : columns) {
            assertTrue(column.size() <= 6, "a column holds at most its rows");
            String[] last = column.get(column.size() - 1);
            assertTrue(last[1] != null, "a heading alone at the foot of a column: " + last[0]);
        }
        assertEquals("One", columns.get(0).get(0)[0]);
        assertEquals("Two", columns.get(1).get(0)[0], "Two does not start at the foot of One's column");
        assertEquals("Two (cont.)", columns.get(2).get(0)[0]);
        int rows = 0;
        for (List<String[]> column : columns) for (String[] r : column) if (r[1] != null) rows++;
        assertEquals(4 + 9 + 1, rows, "every row is somewhere");
    }
}
