package examgrader.extract;

import examgrader.ocr.Subscripts;
import examgrader.ocr.Word;
import examgrader.rubric.AnswerKind;
import examgrader.rubric.Question;
import examgrader.segment.Cues;
import examgrader.segment.Fragment;
import examgrader.segment.Segment;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the student's final answer in the text of one question: every value of the question's
 * kind is a candidate, ranked by what marks a final answer (end of an "=" chain, after
 * "therefore", underlined twice, next to the question's cue words) and by what marks working or
 * restated data. When the reading or the choice is in doubt the answer is flagged uncertain, with
 * the reason, so it goes to review instead of into the gradebook.
 */
public final class Extractor {
    /**
     * Below this OCR word confidence a value is not trusted unless the student's arithmetic confirms it.
     * Measured with Debian's Tesseract 5.3 on 90 numbers in two handwriting-style fonts and a print
     * font (src/test/resources/ocr-confidence): at 75, 12 of 58 accepted reads were wrong; at 85, 7
     * of 51, while 4 of 30 correct print-font reads went to review.
     */
    public static final double DEFAULT_MIN_CONFIDENCE = 85;
    /**
     * The same, on a script that does not read like print ({@code ScriptText#isScannedPrint}):
     * handwriting. In the same measurement the two handwriting fonts had misreads accepted at 85
     * (7 of 25), 90 (2 of 17) and 94 (1 of 8: {@code 0.9956} read as {@code 09956}), none at 95
     * (5 reads); seeds graded end to end had handwritten {@code 26x28} read as {@code 26x26} at 89.
     * A wrong mark counts where a review only costs a person a look, so handwriting needs 95.
     */
    public static final double HANDWRITING_MIN_CONFIDENCE = 95;
    /** Two different values whose scores are closer than this are both plausible: the answer goes to review. */
    static final double CLOSE_CALL = 1.0;

    private static final Pattern THEREFORE = Pattern.compile(
            "(?i)∴|\\b(?:therefore|hence|thus|so|answer|ans|final|finally|result|together|altogether|in all|in total"
            + "|(?:which|that|this)\\s+(?:gives|makes|comes\\s+to|adds\\s+up\\s+to))\\b");
    private static final Pattern DATA_WORDS = Pattern.compile(
            "(?i)\\b(?:input|given|kernel|filter|filters|stride|padding|pad)\\b");

    /** Whether the value's last digit is followed by a ")" that no "(" before it on the line opens: {@code 199 x 199 x 1)}. */
    private static boolean closedByAStrayBracket(Candidate chosen) {
        String text = chosen.source().text();
        int at = text.indexOf(chosen.raw());
        if (at < 0 || chosen.raw().isEmpty() || !Character.isDigit(chosen.raw().charAt(chosen.raw().length() - 1))) return false;
        int end = at + chosen.raw().length();
        if (end >= text.length() || text.charAt(end) != ')') return false;
        String before = text.substring(0, end);
        return before.chars().filter(c -> c == '(').count() <= before.chars().filter(c -> c == ')').count();
    }

    /** Two whole numbers in square brackets, {@code [52, 54]}: a closed interval in mathematics, a list of two in code. */
    private static final Pattern PAIR_IN_SQUARE_BRACKETS = Pattern.compile("\\[\\s*\\d+\\s*,\\s*\\d+\\s*]");

    /** A bound of a range written with a bare {@code <} ({@code 52<n< 54}, OCR's reading of {@code 52 ≤ n ≤ 54}). */
    private static final Pattern STRICT_BOUND = Pattern.compile("\\d\\s*<(?!=)\\s*[A-Za-z]|[A-Za-z]\\w*\\s*<(?!=)\\s*\\d");

    private final double minConfidence;

    public Extractor() {
        this(DEFAULT_MIN_CONFIDENCE);
    }

    public Extractor(double minConfidence) {
        this.minConfidence = minConfidence;
    }

    /**
     * The answer to {@code question} found in {@code segment}; {@link Answer#blank} when nothing was
     * written, an uncertain empty answer when nothing was found but segmentation doubts the label was read.
     */
    public Answer extract(Question question, Segment segment) {
        if (segment.isEmpty() && segment.isDoubtful()) {
            return new Answer(question.id(), Optional.empty(), List.of(), true, segment.doubt(), "");
        }
        if (segment.isEmpty()) return Answer.blank(question.id());
        String text = segment.text();
        boolean exact = readExactly(segment);
        if (exact && (EMPTY_FILL_IN.matcher(text).matches() || ANSWER_WORD_ALONE.matcher(text).matches())) return Answer.blank(question.id());
        Optional<String> notAnswered = exact || readSurely(segment) ? examgrader.segment.NotAttempted.said(text, exact) : Optional.empty();
        if (notAnswered.isPresent()) {
            return new Answer(question.id(), Optional.empty(), List.of(), false,
                    "the student wrote that it was not answered: '" + notAnswered.get() + "'", "");
        }
        if (question.kind() == AnswerKind.MANUAL) {
            return new Answer(question.id(), Optional.empty(), List.of(), false, "marked by hand", text);
        }
        List<Statements.Chain> chains = Statements.chains(segment.fragments());
        List<Candidate> candidates = question.kind() == AnswerKind.FORMULA
                ? FormulaReader.candidates(segment)
                : rank(question, chains);
        List<String> doubts = new ArrayList<>();
        if (segment.isDoubtful()) doubts.add(segment.doubt());
        if (candidates.isEmpty()) {
            doubts.add("something is written but no " + question.kind().name().toLowerCase(java.util.Locale.ROOT) + " value could be read");
            return new Answer(question.id(), Optional.empty(), List.of(), true, String.join("; ", doubts), text);
        }
        Candidate chosen = candidates.get(0);
        doubts.addAll(doubtsAbout(question, chosen, candidates));
        countsSomethingElse(question, chosen).ifPresent(doubts::add);
        if (chosen.reason().contains(Scoring.LISTED)) {
            doubts.add("'" + chosen.raw() + "' is " + Scoring.LISTED + ": labels between them may have been lost");
        }
        if (chosen.reason().contains(Scoring.WORKED_OUT)) {
            String kind = question.kind().name().toLowerCase(java.util.Locale.ROOT);
            if ((exact || readSurely(segment)) && !segment.isDoubtful() && !resultOnAnotherLine(segment)
                    && !givenAsTheAsked(question, segment, chosen)) {
                return new Answer(question.id(), Optional.empty(), candidates, false, "no " + kind + " is written under it, only the number '"
                        + chosen.raw() + "' worked out from one (working for another question)"
                        + (exact ? "" : "; every word there was read surely"), "");
            }
            doubts.add("no " + kind + " is written, only the number '" + chosen.raw()
                    + "' worked out from one: it may answer another question");
        }
        if (question.kind() == AnswerKind.VECTOR && chosen.confidence() < 100 && !chosen.raw().matches("(?s).*[(\\[{].*")
                && chosen.raw().matches("(?s).*\\d\\s*[,;]\\s*[-+]?\\.?\\d.*")) {
            doubts.add("'" + chosen.raw() + "' is a vector read without brackets from a scan, where working lists its steps"
                    + " the same way: check it is the answer");
        }
        if (chosen.confidence() < 100 && closedByAStrayBracket(chosen)) {
            doubts.add("'" + chosen.raw() + "' ends at a ')' that closes no bracket: on a scan a final 0 is often read so"
                    + " ('10' as '1)')");
        }
        if (question.kind() == AnswerKind.SET && chosen.value() instanceof Value.NumberSet set && set.members().size() == 2
                && PAIR_IN_SQUARE_BRACKETS.matcher(chosen.raw()).matches()
                && Math.abs(set.members().get(1) - set.members().get(0)) >= 2) {
            doubts.add("'" + chosen.raw() + "' may be the interval of whole numbers between its two ends or those two alone");
        }
        if (question.kind() == AnswerKind.SET && chosen.confidence() < 100 && STRICT_BOUND.matcher(chosen.raw()).find()) {
            doubts.add("'" + chosen.raw() + "' is a range with a strict '<', which a scan often reads for '≤': check its bounds");
        }
        if (question.kind() == AnswerKind.INTEGER && chosen.confidence() < 100 && chosen.raw().matches("-?\\d{1,3}(?:\\.\\d{3})+")) {
            doubts.add("'" + chosen.raw() + "' where a whole number is asked: the '.' may be a thousands ',' misread");
        }
        if (chosen.reason().contains(Scoring.WITHDRAWN_REASON)) {
            doubts.add("'" + chosen.raw() + "' is " + Scoring.WITHDRAWN_REASON + ", and nothing written after it was read in its place");
        }
        listMayGoOn(question, chosen, segment).ifPresent(doubts::add);
        if (!exact) numberWordsMayGoOn(chosen, segment).ifPresent(doubts::add);
        if (chosen.confidence() < 100 && dashAfterAName(chosen)) {
            doubts.add("the minus of '" + chosen.raw() + "' follows a name with no '=' between: it may be a dash "
                    + "setting the value off from the name, read glued to it");
        }
        if (looksLikeLabel(chosen)) {
            doubts.add("'" + chosen.raw() + "' ends its line with an unopened bracket, as a question number does: "
                    + "a misread label, not an answer?");
        }
        doubts.addAll(repeatedAnswers(question, segment, candidates));
        Alternatives.offered(question, chosen, segment).ifPresent(doubts::add);
        GivenData.restated(question, chosen, candidates, chains).ifPresent(doubts::add);
        strictRangeBesideASet(chosen, candidates, segment).ifPresent(doubts::add);
        if (chosen.reason().contains(Scoring.IN_A_REMARK)) {
            doubts.add("'" + chosen.raw() + "' is read from a remark in brackets after the working, not from its result");
        }
        if (question.kind() != AnswerKind.FORMULA) {
            doubts.addAll(unreadableSubject(question, chains, chosen));
            if (!exact) unreadableEnding(question, chains, chosen).ifPresent(doubts::add);
        }
        if (!exact) afterStrayLabel(chosen).ifPresent(doubts::add);
        afterLostLabel(segment, chosen).ifPresent(doubts::add);
        return new Answer(question.id(), Optional.of(chosen), candidates, !doubts.isEmpty(),
                String.join("; ", doubts), text);
    }

    /**
     * A fill-in sheet's line left as printed, {@code .................... ____________}: dot leaders and a rule to
     * write on, nothing written. Only on typed text, where nothing faint can have been lost in reading.
     */
    private static final Pattern EMPTY_FILL_IN = Pattern.compile("[\\s.…_]*(?:\\.{3}|…|_{3})[\\s.…_]*");

    /**
     * The word a student writes before each answer, with nothing after it ({@code Answer:}, {@code **Ans.**},
     * {@code Lösung:}, {@code Respuesta:}): the place for the answer left empty. Only on typed text, as above.
     */
    private static final Pattern ANSWER_WORD_ALONE = Pattern.compile(
            "(?i)[\\s*_#>\\-]*(?:answer|ans|solution|sol|soln|l(?:ö|oe)sung|antwort|respuesta|r(?:é|e)ponse|risposta|resposta)"
            + "[\\s*_.:\\-–—]*");

    /**
     * Typed text (a PDF's text layer, a transcription) is read exactly, every word at 100: there a
     * {@link Scoring#WORKED_OUT} number is surely all the student wrote, and the asked form is
     * surely absent, so the question is unanswered rather than in doubt.
     */
    private static boolean readExactly(Segment segment) {
        return segment.fragments().stream().allMatch(f -> !f.words().isEmpty() && f.minConfidence() >= 100);
    }

    /**
     * A line of the answer gives the number as the asked symbol's value ({@code h_t = 0.6044} where the vector
     * {@code h_t} is asked, its other entries zero): the student's answer in another form than asked, which a person
     * may credit, not working for another question.
     */
    private static boolean givenAsTheAsked(Question question, Segment segment, Candidate chosen) {
        return segment.fragments().stream().anyMatch(f -> f.text().contains(chosen.raw())
                && question.cues().stream().anyMatch(c -> Cues.namesAtStart(f.text(), c)));
    }

    /**
     * A line of the answer ends in an equals sign or an arrow ({@code output after depthwise =}, a printed page's line
     * wrapped before {@code 199 × 199 × 3}): its result stands on the next line, which went to another question's
     * answer, so a form missing here may only have been split off; or words point to where it stands.
     */
    private static boolean resultOnAnotherLine(Segment segment) {
        return segment.fragments().stream().anyMatch(f -> ENDS_BEFORE_ITS_RESULT.matcher(f.text()).find()
                || POINTS_ELSEWHERE.matcher(f.text()).find());
    }

    /**
     * Words sending the reader to an answer written in another place ({@code output is the line above},
     * {@code see Q3(a)}, {@code same as before}): the form missing here was written there.
     */
    private static final Pattern POINTS_ELSEWHERE = Pattern.compile("(?i)\\b(?:(?:the\\s+)?(?:line|value|answer|result|shape|one)s?\\s+"
            + "(?:above|below|before)|see\\s+(?:above|below|q(?:uestion)?\\s*\\d|part\\b|\\()|as\\s+(?:above|before)\\b"
            + "|same\\s+as\\s+(?:above|before|in\\b|for\\b|q))");

    private static final Pattern ENDS_BEFORE_ITS_RESULT = Pattern.compile("(?:=|➜|→|->|=>)[\\s*_]*$");

    /**
     * An OCR'd answer whose every word was read at least as surely as a value must be: nothing in
     * it can be a misread {@code 199 x 199 x 3}, so a form missing from it is missing from the
     * script, as on a typed page. On handwriting the bar is the higher one it needs for values.
     */
    private boolean readSurely(Segment segment) {
        return segment.fragments().stream().allMatch(f -> !f.words().isEmpty() && f.minConfidence() >= minConfidence);
    }

    /**
     * A set read from a list that goes on with a connector and a doubtful word that is not a
     * number ({@code 52, 53 OR SU}, the 54 of handwriting read as letters): a member may be
     * missing, and the set would earn less than the student wrote.
     */
    private static Optional<String> listMayGoOn(Question question, Candidate chosen, Segment segment) {
        if (question.kind() != AnswerKind.SET) return Optional.empty();
        Optional<Matcher> after = textAfter(chosen).map(LIST_GOES_ON::matcher).filter(Matcher::lookingAt);
        if (after.isEmpty()) return Optional.empty();
        Matcher m = after.get();
        String next = m.group(1);
        double confidence = segment.fragments().stream()
                .filter(f -> WrappedLines.holds(chosen.source(), f))
                .flatMap(f -> f.words().stream()).filter(w -> w.text().contains(next))
                .mapToDouble(Word::confidence).min().orElse(100);
        if (confidence >= SURE_WORD) return Optional.empty();
        return Optional.of("the list may go on after '" + chosen.raw() + "': '" + m.group().strip()
                + "' (read with confidence " + Math.round(confidence) + ") may be a member misread");
    }

    /**
     * On a scanned page, the value was written in words that end its line, and the next line opens with a number word
     * ({@code ... SIX HUNDRED SIXTY} / {@code FOUR PARAMETERS}) or a word that looks like one ({@code ... SEVEN THOUSAND
     * TWO} / {@code HONDRED}, a HUNDRED misread): the number may go on there, and the value read stops short of it
     * ({@code 2,507,002} for 2,507,200).
     */
    private static Optional<String> numberWordsMayGoOn(Candidate chosen, Segment segment) {
        List<Fragment> lines = segment.fragments();
        for (int i = 0; i + 1 < lines.size(); i++) {
            Fragment line = lines.get(i);
            if (line.page() != chosen.source().page() || line.words().isEmpty() || lines.get(i + 1).words().isEmpty()) continue;
            Word lastWord = line.words().get(line.words().size() - 1);
            Word nextWord = lines.get(i + 1).words().get(0);
            if (!holdsWordAt(chosen.source(), lastWord) || holdsWordAt(chosen.source(), nextWord)) continue;
            String last = lastWord.text().replaceAll("[^A-Za-z]", "");
            String next = nextWord.text().replaceAll("[^A-Za-z]", "");
            if (SpelledNumber.isNumberWord(last) && (SpelledNumber.isNumberWord(next) || SpelledNumber.looksLikeNumberWord(next))) {
                return Optional.of("'" + chosen.raw() + "' is written in words ending its line, and the next line opens with '"
                        + next + "', a number word or one misread: the number may go on there");
            }
        }
        return Optional.empty();
    }

    /** Whether the fragment holds a word read at the same place (its words are copies, with their own confidences). */
    private static boolean holdsWordAt(Fragment fragment, Word word) {
        return fragment.words().stream().anyMatch(w -> w.text().equals(word.text()) && w.box().equals(word.box()));
    }

    private static final java.util.regex.Pattern LIST_GOES_ON =
            java.util.regex.Pattern.compile("(?i)\\s*(?:,|;|&|\\bor\\b|\\band\\b)\\s*([^\\s\\d]\\S*)");
    /** A word read at least this surely is taken as written. */
    private static final double SURE_WORD = 85;

    /**
     * On an OCR'd page, the set chosen is a range with a strict bound ({@code 52 < n < 54}) and
     * the same line states another set ({@code 52 < L < 54, i.e. L = 52, 53 or 54}): OCR reads the
     * "≤" of print as "<", so the range may be the set, and which the student meant is in doubt.
     */
    private static Optional<String> strictRangeBesideASet(Candidate chosen, List<Candidate> candidates, Segment segment) {
        if (!(chosen.value() instanceof Value.NumberSet) || !chosen.raw().contains("<")) return Optional.empty();
        boolean readByOcr = segment.fragments().stream()
                .anyMatch(f -> WrappedLines.holds(chosen.source(), f) && f.minConfidence() < 100);
        if (!readByOcr) return Optional.empty();
        for (Candidate other : candidates) {
            if (other.source().page() == chosen.source().page() && other.source().text().equals(chosen.source().text())
                    && other.value() instanceof Value.NumberSet && !Scoring.sameValue(other.value(), chosen.value())) {
                return Optional.of("'" + chosen.raw() + "' has a strict bound where OCR may have read '≤' as '<', and its line also gives "
                        + other.value().display());
            }
        }
        return Optional.empty();
    }

    /**
     * A short number closing a bracket that was never opened, at the end of its line ({@code hws 3)}
     * for {@code Ans 3)}): the next question's label whose words OCR garbled, so segmentation kept
     * it in the answer before.
     */
    static boolean looksLikeLabel(Candidate chosen) {
        String text = chosen.source().text().strip();
        if (!text.matches("(?s).*(?<![\\d.,])\\d{1,2}\\)$") || !chosen.raw().matches("\\d{1,2}")) return false;
        return text.chars().filter(c -> c == ')').count() > text.chars().filter(c -> c == '(').count();
    }

    /**
     * A value that OCR read too doubtfully to be chosen, though it is the better answer by what is written around it
     * ({@code total = 4 × 15 = 60} read at confidence 3, under {@code each 3 × 5 = 15} read cleanly): it names the
     * question's cue and its working computes to it, and the value chosen does neither. The clean read is then only
     * the cleaner one, not the answer, so a person decides.
     */
    private boolean outrankedOnlyByItsReading(Candidate other, Candidate chosen) {
        boolean better = other.reason().contains(Scoring.ARITHMETIC_AGREES) && other.reason().contains(Scoring.NEXT_TO)
                && !chosen.reason().contains(Scoring.ARITHMETIC_AGREES) && !chosen.reason().contains(Scoring.NEXT_TO);
        return better && other.confidence() < minConfidence && !Scoring.sameValue(other.value(), chosen.value());
    }

    /** The doubt a value read with low OCR confidence gets; the scorer knows it by this text. */
    public static String lowConfidenceNote(Candidate chosen) {
        return String.format("low OCR confidence (%.0f) on '%s'", chosen.confidence(), chosen.raw());
    }

    /**
     * Why the value chosen may not be the answer. A close rival that is the question's own data written back
     * ({@code o t = 1 0 0} beside {@code h t = 0.6044 0 0}) is no rival, when the value chosen is not the data too.
     */
    private List<String> doubtsAbout(Question question, Candidate chosen, List<Candidate> candidates) {
        List<String> doubts = new ArrayList<>();
        if (chosen.confidence() < minConfidence && !chosen.reason().contains(Scoring.ARITHMETIC_AGREES)) {
            doubts.add(lowConfidenceNote(chosen));
        }
        if (chosen.confidence() < 100 && chosen.raw().matches("-?0\\d.*")) {
            doubts.add("'" + chosen.raw() + "' starts with 0: a decimal point may have been lost in reading");
        }
        if (chosen.confidence() < 100 && chosen.reason().contains(Scoring.ARITHMETIC_DISAGREES)) {
            doubts.add("the working next to '" + chosen.raw() + "' does not compute to it: digits may be misread");
        }
        for (Candidate other : candidates.subList(1, candidates.size())) {
            if (outrankedOnlyByItsReading(other, chosen)) {
                doubts.add(String.format("'%s', read with low OCR confidence (%.0f), names the question and its working computes "
                        + "to it, while the value chosen does neither", other.raw(), other.confidence()));
                break;
            }
        }
        for (Candidate other : candidates.subList(1, candidates.size())) {
            if (isLone(other) && !isLone(chosen)) continue;
            if (GivenData.isGiven(question, other.value()) && !GivenData.isGiven(question, chosen.value())) continue;
            if (chosen.score() - other.score() < CLOSE_CALL && !Scoring.sameValue(chosen.value(), other.value())) {
                doubts.add("two candidates disagree: " + chosen.value().display() + " (" + chosen.reason() + ") and "
                        + other.value().display() + " (" + other.reason() + ")");
                break;
            }
        }
        return doubts;
    }

    /**
     * On an OCR'd page, the line that names the question most ({@code Total multiplications: ... =
     * 3, 08s, 878}) ends in digits no value could be read from (not an expression still being
     * worked, nor a shape stated on the way, {@code out = 5x5}), while the value chosen comes from a line that names it
     * less: the real answer is probably the misread one.
     */
    private static List<String> unreadableSubject(Question question, List<Statements.Chain> chains, Candidate chosen) {
        if (question.cues().isEmpty()) return List.of();
        int chosenCues = 0;
        Statements.Chain subject = null;
        int most = 0;
        for (Statements.Chain chain : chains) {
            int cues = Cues.count(chain.subjectText(), question.cues());
            List<Candidate> found = Scoring.candidates(question, chain, chains);
            if (found.stream().anyMatch(c -> c.source().equals(chosen.source()) && c.raw().equals(chosen.raw()))) {
                chosenCues = Math.max(chosenCues, cues);
            }
            if (cues > most) {
                most = cues;
                subject = found.isEmpty() ? chain : null;
            }
        }
        if (subject == null || most <= chosenCues) return List.of();
        Statements.Part end = subject.parts().get(subject.parts().size() - 1);
        String text = valueText(end);
        if (end.fragment().minConfidence() >= 100 || !text.matches(".*\\d.*")) return List.of();
        if (looksLikeExpression(text) || ValueReader.pureValue(text, AnswerKind.SHAPE).filter(r -> !r.lone()).isPresent()) return List.of();
        return List.of("the line naming the question most ends in '" + end.text() + "', which could not be read as a value");
    }

    /**
     * On an OCR'd page the value chosen ends no "=" chain, while a chain of the answer's working
     * ends in doubtful words no value could be read from ({@code Total computation = 1900848 +
     * 1188030 = SGLOIE}, handwriting's 3,088,878 read as letters): the student's result is most
     * likely that misread end, and the value chosen only what stayed legible (a number of the
     * question's data, {@code Depthwise conv: 3 filters}).
     */
    private static Optional<String> unreadableEnding(Question question, List<Statements.Chain> chains, Candidate chosen) {
        boolean endsAChain = chosen.reason().contains(Scoring.END_OF_CHAIN_REASON);
        for (Statements.Chain chain : chains) {
            if (chain.parts().size() < 2) continue;
            boolean chosenLeadsIt = goesOnAfter(chain, chosen);
            if (endsAChain && !chosenLeadsIt) continue;
            Statements.Part end = chain.parts().get(chain.parts().size() - 1);
            String text = valueText(end);
            if (!text.matches(".*[A-Za-z0-9].*") || ValueReader.pureValue(text, question.kind()).isPresent()) continue;
            if (ValueReader.evaluate(text).isPresent() || !chosenLeadsIt && looksLikeExpression(text)) continue;
            double confidence = end.fragment().words().stream()
                    .filter(w -> !w.text().isBlank() && text.contains(w.text()))
                    .mapToDouble(Word::confidence).min().orElse(100);
            if (confidence >= SURE_WORD) continue;
            return Optional.of("a line of working ends in '" + text + "' (read with confidence "
                    + Math.round(confidence) + "), which could not be read as a value: the answer may be there, misread");
        }
        return Optional.empty();
    }

    /**
     * A count whose own words say it counts something the question does not ask for ({@code Output per side: 5, so 25
     * positions × 64 channels = 1600 outputs} under a question on parameters, the line placed there only because it
     * names no question): the number is working for another part, and the count asked for may be elsewhere in the
     * answer. Only nouns that are never a name for a parameter, multiplication or addition count, or the words for
     * multiplications, additions and parameters themselves ({@link #OPERATION_AFTER_COUNT}), and not when the question's own
     * cue names them.
     */
    private static Optional<String> countsSomethingElse(Question question, Candidate chosen) {
        return textAfter(chosen).flatMap(after -> otherThingCounted(question, after))
                .map(noun -> noun.toLowerCase(java.util.Locale.ROOT))
                .map(counted -> "'" + chosen.raw() + " " + counted + "' counts " + counted + ", not what this question asks for");
    }

    /**
     * What a whole number is said to count, as written right after it ({@code 1600 outputs}), when the question asks for
     * a whole number and for none of that; empty otherwise.
     */
    static Optional<String> otherThingCounted(Question question, String after) {
        if (question.kind() != AnswerKind.INTEGER) return Optional.empty();
        Matcher noun = NOUN_AFTER_COUNT.matcher(after);
        if (!noun.lookingAt()) noun = OPERATION_AFTER_COUNT.matcher(after);
        if (!noun.lookingAt()) return Optional.empty();
        String word = noun.group(1).toLowerCase(java.util.Locale.ROOT);
        String counted = word.equals("products") ? "multiplications" : word; // the students' other word for multiplications
        String stem = counted.replaceFirst("s$", "");
        return question.cues().stream().anyMatch(c -> Cues.mentions(counted, c) || Cues.mentions(c, stem))
                ? Optional.empty() : Optional.of(noun.group(1));
    }

    /**
     * The operations or parameters a count names ({@code In total 1600 · 1568 = 2,508,800 multiplications and 1600 ·
     * 1567 = 2,507,200 additions}, {@code the layer has 7 × 7 × 64 = 3,136 trainable parameters}): a count of
     * multiplications (or "products") is no answer to a question on additions, nor a count of parameters to one on multiplications,
     * unless the words go on to name both ({@code 2,508,800 multiplications and additions}).
     */
    private static final Pattern OPERATION_AFTER_COUNT = Pattern.compile(
            "\\s*[*⟧]*\\s*((?i:(?:trainable\\s+)?parameters?|multiplications?|additions?|products))\\b"
            + "(?!\\s*(?:and|&|/|or|\\+|,)\\s*(?i:multiplications?|additions?|mults|adds|parameters?|params|sums)\\b)");

    /** What the chosen value's line says right after it (its last occurrence there); empty when the line does not hold it. */
    private static Optional<String> textAfter(Candidate chosen) {
        String text = chosen.source().text();
        int at = text.lastIndexOf(chosen.raw());
        return at < 0 ? Optional.empty() : Optional.of(text.substring(at + chosen.raw().length()));
    }

    private static final Pattern NOUN_AFTER_COUNT = Pattern.compile(
            "\\s*[*⟧]*\\s*((?i:outputs?|output\\s+(?:values|positions|pixels|elements)|positions|locations|pixels|channels|kernels|filters|"
            + "neurons|gates|steps|inputs|rows|columns|entries|elements|activations))\\b");

    /** A remark in brackets closing a side ({@code "65, 536** (padding only changes}): not part of the value. */
    private static final Pattern TRAILING_REMARK = Pattern.compile("\\s+\\((?=[A-Za-z])[^()]*\\)?$");

    /** A chain's last side as a value would be written there: without a closing remark or bold stars. */
    private static String valueText(Statements.Part end) {
        return TRAILING_REMARK.matcher(end.text().strip()).replaceFirst("").replace("**", "").strip();
    }

    /** An operator or bracket in a side: working still being written out, not a misread number. */
    private static boolean looksLikeExpression(String text) {
        return text.matches(".*[-+*/×·^()\\[\\]{}].*");
    }

    /**
     * Whether {@code chosen}, the last value read in its chain, has a further side after it that
     * could not be read ({@code = 1 x 1 x 512 x 128 = "65, 536**}, OCR's reading of a bold 65,536):
     * it ends the chain only because the true end was misread. A value on the left of such an "="
     * ({@code 32)=\\boxed{2.5088 \\times 10^ {6}}}) is doubted even when the end looks like an
     * expression: it is the chosen value's own chain that could not be read to its end.
     */
    private static boolean goesOnAfter(Statements.Chain chain, Candidate chosen) {
        List<Statements.Part> parts = chain.parts();
        for (int i = 0; i < parts.size() - 1; i++) {
            if (parts.get(i).fragment().equals(chosen.source()) && parts.get(i).text().contains(chosen.raw())) return true;
        }
        return false;
    }

    /**
     * On an OCR'd page, a roman sub-label that was not taken for one ({@code iji)} for {@code iii)}, {@code iii.o t=8}) stands
     * before the chosen value in its line: the value after it is most likely that part's answer,
     * and this question's own answer the text before it.
     */
    static Optional<String> afterStrayLabel(Candidate chosen) {
        String text = chosen.source().text();
        int at = text.lastIndexOf(chosen.raw());
        if (at < 0) return Optional.empty();
        Matcher stray = STRAY_ROMAN_LABEL.matcher(text.substring(0, at));
        String last = null;
        while (stray.find()) last = stray.group().strip();
        return last == null ? Optional.empty() : Optional.of("'" + chosen.raw() + "' comes after '" + last
                + "', which looks like a misread part label: it may be another part's answer");
    }

    /**
     * A roman numeral of up to four letters with an {@code i} misread ({@code j l | !}), closed by a
     * bracket; or one of two to four letters whose dot OCR glued to the answer after it
     * ({@code iii.o t=8}). Romans read as written and set apart may stand in an answer on purpose:
     * the items of a question the rubric splits by cue words ({@code 2.4 (i) ... (ii) ...}).
     */
    private static final Pattern STRAY_ROMAN_LABEL = Pattern.compile(
            "(?:^|\\s)\\(?(?=[ivx]*[jl|!])[ivxjl|!]{1,4}[)\\]}]|(?:^|\\s)[ivx]{2,4}\\.(?=[A-Za-z])");

    /**
     * The chosen value is read at or after a line of the answer that starts like a label OCR could
     * not read ({@code () h_t = ...} for {@code (ii) h_t = ...}): another question's answer may begin
     * there, and the value be its.
     */
    private static Optional<String> afterLostLabel(Segment segment, Candidate chosen) {
        if (segment.lostLabelAt() < 0) return Optional.empty();
        List<Fragment> fragments = segment.fragments();
        for (int i = segment.lostLabelAt(); i < fragments.size(); i++) {
            Fragment f = fragments.get(i);
            if (WrappedLines.holds(chosen.source(), f)) {
                return Optional.of("'" + chosen.raw() + "' is read at or after the line '"
                        + fragments.get(segment.lostLabelAt()).text().strip()
                        + "', which starts like a label that could not be read: it may be another question's answer");
            }
        }
        return Optional.empty();
    }

    /**
     * The same label answered twice with different final answers. A place whose best value is only
     * a step of the answer as a whole ({@code depthwise mults = ... = 1,900,848} in the working
     * below an answer table whose row gives the total they add up to) or a lone number where a
     * shape, vector or set is asked while another place gives one in that form ({@code 1,900,848}
     * under {@code | 5 depthw. | 199 x 199 x 3 |}) gives no answer of its own.
     */
    private List<String> repeatedAnswers(Question question, Segment segment, List<Candidate> candidates) {
        Map<Integer, List<Fragment>> byOccurrence = new TreeMap<>();
        segment.fragments().forEach(f -> byOccurrence.computeIfAbsent(f.occurrence(), k -> new ArrayList<>()).add(f));
        if (byOccurrence.size() < 2) return List.of();
        List<Candidate> finals = new ArrayList<>();
        for (List<Fragment> part : byOccurrence.values()) {
            List<Candidate> ranked = question.kind() == AnswerKind.FORMULA
                    ? FormulaReader.candidates(new Segment(segment.questionId(), segment.label(), part))
                    : rank(question, Statements.chains(part));
            if (!ranked.isEmpty() && !stepOfTheWholeAnswer(ranked.get(0), candidates)) finals.add(ranked.get(0));
        }
        if (finals.stream().anyMatch(c -> !isLone(c))) finals.removeIf(Extractor::isLone);
        for (Candidate c : finals) {
            if (!Scoring.sameValue(c.value(), finals.get(0).value())) {
                return List.of("the question is answered " + byOccurrence.size() + " times with different answers: "
                        + String.join(" and ", finals.stream().map(f -> f.value().display()).toList()));
            }
        }
        return List.of();
    }

    /** Whether the whole answer's candidate of the same value is a part of a total stated in it. */
    private static boolean stepOfTheWholeAnswer(Candidate c, List<Candidate> wholeAnswer) {
        return wholeAnswer.stream().anyMatch(w -> Scoring.sameValue(w.value(), c.value())
                && w.reason().contains(Scoring.PART_OF_A_TOTAL));
    }

    /**
     * Candidates best first. Where a vector, shape or set is asked, any value written in that form
     * (not a product in the middle of working) comes before every lone number ({@code H = W = 200} is a side, {@code 200x200x3} the answer).
     */
    private static List<Candidate> rank(Question question, List<Statements.Chain> chains) {
        List<Candidate> all = new ArrayList<>();
        for (Statements.Chain chain : chains) {
            Statements.Chain read = question.kind() == AnswerKind.SHAPE ? NamedDimensions.asWrittenShape(chain) : chain;
            all.addAll(Scoring.candidates(question, read, chains));
        }
        if (question.kind() == AnswerKind.SHAPE && all.stream().allMatch(Extractor::isLone)) {
            NamedDimensions.shape(chains).ifPresent(all::add);
        }
        List<Candidate> ranked = new ArrayList<>(best(underliningThatMarksNone(all)));
        ranked.sort(Comparator.comparing(Extractor::isLone));
        return ranked;
    }

    /**
     * Underlining marks the final answer only when it singles one out. A student who underlines
     * each intermediate result ({@code depthwise = ... = 1,900,848}, {@code pointwise = ... =
     * 1,188,030}) and then writes the total without it has marked none: with two or more values
     * underlined, the underline counts for none of them, and the other signs decide.
     */
    private static List<Candidate> underliningThatMarksNone(List<Candidate> all) {
        List<Candidate> underlined = all.stream().filter(c -> c.reason().contains(Scoring.UNDERLINED)).toList();
        if (best(underlined).size() < 2) return all;
        return all.stream().map(c -> !c.reason().contains(Scoring.UNDERLINED) ? c
                : new Candidate(c.value(), c.raw(), c.confidence(), c.source(),
                        c.reason().replace(Scoring.UNDERLINED, Scoring.UNDERLINED + " (as are other values)"),
                        c.score() - Scoring.MARKED)).toList();
    }

    /** A lone number, or a product in the middle of working, where a vector, shape or set is asked. */
    private static boolean isLone(Candidate c) {
        return c.reason().contains(Scoring.LONE_NUMBER) || c.reason().contains(Scoring.PRODUCT);
    }

    /** Keeps the best-scored candidate of each value, best first (later written wins a tie). */
    static List<Candidate> best(List<Candidate> all) {
        Map<String, Candidate> byValue = new LinkedHashMap<>();
        for (Candidate c : all) {
            String key = c.value().getClass().getSimpleName() + c.value().display();
            Candidate kept = byValue.get(key);
            if (kept == null || c.score() >= kept.score()) byValue.put(key, c);
        }
        List<Candidate> ranked = new ArrayList<>(byValue.values());
        ranked.sort(Comparator.comparingDouble(Candidate::score).reversed());
        return ranked;
    }

    /**
     * The words the value was read from (those whose digits are part of the value's digits), so
     * its confidence and box are the value's own and not the whole line's; the whole fragment when
     * no word matches (text pages without word splits).
     */
    static Fragment valueSource(String raw, Fragment fragment) {
        String valueDigits = raw.replaceAll("\\D", "");
        List<Word> words = new ArrayList<>();
        for (Word w : fragment.words()) {
            // a braced subscript's digits ({t-1}->1, C_{t-1}:1) are a name's: they do not keep the word from holding the value
            String digits = Subscripts.BRACED.matcher(w.text()).replaceAll("").replaceAll("\\D", "");
            if (!digits.isEmpty() && valueDigits.contains(digits)) words.add(w);
        }
        if (words.isEmpty()) return fragment;
        List<Word> standalone = words.stream().filter(w -> !SUBSCRIPT_DIGITS.matcher(w.text()).find()).toList();
        String standaloneDigits = String.join("", standalone.stream().map(w -> w.text().replaceAll("\\D", "")).toList());
        if (!standalone.isEmpty() && standaloneDigits.contains(valueDigits)) words = standalone;
        return new Fragment(fragment.page(), fragment.text(), words, fragment.label(), fragment.occurrence());
    }

    /**
     * Digits that are part of a name ({@code C_{t-1}}, {@code x2}, {@code h_{t+1}}): a letter, brace
     * or underscore, maybe a sign, right before them. Such a word holds a subscript, not the
     * value, when other words hold the value's digits on their own ({@code C_{t-1} =1}).
     */
    private static final Pattern SUBSCRIPT_DIGITS = Pattern.compile("[A-Za-z_{][-+]?\\d");

    /**
     * A negative value right after a name on a page read by OCR ({@code C_{t-1} -1} for a printed
     * {@code C_{t-1} – 1}): the gap between a dash and its number is often lost in reading, so the
     * sign is in doubt. After "=", ":" or an arrow the minus is the value's.
     */
    static boolean dashAfterAName(Candidate chosen) {
        if (!chosen.raw().startsWith("-")) return false;
        String text = chosen.source().text();
        int at = text.indexOf(" " + chosen.raw());
        return at > 0 && NAME_THEN_SPACE.matcher(text.substring(0, at + 1)).find();
    }

    private static final Pattern NAME_THEN_SPACE = Pattern.compile("[A-Za-z_}\\]')]\\s+$");

    /**
     * Whether the text says what follows is the conclusion ("therefore", "so", "Ans:", "in total").
     * An earlier answer named in passing ({@code (replaces my answer above): because ..., n = 52, 53})
     * is not the word "answer" announcing this one.
     */
    static boolean isTherefore(String text) {
        return THEREFORE.matcher(ANSWER_NAMED_IN_PASSING.matcher(text).replaceAll(" ")).find();
    }

    private static final Pattern ANSWER_NAMED_IN_PASSING = Pattern.compile(
            "(?i)\\b(?:replac|correct|chang|revis|withdr[ae]w)\\w*\\s+(?:my|the)\\s+(?:\\w+\\s+)?answers?\\b|\\banswers?\\s+(?:above|before|earlier|below)\\b");

    static boolean restatesData(String text) {
        return DATA_WORDS.matcher(text).find();
    }
}
