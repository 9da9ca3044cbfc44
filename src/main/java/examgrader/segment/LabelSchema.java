package examgrader.segment;

import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;

/**
 * How the rubric numbers its questions, level by level (numbers, letters or roman numerals), and
 * which label paths exist: what tells a bare {@code 2.} apart as "Task 2" or "item 2 of this task".
 */
final class LabelSchema {
    enum Level { NUMBER, LETTER, ROMAN }

    private final List<Level> levels = new ArrayList<>();
    private final List<List<String>> labels = new ArrayList<>();
    private final java.util.Map<String, List<String>> cuesByTop = new java.util.LinkedHashMap<>();
    private final java.util.Map<String, List<String>> cuesByLabel = new java.util.LinkedHashMap<>();
    private final java.util.Map<List<String>, List<Question>> questionsByLabel;
    /** The labels the question paper prints that no question has as its label (see {@link PrintedNumbering}). */
    private final List<List<String>> printedOnly = new ArrayList<>();

    LabelSchema(Rubric rubric) {
        questionsByLabel = QuotedQuestions.byLabel(rubric);
        int depth = rubric.questions().stream().mapToInt(q -> q.label().size()).max().orElse(0);
        for (int d = 0; d < depth; d++) levels.add(levelAt(rubric, d));
        rubric.questions().forEach(q -> labels.add(q.label()));
        for (Question q : rubric.questions()) {
            List<String> printed = q.labelAsPrinted();
            if (labels.stream().noneMatch(l -> LabelPath.equal(l, printed)) && !printedOnly.contains(printed)) printedOnly.add(printed);
        }
        for (Question q : rubric.questions()) {
            if (q.label().isEmpty()) continue;
            List<String> cues = cuesByTop.computeIfAbsent(q.label().get(0), k -> new ArrayList<>());
            q.cues().stream().filter(c -> !cues.contains(c)).forEach(cues::add);
            List<String> own = cuesByLabel.computeIfAbsent(LabelPath.key(q.label()), k -> new ArrayList<>());
            q.cues().stream().filter(c -> !own.contains(c)).forEach(own::add);
        }
    }

    /** The rubric's questions by label, in rubric order: what a quoted line of the question paper is matched against. */
    java.util.Map<List<String>, List<Question>> questionsByLabel() {
        return questionsByLabel;
    }

    /** The cue words of every question under the top-level label {@code top}. */
    List<String> cuesUnder(String top) {
        return cuesByTop.getOrDefault(top, List.of());
    }

    /** The cue words of the questions whose label is exactly {@code label}. */
    List<String> cuesOf(List<String> label) {
        return cuesByLabel.getOrDefault(LabelPath.key(label), List.of());
    }

    /** True when the rubric numbers the questions at {@code depth} with roman numerals. */
    boolean romanAt(int depth) {
        return depth < levels.size() && levels.get(depth) == Level.ROMAN;
    }

    private static Level levelAt(Rubric rubric, int d) {
        List<String> values = rubric.questions().stream()
                .filter(q -> q.label().size() > d).map(q -> q.label().get(d)).toList();
        if (values.stream().allMatch(v -> v.matches("\\d+"))) return Level.NUMBER;
        if (values.stream().allMatch(LabelPath::isRoman)) return Level.ROMAN;
        return Level.LETTER;
    }

    /** How many levels the rubric's labels have at most: a label deeper than that is an answer, not a label. */
    int depth() {
        return levels.size();
    }

    /** The depth at which the rubric uses this kind of label, or -1. */
    int depthOf(Level level) {
        return levels.indexOf(level);
    }

    boolean numberAt(int depth) {
        return depth < levels.size() && levels.get(depth) == Level.NUMBER;
    }

    /** True when some question's label (or a label only the question paper prints) starts with {@code path}. */
    boolean hasPrefix(List<String> path) {
        return labels.stream().anyMatch(l -> LabelPath.startsWith(l, path))
                || printedOnly.stream().anyMatch(l -> LabelPath.startsWith(l, path));
    }

    /**
     * True when {@code path} is some question's label or leads to one, directly or by position: {@code 2.b} and
     * {@code 1.1.2} do in ct3, {@code 2.b.0} (a number after a part that has none) does not.
     */
    boolean reachesAQuestion(List<String> path) {
        return labels.stream().filter(l -> l.size() >= path.size()).map(l -> l.subList(0, path.size()))
                .anyMatch(l -> LabelPath.equal(l, path) || LabelPath.samePositions(l, path));
    }

    /** True when {@code path} leads to or lies under some question's label, directly or by position, or is a label only the paper prints. */
    boolean isRelated(List<String> path) {
        for (List<String> l : printedOnly) if (LabelPath.equal(l, path)) return true;
        for (List<String> l : labels) {
            int k = Math.min(l.size(), path.size());
            List<String> a = l.subList(0, k), b = path.subList(0, k);
            if (LabelPath.equal(a, b) || LabelPath.samePositions(a, b)) return true;
        }
        return false;
    }

    /** True when the rubric numbers questions at {@code depth} with labels like {@code value}. */
    boolean fitsLevel(int depth, String value) {
        if (depth >= levels.size()) return false;
        return switch (levels.get(depth)) {
            case NUMBER -> value.matches("\\d+");
            case LETTER -> value.matches("[a-z]");
            case ROMAN -> LabelPath.isRoman(value);
        };
    }

    /** The values the rubric's labels take just below {@code parent}, in rubric order, each once. */
    List<String> childrenOf(List<String> parent) {
        return labels.stream().filter(l -> l.size() > parent.size() && LabelPath.startsWith(l, parent))
                .map(l -> l.get(parent.size())).distinct().toList();
    }

    /**
     * The label that follows {@code path} in rubric order (the first label for an empty path);
     * empty when {@code path} is no question's label or is the last.
     */
    List<String> labelAfter(List<String> path) {
        if (path.isEmpty()) return firstLabel();
        for (int i = 0; i < labels.size(); i++) {
            if (!LabelPath.equal(labels.get(i), path)) continue;
            for (int j = i + 1; j < labels.size(); j++) {
                if (!LabelPath.equal(labels.get(j), path)) return labels.get(j);
            }
            return List.of();
        }
        return List.of();
    }

    /** Whether {@code path} is exactly some question's label. */
    boolean isLabel(List<String> path) {
        return labels.stream().anyMatch(l -> LabelPath.equal(l, path));
    }

    /** The label of the rubric's first question (empty for an empty rubric). */
    List<String> firstLabel() {
        return labels.isEmpty() ? List.of() : labels.get(0);
    }
}
