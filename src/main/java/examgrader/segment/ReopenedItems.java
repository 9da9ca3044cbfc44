package examgrader.segment;

import examgrader.rubric.Question;
import java.util.List;

/**
 * A question of a later task found blank, in a script whose item numbering went back under an earlier task to an
 * item answered already, with other items of that task in between ({@code (I)} ... {@code (VI)} under
 * {@code Task I}, then {@code (I)} again), while no label of the later task was ever found: the numbering that
 * starts again is most likely the later task's items under a heading that was not read as one ({@code Task II}
 * in a style the grader does not know), so the later task's questions are not surely blank and go to review.
 */
final class ReopenedItems {
    private ReopenedItems() {}

    /**
     * Why the blank question {@code q} may have been answered under an earlier task's items written again, or ""
     * when its task was found or no item was opened again under an earlier task.
     *
     * @param sectionPaths the path each section of the script was opened with, in order (see LabelWalker)
     */
    static String doubtFor(Question q, List<List<String>> sectionPaths, List<Question> questions) {
        if (q.label().isEmpty()) return "";
        String task = q.label().get(0);
        if (sectionPaths.stream().anyMatch(p -> !p.isEmpty() && p.get(0).equalsIgnoreCase(task))) return "";
        for (int j = 0; j < sectionPaths.size(); j++) {
            List<String> item = sectionPaths.get(j);
            if (item.size() < 2 || item.get(0).equals(LabelPath.ANY) || !comesBefore(item.get(0), task, questions)) continue;
            if (reopensAfterOtherItems(item, j, sectionPaths)) {
                return "nothing found for " + q.id() + " and no label of task " + task + ", while item "
                        + String.join(".", item) + " was opened again after other items of its task: what follows it may be"
                        + " task " + task + "'s items under a heading that was not read";
            }
        }
        return "";
    }

    /**
     * Whether {@code item} (section {@code j}) was opened before, with another item of its task since
     * ({@code 1.1}, {@code 1.2}, {@code 1.1}) and no other task: the student going back to an item from another task,
     * or writing an item's label again before each of its own parts ({@code Q2-4-(i)}, {@code Q2-4-(ii)}), is not
     * numbering that starts again.
     */
    private static boolean reopensAfterOtherItems(List<String> item, int j, List<List<String>> sectionPaths) {
        boolean otherItem = false;
        for (int i = j - 1; i >= 0; i--) {
            List<String> before = sectionPaths.get(i);
            if (before.isEmpty() || !before.get(0).equalsIgnoreCase(item.get(0))) return false;
            if (before.equals(item)) return otherItem;
            if (before.size() >= item.size() && !LabelPath.startsWith(before, item)) otherItem = true;
        }
        return false;
    }

    /** Whether the rubric puts task {@code earlier}'s questions before task {@code later}'s. */
    private static boolean comesBefore(String earlier, String later, List<Question> questions) {
        int a = firstIndexOf(earlier, questions), b = firstIndexOf(later, questions);
        return a >= 0 && b >= 0 && a < b;
    }

    private static int firstIndexOf(String task, List<Question> questions) {
        for (int i = 0; i < questions.size(); i++) {
            List<String> label = questions.get(i).label();
            if (!label.isEmpty() && label.get(0).equalsIgnoreCase(task)) return i;
        }
        return -1;
    }
}
