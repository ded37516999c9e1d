package vibecheck.suite;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column of a CSV file (RFC 4180: quoted fields may hold commas, doubled quotes and line breaks), one prompt
 * per row. The first row names the columns; the prompts are the column named by {@code --column}, else the first.
 * An {@code id} column, when there is one, names the items, and a {@code category} column tags them.
 */
public final class CsvSuiteFormat implements SuiteFormat {
    private final String column;

    /** @param column the column holding the prompts, or null for the first */
    public CsvSuiteFormat(String column) {
        this.column = column;
    }

    @Override
    public String name() {
        return "CSV";
    }

    @Override
    public String fileNames() {
        return "*.csv, a header row, the prompts in --column (default: the first)";
    }

    @Override
    public boolean reads(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith(".csv");
    }

    /** A record and the line it starts on. */
    record Row(int line, List<String> cells) {}

    @Override
    public Suite parse(String shown, String defaultName, String text) throws SuiteException {
        List<Row> rows = rows(shown, text);
        if (rows.isEmpty()) throw new SuiteException(shown + ":1: the file is empty");
        List<String> header = rows.get(0).cells().stream().map(String::strip).toList();
        int col = 0;
        if (column != null) {
            col = header.indexOf(column);
            if (col < 0) {
                throw new SuiteException(shown + ":1: no column named \"" + column + "\" (the columns: " + String.join(", ", header) + ")");
            }
        }
        int idCol = header.indexOf("id");
        int categoryCol = header.indexOf("category");
        List<Suite.Item> items = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int r = 1; r < rows.size(); r++) {
            Row row = rows.get(r);
            if (row.cells().size() == 1 && row.cells().get(0).isBlank()) continue; // an empty line
            if (row.cells().size() != header.size()) {
                problems.add(shown + ":" + row.line() + ": " + row.cells().size() + " fields, but the header has " + header.size());
                continue;
            }
            String prompt = row.cells().get(col).strip();
            if (prompt.isEmpty()) continue;
            String id = idCol >= 0 && !row.cells().get(idCol).isBlank() ? row.cells().get(idCol).strip() : String.valueOf(r);
            if (!ids.add(id)) {
                problems.add(shown + ":" + row.line() + ": id " + id + " appears twice");
                continue;
            }
            String category = categoryCol >= 0 && !row.cells().get(categoryCol).isBlank() ? row.cells().get(categoryCol).strip() : null;
            items.add(new Suite.Item(items.size() + 1, id, List.of(prompt), null, null, category == null ? null : List.of(category),
                    null, row.line(), null));
        }
        if (items.isEmpty() && problems.isEmpty()) problems.add(shown + ":2: no prompts in column " + header.get(col));
        if (!problems.isEmpty()) throw new SuiteException(problems);
        return new Suite(defaultName, null, shown, null, null, null, null, items);
    }

    /** The records of an RFC 4180 file; a quote left open says where it opened. */
    static List<Row> rows(String shown, String text) throws SuiteException {
        List<Row> out = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean any = false;
        int line = 1;
        int rowLine = 1;
        int quoteLine = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') line++;
                    cell.append(c);
                }
                continue;
            }
            switch (c) {
                case '"' -> {
                    if (cell.length() > 0) throw new SuiteException(shown + ":" + line + ": a quote in the middle of an unquoted field");
                    quoted = true;
                    quoteLine = line;
                    any = true;
                }
                case ',' -> {
                    cells.add(cell.toString());
                    cell.setLength(0);
                    any = true;
                }
                case '\r' -> { } // CRLF: the LF ends the record
                case '\n' -> {
                    cells.add(cell.toString());
                    out.add(new Row(rowLine, List.copyOf(cells)));
                    cells.clear();
                    cell.setLength(0);
                    any = false;
                    line++;
                    rowLine = line;
                }
                default -> {
                    cell.append(c);
                    any = true;
                }
            }
        }
        if (quoted) throw new SuiteException(shown + ":" + quoteLine + ": a quoted field is never closed");
        if (any || cell.length() > 0) {
            cells.add(cell.toString());
            out.add(new Row(rowLine, List.copyOf(cells)));
        }
        return out;
    }
}
