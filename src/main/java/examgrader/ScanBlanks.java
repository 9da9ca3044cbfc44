package examgrader;

import examgrader.extract.Answer;
import examgrader.extract.Candidate;
import examgrader.ocr.ScriptText;
import examgrader.segment.Fragment;
import examgrader.segment.Gap;
import examgrader.segment.Segment;
import java.util.List;
import java.util.Map;

/**
 * When a question with nothing found under it is blank, and when it must go to a person.
 *
 * @param readByOcr    some page of the script was read by OCR
 * @param scannedPrint the script was read by OCR and reads like print ({@link ScriptText#isScannedPrint})
 */
record ScanBlanks(boolean readByOcr, boolean scannedPrint, List<String> lines) {
    ScanBlanks {
        lines = List.copyOf(lines);
    }

    ScanBlanks(boolean readByOcr, boolean scannedPrint) {
        this(readByOcr, scannedPrint, List.of());
    }

    /** The script judged once, for all its questions. */
    static ScanBlanks of(ScriptText text) {
        return new ScanBlanks(text.readByOcr(), text.isScannedPrint(), text.lines().stream().map(examgrader.ocr.Line::text).toList());
    }

    /**
     * On a page read by OCR, a question label that was not found may have been misread, so "left
     * out" is a guess there: it goes to a person instead of becoming a silent 0. Text pages (PDF
     * text layers, transcriptions) are read exactly, and there a missing label means a missing answer,
     * unless the answer before it holds what may be a label the segmenter did not know ({@link #unknownLabelBefore}).
     * The exception on scanned print: a lost label leaves its line where the answer was written, and
     * segmentation says where that is (the {@link Gap}). When nothing is written there, or only the
     * first line of the answer before it holding one sure value, the question was left out.
     * Handwriting is not trusted so: its labels and values are misread too often to rule anything out.
     *
     * @param earlier the answers of the questions before this one, by question id
     */
    Answer trustBlankOnlyOnText(Answer answer, List<Segment> segments, Gap gap, Map<String, Answer> earlier) {
        if (!answer.isBlank() || answer.uncertain()) return answer;
        if (writtenUnderItsLabel(answer, segments)) return answer;
        if (!readByOcr) return unknownLabelBefore(answer, segments);
        if (gap != null && scannedPrint) {
            if (!gap.needsCheck()) {
                return answer.judged(false, "label not found on the scan, and " + gap.whyNothing());
            }
            Answer before = earlier.get(gap.neighbour());
            Segment beforeSegment = segments.stream().filter(s -> s.questionId().equals(gap.neighbour())).findFirst().orElseThrow();
            if (before != null && firstLineHoldsOneSureValue(before, beforeSegment) && !holdsAnUnsureLine(beforeSegment)) {
                return answer.judged(false, "label not found on the scan, and the answer before it (" + gap.neighbour()
                                + ") holds only its own value there, so no misread label hides in it");
            }
        }
        return answer.judged(true, "no answer found on a scanned script; its label may have been misread: check the script");
    }

    /**
     * Whether the answer before the gap goes on with a short line OCR was unsure of every word of ({@code ibs} at 40 for
     * {@code ii. 5}, {@code chev} for {@code 3. 52}): such a line may be the missing question's label and value, misread.
     */
    private static boolean holdsAnUnsureLine(Segment segment) {
        for (Fragment line : segment.fragments().subList(Math.min(1, segment.fragments().size()), segment.fragments().size())) {
            if (examgrader.ocr.UnsureLines.mayBeAMisreadLabel(line.words())) return true;
        }
        return false;
    }


    /**
     * On text a label not found means the question was left out, unless the answer before it (in
     * rubric order) goes on past its first line with lines that start as labels do: a label
     * style the segmenter does not know ({@code **(b)**} for item 1.2) leaves every later answer
     * inside the one before, and each would be a silent 0. Those go to a person instead.
     */
    private Answer unknownLabelBefore(Answer answer, List<Segment> segments) {
        Segment before = null;
        for (Segment s : segments) {
            if (s.questionId().equals(answer.questionId())) break;
            if (!s.isEmpty()) before = s;
        }
        if (before == null) return unplacedLabelLine(segments).map(line -> answer.judged(true, "label not found, and a line that starts like a label went to no question: '"
                        + line + "'; check where it was answered")).orElse(answer);
        for (Fragment line : before.fragments().subList(1, before.fragments().size())) {
            if (LABEL_LIKE.matcher(line.text()).lookingAt()) {
                return answer.judged(true, "label not found, and the answer before it (" + before.questionId() + ") holds a line that starts"
                                + " like a label: '" + line.text().strip() + "'; check where it was answered");
            }
        }
        return answer;
    }

