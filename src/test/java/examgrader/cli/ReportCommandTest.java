package examgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ocr.Box;
import examgrader.score.Evidence;
import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import examgrader.report.ResultsJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ReportCommandTest {
    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cmd = new CommandLine(new ReportCommand());
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        return cmd.execute(args);
    }

    private Path scannedScript() throws Exception {
        Path pdf = dir.resolve("scans").resolve("18CS10042.pdf");
        Files.createDirectories(pdf.getParent());
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage();
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 14);
                cs.newLineAtOffset(72, 700);
                cs.showText("2b) 0 extra parameters");
                cs.endText();
            }
            doc.save(pdf.toFile());
        }
        return pdf;
    }

    @Test
    void rebuildsReportsFromResultsFiles() throws Exception {
        Path pdf = scannedScript();
        // the line sits at x 72 pt, baseline 700 pt on a 792 pt letter page: 300 px, top ~ (792-714)*300/72 = 325 px
        Mark mark = new Mark("2b", Status.GRADED, 1, 1, "0", "0", 91,
                new Evidence(1, new Box(290, 315, 700, 80), "2b) 0 extra parameters", List.of()), "exact",
                "Dot-product attention adds no parameters.", "", List.of());
        ResultsJson.write(dir.resolve("out/results/18CS10042.json"),
                new ScriptResult("18CS10042", "cs60010-ct3-2021", pdf, "", "", List.of(mark)));
        int code = run("--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.OK, code, err.toString());
        assertTrue(out.toString().contains("Rebuilt reports for 1 scripts"), out.toString());
        assertEquals("student_id,2b,total\n18CS10042,1,1\n", Files.readString(dir.resolve("out/gradebook.csv")));
        try (PDDocument report = Loader.loadPDF(dir.resolve("out/reports/18CS10042.pdf").toFile())) {
            assertEquals(2, report.getNumberOfPages(), "questions and the marked script page rendered from the source PDF");
        }
        assertTrue(Files.isRegularFile(dir.resolve("out/summary.pdf")));
    }

    @Test
    void malformedResultsFileIsOneLineNamingTheFile() throws Exception {
        Path bad = dir.resolve("out/results/18CS10001.json");
        Files.createDirectories(bad.getParent());
        Files.writeString(bad, "{\"student_id\": \"18CS10001\",\n  \"questions\": [\n");
        int code = run("--out", dir.resolve("out").toString());
        assertEquals(ExitCodes.BAD_INPUT, code);
        String message = err.toString().strip();
        assertTrue(message.startsWith("grader report: " + bad), message);
        assertFalse(message.contains("\n"), "one line, no stack trace: " + message);
    }

    @Test
    void missingResultsDirectorySaysWhatToRunFirst() {
        int code = run("--out", dir.resolve("nothing").toString());
        assertEquals(ExitCodes.BAD_INPUT, code);
        assertTrue(err.toString().contains("no such directory (run `grader grade --out"), err.toString());
    }
}
