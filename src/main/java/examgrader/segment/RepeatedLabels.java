package examgrader.segment;

import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import java.util.ArrayList;
import java.util.List;

/**
 * On a scan, a sub-label is often read as the one just before it: {@code ii)} as {@code i)}, so
 * {@code i) f_t = 4} is followed by {@code i) i_t = 5}. Read as written, the first part gets two
 * answers and the second none. The text under the repeated label says which it is: when it
 * starts by naming the quantity the next part asks for ({@code it=5}, OCR's reading of
 * {@code i_t = 5}, where the next part's cue is {@code i_t}) and not the repeated part's, and the
 * next part was not found anywhere else, the text is the next part's.
 */
final class RepeatedLabels {
    private RepeatedLabels() {}

    /** The pieces, with the text of each sibling label misread as its predecessor moved to that sibling. */
    static List<LabelWalker.Piece> withMisreadSiblingsRenamed(List<LabelWalker.Piece> pieces,
                                                              List<List<String>> sectionPaths, Rubric rubric) {
        List<LabelWalker.Piece> result = new ArrayList<>(pieces);
        List<Question> questions = rubric.questions();
        for (int s = 1; s < sectionPaths.size(); s++) {
            List<String> path = sectionPaths.get(s);
            if (!openedBefore(sectionPaths, s, path)) continue;
            int at = firstPieceOf(result, s);
            if (at < 0 || !result.get(at).readByOcr()) continue;
            int k = indexOfOnly(questions, path);
            if (k < 0 || k + 1 >= questions.size()) continue;
            Question repeated = questions.get(k), next = questions.get(k + 1);
            if (!isNextSibling(repeated.label(), next.label()) || isOpened(sectionPaths, next.label())) continue;
            String text = result.get(at).text();
            boolean namesNext = next.cues().stream().anyMatch(c -> Cues.namesAtStart(text, c));
            boolean namesRepeated = repeated.cues().stream().anyMatch(c -> Cues.namesAtStart(text, c) || Cues.mentions(text, c));
            if (!namesNext || namesRepeated) continue;
            for (int i = at; i < result.size() && result.get(i).section() == s; i++) {
                LabelWalker.Piece p = result.get(i);
                result.set(i, p.withPath(next.label()));
            }
        }
        return result;
    }

    private static boolean openedBefore(List<List<String>> sectionPaths, int s, List<String> path) {
        if (path.isEmpty()) return false;
        for (int e = 0; e < s; e++) {
            if (sectionPaths.get(e).equals(path)) return true;
        }
        return false;
    }

    private static boolean isOpened(List<List<String>> sectionPaths, List<String> label) {
        return sectionPaths.stream().anyMatch(p -> LabelPath.equal(p, label));
    }

    private static int firstPieceOf(List<LabelWalker.Piece> pieces, int section) {
        for (int i = 0; i < pieces.size(); i++) {
            if (pieces.get(i).section() == section) return i;
        }
        return -1;
    }

    /** The index of the one question with exactly this label; -1 when none, or when it is shared. */
    private static int indexOfOnly(List<Question> questions, List<String> path) {
        int found = -1;
        for (int i = 0; i < questions.size(); i++) {
            if (!LabelPath.equal(questions.get(i).label(), path)) continue;
            if (found >= 0) return -1;
            found = i;
        }
        return found;
    }

    /** {@code 1.a.ii} after {@code 1.a.i}: same parent, the next letter or roman numeral. */
    private static boolean isNextSibling(List<String> label, List<String> next) {
        if (label.size() != next.size() || label.size() < 2) return false;
        if (!LabelPath.equal(label.subList(0, label.size() - 1), next.subList(0, next.size() - 1))) return false;
        String last = label.get(label.size() - 1), nextLast = next.get(next.size() - 1);
        return nextLast.equals(LabelPath.next(last)) || nextLast.equals(LabelPath.nextRoman(last));
    }
}
