package examgrader.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ocr.Box;
import examgrader.ocr.Word;
import examgrader.score.Evidence;
import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudentReportPdfTest {
    @TempDir
    Path dir;

    private static Mark mark(String id, Status status, double marks, double max, String answer, Box box, String feedback) {
        Evidence evidence = box == null ? Evidence.NONE : new Evidence(1, box, answer, List.of(new Word(answer, 88, box)));
        return new Mark(id, status, marks, max, answer, "3 × 5", 88, evidence, status == Status.GRADED ? "exact" : status.word(),
                feedback, "rows = hidden size 3, columns = hidden + input = 3 + 2 = 5 ∴ 3 × 5", List.of());
    }

    private ScriptResult scannedScript(Path pdf) throws Exception {
        List<Box> boxes = ScriptPdf.write(pdf, List.of("3a) W_f is 3 x 5", "3b) b_f is 3 x 1", "3c) 4 x (15 + 3) = 60"));
        return new ScriptResult("18CS10042", "cs60010-ct3-2021", pdf, "00", "11", List.of(
                mark("3a", Status.GRADED, 1, 1, "3 × 5", boxes.get(0), "Right: σ gates see h and x."),
                mark("3b", Status.GRADED, 1, 1, "3 × 1", boxes.get(1), "Right."),
                mark("3c", Status.GRADED, 0.5, 1, "60", boxes.get(2), "Biases left out: 0.5 of 1 (f ⊙ c needs b too)."),
                mark("4a", Status.MANUAL, 0, 5, "", null, "Marked by hand.")));
    }

    @Test
    void reportNamesEveryQuestionWithMarksAndFeedback() throws Exception {
        ScriptResult result = scannedScript(dir.resolve("script.pdf"));
        Path report = dir.resolve("report.pdf");
        StudentReportPdf.write(report, result, ScriptPdf.renderer());
        try (PDDocument doc = Loader.loadPDF(report.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            for (String expected : List.of("Question 3a", "1/1", "Right: σ gates see h and x.", "Question 3b", "Question 3c",
                    "0.5/1", "Biases left out: 0.5 of 1 (f ⊙ c needs b too).", "Question 4a", "manual /5", "3 × 5",
                    "∴ 3 × 5", "Total: 2.5 / 8", "5 marks still to be marked")) {
                assertTrue(text.contains(expected), "report lacks \"" + expected + "\":\n" + text);
            }
            assertEquals(2, doc.getNumberOfPages(), "one page of questions and the marked script page");
        }
    }

    @Test
    void markedScriptHasGreenBoxesForFullMarksAndRedForMarksLost() throws Exception {
        ScriptResult result = scannedScript(dir.resolve("script.pdf"));
        Path report = dir.resolve("report.pdf");
        StudentReportPdf.write(report, result, ScriptPdf.renderer());
        try (PDDocument doc = Loader.loadPDF(report.toFile())) {
            BufferedImage marked = new PDFRenderer(doc).renderImageWithDPI(doc.getNumberOfPages() - 1, 72);
            int green = 0, red = 0;
            for (int y = 0; y < marked.getHeight(); y++) {
                for (int x = 0; x < marked.getWidth(); x++) {
                    int rgb = marked.getRGB(x, y), r = rgb >> 16 & 255, g = rgb >> 8 & 255, b = rgb & 255;
                    if (g > 100 && r < 60 && b < 60) green++;
                    if (r > 150 && g < 60 && b < 60) red++;
                }
            }
            assertTrue(green > 50, "green pixels: " + green);
            assertTrue(red > 20, "red pixels: " + red);
        }
    }

    @Test
    void cropShowsTheWritingInsideTheEvidenceBox() throws Exception {
        ScriptResult result = scannedScript(dir.resolve("script.pdf"));
        BufferedImage page = ScriptPdf.renderer().page(result.source(), 1);
        Mark third = result.marks().get(2);
        BufferedImage crop = StudentReportPdf.crop(third, page);
        assertNotNull(crop);
        assertTrue(darkPixels(crop) > 200, "the crop should hold the written line");
        Mark blankArea = new Mark("x", Status.GRADED, 0, 1, "", "", 0,
                new Evidence(1, new Box(1500, 2800, 300, 80), "", List.of()), "", "", "", List.of());
        assertEquals(0, darkPixels(StudentReportPdf.crop(blankArea, page)));
        assertNull(StudentReportPdf.crop(result.marks().get(3), page), "no box, no crop");
    }

    private static int darkPixels(BufferedImage image) {
        int dark = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) if ((image.getRGB(x, y) & 255) < 100) dark++;
        }
        return dark;
    }

    @Test
    void textOnlyScriptShowsWhatWasReadAndNoMarkedCopy() throws Exception {
        Mark read = new Mark("2b", Status.GRADED, 1, 1, "0", "0", 100,
                new Evidence(1, Box.NONE, "2b) no extra parameters: 0", List.of()), "exact", "Right.", "", List.of());
        ScriptResult result = new ScriptResult("18CS10043", "cs60010-ct3-2021", dir.resolve("answers.txt"), "", "", List.of(read));
        Path report = dir.resolve("text.pdf");
        StudentReportPdf.write(report, result, PageImages.NONE);
        try (PDDocument doc = Loader.loadPDF(report.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("2b) no extra parameters: 0"), text);
            assertTrue(text.replaceAll("\\s+", " ").contains("marked copy of the script is left out"), text);
            assertEquals(1, doc.getNumberOfPages());
        }
    }

    @Test
    void manyQuestionsAndLongFeedbackFlowOntoFurtherPages() throws Exception {
        List<Mark> marks = new ArrayList<>();
        String longFeedback = "The depthwise step runs over the 199 × 199 output, not the 200 × 200 input; ".repeat(12);
        for (int i = 1; i <= 30; i++) marks.add(mark("Q" + i, Status.GRADED, 0.5, 1, "3,108,030", null, longFeedback + "end" + i));
        marks.add(mark("Qunbroken", Status.REVIEW, 0, 1, "x".repeat(400), null, "look"));
        ScriptResult result = new ScriptResult("18CS10044", "exam", dir.resolve("none.pdf"), "", "", marks);
        Path report = dir.resolve("long.pdf");
        StudentReportPdf.write(report, result, PageImages.NONE);
        try (PDDocument doc = Loader.loadPDF(report.toFile())) {
            assertTrue(doc.getNumberOfPages() > 5, "pages: " + doc.getNumberOfPages());
            String text = new PDFTextStripper().getText(doc);
            for (int i = 1; i <= 30; i++) assertTrue(text.contains("Question Q" + i + " "), "Q" + i);
            assertTrue(text.contains("end30"), "the last feedback is not cut off");
            assertFalse(text.lines().anyMatch(l -> l.length() > 140), "every line is wrapped");
        }
    }

    @Test
    void charactersTheFontLacksPrintAsQuestionMarksInsteadOfFailing() throws Exception {
        Mark odd = new Mark("1a", Status.GRADED, 0.5, 0.5, "4 \u5B66\u7FD2", "4", 90, Evidence.NONE, "exact",
                "Right\tagain\u0007.", "", List.of());
        ScriptResult result = new ScriptResult("Zoë Ångström", "exam", dir.resolve("x.txt"), "", "", List.of(odd));
        Path report = dir.resolve("odd.pdf");
        StudentReportPdf.write(report, result, PageImages.NONE);
        try (PDDocument doc = Loader.loadPDF(report.toFile())) {
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Answer as read: 4 ??"), text);
            assertTrue(text.contains("Zoë Ångström"), text);
            assertTrue(text.contains("Right again ."), text);
        }
    }
}
