package examgrader;

import examgrader.extract.Answer;
import examgrader.rubric.Question;
import examgrader.segment.Cues;
import examgrader.segment.Segment;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question with nothing under its label may still have been answered under another one:
 * students number a paper's parts their own way ({@code Question 2.5: How many multiplications
 * ...} for the second part of 2.4), and a label style the segmenter does not know leaves the
 * answer under the label before it. Such an answer states a value for what the question asks
 * ({@code the number of additions is 1,600 × 1,567 = 2,507,200}). So a blank whose cue word is
 * the subject of a value stated in another question's answer, a cue that other question does not
 * have and the statement's subject does not also name, goes to a person instead of becoming a
 * silent 0. The same holds where another question's chosen value is written straight after this
 * question's symbol ({@code W_f: 3 x 2} under 3(b) on a scan whose 3(a) heading OCR read out of
 * place): see {@link ValueSubject}.
 */
final class AnsweredElsewhere {
    private AnsweredElsewhere() {}

    /**
     * Where one statement ends: a semicolon, a full stop, a comma before "and", or a line's end, unless the line breaks
     * off inside its sentence (a word or a comma last, a small word next: a page wrapped it).
     */
    private static final Pattern STATEMENT_END = Pattern.compile(
            "\\n(?!(?<=[A-Za-z\"',]\\n)\\s*[a-z])|;|\\.\\s|,\\s+(?:and|while|but|whereas)\\s");
    /** What a statement is about: the words before its first "=", ":", "is", "are" or arrow, with a digit after it. */
    private static final Pattern SUBJECT = Pattern.compile("(?s)^(.*?)(?:=|:|->|→|⇒|\\bis\\b|\\bare\\b|\\bequals\\b)(.*\\d.*)$");

    static Answer checked(Answer answer, Question question, List<Question> all, List<Segment> segments,
                          Map<String, Answer> answers) {
        if (!answer.isBlank() || answer.uncertain() || question.cues().isEmpty()) return answer;
        for (Question other : all) {
            Answer its = answers.get(other.id());
            if (other == question || its == null) continue;
            Optional<ValueSubject.Named> named = ValueSubject.namedFor(its, other, all);
            if (named.isPresent() && named.get().owner() == question) {
                return answer.judged(true, "nothing found under its label, but " + other.id() + "'s answer gives '"
                        + named.get().value() + "' for '" + named.get().name() + "', which this question asks for: check where it was answered");
            }
        }
        for (Segment s : segments) {
            if (s.questionId().equals(question.id()) || s.isEmpty()) continue;
            Optional<Question> owner = all.stream().filter(q -> q.id().equals(s.questionId())).findFirst();
            if (owner.isEmpty()) continue;
            Optional<String> cue = statedFor(s.text(), question, owner.get());
            if (cue.isPresent()) {
                return answer.judged(true, "nothing found under its label, but " + owner.get().id() + "'s answer states a value for '"
                                + cue.get() + "', which this question asks for: check where it was answered");
            }
        }
        return answer;
    }

    /**
     * A cue that is a word ({@code multiplications}), not a symbol: symbols ({@code C_t}) are
     * named all through other answers' working ({@code ∂L/∂C_t = ...}, {@code C_{t-1} = 1}).
     */
    private static boolean isWord(String cue) {
        return cue.chars().allMatch(Character::isLetter);
    }

    /**
     * The cue of {@code missing}, not one of {@code owner}'s, that a statement in {@code text} gives
     * a value for. A subject that also names the owner's cue is the owner's quantity, only
     * qualified ({@code depthwise mults = ...} under the total of multiplications).
     */
    private static Optional<String> statedFor(String text, Question missing, Question owner) {
        for (String statement : STATEMENT_END.split(text)) {
            Matcher m = SUBJECT.matcher(statement.strip());
            if (!m.matches() || owner.cues().stream().anyMatch(c -> Cues.mentions(m.group(1), c))) continue;
            for (String cue : missing.cues()) {
                if (isWord(cue) && !owner.cues().contains(cue) && Cues.mentions(m.group(1), cue)) return Optional.of(cue);
            }
        }
        return Optional.empty();
    }
}
