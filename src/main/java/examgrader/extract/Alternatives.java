package examgrader.extract;

import examgrader.rubric.AnswerKind;
import examgrader.rubric.Question;
import examgrader.segment.Fragment;
import examgrader.segment.Segment;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A result offered together with another, different one ({@code = 2507200 (or 2508800 if each
 * product is added into an accumulator starting at 0)}, {@code W_f = 3 × 5 or 5 × 3}): the student
 * has not settled on one answer, and which of them counts is for a person to decide, not for the
 * ranking of candidates.
 */
final class Alternatives {
    /** What may follow "or" as a value: no letters but a scale word, at least one digit. */
    private static final String VALUE = "[^A-Za-z\\n]*\\d[^A-Za-z\\n]*(?:" + Scales.WORD + "\\b)?";
    /** "or" opening a line or a bracket, then a value: {@code (or 2508800 if ...)}, {@code or 2.5 million}. */
    private static final Pattern OPENING_OR = Pattern.compile("(?im)(?:^|[(\\[])\\s*or\\s+(" + VALUE + ")");

    private Alternatives() {}

    /** The doubt about {@code chosen} when the answer offers a different value beside it with "or". */
    static Optional<String> offered(Question question, Candidate chosen, Segment segment) {
        if (question.kind() == AnswerKind.SET || question.kind() == AnswerKind.FORMULA) return Optional.empty();
        Pattern afterChosen = Pattern.compile("(?i)" + Pattern.quote(chosen.raw()) + "\\s*[)\\]]?\\s*,?\\s*or\\s+(" + VALUE + ")");
        for (Fragment f : segment.fragments()) {
            String plain = Latex.toPlain(f.text()).replace(String.valueOf(Latex.MARK_OPEN), "")
                    .replace(String.valueOf(Latex.MARK_CLOSE), "");
            for (Pattern p : new Pattern[] {afterChosen, OPENING_OR}) {
                Matcher m = p.matcher(plain);
                while (m.find()) {
                    Optional<ValueReader.Reading> other = ValueReader.pureValue(trimmed(m.group(1)), question.kind());
                    if (other.isPresent() && !Scoring.sameValue(other.get().value(), chosen.value())) {
                        return Optional.of("'" + chosen.raw() + "' is offered with an alternative, 'or "
                                + other.get().raw() + "': which one counts is for a person to decide");
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** The value without the punctuation after it, and without a bracket closing the remark it stands in. */
    private static String trimmed(String value) {
        String v = value.strip().replaceAll("[\\s.,;:]+$", "");
        while (v.endsWith(")") && count(v, ')') > count(v, '(') || v.endsWith("]") && count(v, ']') > count(v, '[')) {
            v = v.substring(0, v.length() - 1).strip();
        }
        return v;
    }

    private static long count(String s, char c) {
        return s.chars().filter(x -> x == c).count();
    }
}