    /**
     * A line of the script that starts with a letter label, says something after it, and is in no
     * question's answer ({@code (c) σ′(z) = σ(z)(1 − σ(z))} under {@code ### Part A (LSTM)}, a
     * heading the segmenter did not take for Task 1): a question before every answer found may
     * be there.
     */
    private java.util.Optional<String> unplacedLabelLine(List<Segment> segments) {
        List<String> placed = segments.stream().flatMap(s -> s.fragments().stream()).map(f -> bare(f.text()))
                .filter(t -> !t.isEmpty()).toList();
        for (String line : lines) {
            java.util.regex.Matcher label = LETTER_LABEL.matcher(line);
            if (!label.lookingAt() || bare(line.substring(label.end())).length() < 3) continue;
            String bareLine = bare(line);
            if (placed.stream().noneMatch(bareLine::contains)) return java.util.Optional.of(line.strip());
        }
        return java.util.Optional.empty();
    }

    /**
     * A letter label starting a line ({@code (b)}, {@code **(c)**}, {@code d.}): numbered labels in no
     * answer are mostly working under a label whose parts are told apart by cue words
     * ({@code (4) output side = ...}), and a script's own numbering is read; letters under a
     * heading the segmenter did not know are what it misses.
     */
    private static final java.util.regex.Pattern LETTER_LABEL = java.util.regex.Pattern.compile(
            "\\s*(?:[-*+>]\\s+)?(?:\\*\\*|__)?\\s*(?:\\(?[a-hA-H]\\)|[a-h][.:](?=\\s|\\*|$))");

    /** Text without the markup segmentation drops from an answer's lines ({@code $}, stars, hashes, spaces). */
    private static String bare(String text) {
        return text.replaceAll("[$*#_\\s]|\\\\q?quad", "");
    }

    /**
     * How a label starts a line, after a list bullet or bold marks: {@code (b)}, {@code c)},
     * {@code iv.}, {@code 2.3:}, {@code Q4}, {@code Task 2}, {@code Part (ii)}.
     */
    private static final java.util.regex.Pattern LABEL_LIKE = java.util.regex.Pattern.compile(
            "\\s*(?:[-*+>]\\s+)?(?:\\*\\*|__)?\\s*(?:\\(?(?:[a-hA-H]|[ivxIVX]{1,4}|\\d{1,2}(?:\\.\\d{1,2}){0,2})\\)"
                    + "|(?:[a-h]|[ivx]{1,4}|\\d{1,2}(?:\\.\\d{1,2}){0,2})[.:](?=\\s|\\*|$)"
                    + "|(?i:q(?:uestion|ues)?\\.?\\s*\\d|task\\s*\\d|part\\s*[\\d(ivx]))");

    /**
     * Text was found under the question's label, and extraction judged that it holds no answer of
     * the asked form (a shape question with only a count worked out under it, every word read
     * surely): the label was not lost, so the blank is extraction's to call.
     */
    private static boolean writtenUnderItsLabel(Answer answer, List<Segment> segments) {
        return segments.stream().anyMatch(s -> s.questionId().equals(answer.questionId()) && !s.isEmpty());
    }

    /**
     * An item's numeral and a 1 OCR read as a letter after the value, {@code 3 vil} for {@code 3   v. 1}: the next item's
     * label and answer, though the line holds no other digit.
     */
    private static final java.util.regex.Pattern NUMERAL_THEN_ONE_AS_A_LETTER = java.util.regex.Pattern.compile(
            "(?<![A-Za-z])[ivx]{1,4}[.):]?\\s?[lI|](?![A-Za-z])");

