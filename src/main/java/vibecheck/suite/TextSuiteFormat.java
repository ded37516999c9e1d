package vibecheck.suite;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Plain text: one prompt per item, items separated by lines holding only {@code ---}; ids are positions. */
public final class TextSuiteFormat implements SuiteFormat {
    @Override
    public String name() {
        return "text";
    }

    @Override
    public String fileNames() {
        return "*.txt, *.md, or no extension; items separated by lines of ---";
    }

    @Override
    public boolean reads(String fileName) {
        String n = fileName.toLowerCase(Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".md") || !n.contains(".");
    }

    @Override
    public Suite parse(String shown, String defaultName, String text) throws SuiteException {
        String[] lines = text.split("\r?\n", -1);
        List<Suite.Item> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int firstLine = -1;
        int separatorLine = 0;
        for (int i = 0; i <= lines.length; i++) {
            boolean end = i == lines.length;
            if (end || lines[i].strip().equals("---")) {
                String prompt = current.toString().strip();
                if (!prompt.isEmpty()) {
                    items.add(new Suite.Item(items.size() + 1, String.valueOf(items.size() + 1), List.of(prompt),
                            null, null, null, null, firstLine));
                } else if (separatorLine > 0 && !end) {
                    problems.add(shown + ":" + (i + 1) + ": empty item: nothing between the --- on line " + separatorLine
                            + " and this one");
                }
                if (!end) separatorLine = i + 1;
                current.setLength(0);
                firstLine = -1;
                continue;
            }
            if (firstLine < 0 && !lines[i].isBlank()) firstLine = i + 1;
            current.append(lines[i]).append('\n');
        }
        if (items.isEmpty() && problems.isEmpty()) problems.add(shown + ":1: no prompts in the file");
        if (!problems.isEmpty()) throw new SuiteException(problems);
        return new Suite(defaultName, null, shown, null, null, null, null, items, java.util.Map.of());
    }
}
