package examgrader.segment;

import examgrader.rubric.Question;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A correction that names an item by its bare numeral, away from the item's answer: {@code Update: iii is 8, not 6}
 * two lines below {@code Ans 1a - i 4, ii 5, iii 6}. Nothing places such a line under 1a.iii (a bare {@code iii} after
 * {@code vi} is no label), so the item would be graded on the answer the student took back; every item with that
 * numeral goes to review instead, the correction quoted for the person who checks it.
 */
final class CorrectionsNamingItems {
    private static final Pattern NAMING = Pattern.compile(
            "(?i)[\\s*_#>\\-]*(?:update[ds]?|correction|corrected|edit(?:ed)?|erratum|revised|revision)\\b[\\s*_]*[:\\-–—,]?\\s*"
            + "(?:for\\s+|to\\s+|on\\s+|in\\s+)?(?:item\\s+|part\\s+)?\\(?(?-i:([a-h]|[ivx]{1,4}))\\)?"
            + "\\s*(?:is\\b|=|:|→|->|should\\s+be\\b|becomes\\b)");

    private CorrectionsNamingItems() {}

    static void doubt(List<Question> questions, List<LabelWalker.Piece> pieces,
                      Map<Question, List<Segmenter.Assigned>> byQuestion, Map<Question, Set<String>> doubts) {
        for (LabelWalker.Piece piece : pieces) {
            Matcher m = NAMING.matcher(piece.text());
            if (!m.lookingAt()) continue;
            String item = m.group(1).toLowerCase(java.util.Locale.ROOT);
            for (Question q : questions) {
                List<String> label = q.label();
                if (!label.get(label.size() - 1).equals(item)) continue;
                if (byQuestion.get(q).stream().anyMatch(a -> a.piece() == piece)) continue;
                doubts.get(q).add("a correction elsewhere in the script names item " + item + ": '" + piece.text().strip() + "'");
            }
        }
    }
}
