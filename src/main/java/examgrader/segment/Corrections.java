package examgrader.segment;

import examgrader.ocr.Line;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A question answered again later in the script, the later answer marked by the student as a
 * correction of the earlier one: {@code Correction to 2.3 (replaces my answer above): ...} or
 * {@code 2.3 (corrected): {52, 53, 54}}. A TA marks the correction and nothing before it, as the
 * student asks; read as two answers, the question would go to review for disagreeing with itself.
 *
 * <p>Only an explicit mark counts, where a label is written: the line opens with the word before
 * its label ({@code Correction to ...}, {@code Corrected 2.3}), or the answer under the label opens
 * with it ({@code (corrected):}, {@code (replaces my answer above)}). A word "corrected" inside an
 * answer ({@code the bias-corrected estimate}) is no such mark.
 */
final class Corrections {
    /** {@code ignore my earlier answer}, {@code disregard the previous answer}: the words that take an answer back before naming its label. */
    static final String DISOWNED_ANSWER = "(?:ignore|disregard|scrap)\\s+(?:my|the)\\s+(?:earlier|previous|first|old)\\s+answer";

    /**
     * {@code Correction to T2-Q3 ...}, {@code CORRECTED 2.3:}, {@code Update on 3(c):}, {@code edit: t2q2 ...}, {@code ignore my earlier
     * answer to 3c, the right one is ...} at the start of the
     * line that holds the label, or of its chat message ({@code [Sun 22:10] Lukas: edit: t2q2 ...}).
     */
    private static final Pattern BEFORE_LABEL = Pattern.compile(
            "(?i)[\\s*#>\\-–—]*(?:correct(?:ion|ed)|update[ds]?|revis(?:ed|ion)|amend(?:ed|ment)|edit(?:ed)?(?=\\s*:)"
            + "|" + DISOWNED_ANSWER + ")\\b(?:\\s+(?:to|for|of|on)\\b)?");
    /**
     * {@code (corrected):}, {@code (replaces my answer above)}, {@code - correction:}, {@code (final):} opening the answer under
     * the label written a second time.
     */
    private static final Pattern AFTER_LABEL = Pattern.compile(
            "(?i)[\\s*(\\[\\-–—:]*(?:correct(?:ion|ed)\\b(?!\\s+(?:answer|value|result)\\s+is\\b)|replaces\\s+(?:my|the)\\s+(?:earlier|previous|first|old|answer)\\b"
            + "|final(?:\\s+(?:answer|version))?(?=\\s*[)\\]:]))");

    /**
     * {@code == Final answers}, {@code Final answers (this block is final; ...)}, {@code **My final answers:**}: the heading of a
     * block the student declares final, where each question is answered again. Only the plural heading alone on its line (or
     * before a bracketed remark), so {@code Final answer: 72} closing one question's working is not taken for one.
     */
    private static final Pattern FINAL_ANSWERS_HEADING = Pattern.compile(
            "(?i)[\\s=#*_>\\-–—]*(?:summary\\s+of\\s+)?(?:my\\s+)?final\\s+answers\\b[\\s*_:]*(?:\\(.*)?");

    private Corrections() {}

    /**
     * Whether the piece, a later answer to its question, is written in a block of final answers whose heading
     * ({@link #FINAL_ANSWERS_HEADING}) stands after the start of the earlier answer (at line {@code earlierStart}): the
     * student declares these the answers that count, as a TA reads them. The heading itself may have been read as the
     * end of the earlier answer, the last question answered before the block.
     */
    static boolean inFinalAnswers(LabelWalker.Piece piece, List<Line> lines, int earlierStart) {
        if (piece.line() < 0 || piece.line() >= lines.size() || earlierStart < 0) return false;
        for (int i = piece.line(); i > earlierStart; i--) {
            if (FINAL_ANSWERS_HEADING.matcher(lines.get(i).text()).matches()) return true;
        }
        return false;
    }

    /**
     * Whether the piece opens an answer the student marks as a correction: the first piece of a
     * later occurrence of its label.
     */
    static boolean marksCorrection(LabelWalker.Piece piece, List<Line> lines) {
        if (AFTER_LABEL.matcher(piece.text()).lookingAt()) return true;
        if (piece.line() < 0 || piece.line() >= lines.size()) return false;
        String line = lines.get(piece.line()).text();
        return BEFORE_LABEL.matcher(line).region(LabelScanner.chatPrefixEnd(line), line.length()).lookingAt();
    }
}
