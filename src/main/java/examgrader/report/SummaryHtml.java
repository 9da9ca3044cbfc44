package examgrader.report;

import examgrader.ingest.Rejection;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.ImageIO;

/**
 * {@code summary.html}, with its charts as PNG files in {@code summary-files/}. Everything that comes
 * from a script or a file name is HTML-escaped: a student's answer is data, never markup.
 */
public final class SummaryHtml {
    static final String FILES_DIR = "summary-files";

    private SummaryHtml() {}

    public static void write(Path outDir, ClassSummary summary, BufferedImage histogram, BufferedImage shares) throws IOException {
        Path files = outDir.resolve(FILES_DIR);
        Files.createDirectories(files);
        writePng(files.resolve("totals.png"), histogram);
        writePng(files.resolve("questions.png"), shares);
        String html = render(summary);
        AtomicFiles.write(outDir.resolve("summary.html"), out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    private static void writePng(Path file, BufferedImage image) throws IOException {
        AtomicFiles.write(file, out -> ImageIO.write(image, "png", out));
    }

    static String render(ClassSummary s) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Class summary: ")
                .append(escape(s.exam())).append("</title>\n<style>\n")
                .append("body{font-family:'DejaVu Sans',Arial,sans-serif;margin:2em;color:#222}\n")
                .append("table{border-collapse:collapse;margin:1em 0}td,th{border:1px solid #ccc;padding:3px 8px}\n")
                .append("td.n{text-align:right}th{background:#f0f0f0}img{max-width:100%}\n")
                .append("</style>\n</head>\n<body>\n");
        h.append("<h1>Class summary: ").append(escape(s.exam())).append("</h1>\n");
        QuestionStats.Summary t = s.totals();
        h.append("<p>").append(ClassSummary.count(t.n(), "script")).append(" graded, ")
                .append(ClassSummary.count(s.rejected().size(), "file")).append(" rejected. Totals out of ")
                .append(MarkFormat.marks(s.maxTotal())).append(": mean ").append(MarkFormat.marks(t.mean())).append(", sd ")
                .append(MarkFormat.marks(t.sd())).append(", min ").append(MarkFormat.marks(t.min())).append(", max ")
                .append(MarkFormat.marks(t.max())).append(". Totals count graded and blank questions only; ")
                .append(s.manualPending()).append(" answers still wait for manual marks and ")
                .append(s.reviews().stream().filter(r -> !r.questionId().equals(ClassSummary.WHOLE_SCRIPT)).count())
                .append(" for review.</p>\n");
        h.append("<h2>Questions</h2>\n<table>\n<tr><th>question</th><th>marks</th><th>counted</th><th>pending</th><th>mean</th>")
                .append("<th>sd</th><th>min</th><th>max</th><th>full</th><th>partial</th><th>zero</th></tr>\n");
        for (QuestionStats q : s.questions()) {
            h.append("<tr><td>").append(escape(q.id())).append("</td>");
            for (String cell : SummaryPdf.statCells(q).subList(1, 11)) h.append("<td class=\"n\">").append(escape(cell)).append("</td>");
            h.append("</tr>\n");
        }
        h.append("</table>\n");
        h.append("<p>mean, sd (population), min and max over counted marks (graded and blank); pending = in review or marked by hand.</p>\n");
        h.append("<h2>Charts</h2>\n<p><img src=\"").append(FILES_DIR).append("/totals.png\" alt=\"Histogram of totals\"></p>\n")
                .append("<p><img src=\"").append(FILES_DIR).append("/questions.png\" alt=\"Full, partial and zero marks per question\"></p>\n");
        h.append("<h2>To review</h2>\n");
        items(h, s.reviews(), "Nothing to review.");
        h.append("<h2>Not exported to Canvas/Moodle yet</h2>\n");
        items(h, s.notExported(), "All totals exported.");
        h.append("<h2>Rejected files</h2>\n");
        if (s.rejected().isEmpty()) {
            h.append("<p>No file was rejected.</p>\n");
        } else {
            h.append("<table>\n<tr><th>file</th><th>reason</th></tr>\n");
            for (Rejection r : s.rejected()) {
                h.append("<tr><td>").append(escape(r.file().toString())).append("</td><td>").append(escape(r.reason())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
        h.append("</body>\n</html>\n");
        return h.toString();
    }

    private static void items(StringBuilder h, List<ClassSummary.ReviewItem> items, String none) {
        if (items.isEmpty()) {
            h.append("<p>").append(none).append("</p>\n");
            return;
        }
        h.append("<table>\n<tr><th>student</th><th>question</th><th>why</th><th>file</th></tr>\n");
        for (ClassSummary.ReviewItem item : items) {
            h.append("<tr><td>").append(escape(item.studentId())).append("</td><td>").append(escape(item.questionId()))
                    .append("</td><td>").append(escape(item.why())).append("</td><td>").append(escape(item.source())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** Escapes text for HTML element content and quoted attribute values. */
    public static String escape(String text) {
        if (text == null) return "";
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
