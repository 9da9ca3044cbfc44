package examgrader;

import examgrader.extract.Answer;
import examgrader.extract.Candidate;
import examgrader.rubric.Question;
import examgrader.segment.Cues;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whose value the chosen value is. On a scan, a sub-label misread as the one before it can leave
 * two parts on one line ({@code (ii) it:5 (ii) ot: 8}), and the value taken for the first part
 * may be the one the student gave for the other's quantity ({@code o_t}, the cue of 1a.iii). When
 * the name written right before the chosen value is another question's symbol cue and not this
 * question's, the answer goes to a person.
 */
final class ValueSubject {
    private ValueSubject() {}

    /**
     * The name written just before a value: {@code ot} in {@code ... ot: 8}, and {@code o t} in
     * {@code ii)o t=5}, where OCR read the subscript's underscore as a gap.
     */
    private static final Pattern NAME_BEFORE = Pattern.compile(
            "((?:\\b[A-Za-z]\\s+)?[A-Za-z][A-Za-z0-9_{}~.\\-]*?)\\s*(?:[=:]|->|→|\\bat|\\bis)\\s*$");

    static Answer checked(Answer answer, Question question, List<Question> all) {
        return namedFor(answer, question, all)
                .map(named -> answer.doubted("'" + named.value() + "' is given for '" + named.name() + "', the quantity "
                        + named.owner().id() + " asks for: a label between them may have been lost"))
                .or(() -> partNamedFor(answer, question, all)
                        .map(part -> answer.doubted("'" + part.value() + "' is stated for '" + part.name() + "', what "
                                + part.owner().id() + " under the same label is about: it may be a part of the answer, not the whole")))
                .orElse(answer);
    }

    /** The text of the chosen value's line before the value, or empty when there is no chosen value or it is not found there. */
    private static Optional<String> beforeChosen(Answer answer) {
        if (answer.chosen().isEmpty()) return Optional.empty();
        Candidate chosen = answer.chosen().get();
        String text = chosen.source().text();
        int at = text.lastIndexOf(chosen.raw());
        return at < 0 ? Optional.empty() : Optional.of(text.substring(0, at));
    }

    /**
     * The word that names the statement a value ends, written right before its first {@code :} or {@code =}:
     * {@code depthwise} in {@code 5 total mults depthwise: 4*4*200*200*3 = 1,920,000}.
     */
    private static final Pattern STATEMENT_NAME = Pattern.compile("^[^:=]*?\\b([A-Za-z]{3,})\\s*[:=]");

    /**
     * A value whose statement is named, right before its sign, by a word cue of another question under the same label
     * and not by one of this question's own ({@code total mults depthwise: ... = 1,920,000} taken for 5.total, the row of
     * a table whose total comes on a later line): it is that other question's part of the working, and graded as the
     * whole it was a wrong mark. A cue inside brackets ({@code Total (depthwise + pointwise): ...}) names no part.
     */
    static Optional<Named> partNamedFor(Answer answer, Question question, List<Question> all) {
        Optional<String> before = beforeChosen(answer);
        if (before.isEmpty()) return Optional.empty();
        Matcher m = STATEMENT_NAME.matcher(before.get());
        if (!m.find()) return Optional.empty();
        Candidate chosen = answer.chosen().get();
        String word = m.group(1);
        if (question.cues().stream().anyMatch(c -> isWordCueNaming(c, word))) return Optional.empty();
        return all.stream().filter(o -> o != question && o.label().equals(question.label()))
                .filter(o -> o.cues().stream().anyMatch(c -> isWordCueNaming(c, word))).findFirst()
                .map(other -> new Named(chosen.raw(), word, other));
    }

    private static boolean isWordCueNaming(String cue, String word) {
        return cue.chars().allMatch(Character::isLetter) && Cues.mentions(word, cue);
    }

    /** A chosen value written right after another question's symbol cue: whose quantity it is, by which name. */
    record Named(String value, String name, Question owner) {}

    /**
     * The other question whose symbol cue is written just before {@code answer}'s chosen value, when
     * {@code question}'s own cues do not also name it.
     */
    static Optional<Named> namedFor(Answer answer, Question question, List<Question> all) {
        Optional<String> before = beforeChosen(answer);
        if (before.isEmpty()) return Optional.empty();
        Matcher m = NAME_BEFORE.matcher(before.get());
        if (!m.find()) return Optional.empty();
        Candidate chosen = answer.chosen().get();
        String named = m.group(1) + ":";
        if (question.cues().stream().anyMatch(c -> Cues.namesAtStart(named, c))) return Optional.empty();
        return all.stream().filter(o -> o != question)
                .filter(o -> o.cues().stream().anyMatch(c -> Cues.namesAtStart(named, c))).findFirst()
                .map(other -> new Named(chosen.raw(), m.group(1), other));
    }
}
