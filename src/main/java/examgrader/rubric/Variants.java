package examgrader.rubric;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chooses each student's variant of a rubric with per-student parameter sets: from a roster CSV
 * ({@code student_id,variant}) or from a variant code the student wrote on the script
 * ("Variant: B", "Set B", "Version B").
 */
public final class Variants {
    private static final Pattern WRITTEN = Pattern.compile(
            "(?i)\\b(?:variant|version|set|paper)\\s*(?:code|no\\.?)?\\s*[:#=\\-]?\\s*([A-Za-z0-9]{1,8})\\b");

    private Variants() {}

    /**
     * Reads a roster: the class list, {@code student_id} alone or {@code student_id,variant}. A
     * variant, when given, must be one the rubric defines; a student listed twice, a bad row or an
     * unknown variant is refused as {@code file:LINE: message}. Students without a variant map to "".
     *
     * @throws IllegalArgumentException with one line per bad row
     */
    public static Map<String, String> readRoster(Path csv, Rubric rubric) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalArgumentException(csv + ": cannot read: " + e.getMessage());
        }
        String header = lines.isEmpty() ? "" : lines.get(0).replace("\uFEFF", "").replace(" ", "");
        if (!header.equals("student_id,variant") && !header.equals("student_id")) {
            throw new IllegalArgumentException(csv + ":1: the first line must be student_id or student_id,variant");
        }
        int fields = header.split(",").length;
        Map<String, String> out = new LinkedHashMap<>();
        List<String> errors = new ArrayList<>();
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String where = csv + ":" + (i + 1) + ": ";
            String[] f = line.split(",", -1);
            if (f.length != fields) {
                errors.add(where + "expected " + header + ", found " + f.length + " field" + (f.length == 1 ? "" : "s"));
                continue;
            }
            String student = f[0].trim(), variant = fields == 2 ? f[1].trim() : "";
            if (student.isEmpty()) {
                errors.add(where + "the student number is empty");
            } else if (!variant.isEmpty() && !rubric.variants().containsKey(variant)) {
                errors.add(where + "variant '" + variant + "' is not defined in " + rubric.source());
            } else if (out.containsKey(student)) {
                errors.add(where + "student " + student + " is listed twice");
            } else {
                out.put(student, variant);
            }
        }
        if (!errors.isEmpty()) throw new IllegalArgumentException(String.join("\n", errors));
        return out;
    }

    /** The variant code written on a script, if it names one the rubric defines. */
    public static Optional<String> findWritten(String scriptText, Rubric rubric) {
        Matcher m = WRITTEN.matcher(scriptText);
        while (m.find()) {
            String code = m.group(1);
            for (String v : rubric.variants().keySet()) {
                if (v.equalsIgnoreCase(code)) return Optional.of(v);
            }
        }
        return Optional.empty();
    }
}
