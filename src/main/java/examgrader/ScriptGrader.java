package examgrader;

import examgrader.extract.Answer;
import examgrader.extract.Candidate;
import examgrader.extract.Extractor;
import examgrader.extract.StudentIds;
import examgrader.ocr.ScriptText;
import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import examgrader.rubric.Variants;
import examgrader.score.Mark;
import examgrader.score.Scorer;
import examgrader.score.ScriptResult;
import examgrader.segment.Fragment;
import examgrader.segment.Gap;
import examgrader.segment.Segment;
import examgrader.segment.Segmenter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stages after reading: who wrote the script, which text answers which question, what value
 * each answer gives, and the marks. Grading and regrading share it, so a regrade from stored OCR
 * text gives exactly what a first grading would.
 */
public final class ScriptGrader {
    private final Segmenter segmenter = new Segmenter();
    private final Extractor extractor = new Extractor();
    private final Scorer scorer;

    public ScriptGrader(Scorer scorer) {
        this.scorer = scorer;
    }

    /** Below this OCR confidence a student number is reported for a person to check. */
    static final double STUDENT_ID_MIN_CONFIDENCE = 85;

    /**
     * The script graded, with the answers extraction found (kept for the audit trail) and notices for
     * the person running the batch (e.g. a student number read with low confidence).
     */
    public record Graded(ScriptResult result, List<Answer> answers, List<String> notices) {}

    /**
     * @param roster the class list: variant per student id ("" for none); empty when no roster was given
     */
    public Graded grade(ScriptText text, Rubric rubric, Map<String, String> roster) {
        String read = studentIdOf(text, rubric);
        RosterCheck.Checked checked = RosterCheck.check(read, roster.keySet(), text.source());
        String studentId = checked.studentId();
        List<Segment> segments = segmenter.split(text, rubric);
        Map<String, Answer> answers = new LinkedHashMap<>();
        for (int i = 0; i < rubric.questions().size(); i++) {
            Question question = rubric.questions().get(i);
            Answer answer = extractor.extract(question, segments.get(i));
            answers.put(question.id(), trustBlankOnlyOnText(answer, text, segments, segments.get(i).gap(), answers));
        }
        String variant = variantOf(text, rubric, studentId, roster);
        List<Mark> marks = scorer.score(rubric, answers, variant);
        ScriptResult result = new ScriptResult(studentId, rubric.exam(), text.source(), text.sha256(),
                rubric.sha256(), marks);
        List<String> notices = new java.util.ArrayList<>(studentIdNotices(text, read));
        checked.notice().ifPresent(notices::add);
        return new Graded(result, List.copyOf(answers.values()), List.copyOf(notices));
    }

    /** A student number OCR was unsure of would file the marks under the wrong student: say so. */
    private static List<String> studentIdNotices(ScriptText text, String studentId) {
        for (examgrader.ocr.Line line : text.lines()) {
            if (!line.text().replaceAll("\\s+", "").contains(studentId)) continue;
            double confidence = line.words().stream().filter(w -> w.text().matches(".*\\d.*"))
                    .mapToDouble(examgrader.ocr.Word::confidence).min().orElse(100);
            if (confidence < STUDENT_ID_MIN_CONFIDENCE) {
                return List.of(String.format("%s: student number %s read with OCR confidence %.0f%% (page %d): check it",
                        text.source(), studentId, confidence, line.page()));
            }
            return List.of();
        }
        return List.of(text.source() + ": no student number found; the file name " + studentId + " is used");
    }

    /**
     * On a page read by OCR, a question label that was not found may have been misread, so "left
     * out" is a guess there: it goes to a person instead of becoming a silent 0. Text pages (PDF
     * text layers, transcriptions) are read exactly, and there a missing label means a missing answer.
     * The exception on scanned print: a lost label leaves its line where the answer was written, and
     * segmentation says where that is (the {@link Gap}). When nothing is written there, or only the
     * first line of the answer before it holding one sure value, the question was left out.
     * Handwriting is not trusted so: its labels and values are misread too often to rule anything out.
     *
     * @param earlier the answers of the questions before this one, by question id
     */
    static Answer trustBlankOnlyOnText(Answer answer, ScriptText text, List<Segment> segments, Gap gap,
                                       Map<String, Answer> earlier) {
        if (!answer.isBlank() || answer.uncertain()) return answer;
        boolean ocr = text.pages().stream().anyMatch(examgrader.ocr.PageText::readByOcr);
        if (!ocr) return answer;
        if (gap != null && text.isScannedPrint()) {
            if (!gap.needsCheck()) {
                return new Answer(answer.questionId(), answer.chosen(), answer.candidates(), false,
                        "label not found on the scan, and nothing is written where it would be", answer.text());
            }
            Answer before = earlier.get(gap.neighbour());
            Segment beforeSegment = segments.stream().filter(s -> s.questionId().equals(gap.neighbour())).findFirst().orElseThrow();
            if (before != null && firstLineHoldsOneSureValue(before, beforeSegment)) {
                return new Answer(answer.questionId(), answer.chosen(), answer.candidates(), false,
                        "label not found on the scan, and the answer before it (" + gap.neighbour()
                                + ") holds only its own value there, so no misread label hides in it", answer.text());
            }
        }
        return new Answer(answer.questionId(), answer.chosen(), answer.candidates(), true,
                "no answer found on a scanned script; its label may have been misread: check the script", answer.text());
    }

    /**
     * A lost label and its answer on the same line ({@code ii) i_t = 5 ili o_t = 8}) leave a second
     * number there, whether or not extraction took it for a candidate: so besides a sure chosen
     * value, the first line may hold no digits but the chosen value's and those of subscripts
     * ({@code C_{t-1}}).
     */
    private static boolean firstLineHoldsOneSureValue(Answer answer, Segment segment) {
        if (answer.chosen().isEmpty() || answer.uncertain() || segment.fragments().isEmpty()) return false;
        Fragment first = segment.fragments().get(0);
        if (answer.candidates().stream().filter(c -> readFrom(c, first)).count() > 1) return false;
        String rest = first.text();
        Candidate chosen = answer.chosen().get();
        int at = rest.lastIndexOf(chosen.raw());
        if (readFrom(chosen, first) && at >= 0) rest = rest.substring(0, at) + " " + rest.substring(at + chosen.raw().length());
        return !SUBSCRIPT.matcher(rest).replaceAll(" ").matches("(?s).*\\d.*");
    }

    /** Extraction narrows a candidate's fragment to the words that hold it, so compare words. */
    private static boolean readFrom(Candidate candidate, Fragment line) {
        List<examgrader.ocr.Word> words = candidate.source().words();
        return candidate.source().page() == line.page() && !words.isEmpty() && line.words().containsAll(words);
    }

    private static final java.util.regex.Pattern SUBSCRIPT = java.util.regex.Pattern.compile("_(?:\\{[^}]*}|\\w+)");

    /** The student number written on the script, or the file name when none can be read. */
    static String studentIdOf(ScriptText text, Rubric rubric) {
        Optional<String> written = StudentIds.find(text, rubric.studentId());
        if (written.isPresent()) return written.get();
        String name = text.source().getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static String variantOf(ScriptText text, Rubric rubric, String studentId, Map<String, String> roster) {
        if (rubric.variants().isEmpty()) return null;
        String fromRoster = roster.get(studentId);
        if (fromRoster != null && !fromRoster.isEmpty()) return fromRoster;
        String all = String.join("\n", text.lines().stream().map(examgrader.ocr.Line::text).toList());
        return Variants.findWritten(all, rubric).orElse(null);
    }
}
