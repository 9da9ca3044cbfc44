package examgrader.report;

import examgrader.ocr.Box;
import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * A student's report, {@code reports/<student_id>.pdf}: for each question the answer as read (with the
 * crop of the page it was read from), the reference and its working, the marks and the feedback of the
 * rule that fired; then the script itself, marked as an instructor marks on paper: a box around each
 * answer read and its marks in the margin, green for full marks, red for marks lost, amber for review.
 */
public final class StudentReportPdf {
    private static final float BODY = 10;
    private static final int CROP_PADDING = 12;
    private static final int MAX_PAGES = 500;
    private static final float MARGIN_COLUMN = 80;
    /** Crops of 300 dpi pages shown at twice their size on paper: easy to read, small enough to keep a page. */
    private static final float CROP_POINTS_PER_PIXEL = 72f / 150;

    private StudentReportPdf() {}

    public static void write(Path file, ScriptResult result, PageImages images) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PdfFonts fonts = PdfFonts.load(doc);
            ScriptPages pages = loadPages(doc, result, images);
            try (PdfFlow flow = new PdfFlow(doc, fonts)) {
                flow.newPage();
                writeQuestions(flow, result, pages);
            }
            writeAnnotatedScript(doc, fonts, result, pages);
            AtomicFiles.write(file, doc::save);
        }
    }

    /**
     * What the report keeps of the script's pages, so that only one full page image is in memory at a
     * time: the crop of each mark's answer (by mark index) and each page compressed for the marked copy.
     */
    private record ScriptPages(Map<Integer, BufferedImage> crops, Map<Integer, PageScan> scans) {}

    /** A page image as placed in the PDF, with the size of the original the evidence boxes refer to. */
    private record PageScan(PDImageXObject image, int width, int height) {}

    /**
     * Reads the script's page images, page 1 up to the first page without one. A source whose pages
     * cannot be loaded (moved, unreadable) gets a report without crops rather than no report.
     */
    private static ScriptPages loadPages(PDDocument doc, ScriptResult result, PageImages images) throws IOException {
        ScriptPages pages = new ScriptPages(new LinkedHashMap<>(), new LinkedHashMap<>());
        if (result.source() == null) return pages;
        for (int n = 1; n <= MAX_PAGES; n++) {
            BufferedImage image;
            try {
                image = images.page(result.source(), n);
            } catch (RuntimeException e) {
                break;
            }
            if (image == null) break;
            for (int i = 0; i < result.marks().size(); i++) {
                Mark mark = result.marks().get(i);
                if (mark.evidence().page() != n) continue;
                BufferedImage crop = crop(mark, image);
                if (crop != null) pages.crops().put(i, crop);
            }
            PDImageXObject scan = JPEGFactory.createFromImage(doc, downscaled(image, 1300), 0.8f);
            pages.scans().put(n, new PageScan(scan, image.getWidth(), image.getHeight()));
        }
        return pages;
    }

    private static void writeQuestions(PdfFlow flow, ScriptResult result, ScriptPages pages) throws IOException {
        flow.heading("Exam " + result.exam() + " — " + result.studentId(), 16, PdfFlow.TEXT);
        flow.labelled("Script:", result.source() == null ? "" : result.source().getFileName().toString(), BODY);
        String total = MarkFormat.marks(result.total()) + " / " + MarkFormat.marks(result.maxTotal());
        if (result.pending() > 0) total += "   (" + MarkFormat.marks(result.pending()) + " marks still to be marked by a person)";
        flow.labelled("Total:", total, BODY);
        if (pages.scans().isEmpty()) {
            flow.paragraph("No page images for this script (it was read from text), so answers are shown as read "
                    + "and the marked copy of the script is left out.", flow.fonts.regular, 8, PdfFlow.MUTED, 0);
        }
        flow.rule();
        for (int i = 0; i < result.marks().size(); i++) writeQuestion(flow, result.marks().get(i), pages.crops().get(i));
    }

    private static void writeQuestion(PdfFlow flow, Mark mark, BufferedImage crop) throws IOException {
        flow.ensure(90);
        String title = "Question " + mark.questionId() + "   " + MarkColors.marginText(mark) + "   (" + mark.status().word() + ")";
        flow.heading(title, 12, MarkColors.of(mark));
        flow.labelled("Answer as read:", answerShown(mark), BODY);
        if (crop != null) {
            flow.paragraph("Read on page " + mark.evidence().page() + " at confidence " + Math.round(mark.confidence()) + ":",
                    flow.fonts.regular, 8, PdfFlow.MUTED, 0);
            flow.image(crop, flow.width(), 120, CROP_POINTS_PER_PIXEL);
        } else if (!mark.evidence().text().isBlank()) {
            String where = mark.evidence().page() > 0 ? "Read on page " + mark.evidence().page() + ":" : "Read from:";
            flow.labelled(where, mark.evidence().text(), BODY);
        }
        flow.labelled("Reference:", mark.reference(), BODY);
        if (!mark.working().isBlank()) flow.labelled("Working:", mark.working(), BODY);
        String rule = mark.rule().isBlank() ? "" : "[" + mark.rule() + "] ";
        flow.labelled("Feedback:", rule + mark.feedback(), BODY);
        flow.gap(4);
    }

    private static String answerShown(Mark mark) {
        if (!mark.answer().isBlank()) return mark.answer();
        return switch (mark.status()) {
            case MANUAL -> "(marked by hand)";
            case BLANK -> "(nothing written)";
            default -> "(nothing read)";
        };
    }

    /**
     * The part of the page the answer was read from, with a little room around it, as a copy that does
     * not hold on to the whole page; null when the box is unknown or off the page.
     */
    static BufferedImage crop(Mark mark, BufferedImage page) {
        Box box = mark.evidence().box();
        if (page == null || !box.isKnown()) return null;
        int x0 = Math.max(0, box.x() - CROP_PADDING), y0 = Math.max(0, box.y() - CROP_PADDING);
        int x1 = Math.min(page.getWidth(), box.x() + box.width() + CROP_PADDING);
        int y1 = Math.min(page.getHeight(), box.y() + box.height() + CROP_PADDING);
        if (x1 <= x0 || y1 <= y0) return null;
        int type = page.getType() == BufferedImage.TYPE_BYTE_GRAY ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB;
        BufferedImage copy = new BufferedImage(x1 - x0, y1 - y0, type);
        java.awt.Graphics2D g = copy.createGraphics();
        g.drawImage(page.getSubimage(x0, y0, x1 - x0, y1 - y0), 0, 0, null);
        g.dispose();
        return copy;
    }

    private static void writeAnnotatedScript(PDDocument doc, PdfFonts fonts, ScriptResult result,
                                             ScriptPages pages) throws IOException {
        for (Map.Entry<Integer, PageScan> entry : pages.scans().entrySet()) {
            List<Mark> onPage = new ArrayList<>();
            for (Mark mark : result.marks()) {
                if (mark.evidence().page() == entry.getKey() && mark.evidence().box().isKnown()) onPage.add(mark);
            }
            onPage.sort(java.util.Comparator.comparingInt(m -> m.evidence().box().y()));
            annotatedPage(doc, fonts, entry.getKey(), entry.getValue(), onPage);
        }
    }

    private static void annotatedPage(PDDocument doc, PdfFonts fonts, int number, PageScan image, List<Mark> marks)
            throws IOException {
        PDRectangle size = PdfFlow.PAGE;
        float top = 20;
        float availableWidth = size.getWidth() - MARGIN_COLUMN - 2 * 16;
        float availableHeight = size.getHeight() - 2 * 16 - top;
        float scale = Math.min(availableWidth / image.width(), availableHeight / image.height());
        float left = 16, bottom = size.getHeight() - 16 - top - image.height() * scale;
        PDPage page = new PDPage(size);
        doc.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
            cs.drawImage(image.image(), left, bottom, image.width() * scale, image.height() * scale);
            text(cs, fonts, fonts.bold, 10, Color.DARK_GRAY, left, size.getHeight() - 16 - 10, "Script page " + number);
            float lastLabelY = Float.MAX_VALUE;
            float marginX = left + image.width() * scale + 6;
            for (Mark mark : marks) {
                Box box = mark.evidence().box();
                float bx = left + box.x() * scale, bw = box.width() * scale, bh = box.height() * scale;
                float by = bottom + (image.height() - box.y() - box.height()) * scale;
                Color color = MarkColors.of(mark);
                cs.setStrokingColor(color);
                cs.setLineWidth(1.2f);
                cs.addRect(bx - 2, by - 2, bw + 4, bh + 4);
                cs.stroke();
                float labelY = Math.min(by + bh - 9, lastLabelY - 22);
                text(cs, fonts, fonts.bold, 9, color, marginX, labelY, MarkColors.marginText(mark));
                text(cs, fonts, fonts.regular, 7, color, marginX, labelY - 9, mark.questionId());
                lastLabelY = labelY;
            }
        }
    }

    /** A page image no wider than {@code maxWidth} pixels: 300 dpi scans would make reports needlessly big. */
    private static BufferedImage downscaled(BufferedImage image, int maxWidth) {
        if (image.getWidth() <= maxWidth) return image;
        int height = Math.max(1, Math.round(image.getHeight() * (float) maxWidth / image.getWidth()));
        BufferedImage small = new BufferedImage(maxWidth, height, BufferedImage.TYPE_INT_RGB);
        java.awt.Graphics2D g = small.createGraphics();
        g.setRenderingHint(java.awt.RenderingHints.KEY_INTERPOLATION, java.awt.RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(image, 0, 0, maxWidth, height, null);
        g.dispose();
        return small;
    }

    private static void text(PDPageContentStream cs, PdfFonts fonts, org.apache.pdfbox.pdmodel.font.PDFont font,
                             float size, Color color, float x, float y, String text) throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.setNonStrokingColor(color);
        cs.newLineAtOffset(x, y);
        cs.showText(fonts.printable(font, text));
        cs.endText();
    }
}
