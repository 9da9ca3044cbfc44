package examgrader.segment;

import examgrader.rubric.Question;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question whose label and cue word start a line kept in another question's answer:
 * {@code 5 total | 3,088,878} in a closing table of answers, read on under {@code 3(c) | 72}
 * because a bare 5 already used as a label (rough work headed {@code Q5:}) is not believed again.
 * The rest of the line is given to the question, with a doubt, so a person checks the reading:
 * <ul>
 *   <li>left without text, the question would be a silent blank for an answer the student wrote;</li>
 *   <li>with text from that earlier use of its label, the question would silently be graded on the
 *       rough work ({@code Q5: … = 1,900,848} above {@code ## Answers} and {@code 5  total = 3,088,878}
 *       under 4.a), the line the student meant as the answer never looked at.</li>
 * </ul>
 */
final class LabelsInOtherAnswers {
    private LabelsInOtherAnswers() {}

    static void assign(List<Question> questions, Map<Question, List<Segmenter.Assigned>> byQuestion,
                       Map<Question, Set<String>> doubts) {
        Map<Question, List<Segmenter.Assigned>> found = new LinkedHashMap<>();
        for (Question q : questions) {
            boolean hasText = !byQuestion.get(q).isEmpty();
            List<Question> sharing = questions.stream().filter(o -> o.label().equals(q.label())).toList();
            Pattern start = labelThenSpace(q.label());
            for (Question other : questions) {
                if (other == q || sharing.contains(other)) continue;
                for (Segmenter.Assigned a : byQuestion.get(other)) {
                    String text = a.piece().text();
                    Matcher label = start.matcher(text);
                    if (!label.lookingAt()) continue;
                    String named = text.substring(label.end()).split("\\d", 2)[0];
                    if (!CueSplit.mentioning(sharing, named).equals(Set.of(q))) continue;
                    String doubt = (hasText
                            ? "its label is written a second time"
                            : "no text under label " + String.join(".", q.label()) + " is about " + q.id())
                            + "; read from a line in " + other.id() + "'s answer that starts with its label and cue: '"
                            + text.strip() + "'";
                    found.computeIfAbsent(q, k -> new ArrayList<>())
                            .add(new Segmenter.Assigned(a.piece().part(label.end(), text.length()), doubt));
                }
            }
        }
        found.forEach((q, assigned) -> byQuestion.get(q).addAll(assigned));
    }

    /**
     * The label at the start of a line, as a bare number or a path with dots or spaces between its
     * parts ({@code 5 }, {@code 2.4 }, {@code Q5 }), and a space; not run together ({@code 24} is no 2.4).
     */
    private static Pattern labelThenSpace(List<String> label) {
        List<String> parts = label.stream().map(Pattern::quote).toList();
        return Pattern.compile("\\s*(?:Q\\.?\\s?)?" + String.join("(?:\\.|\\s)", parts) + "[.):]?\\s+");
    }
}