    /**
     * A lost label and its answer on the same line ({@code ii) i_t = 5 ili o_t = 8}) leave a second
     * number there, whether or not extraction took it for a candidate. So besides a sure chosen
     * value, the first line may hold digits (other than subscripts, {@code C_{t-1}}) only in one
     * chain of arithmetic that ends in the chosen value ({@code mults = 5 x 5 x 64 = 1600}): none
     * after it, no words between two {@code =}, and before the first {@code =} a name, perhaps
     * with its arithmetic after a colon ({@code adds: 5 x 5 x (7x7x32 - 1) = 2507200}). A first
     * line that only works out a step towards a value chosen further down ({@code H_out =
     * floor((64 - 3)/2) + 1 = 31} above {@code so the output is 31 x 30}) is held to the same
     * chain, ending in a number.
     */
    private static boolean firstLineHoldsOneSureValue(Answer answer, Segment segment) {
        if (answer.chosen().isEmpty() || segment.fragments().isEmpty()) return false;
        if (answer.uncertain() && !holdsOnlyItsValue(segment, answer.chosen().get())) return false;
        Fragment first = segment.fragments().get(0);
        if (answer.candidates().stream().filter(c -> readFrom(c, first)).count() > 1) return false;
        Candidate chosen = answer.chosen().get();
        String line = first.text();
        if (!examgrader.ocr.Subscripts.digitsOutside(line)) return true;
        int at = readFrom(chosen, first) ? line.lastIndexOf(chosen.raw()) : -1;
        String chain;
        if (at >= 0) {
            String after = line.substring(at + chosen.raw().length());
            if (examgrader.ocr.Subscripts.digitsOutside(after) || NUMERAL_THEN_ONE_AS_A_LETTER.matcher(after).find()) return false;
            chain = line.substring(0, at);
        } else {
            java.util.regex.Matcher step = LAST_STEP.matcher(line);
            if (!step.find()) return false;
            chain = line.substring(0, step.start(1));
        }
        String[] steps = chain.split("=", -1);
        if (examgrader.ocr.Subscripts.digitsOutside(steps[0])) {
            java.util.regex.Matcher named = NAMED_WORKING.matcher(steps[0]);
            if (!named.matches() || !isWorking(named.group(1))) return false;
        }
        for (int i = 1; i < steps.length; i++) {
            if (!isWorking(steps[i])) return false;
        }
        return true;
    }

    /** A chain's last step, a number alone after its {@code =}. */
    private static final java.util.regex.Pattern LAST_STEP = java.util.regex.Pattern.compile("=\\s*(\\d[\\d,]*(?:\\.\\d+)?)\\s*$");

    /** The arithmetic of a step: digits, operators and brackets, and the functions working uses. */
    private static final java.util.regex.Pattern WORKING = java.util.regex.Pattern.compile(
            "(?:[\\d\\s.,xX×*+\\-/()\\[\\]{}^]|(?:floor|ceil|sqrt|exp|log|ln|max|min)(?=\\())*");
    /**
     * The name of a quantity and, after a colon, its arithmetic: {@code adds: 5 x 5 x 64}; perhaps
     * after the letter or circled number of a sub-part the rubric does not name ({@code c) adds:}).
     */
    private static final java.util.regex.Pattern NAMED_WORKING = java.util.regex.Pattern.compile(
            "\\s*(?:[(\\[]?[a-z][).\\]]\\s*|[\u2460-\u2473]\\s*)?[A-Za-z][A-Za-z .]*:(" + WORKING.pattern() + ")");
    /** Two numbers with only spaces or brackets between them: a label may have stood there ({@code 3 x 5 (6) 3 x 1}). */
    private static final java.util.regex.Pattern NUMBERS_UNJOINED = java.util.regex.Pattern.compile("\\d[\\s()\\[\\]{}]+\\d");

    /** A step of an = chain that is only arithmetic, {@code 5 x 5 x 64 x (7x7x32)}, each number joined to the next by an operator. */
    private static boolean isWorking(String step) {
        return WORKING.matcher(step).matches() && !NUMBERS_UNJOINED.matcher(step).find();
    }

    /**
     * The answer's whole text is the value alone ({@code v.1} read as label and {@code 1}): however
     * doubtful the value's digits, no other label can hide in it.
     */
    private static boolean holdsOnlyItsValue(Segment segment, Candidate chosen) {
        return segment.fragments().size() == 1 && segment.fragments().get(0).text().strip().equals(chosen.raw());
    }

    /** Extraction narrows a candidate's fragment to the words that hold it, so compare words. */
    private static boolean readFrom(Candidate candidate, Fragment line) {
        List<examgrader.ocr.Word> words = candidate.source().words();
        return candidate.source().page() == line.page() && !words.isEmpty() && line.words().containsAll(words);
    }

}
