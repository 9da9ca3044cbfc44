package examgrader.audit;

import examgrader.ocr.Word;
import examgrader.score.Computation;
import examgrader.score.Mark;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The full story of one mark, written for a person: where it was read, how, what was extracted,
 * which rule fired on which reference and engine working, and every decision since.
 */
public final class Explanation {
    private Explanation() {}

    public static String render(StoredMark item, List<MarkChange> changes, List<Dispute> disputes) {
        ProvenanceRecord p = item.provenance();
        Mark graded = item.graded();
        Mark effective = item.effective();
        StringBuilder out = new StringBuilder();
        line(out, "%s, question %s (exam %s)", item.studentId(), graded.questionId(), item.exam());
        line(out, "Mark that counts: %s / %s (%s)%s", Store.fmt(effective.marks()), Store.fmt(effective.maxMarks()),
                effective.status().word(), item.decision() == null ? ", the grader's mark"
                        : ", decided by " + item.decision().by() + " (" + item.decision().kind().word() + ")");
        out.append('\n');
        line(out, "Source");
        line(out, "  file:        %s", p.sourcePath());
        line(out, "  sha256:      %s", p.sourceSha256());
        line(out, "  page:        %s", p.page() == 0 ? "unknown" : String.valueOf(p.page()));
        line(out, "Reading");
        line(out, "  ocr:         %s", p.ocrEngine());
        if (!p.pageImageSha256().equals(ProvenanceRecord.UNKNOWN)) line(out, "  page image:  sha256 %s", p.pageImageSha256());
        line(out, "  text read:   %s", p.readText().isEmpty() ? "(nothing)" : p.readText());
        if (p.box() != null && p.box().isKnown()) {
            line(out, "  box:         x=%d y=%d w=%d h=%d", p.box().x(), p.box().y(), p.box().width(), p.box().height());
        }
        if (!p.words().isEmpty()) {
            line(out, "  words:       %s", p.words().stream().map(Explanation::word).collect(Collectors.joining("  ")));
        }
        line(out, "  confidence:  %.0f", graded.confidence());
        if (!p.candidates().isEmpty()) {
            line(out, "  candidates:");
            p.candidates().forEach(c -> line(out, "    - %s", c));
        }
        line(out, "Grading");
        line(out, "  answer:      %s", p.answer().isEmpty() ? "(none)" : p.answer());
        line(out, "  reference:   %s", p.reference());
        line(out, "  rubric:      %s (sha256 %s)", p.rubricPath(), p.rubricSha256());
        line(out, "  rule:        %s", p.rule());
        line(out, "  grader mark: %s / %s (%s)", Store.fmt(p.marks()), Store.fmt(p.maxMarks()), p.status());
        if (!p.feedback().isEmpty()) line(out, "  feedback:    %s", p.feedback());
        for (Computation c : p.computations()) {
            line(out, "  engine:      %s(%s) = %s", c.op(), c.args() == null ? "" : c.args().entrySet().stream()
                    .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(", ")), c.result());
            if (c.working() != null && !c.working().isBlank()) line(out, "               %s", c.working());
        }
        if (p.computations().isEmpty() && !p.working().isBlank() && !p.working().equals(ProvenanceRecord.UNKNOWN)) {
            line(out, "  working:     %s", p.working());
        }
        line(out, "  grader:      version %s, graded %s", p.graderVersion(), p.recordedAt());
        if (!changes.isEmpty()) {
            line(out, "Changes");
            changes.forEach(c -> line(out, "  %s", History.describe(c)));
        }
        if (!disputes.isEmpty()) {
            line(out, "Disputes");
            for (Dispute d : disputes) {
                line(out, "  opened %s by %s: %s", d.openedAt(), d.openedBy(), d.reason());
                if (!d.isOpen()) {
                    line(out, "  resolved %s by %s: %s marks: %s", d.resolvedAt(), d.resolvedBy(), Store.fmt(d.marks()), d.resolution());
                } else {
                    line(out, "  still open");
                }
            }
        }
        return out.toString();
    }

    private static String word(Word w) {
        String box = w.box() != null && w.box().isKnown()
                ? " @" + w.box().x() + "," + w.box().y() + " " + w.box().width() + "x" + w.box().height() : "";
        String digits = w.numberConfidence() == null ? ""
                : ", its digits %.0f: read character by character and again digits-only".formatted(w.numberConfidence());
        String signs = w.signsCheckedByShape() ? ", carets and asterisks told apart by their shape" : "";
        return "\"%s\" (%.0f%s%s%s)".formatted(w.text(), w.confidence(), digits, signs, box);
    }

    private static void line(StringBuilder out, String format, Object... args) {
        out.append(args.length == 0 ? format : String.format(format, args)).append('\n');
    }
}
