package examgrader.audit;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import examgrader.ocr.Box;
import examgrader.ocr.PageText;
import examgrader.ocr.ScriptText;
import examgrader.ocr.Word;
import examgrader.score.Computation;
import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import java.util.List;

/**
 * How one mark was made, from the uploaded file to the rule that fired: what an auditor reads
 * months later when a mark is disputed. Stored as JSON beside the mark; the key names are the
 * component names and must not change. A field missing from an older record reads as
 * {@value #UNKNOWN} (text), an empty list, or {@code null} (box), never as a failure.
 *
 * @param studentId      the student the mark belongs to
 * @param exam           the rubric's exam id
 * @param questionId     the question
 * @param sourcePath     the uploaded file
 * @param sourceSha256   SHA-256 of the uploaded file
 * @param page           the page the answer was read on (0 when not known)
 * @param ocrEngine      engine, model and settings that read that page (e.g. {@code tesseract 5.3.0 eng psm=3 dpi=300})
 * @param pageImageSha256 SHA-256 of the page image read, when OCR read one
 * @param readText       the text the answer was read from
 * @param box            the box around that text on the page image
 * @param words          the words with their confidences and boxes
 * @param candidates     the candidates extraction weighed, best first
 * @param answer         the answer extracted (display form)
 * @param reference      the reference answer (display form)
 * @param status         the grader's status word
 * @param marks          the grader's marks
 * @param maxMarks       the question's full marks
 * @param rubricPath     the rubric file
 * @param rubricSha256   SHA-256 of the rubric file
 * @param rule           the rubric rule that fired
 * @param feedback       the rule's feedback
 * @param computations   the engine calls behind the mark (op, args, result, working)
 * @param working        the working as text
 * @param graderVersion  the grader's version
 * @param recordedAt     when the mark was stored (ISO-8601 UTC)
 */
@JsonPropertyOrder(alphabetic = false)
public record ProvenanceRecord(String studentId, String exam, String questionId, String sourcePath,
                               String sourceSha256, int page, String ocrEngine, String pageImageSha256,
                               String readText, Box box, List<Word> words, List<String> candidates,
                               String answer, String reference, String status, double marks, double maxMarks,
                               String rubricPath, String rubricSha256, String rule, String feedback,
                               List<Computation> computations, String working, String graderVersion,
                               String recordedAt) {
    /** What a field an older grader did not record reads as. */
    public static final String UNKNOWN = "unknown";

    public ProvenanceRecord {
        studentId = known(studentId);
        exam = known(exam);
        questionId = known(questionId);
        sourcePath = known(sourcePath);
        sourceSha256 = known(sourceSha256);
        ocrEngine = known(ocrEngine);
        pageImageSha256 = known(pageImageSha256);
        readText = known(readText);
        words = words == null ? List.of() : List.copyOf(words);
        candidates = candidates == null ? List.of() : List.copyOf(candidates);
        answer = known(answer);
        reference = known(reference);
        status = known(status);
        rubricPath = known(rubricPath);
        rubricSha256 = known(rubricSha256);
        rule = known(rule);
        feedback = known(feedback);
        computations = computations == null ? List.of() : List.copyOf(computations);
        working = known(working);
        graderVersion = known(graderVersion);
        recordedAt = known(recordedAt);
    }

    /** The provenance of {@code mark}, one of {@code result}'s marks, read from {@code text}. */
    public static ProvenanceRecord of(ScriptResult result, Mark mark, ScriptText text, ScriptProvenance context,
                                      String recordedAt) {
        int page = mark.evidence().page();
        PageText pageText = text == null ? null
                : text.pages().stream().filter(p -> p.page() == page).findFirst().orElse(null);
        return new ProvenanceRecord(result.studentId(), result.exam(), mark.questionId(),
                result.source() == null ? null : result.source().toString(), result.sourceSha256(), page,
                pageText == null ? null : pageText.engine(), pageText == null ? null : pageText.imageSha256(),
                mark.evidence().text(), mark.evidence().box(), mark.evidence().words(),
                context.candidatesFor(mark.questionId()), mark.answer(), mark.reference(), mark.status().word(),
                mark.marks(), mark.maxMarks(), context.rubricPath(), result.rubricSha256(), mark.rule(),
                mark.feedback(), mark.computations(), mark.working(), context.graderVersion(), recordedAt);
    }

    public String toJson() {
        return Json.write(this);
    }

    public static ProvenanceRecord fromJson(String json) {
        return Json.read(json, ProvenanceRecord.class);
    }

    private static String known(String value) {
        return value == null ? UNKNOWN : value;
    }
}
