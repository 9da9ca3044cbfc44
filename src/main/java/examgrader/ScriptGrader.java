package examgrader;

import examgrader.extract.Answer;
import examgrader.extract.Extractor;
import examgrader.extract.StudentIds;
import examgrader.ocr.ScriptText;
import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import examgrader.rubric.Variants;
import examgrader.score.Mark;
import examgrader.score.Scorer;
import examgrader.score.ScriptResult;
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
    private final Extractor handwritingExtractor = new Extractor(Extractor.HANDWRITING_MIN_CONFIDENCE);
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
        ScanBlanks blanks = ScanBlanks.of(text);
        Extractor reader = blanks.readByOcr() && !blanks.scannedPrint() ? handwritingExtractor : extractor;
        for (int i = 0; i < rubric.questions().size(); i++) {
            Question question = rubric.questions().get(i);
            Answer answer = ValueSubject.checked(reader.extract(question, segments.get(i)), question, rubric.questions());
            answer = examgrader.extract.GivenData.ofAnotherQuestion(answer, question, rubric.questions());
            answers.put(question.id(), blanks.trustBlankOnlyOnText(answer, segments, segments.get(i).gap(), answers));
        }
        for (Question question : rubric.questions()) {
            answers.put(question.id(), AnsweredElsewhere.checked(answers.get(question.id()), question, rubric.questions(), segments, answers));
        }
        String variant = variantOf(text, rubric, studentId, roster);
        List<Mark> marks = Corrected.noted(scorer.score(rubric, answers, variant, blanks.scannedPrint()), segments);
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
