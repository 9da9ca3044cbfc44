package examgrader.report;

import examgrader.ingest.Rejection;

import static examgrader.report.Fixtures.graded;
import static examgrader.report.Fixtures.script;
import static examgrader.report.Fixtures.withStatus;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassSummaryTest {
    @TempDir
    Path dir;

    /**
     * Question 1b (1 mark) over five scripts: 1, 0.5, 0, 1 counted and one in review.
     * Worked by hand: mean 2.5/4 = 0.625; deviations 0.375, -0.125, -0.625, 0.375; squares sum
     * 0.140625 + 0.015625 + 0.390625 + 0.140625 = 0.6875; population sd sqrt(0.6875/4) = 0.41458;
     * full 2/4, partial 1/4, zero 1/4.
     */
    private final List<ScriptResult> results = List.of(
            script("18CS10001", "1.pdf", graded("1a", 0.5, 0.5, "4", ""), graded("1b", 1, 1, "", ""), graded("2", 2, 2, "", "")),
            script("18CS10002", "2.pdf", graded("1a", 0.5, 0.5, "4", ""), graded("1b", 0.5, 1, "", ""), graded("2", 1, 2, "", "")),
            script("18CS10003", "3.pdf", graded("1a", 0, 0.5, "9", ""), graded("1b", 0, 1, "", ""),
                    withStatus("2", Status.BLANK, 2, "", "")),
            script("18CS10004", "4.pdf", graded("1a", 0.5, 0.5, "4", ""), graded("1b", 1, 1, "", ""), graded("2", 2, 2, "", "")),
            script("18CS10005", "5.pdf", graded("1a", 0.5, 0.5, "4", ""),
                    withStatus("1b", Status.REVIEW, 1, "<script>alert('x')</script>", "digits unclear & faint"),
                    withStatus("2", Status.MANUAL, 2, "", "")));

    @Test
    void questionStatisticsMatchTheHandWorkedValues() {
        ClassSummary summary = ClassSummary.of(ExamColumns.of(Fixtures.rubric()), results, List.of());
        QuestionStats q1b = summary.questions().get(1);
        assertEquals("1b", q1b.id());
        assertEquals(4, q1b.n());
        assertEquals(1, q1b.pending());
        assertEquals(0.625, q1b.mean(), 1e-12);
        assertEquals(0.414578, q1b.sd(), 1e-6);
        assertEquals(0, q1b.min());
        assertEquals(1, q1b.max());
        assertEquals(0.5, q1b.full(), 1e-12);
        assertEquals(0.25, q1b.partial(), 1e-12);
        assertEquals(0.25, q1b.zero(), 1e-12);
        QuestionStats q2 = summary.questions().get(2);
        assertEquals(4, q2.n(), "blank counts as 0, manual is pending");
        assertEquals(1.25, q2.mean(), 1e-12);
        assertEquals(0.5, q2.full(), 1e-12);
        // totals 3.5, 2, 0, 3.5, 0.5: mean 9.5/5 = 1.9
        assertEquals(1.9, summary.totals().mean(), 1e-12);
        assertEquals(0, summary.totals().min());
        assertEquals(3.5, summary.totals().max());
        assertEquals(1, summary.manualPending());
    }

    @Test
    void reviewListSaysWhoWhichQuestionAndWhy() {
        ClassSummary summary = ClassSummary.of(ExamColumns.of(Fixtures.rubric()), results, List.of());
        assertEquals(1, summary.reviews().size());
        ClassSummary.ReviewItem item = summary.reviews().get(0);
        assertEquals("18CS10005", item.studentId());
        assertEquals("1b", item.questionId());
        assertTrue(item.why().startsWith("digits unclear & faint"), item.why());
        assertEquals(List.of("18CS10005"), summary.notExported().stream().map(ClassSummary.ReviewItem::studentId).toList(),
                "only the script with marks pending holds its total back");
    }

    @Test
    void htmlEscapesEverythingAStudentWrote() throws Exception {
        ScriptResult evil = script("<b>18CS1</b>", "\"><img src=x onerror=alert(1)>.pdf", graded("1a", 0, 0.5, "", ""),
                withStatus("1b", Status.REVIEW, 1, "<script>alert(\"hi\")</script>", "unclear"), graded("2", 0, 2, "", ""));
        List<Rejection> rejected = List.of(new Rejection(Path.of("<script>.pdf"), "not a PDF: starts with <html>"));
        ClassSummary summary = ClassSummary.of(ExamColumns.of(Fixtures.rubric()), List.of(evil), rejected);
        String html = SummaryHtml.render(summary);
        assertFalse(html.contains("<script"), html);
        assertFalse(html.contains("<img src=x"), html);
        assertFalse(html.contains("<b>18CS1"), html);
        assertTrue(html.contains("&lt;script&gt;alert(&quot;hi&quot;)&lt;/script&gt;"), html);
        assertTrue(html.contains("&lt;b&gt;18CS1&lt;/b&gt;"), html);
        assertTrue(html.contains("not a PDF: starts with &lt;html&gt;"), html);
    }

    @Test
    void summaryFilesAreWrittenAndThePdfReadsBack() throws Exception {
        List<Rejection> rejected = List.of(new Rejection(Path.of("scans/locked.pdf"), "encrypted PDF: password needed"));
        ClassSummary summary = ClassSummary.of(ExamColumns.of(Fixtures.rubric()), results, rejected);
        var histogram = SummaryCharts.totalsHistogram(summary);
        var shares = SummaryCharts.questionShares(summary);
        SummaryHtml.write(dir, summary, histogram, shares);
        SummaryPdf.write(dir.resolve("summary.pdf"), summary, histogram, shares);
        assertEquals(SummaryCharts.WIDTH, ImageIO.read(dir.resolve("summary-files/totals.png").toFile()).getWidth());
        assertEquals(SummaryCharts.WIDTH, ImageIO.read(dir.resolve("summary-files/questions.png").toFile()).getWidth());
        String html = Files.readString(dir.resolve("summary.html"));
        assertTrue(html.contains("<img src=\"summary-files/totals.png\""), html);
        assertTrue(html.contains("<td>1b</td><td class=\"n\">1</td><td class=\"n\">4</td><td class=\"n\">1</td>"
                + "<td class=\"n\">0.63</td><td class=\"n\">0.41</td><td class=\"n\">0</td><td class=\"n\">1</td>"
                + "<td class=\"n\">50%</td><td class=\"n\">25%</td><td class=\"n\">25%</td>"), html);
        try (PDDocument doc = Loader.loadPDF(dir.resolve("summary.pdf").toFile())) {
            String text = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String expected : List.of("Class summary: dl-test-2026", "1b 1 4 1 0.63 0.41 0 1 50% 25% 25%", "18CS10005 1b:",
                    "scans/locked.pdf: encrypted PDF: password needed", "mean 1.9")) {
                assertTrue(text.contains(expected), "summary.pdf lacks \"" + expected + "\": " + text);
            }
        }
    }
}
