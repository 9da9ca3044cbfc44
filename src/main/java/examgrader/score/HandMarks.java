package examgrader.score;

import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the marks file TAs fill in for hand-marked questions: a CSV with the header
 * {@code student_id,question_id,marks,marker,comment}. Fields may be double-quoted (a comment with
 * commas). A question the rubric does not have, a mark outside 0..max, a student id the rubric's
 * pattern does not accept or the same student and question twice are refused, each as
 * {@code file:LINE: message}; nothing is returned unless the whole file is sound.
 */
public final class HandMarks {
    private static final List<String> HEADER = List.of("student_id", "question_id", "marks", "marker", "comment");

    private HandMarks() {}

    /** @throws HandMarksException listing every bad row, one line each */
    public static List<HandMark> parse(Path csv, Rubric rubric) {
        List<String> lines;
        try {
            lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        } catch (MalformedInputException e) {
            throw new HandMarksException(List.of(csv + ":1: not UTF-8 text"));
        } catch (IOException e) {
            throw new HandMarksException(List.of(csv + ": cannot read: " + e.getMessage()));
        }
        List<String> errors = new ArrayList<>();
        List<HandMark> out = new ArrayList<>();
        if (lines.isEmpty() || !header(lines.get(0)).equals(HEADER)) {
            throw new HandMarksException(List.of(csv + ":1: the first line must be " + String.join(",", HEADER)));
        }
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            int lineNo = i + 1;
            String line = lines.get(i);
            if (line.isBlank()) continue;
            String where = csv + ":" + lineNo + ": ";
            List<String> fields;
            try {
                fields = split(line);
            } catch (IllegalArgumentException e) {
                errors.add(where + e.getMessage());
                continue;
            }
            if (fields.size() != HEADER.size()) {
                errors.add(where + "expected 5 fields (" + String.join(",", HEADER) + "), found " + fields.size());
                continue;
            }
            String student = fields.get(0).trim(), qid = fields.get(1).trim(), text = fields.get(2).trim();
            if (student.isEmpty()) {
                errors.add(where + "student_id is empty");
                continue;
            }
            if (rubric.studentId() != null && !rubric.studentId().matcher(student).matches()) {
                errors.add(where + "student_id '" + student + "' does not look like " + rubric.studentId().pattern());
                continue;
            }
            Question q = rubric.question(qid).orElse(null);
            if (q == null) {
                errors.add(where + "question '" + qid + "' is not in rubric " + rubric.exam());
                continue;
            }
            double marks;
            try {
                marks = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                errors.add(where + "marks '" + text + "' is not a number");
                continue;
            }
            if (!(marks >= 0 && marks <= q.marks())) {
                errors.add(where + "marks " + text + " for " + qid + " is outside 0.." + Scorer.fmt(q.marks()));
                continue;
            }
            String key = student + "\u0000" + qid;
            if (seen.containsKey(key)) {
                errors.add(where + student + " " + qid + " is marked twice (also line " + seen.get(key) + ")");
                continue;
            }
            seen.put(key, lineNo);
            out.add(new HandMark(student, qid, marks, fields.get(3).trim(), fields.get(4).trim(), lineNo));
        }
        if (!errors.isEmpty()) throw new HandMarksException(errors);
        return out;
    }

    private static List<String> header(String line) {
        String clean = line.startsWith("\uFEFF") ? line.substring(1) : line;
        return split(clean).stream().map(String::trim).toList();
    }

    /** One CSV row: commas separate, double quotes enclose, {@code ""} inside quotes is a quote. */
    static List<String> split(String line) {
        List<String> out = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                    field.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    field.append(c);
                }
            } else if (c == '"' && field.toString().isBlank()) {
                quoted = true;
                field.setLength(0);
            } else if (c == ',') {
                out.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        if (quoted) throw new IllegalArgumentException("a quoted field is not closed");
        out.add(field.toString());
        return out;
    }
}
