package examgrader.extract;

import examgrader.ocr.Line;
import examgrader.ocr.ScriptText;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the student number written at the top of a script, by the rubric's pattern. OCR splits
 * numbers ({@code 18CS 10042}) and confuses O with 0 and l or I with 1; spaces are closed up, and
 * a confusion is corrected only when exactly one correction makes the text match the pattern.
 */
public final class StudentIds {
    /** How many lines from the top a student number is looked for in. */
    static final int TOP_LINES = 15;
    private static final int MAX_AMBIGUOUS_CHARACTERS = 8;

    private StudentIds() {}

    /** The first student number near the top of the script, if one can be read without guessing. */
    public static Optional<String> find(ScriptText script, Pattern pattern) {
        List<Line> top = script.lines().stream().limit(TOP_LINES).toList();
        for (Line line : top) {
            Optional<String> id = inLine(line.text(), pattern);
            if (id.isPresent()) return id;
        }
        return Optional.empty();
    }

    static Optional<String> inLine(String text, Pattern pattern) {
        String digitsClosed = text.replaceAll("(?<=\\d)\\s+(?=\\d)", "");
        String allClosed = text.replaceAll("(?<=[A-Za-z0-9])\\s+(?=[0-9])|(?<=[0-9])\\s+(?=[A-Za-z0-9])", "");
        List<String> readings = List.of(text, digitsClosed, allClosed);
        for (String reading : readings) {
            Matcher m = pattern.matcher(reading);
            if (m.find()) return Optional.of(m.group());
        }
        for (String reading : readings) {
            Optional<String> fixed = corrected(reading, pattern);
            if (fixed.isPresent()) return fixed;
        }
        return Optional.empty();
    }

    /** The one reading, swapping O/0 and l/I/1 confusions, that matches the pattern; empty if none or several. */
    private static Optional<String> corrected(String text, Pattern pattern) {
        Pattern relaxed = Pattern.compile(pattern.pattern().replace("\\d", "[0-9OoQDlI|]"));
        Matcher m = relaxed.matcher(text);
        while (m.find()) {
            Set<String> readings = new LinkedHashSet<>();
            variants(m.group(), 0, new StringBuilder(), readings);
            List<String> matching = readings.stream().filter(r -> pattern.matcher(r).matches()).distinct().toList();
            if (matching.size() == 1) return Optional.of(matching.get(0));
            if (matching.size() > 1) return Optional.empty();
        }
        return Optional.empty();
    }

    private static void variants(String s, int i, StringBuilder sb, Set<String> out) {
        if (out.size() > 1 << MAX_AMBIGUOUS_CHARACTERS) return;
        if (i == s.length()) {
            out.add(sb.toString());
            return;
        }
        char c = s.charAt(i);
        for (char option : options(c)) {
            sb.append(option);
            variants(s, i + 1, sb, out);
            sb.setLength(sb.length() - 1);
        }
    }

    private static char[] options(char c) {
        return switch (c) {
            case 'O', 'o', 'Q', 'D' -> new char[] {c, '0'};
            case '0' -> new char[] {'0', 'O'};
            case 'l', 'I', '|' -> new char[] {c, '1'};
            case '1' -> new char[] {'1', 'I', 'l'};
            default -> new char[] {c};
        };
    }
}
