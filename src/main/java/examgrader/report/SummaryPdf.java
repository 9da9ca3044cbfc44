package examgrader.report;

import examgrader.ingest.Rejection;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;

/** {@code summary.pdf}: the class summary to print or mail, with the same content as the HTML. */
public final class SummaryPdf {
    private static final float[] STAT_COLUMNS = {0, 90, 130, 180, 230, 270, 310, 345, 380, 415, 460};
    private static final float BODY = 9;

    private SummaryPdf() {}

    /** id, marks, counted, pending, mean, sd, min, max, full, partial, zero: one row of the question table. */
    static List<String> statCells(QuestionStats q) {
        return List.of(q.id(), MarkFormat.marks(q.maxMarks()), String.valueOf(q.n()), String.valueOf(q.pending()),
                MarkFormat.marks(q.mean()), MarkFormat.marks(q.sd()), MarkFormat.marks(q.min()), MarkFormat.marks(q.max()),
                MarkFormat.percent(q.full()), MarkFormat.percent(q.partial()), MarkFormat.percent(q.zero()));
    }

    public static void write(Path file, ClassSummary s, BufferedImage histogram, BufferedImage shares) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc);
            try (PdfFlow flow = new PdfFlow(doc, fonts)) {
                flow.newPage();
                flow.heading("Class summary: " + s.exam(), 16, PdfFlow.TEXT);
                QuestionStats.Summary t = s.totals();
                flow.paragraph(ClassSummary.count(t.n(), "script") + " graded, " + ClassSummary.count(s.rejected().size(), "file")
                        + " rejected. Totals out of "
                        + MarkFormat.marks(s.maxTotal()) + ": mean " + MarkFormat.marks(t.mean()) + ", sd " + MarkFormat.marks(t.sd())
                        + ", min " + MarkFormat.marks(t.min()) + ", max " + MarkFormat.marks(t.max())
                        + ". Totals count graded and blank questions only; " + s.manualPending()
                        + " answers still wait for manual marks.", BODY + 1);
                flow.heading("Questions", 12, PdfFlow.TEXT);
                flow.row(List.of("question", "marks", "counted", "pending", "mean", "sd", "min", "max", "full", "partial", "zero"),
                        STAT_COLUMNS, fonts.bold, BODY, PdfFlow.TEXT);
                for (QuestionStats q : s.questions()) flow.row(statCells(q), STAT_COLUMNS, fonts.regular, BODY, PdfFlow.TEXT);
                flow.paragraph("mean, sd (population), min and max over counted marks (graded and blank); pending = in review or marked by hand.",
                        fonts.regular, 8, PdfFlow.MUTED, 0);
                flow.gap(6);
                flow.image(histogram, flow.width(), 260);
                flow.gap(6);
                flow.image(shares, flow.width(), 260);
                flow.heading("To review", 12, PdfFlow.TEXT);
                items(flow, s.reviews(), "Nothing to review.");
                flow.heading("Not exported to Canvas/Moodle yet", 12, PdfFlow.TEXT);
                items(flow, s.notExported(), "All totals exported.");
                flow.heading("Rejected files", 12, PdfFlow.TEXT);
                if (s.rejected().isEmpty()) flow.paragraph("No file was rejected.", BODY);
                for (Rejection r : s.rejected()) flow.labelled(r.file() + ":", r.reason(), BODY);
            }
            AtomicFiles.write(file, doc::save);
        }
    }

    private static void items(PdfFlow flow, List<ClassSummary.ReviewItem> items, String none) throws IOException {
        if (items.isEmpty()) {
            flow.paragraph(none, BODY);
            return;
        }
        for (ClassSummary.ReviewItem item : items) {
            String question = item.questionId().equals(ClassSummary.WHOLE_SCRIPT) ? "" : "  " + item.questionId();
            flow.labelled(item.studentId() + question + ":", item.why() + "  (" + item.source() + ")", BODY);
        }
    }
}
