package examgrader.segment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The part of a script that answers one question of the rubric, in reading order.
 *
 * @param questionId the rubric's question id
 * @param label      the label as the student wrote it (e.g. {@code "Q1 (b)(i)"}), for the report
 * @param fragments  the text that belongs to the answer
 * @param doubt      why segmentation is unsure these fragments belong to the question (e.g. the
 *                   label was shared and no cue word told the questions apart); empty when sure.
 *                   Extraction turns a doubt into an uncertain answer, so it goes to review.
 * @param gap        for a question not found on a page read by OCR: where its text would be had its
 *                   label been lost in reading ({@link LeftOutCheck}); null when that place cannot be
 *                   checked, so the question may be there unseen
 * @param lostLabelAt the index of the first fragment after the first that starts like a label OCR
 *                   could not read ({@code () h_t = ...}): from there on the text may be another
 *                   question's answer; -1 when there is none
 * @param replaced   the text of an earlier answer the student's marked correction replaces ({@link
 *                   Corrections}), kept so the mark can say what was set aside; empty when none
 */
public record Segment(String questionId, String label, List<Fragment> fragments, String doubt, Gap gap,
                      int lostLabelAt, String replaced) {
    public Segment {
        fragments = List.copyOf(fragments);
        doubt = doubt == null ? "" : doubt;
        replaced = replaced == null ? "" : replaced;
    }

    public Segment(String questionId, String label, List<Fragment> fragments, String doubt, Gap gap,
                   int lostLabelAt) {
        this(questionId, label, fragments, doubt, gap, lostLabelAt, "");
    }

    public Segment(String questionId, String label, List<Fragment> fragments, String doubt, Gap gap) {
        this(questionId, label, fragments, doubt, gap, -1);
    }

    public Segment(String questionId, String label, List<Fragment> fragments, String doubt) {
        this(questionId, label, fragments, doubt, null);
    }

    public Segment(String questionId, String label, List<Fragment> fragments) {
        this(questionId, label, fragments, "");
    }

    public String text() {
        return fragments.stream().map(Fragment::text).collect(Collectors.joining("\n"));
    }

    public boolean isEmpty() {
        return fragments.stream().allMatch(f -> f.text().isBlank());
    }

    /** The same segment with one more doubt about it, after any it already has. */
    Segment withDoubt(String more) {
        return new Segment(questionId, label, fragments, isDoubtful() ? doubt + "; " + more : more, gap, lostLabelAt);
    }

    public boolean isDoubtful() {
        return !doubt.isBlank();
    }
}
