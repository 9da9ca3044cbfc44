package examgrader.segment;

import examgrader.ocr.Line;
import examgrader.ocr.ScriptText;
import examgrader.rubric.Rubric;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions numbered in capital roman numerals, each with its lettered parts under it ({@code III.} / {@code (a) W_f :
 * 3 × 5} / {@code (b) b_f : 3 × 1}, then {@code V.} / {@code (a) depthwise ...}): the numerals are the question numbers.
 * Read as they stand, a numeral is a part's sub-item ({@code iii}) and every answer under it lost its question. The lines
 * are given the question's number in digits ({@code 3.}) before the walk. Typed scripts only: a rewritten line keeps no
 * OCR confidence.
 */
final class RomanQuestions {
    private RomanQuestions() {}

    /** A capital numeral opening a line, maybe after Markdown marks or a question word, closed by a dot, bracket or colon. */
    private static final Pattern HEAD = Pattern.compile(
            "^(\\s*[#*_]*\\s*(?:(?:Question|Q|Problem)\\.?\\s*)?)(X|IX|VIII|VII|VI|V|IV|III|II|I)([.):])(?=\\s|[*_]|$)");
    /** A lettered part opening a line: {@code (a)}, {@code a)}, {@code a.}. */
    private static final Pattern PART = Pattern.compile("^\\s*[#*_]*\\s*(?:\\(a\\)|a[.)])(?=\\s|$)|^\\s*[#*_]*\\s*\\([a-h]\\)");

    /**
     * The script with its roman question numbers in digits, when at least two lines open with distinct capital numerals,
     * one of them beyond I, each a question number of the rubric, and at least two of them have a lettered part on a
     * line before the next numeral; the script as it is otherwise.
     */
    static ScriptText labelled(ScriptText script, Rubric rubric) {
        if (script.readByOcr()) return script;
        Set<String> numbers = rubric.questions().stream().map(q -> q.label().get(0)).collect(java.util.stream.Collectors.toSet());
        List<Line> lines = script.lines();
        Map<Integer, Matcher> heads = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = HEAD.matcher(lines.get(i).text());
            if (m.find()) heads.put(i, m);
        }
        List<String> values = heads.values().stream().map(m -> String.valueOf(LabelPath.romanPosition(m.group(2)))).toList();
        if (heads.size() < 2 || values.stream().distinct().count() != values.size() || values.stream().allMatch("1"::equals)
                || !numbers.containsAll(values)) return script;
        List<Integer> at = List.copyOf(heads.keySet());
        int withParts = 0;
        for (int h = 0; h < at.size(); h++) {
            int end = h + 1 < at.size() ? at.get(h + 1) : lines.size();
            if (lines.subList(at.get(h) + 1, end).stream().anyMatch(l -> PART.matcher(l.text()).find())) withParts++;
        }
        if (withParts < 2) return script;
        Map<Integer, String> rewritten = new LinkedHashMap<>();
        heads.forEach((i, m) -> rewritten.put(i, m.group(1) + LabelPath.romanPosition(m.group(2)) + m.group(3)
                + lines.get(i).text().substring(m.end())));
        return QuotedQuestions.withLines(script, rewritten);
    }
}
