package examgrader.segment;

import examgrader.rubric.Question;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * On typed text, a question found blank whose label, in a form the script writes its labels in, stands
 * inside another question's answer: {@code 1a-i. 4     1a-iii. 8} read as 1a.i's answer "4 1a-iii. 8" when the
 * label inside the line was not taken. The student most likely answered it there, so it goes to review
 * rather than silently scoring 0 as blank.
 *
 * <p>A form is a label the script wrote in full, its path's parts put back in their places
 * ({@code 1a-i.} for 1.a.i is {@code {1}{a}-{i}.}, so 1.a.iii is {@code 1a-iii.}); a label written without one
 * of its parts ({@code (ii)} under {@code 1(a)}) gives none.
 */
final class LabelsWrittenInsideAnswers {
    private LabelsWrittenInsideAnswers() {}

    /** Why the blank question {@code q} may have been answered inside another's answer, or "" when it was not. */
    static String doubtFor(Question q, List<Question> questions, Map<Question, List<Segmenter.Assigned>> byQuestion) {
        Set<String> written = new LinkedHashSet<>();
        for (List<Segmenter.Assigned> assigned : byQuestion.values()) {
            for (Segmenter.Assigned a : assigned) {
                if (a.piece().readByOcr()) continue;
                String form = inForm(a.piece().written(), a.piece().path(), q.label());
                if (form != null) written.add(form);
            }
        }
        for (Question other : questions) {
            if (other.label().equals(q.label())) continue;
            for (Segmenter.Assigned a : byQuestion.get(other)) {
                if (a.piece().readByOcr()) continue;
                for (String form : written) {
                    if (standsIn(a.piece().text(), form)) {
                        return "label " + String.join(".", q.label()) + " not found as a label, but " + form
                                + " is written inside " + other.id() + "'s answer: '" + a.piece().text().strip() + "'";
                    }
                }
            }
        }
        return bareItemInASibling(q, questions, byQuestion);
    }

    /**
     * The blank question's item numeral standing bare inside a sibling item's answer, as a list of items runs on
     * ({@code – 4, ii – 5, iii – 8} or {@code 4; ii-5; iii-8} read as 1a.i's answer when the run's labels were not taken): the sibling's text
     * may hold its answer. Only a letter or roman item, before the sign or number that answers it (a number only
     * after a numeral of two letters or more: {@code a 3×3 matrix} is English); a digit item there is as likely working.
     */
    private static String bareItemInASibling(Question q, List<Question> questions, Map<Question, List<Segmenter.Assigned>> byQuestion) {
        List<String> label = q.label();
        String item = label.get(label.size() - 1);
        if (label.size() < 2 || !item.matches("[a-z]{1,4}")) return "";
        String numberAfter = item.length() > 1 ? "|\\s+\\d" : "";
        Pattern bare = Pattern.compile("(?<![A-Za-z0-9_^{])\\(?" + Pattern.quote(item)
                + "(?=\\)?\\s*(?:[).:=–—→]|->|-(?!\\d)|-\\d{1,2}(?![\\d.,]))" + numberAfter + ")");
        List<String> parent = label.subList(0, label.size() - 1);
        for (Question other : questions) {
            List<String> otherLabel = other.label();
            if (otherLabel.equals(label) || otherLabel.size() != label.size() || !otherLabel.subList(0, parent.size()).equals(parent)) continue;
            for (Segmenter.Assigned a : byQuestion.get(other)) {
                if (a.piece().readByOcr() || !bare.matcher(a.piece().text()).find()) continue;
                return "label " + String.join(".", label) + " not found as a label, but its item " + item
                        + " stands inside " + other.id() + "'s answer: '" + a.piece().text().strip() + "'";
            }
        }
        return "";
    }

    /**
     * {@code label} written as {@code written} writes {@code path}: each part of the path found in turn, as a
     * token of its own, and replaced by {@code label}'s part; null when the path is not written in full or
     * {@code label} is not as deep.
     */
    static String inForm(String written, List<String> path, List<String> label) {
        if (path.size() != label.size() || path.contains(LabelPath.ANY)) return null;
        StringBuilder form = new StringBuilder();
        int from = 0;
        for (int i = 0; i < path.size(); i++) {
            int at = tokenAt(written, path.get(i), from);
            if (at < 0) return null;
            String part = label.get(i);
            boolean upper = Character.isUpperCase(written.charAt(at));
            form.append(written, from, at).append(upper ? part.toUpperCase(Locale.ROOT) : part);
            from = at + path.get(i).length();
        }
        String result = form.append(written.substring(from)).toString().strip();
        return result.equals(String.join("", label)) ? null : result; // 2b alone may be working (= 2b + 3)
    }

    /** Where {@code part} stands in {@code s} from {@code from} on, not inside a longer number or word; -1 when nowhere. */
    private static int tokenAt(String s, String part, int from) {
        String lower = s.toLowerCase(Locale.ROOT);
        for (int at = lower.indexOf(part, from); at >= 0; at = lower.indexOf(part, at + 1)) {
            int end = at + part.length();
            boolean digits = Character.isDigit(part.charAt(0));
            if (at > 0 && sameKind(lower.charAt(at - 1), digits)) continue;
            if (end < s.length() && sameKind(lower.charAt(end), digits)) continue;
            return at;
        }
        return -1;
    }

    private static boolean sameKind(char c, boolean digits) {
        return digits ? Character.isDigit(c) : Character.isLetter(c);
    }

    /** Whether {@code form} stands in {@code text} on its own: after a space or the start, not followed by a letter or digit. */
    static boolean standsIn(String text, String form) {
        for (int at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + 1)) {
            int end = at + form.length();
            boolean before = at == 0 || Character.isWhitespace(text.charAt(at - 1));
            boolean after = end == text.length() || !Character.isLetterOrDigit(text.charAt(end))
                    || !Character.isLetterOrDigit(form.charAt(form.length() - 1));
            if (before && after) return true;
        }
        return false;
    }
}
