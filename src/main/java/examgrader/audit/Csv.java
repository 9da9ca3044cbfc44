package examgrader.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the small CSV files people hand to the grader (gradebooks, marks files), keeping each
 * record's line number so an error can say where. Quoted fields may hold commas, doubled quotes
 * and line breaks; a byte-order mark and blank lines are ignored.
 */
public final class Csv {
    private Csv() {}

    /** One record and the line it starts on (1-based). */
    public record Row(int line, List<String> fields) {
        public String field(int index) {
            return index < fields.size() ? fields.get(index).strip() : "";
        }
    }

    public static List<Row> read(Path file) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new AuditException(file + ": cannot read: " + e.getMessage());
        }
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        return parse(text, file.toString());
    }

    /** One CSV record: fields with a comma, quote or line break are quoted, quotes doubled. */
    public static String line(List<String> fields) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            String field = fields.get(i) == null ? "" : fields.get(i);
            if (i > 0) out.append(',');
            if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
                out.append('"').append(field.replace("\"", "\"\"")).append('"');
            } else {
                out.append(field);
            }
        }
        return out.append('\n').toString();
    }

    static List<Row> parse(String text, String where) {
        List<Row> rows = new ArrayList<>();
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        int line = 1;
        int rowLine = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    if (c == '\n') line++;
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == ',') {
                fields.add(field.toString());
                field.setLength(0);
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') i++;
                fields.add(field.toString());
                field.setLength(0);
                addRow(rows, rowLine, fields);
                fields = new ArrayList<>();
                line++;
                rowLine = line;
            } else {
                field.append(c);
            }
        }
        if (quoted) throw new AuditException(where + ":" + rowLine + ": a quoted field is never closed");
        fields.add(field.toString());
        addRow(rows, rowLine, fields);
        return rows;
    }

    private static void addRow(List<Row> rows, int line, List<String> fields) {
        boolean blank = fields.stream().allMatch(String::isBlank);
        if (!blank) rows.add(new Row(line, List.copyOf(fields)));
    }
}
