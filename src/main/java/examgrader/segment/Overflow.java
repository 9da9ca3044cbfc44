package examgrader.segment;

import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Catches one numbering slip: a student who answers the next item as one more sub-item of the
 * current one (items ①②③ inside item 4, where ③ is really item 5). When a later sub-item asks
 * again what an earlier sub-item of the same label already answered (the same cue words come
 * back), and the rubric's next item was never labelled in the script, the repeating sub-items
 * are read as that next item, with a doubt so the reading is reviewed.
 */
final class Overflow {
    private Overflow() {}

    static void moveRepeats(Rubric rubric, Map<String, List<Segmenter.Assigned>> groups) {
        for (String key : new ArrayList<>(groups.keySet())) {
            List<Question> sharing = sharing(rubric, key);
            if (sharing.size() < 2) continue;
            Question next = nextSibling(rubric, sharing.get(sharing.size() - 1));
            if (next == null || groups.containsKey(LabelPath.key(next.label()))) continue;
            List<Segmenter.Assigned> pieces = groups.get(key);
            int repeat = repeatStart(sharing, pieces);
            if (repeat < 0) continue;
            String doubt = "written under " + pieces.get(repeat).piece().written() + ", which repeats questions "
                    + "already answered under " + String.join(".", sharing.get(0).label()) + "; read as item "
                    + String.join(".", next.label());
            List<Segmenter.Assigned> moved = new ArrayList<>();
            for (Segmenter.Assigned a : pieces.subList(repeat, pieces.size())) {
                if (!mentionsOnlyOthers(a.piece().text(), next, sharing)) moved.add(new Segmenter.Assigned(a.piece(), doubt));
            }
            groups.put(key, new ArrayList<>(pieces.subList(0, repeat)));
            groups.put(LabelPath.key(next.label()), moved);
        }
    }

    private static List<Question> sharing(Rubric rubric, String key) {
        return rubric.questions().stream().filter(q -> LabelPath.key(q.label()).equals(key)).toList();
    }

    /** The first question of the next item at the same level ({@code 2.5} after {@code 2.4}), if the rubric has one. */
    private static Question nextSibling(Rubric rubric, Question last) {
        List<Question> qs = rubric.questions();
        int at = qs.indexOf(last);
        if (at < 0 || at + 1 >= qs.size()) return null;
        Question next = qs.get(at + 1);
        List<String> a = last.label(), b = next.label();
        if (!LabelPath.sameParent(a, b)) return null;
        return LabelPath.next(a.get(a.size() - 1)).equals(b.get(b.size() - 1)) ? next : null;
    }

    /** Index of the first piece of the sub-item that repeats a cue answered in an earlier sub-item, or -1. */
    private static int repeatStart(List<Question> sharing, List<Segmenter.Assigned> pieces) {
        Map<Question, Integer> firstSection = new HashMap<>();
        int sectionStart = 0;
        int section = -1;
        for (int i = 0; i < pieces.size(); i++) {
            LabelWalker.Piece p = pieces.get(i).piece();
            if (p.section() != section) {
                section = p.section();
                sectionStart = i;
            }
            for (Question q : sharing) {
                if (q.cues().stream().noneMatch(c -> Cues.mentions(p.text(), c))) continue;
                Integer seen = firstSection.putIfAbsent(q, section);
                if (seen != null && seen != section) return sectionStart;
            }
        }
        return -1;
    }

    private static boolean mentionsOnlyOthers(String text, Question target, List<Question> sharing) {
        boolean own = target.cues().stream().anyMatch(c -> Cues.mentions(text, c));
        boolean others = sharing.stream().flatMap(q -> q.cues().stream())
                .filter(c -> !target.cues().contains(c)).anyMatch(c -> Cues.mentions(text, c));
        return others && !own;
    }
}
