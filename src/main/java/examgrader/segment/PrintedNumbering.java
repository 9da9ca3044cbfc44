package examgrader.segment;

import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A script that numbers a task's items as the question paper's bullets do, where the marking scheme numbers them
 * otherwise. The week-8 paper prints six bullets under task 2, the fifth asking for the multiplications and additions
 * of the fourth's layer; the scheme marks those as parts of 2.4, so its 2.5 is the paper's sixth bullet. A student
 * who writes {@code (v) multiplications = ...} and {@code (vi) 65,536 parameters} answers 2.4 and 2.5 of the scheme.
 *
 * <p>The rubric gives such questions a {@code printed_label}. The pieces of a script are renumbered from the paper's
 * numbering to the scheme's only on clear evidence: a piece under a label only the paper has (2.6), and the text under
 * each printed label the scheme also uses (2.5) naming a cue word of the questions printed there ({@code multiplications})
 * and none of the question the scheme labels so ({@code parameters}, 2.5's). Otherwise the script numbers as the scheme does, and its pieces are left as they are.
 */
final class PrintedNumbering {
    private PrintedNumbering() {}

    /** The pieces with their paths renumbered from the paper's bullets to the scheme's labels, when the script follows the paper. */
    static List<LabelWalker.Piece> applied(List<LabelWalker.Piece> pieces, Rubric rubric) {
        Map<String, List<String>> labelOfPrinted = new LinkedHashMap<>();
        Map<String, List<Question>> printedAt = new LinkedHashMap<>();
        for (Question q : rubric.questions()) {
            if (q.printedLabel().isEmpty()) continue;
            labelOfPrinted.put(LabelPath.key(q.printedLabel()), q.label());
            printedAt.computeIfAbsent(LabelPath.key(q.printedLabel()), k -> new ArrayList<>()).add(q);
        }
        if (labelOfPrinted.isEmpty()) return pieces;
        boolean printedOnlySeen = false;
        Map<List<String>, StringBuilder> textAtShared = new LinkedHashMap<>();
        for (LabelWalker.Piece piece : pieces) {
            String key = LabelPath.key(piece.path());
            if (!labelOfPrinted.containsKey(key)) continue;
            if (labelledThere(rubric, piece.path()).isEmpty()) printedOnlySeen = true;
            else textAtShared.computeIfAbsent(piece.path(), k -> new StringBuilder()).append(piece.text()).append('\n');
        }
        if (!printedOnlySeen) return pieces;
        for (var shared : textAtShared.entrySet()) {
            String text = shared.getValue().toString();
            List<String> path = shared.getKey();
            if (!namesACueOf(text, printedAt.get(LabelPath.key(path))) || namesACueOf(text, labelledThere(rubric, path))) return pieces;
        }
        List<LabelWalker.Piece> renumbered = new ArrayList<>();
        for (LabelWalker.Piece p : pieces) {
            List<String> label = labelOfPrinted.get(LabelPath.key(p.path()));
            renumbered.add(label == null ? p : p.withPath(label));
        }
        return renumbered;
    }

    /** The questions whose scheme label is {@code path}. */
    private static List<Question> labelledThere(Rubric rubric, List<String> path) {
        return rubric.questions().stream().filter(q -> LabelPath.equal(q.label(), path)).toList();
    }

    private static boolean namesACueOf(String text, List<Question> questions) {
        return questions.stream().flatMap(q -> q.cues().stream()).anyMatch(cue -> Cues.mentions(text, cue));
    }
}
