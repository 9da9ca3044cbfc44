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
 * The rest of the line is given to the question, with a doubt, and taken out of the other answer, whose last value it
 * was ({@code 3(c) | 84} above it was graded 3,088,878). The question's doubt is there so a person checks the reading:
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
        Map<Question, List<Segmenter.Assigned>> movedOut = new LinkedHashMap<>();
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
                    movedOut.computeIfAbsent(other, k -> new ArrayList<>()).add(a);
                }
            }
        }
        found.forEach((q, assigned) -> byQuestion.get(q).addAll(assigned));
        movedOut.forEach((other, lines) -> byQuestion.get(other).removeAll(lines));
        doubtLabelsReadWithoutTheirDots(questions, byQuestion, doubts);
        doubtLabelsInAStyleNotRead(questions, byQuestion, doubts);
        doubtLabelsWrittenInsideOtherAnswers(questions, byQuestion, doubts);
    }

    /**
     * A question with no text whose label stands inside a line of another answer, as the paper writes it
     * ({@code 3 iscccccecsss... 1(a)(iv)}: a scanned answer sheet whose dot leaders OCR read as letters, its labels
     * after the answers, all kept under the rough work above): the question may have been answered there, so it is not
     * surely blank. Only labels with a lettered or roman level ({@code 1(a)(iv)}, {@code 3.b}, {@code 2b}), which working
     * does not write by chance; {@code 2.5} may be a number.
     */
    private static void doubtLabelsWrittenInsideOtherAnswers(List<Question> questions, Map<Question, List<Segmenter.Assigned>> byQuestion,
                                                             Map<Question, Set<String>> doubts) {
        for (Question q : questions) {
            if (!byQuestion.get(q).isEmpty() || q.label().size() < 2 || numbersOnly(q.label())) continue;
            StringBuilder regex = new StringBuilder("(?<![\\w.(])").append(Pattern.quote(q.label().get(0)));
            for (String level : q.label().subList(1, q.label().size())) {
                String l = Pattern.quote(level);
                regex.append("(?:\\s?\\(").append(l).append("\\)|[.\\-\\s]").append(l).append("|(?<=[\\d)])").append(l).append(")");
            }
            Pattern written = Pattern.compile(regex.append("(?![\\w(])").toString());
            for (var lineOf : linesOfOtherAnswers(q, questions, byQuestion)) {
                String line = lineOf.getValue().piece().text().strip();
                if (!written.matcher(line).find() || doubts.get(q).stream().anyMatch(d -> d.contains(line))) continue;
                doubts.get(q).add("no label " + String.join(".", q.label()) + " was read, but its label is written in a line of "
                        + lineOf.getKey().id() + "'s answer: '" + line + "'");
            }
        }
    }

    /** Each line of the answers to questions other than {@code q} and those sharing its label, with the question it answers. */
    private static List<Map.Entry<Question, Segmenter.Assigned>> linesOfOtherAnswers(Question q, List<Question> questions,
                                                                                     Map<Question, List<Segmenter.Assigned>> byQuestion) {
        List<Map.Entry<Question, Segmenter.Assigned>> lines = new ArrayList<>();
        for (Question other : questions) {
            if (other == q || other.label().equals(q.label())) continue;
            byQuestion.get(other).forEach(a -> lines.add(Map.entry(other, a)));
        }
        return lines;
    }

    private static boolean numbersOnly(List<String> label) {
        return label.stream().allMatch(p -> p.matches("\\d+"));
    }

    /** How far after a label of numbers only its question's cue word must come to count. */
    private static final int CUE_RIGHT_AFTER = 24;

    /** What may part the levels of a label in a style of the student's own: {@code 3~a~}, {@code <3a>}, {@code 3/b:}, {@code 1_a_ii}. */
    private static final String OWN_SEPARATOR = "[\\s.\\-_/:~<>()\\[\\]{}|]{0,3}";

    /**
     * A line in one answer that opens with another question's label in a style the walk did not read ({@code 3~a~ W_f is
     * 3 x 5} under 1(a)(i), {@code <3b> ...}), when that question has no text: the label's number and its part letter or
     * numeral with only marks between them. Read as more of the answer above, the line would leave the question a silent
     * blank for an answer the student wrote, and its values would stand in the wrong answer; both go to review, and the
     * line is not moved, as the style is unknown. Not when the line says the question was not answered
     * ({@code (Q4b – ran out of time, not attempted.)}). A label of numbers only must be followed by one of the question's cue
     * words ({@code 5~ total ...}), and its levels parted by some mark ({@code 25 params} may be a count of 25, and is
     * left to {@link #doubtLabelsReadWithoutTheirDots} on scans): a plain {@code 2 4} or {@code 5~} opening a line of
     * working is as often no label.
     */
    private static void doubtLabelsInAStyleNotRead(List<Question> questions, Map<Question, List<Segmenter.Assigned>> byQuestion,
                                                   Map<Question, Set<String>> doubts) {
        for (Question q : questions) {
            if (!byQuestion.get(q).isEmpty()) continue;
            boolean numbersOnly = numbersOnly(q.label());
            if (!numbersOnly && q.label().size() < 2) continue;
            Pattern opens = Pattern.compile("\\s*[^\\p{Alnum}\\s]{0,3}\\s?(?i:q(?:uestion)?\\.?\\s?)?"
                    + String.join(numbersOnly ? OWN_SEPARATOR.replace("{0,3}", "{1,3}") : OWN_SEPARATOR,
                    q.label().stream().map(Pattern::quote).toList()) + "(?![\\p{Alnum}])");
            for (var lineOf : linesOfOtherAnswers(q, questions, byQuestion)) {
                Question other = lineOf.getKey();
                String text = lineOf.getValue().piece().text();
                Matcher label = opens.matcher(text);
                if (!label.lookingAt()) continue;
                String after = text.substring(label.end());
                String named = after.substring(0, Math.min(after.length(), CUE_RIGHT_AFTER));
                if (numbersOnly && q.cues().stream().noneMatch(c -> Cues.mentions(named, c))) continue;
                if (NotAttempted.said(after.replaceAll("[)\\]]\\s*$", ""), true).isPresent()) continue;
                String line = text.strip();
                doubts.get(q).add("no label " + String.join(".", q.label()) + " was read, but a line in " + other.id()
                        + "'s answer opens with it in a style of the student's own: '" + line + "'");
                doubts.get(other).add("a line of its answer opens with " + q.id() + "'s label in a style of the student's own: '"
                        + line + "'");
            }
        }
    }

    /**
     * On a scan, a line in one answer that opens with another question's label read without its dot ({@code 25 PARAMS =
     * ... 65 536} under 2.4, for {@code 2.5 params}), when that question has no text: the dot is often lost on
     * handwriting, and the line may be the missing answer, not the answer it stands in. Both go to review; the line
     * is not moved, as {@code 25} may as well be a number of the answer it stands in.
     */
    private static void doubtLabelsReadWithoutTheirDots(List<Question> questions, Map<Question, List<Segmenter.Assigned>> byQuestion,
                                                        Map<Question, Set<String>> doubts) {
        for (Question q : questions) {
            if (!byQuestion.get(q).isEmpty() || q.label().size() < 2 || !q.label().stream().allMatch(p -> p.matches("\\d"))) continue;
            Pattern runTogether = Pattern.compile("\\s*" + String.join("", q.label()) + "\\s+\\p{L}");
            for (Question other : questions) {
                if (other == q) continue;
                for (Segmenter.Assigned a : byQuestion.get(other)) {
                    if (!a.piece().readByOcr() || !runTogether.matcher(a.piece().text()).lookingAt()) continue;
                    String line = a.piece().text().strip();
                    doubts.get(q).add("a line in " + other.id() + "'s answer opens with " + String.join("", q.label())
                            + ", maybe its label " + String.join(".", q.label()) + " read without the dot: '" + line + "'");
                    doubts.get(other).add("a line of its answer opens with " + String.join("", q.label()) + ", maybe "
                            + q.id() + "'s label read without the dot: '" + line + "'");
                }
            }
        }
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
