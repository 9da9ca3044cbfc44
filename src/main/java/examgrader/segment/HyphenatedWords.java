package examgrader.segment;

import examgrader.ocr.Line;
import examgrader.ocr.ScriptText;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words the typesetting split over two lines with a hyphen, in text copied out of a PDF ({@code ... 7 × 7 × 32 = 1568
 * multiplica-} / {@code tions and 1567 additions}, {@code = 72 para-} / {@code meters.}): the word is put back whole on
 * the first line. Split, neither half named its quantity, and the hyphen read as a minus left the line's working
 * unreadable. Typed scripts only: on a scan a dash at a line's end is as often a speck.
 */
final class HyphenatedWords {
    private HyphenatedWords() {}

    /** A word's first half and its hyphen closing a line, no space before the hyphen. */
    private static final Pattern FIRST_HALF = Pattern.compile("(?<=[A-Za-z]{2})-\\s*$");
    /** The word's second half opening the next line, in small letters, and what follows it. */
    private static final Pattern SECOND_HALF = Pattern.compile("^\\s*([a-z]{2,}[.,;:!?]?)[ \\t]*(.*)$");

    static ScriptText joined(ScriptText script) {
        if (script.readByOcr()) return script;
        List<Line> lines = script.lines();
        Map<Integer, String> rewritten = new LinkedHashMap<>();
        for (int i = 0; i + 1 < lines.size(); i++) {
            String line = rewritten.getOrDefault(i, lines.get(i).text());
            Matcher first = FIRST_HALF.matcher(line);
            Matcher second = SECOND_HALF.matcher(lines.get(i + 1).text());
            if (lines.get(i).page() != lines.get(i + 1).page() || !first.find() || !second.matches()) continue;
            rewritten.put(i, line.substring(0, first.start()) + second.group(1));
            rewritten.put(i + 1, second.group(2));
        }
        return QuotedQuestions.withLines(script, rewritten);
    }
}
