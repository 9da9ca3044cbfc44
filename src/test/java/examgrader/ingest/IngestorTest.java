package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Good files of each kind become the right pages: text where there is text, 300-dpi grey images otherwise. */
class IngestorTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    @Test
    void bornDigitalPdfPageIsReadFromItsTextLayer() throws Exception {
        Path pdf = TestFiles.textPdf(dir.resolve("typed.pdf"), List.of("1. (a) i) f_t = 4", "= 3,088,878"));
        ScriptSource source = ingestor.open(pdf);
        Page page = source.page(1);
        assertEquals(1, source.pageCount());
        assertNull(page.image());
        assertTrue(page.textLayer().contains("1. (a) i) f_t = 4"), page.textLayer());
        assertTrue(page.textLayer().contains("= 3,088,878"), page.textLayer());
        assertEquals(64, source.sha256().length());
    }

    @Test
    void aMarkdownTablePrintedToPdfIsReadAsItsRowsWithARowThePageWrappedJoinedUp() throws Exception {
        Path pdf = TestFiles.textPdf(dir.resolve("table.pdf"), List.of("| Task | Q | My answer |", "|---|---|---|",
                "| 2 | 1 | 26 x 28 |", "| 2 | 4 | 100,352 parameters; 2,508,800", "     multiplications |"));
        String text = ingestor.open(pdf).page(1).textLayer();
        assertFalse(text.contains("|"), text);
        assertTrue(text.lines().anyMatch(l -> l.contains("26 x 28") && l.startsWith("2")), text);
        assertTrue(text.lines().anyMatch(l -> l.contains("2,508,800") && l.contains("multiplications")), text);
    }

    @Test
    void bornDigitalWordsComeWithTheBoxTheyArePrintedIn() throws Exception {
        Path pdf = TestFiles.textPdf(dir.resolve("typed.pdf"), List.of("1. (a) i) f_t = 4", "= 3,088,878"));
        Page page = ingestor.open(pdf).page(1);
        PlacedWord total = page.placedWords().stream().filter(w -> w.text().equals("3,088,878")).findFirst().orElseThrow();
        BufferedImage rendered;
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            rendered = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 300,
                    org.apache.pdfbox.rendering.ImageType.GRAY);
        }
        long inkInside = 0, inkBelow = 0;
        for (int y = total.y(); y < total.y() + total.height(); y++) {
            for (int x = total.x(); x < total.x() + total.width(); x++) if ((rendered.getRGB(x, y) & 0xff) < 128) inkInside++;
        }
        for (int y = total.y() + total.height() + 60; y < total.y() + 2 * total.height() + 60; y++) {
            for (int x = total.x(); x < total.x() + total.width(); x++) if ((rendered.getRGB(x, y) & 0xff) < 128) inkBelow++;
        }
        assertTrue(inkInside > 300, "the box holds the printed number: " + inkInside + " dark pixels in " + total);
        assertEquals(0, inkBelow, "and the page below it is blank");
        assertEquals(List.of("1.", "(a)", "i)", "f_t", "=", "4", "=", "3,088,878"),
                page.placedWords().stream().map(PlacedWord::text).toList());
    }

    @Test
    void aTurnedBornDigitalPageKeepsItsTextButNoBoxes() throws Exception {
        Path pdf = TestFiles.textPdf(dir.resolve("turned.pdf"), List.of("1. (a) i) f_t = 4"));
        try (PDDocument doc = org.apache.pdfbox.Loader.loadPDF(pdf.toFile())) {
            doc.getPage(0).setRotation(90);
            doc.save(pdf.toFile());
        }
        Page page = ingestor.open(pdf).page(1);
        assertTrue(page.textLayer().contains("f_t = 4"), page.textLayer());
        assertTrue(page.placedWords().isEmpty(), "boxes measured upright would miss the turned rendering");
    }

    @Test
    void typedHeaderOverPenStrokesIsRenderedSoTheHandwritingIsNotLost() throws Exception {
        Path pdf = dir.resolve("tablet.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            doc.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(doc, page)) {
                content.beginText();
                content.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                content.newLineAtOffset(72, 740);
                content.showText("Name: A. Student   Roll no: 21CS0001");
                content.endText();
                content.moveTo(100, 600);
                for (int i = 0; i < 2000; i++) content.lineTo(100 + i % 300, 600 - (i * 7) % 40);
                content.stroke();
            }
            doc.save(pdf.toFile());
        }
        assertTrue(ingestor.open(pdf).page(1).needsOcr());
    }

    @Test
    void shortTypedPageIsStillText() throws Exception {
        Path pdf = TestFiles.textPdf(dir.resolve("short.pdf"), List.of("36"));
        assertEquals("36", ingestor.open(pdf).page(1).textLayer().strip());
    }

    @Test
    void scannedPdfPageIsRenderedGreyAt300Dpi() throws Exception {
        BufferedImage scan = TestFiles.renderedPage(List.of("2. (b) 36"));
        // scannedPdf makes the page the image's size at 300 dpi: here US letter, 8.5 × 11 in.
        Path pdf = TestFiles.scannedPdf(dir.resolve("scan.pdf"), List.of(scan, scan));
        ScriptSource source = ingestor.open(pdf);
        assertEquals(2, source.pageCount());
        Page page = source.page(2);
        assertTrue(page.needsOcr());
        assertNull(page.textLayer());
        // US letter is 8.5 × 11 in: 2550 × 3300 px at 300 dpi (PDFBox may round a pixel down).
        assertEquals(2550, page.image().getWidth(), 1);
        assertEquals(3300, page.image().getHeight(), 1);
        assertEquals(BufferedImage.TYPE_BYTE_GRAY, page.image().getType());
        assertEquals(2, page.number());
    }

    @Test
    void multiPageTiffGivesOnePagePerImage() throws Exception {
        BufferedImage first = TestFiles.renderedPage(List.of("page one"));
        BufferedImage second = TestFiles.renderedPage(List.of("page two"));
        Path tiff = dir.resolve("photos.tiff");
        ImageWriter writer = ImageIO.getImageWritersByFormatName("tiff").next();
        try (ImageOutputStream out = ImageIO.createImageOutputStream(tiff.toFile())) {
            writer.setOutput(out);
            writer.prepareWriteSequence(null);
            writer.writeToSequence(new IIOImage(first, null, null), null);
            writer.writeToSequence(new IIOImage(second, null, null), null);
            writer.endWriteSequence();
        }
        writer.dispose();
        ScriptSource source = ingestor.open(tiff);
        assertEquals(2, source.pageCount());
        assertEquals(first.getWidth(), source.page(2).image().getWidth());
    }

    @Test
    void pngIsOnePageImage() throws Exception {
        Path png = TestFiles.png(dir.resolve("photo.png"), TestFiles.renderedPage(List.of("3. 0.6044")));
        Page page = ingestor.open(png).page(1);
        assertTrue(page.needsOcr());
        assertEquals(TestFiles.renderedPage(List.of("x")).getHeight(), page.image().getHeight());
    }

    @Test
    void transcriptionIsKeptVerbatimAndFormFeedsSplitPages() throws Exception {
        String first = "1. (a) i) $f_t = 4$\n\nii) $i_t = 5$\n";
        String second = "3. $W_F = 3 \\times 2$\n";
        Path txt = Files.writeString(dir.resolve("answers.txt"), "\uFEFF" + first + "\f" + second);
        ScriptSource source = ingestor.open(txt);
        assertEquals(FileKind.TRANSCRIPTION, source.kind());
        assertEquals(2, source.pageCount());
        assertEquals(first, source.page(1).textLayer());
        assertEquals(second, source.page(2).textLayer());
    }

    @Test
    void aMarkdownTablesRowsBecomeLinesThatNameTheirValue() throws Exception {
        String table = "1. (a)\n\n| variable | position |\n|---|:---:|\n| $f_t$ | 4 |\n| $i_t$ | 5 |\n\n(b) $C_t = 0.7$\n";
        Path md = Files.writeString(dir.resolve("table.md"), table);
        assertEquals("1. (a)\n\nvariable: position\n$f_t$: 4\n$i_t$: 5\n\n(b) $C_t = 0.7$\n",
                ingestor.open(md).page(1).textLayer());
    }

    @Test
    void tableCellsAreKeptApartSoNeighbouringNumbersDoNotJoin() throws Exception {
        Path md = Files.writeString(dir.resolve("table.md"), "gate | rows | columns\n--- | --- | ---\n"
                + "$\\|W_f\\|$ | 3 | 5\nf 1 | 568 |\n");
        assertEquals("gate: rows, columns\n$|W_f|$: 3, 5\nf 1: 568\n", ingestor.open(md).page(1).textLayer());
    }

    @Test
    void anAnswerColumnAfterAWorkingColumnIsWhatTheWorkingGives() throws Exception {
        Path md = Files.writeString(dir.resolve("table.md"), "| Q | Working | Final answer |\n|---|---|---|\n"
                + "| 3 | 6·6·10 | 360 |\n| 4 | no working | |\n| 5 | | 12 |\n");
        assertEquals("Q: Working, Final answer\n3: 6·6·10 ∴ 360\n4: no working\n5: 12\n", ingestor.open(md).page(1).textLayer());
    }

    @Test
    void anAnswerColumnBeforeAWorkingColumnIsStillWhatTheWorkingGives() throws Exception {
        Path md = Files.writeString(dir.resolve("table.md"), "| question | answer | working |\n|---|---|---|\n"
                + "| 2.4 parameters | 100,352 | 7·7·32·64 |\n| 1.2 | see below | |\n");
        assertEquals("question: answer, working\n2.4 parameters: 7·7·32·64 ∴ 100,352\n1.2: see below\n",
                ingestor.open(md).page(1).textLayer());
    }

    @Test
    void anAsciiTableFramedByPlusRulesIsReadAsATable() throws Exception {
        Path txt = Files.writeString(dir.resolve("table.txt"), "2.4 out 5x5\n"
                + "     +------------+-----------+-------+\n     | quantity   | formula   | value |\n"
                + "     +------------+-----------+-------+\n     | params     | 7*7*32*64 | 100352 |\n"
                + "     | additions  | 5*5*64*(7*7*32 - 1) | 2507200 |\n     +------------+-----------+-------+\n\n2.5 65536\n");
        assertEquals("2.4 out 5x5\nquantity: formula, value\nparams: 7*7*32*64 ∴ 100352\n"
                + "additions: 5*5*64*(7*7*32 - 1) ∴ 2507200\n\n2.5 65536\n", ingestor.open(txt).page(1).textLayer());
    }

    @Test
    void aGridTableRowOverSeveralLinesIsReadAsOneRow() throws Exception {
        Path txt = Files.writeString(dir.resolve("grid.txt"), "+------+---------------------------+------------+\n"
                + "| Q    | Working                   | Answer     |\n+------+---------------------------+------------+\n"
                + "| T2.4 | 5 x 5 x 64 outputs,       | 2.5088E+06 |\n| mult | 1568 mults each           |            |\n"
                + "+------+---------------------------+------------+\n| T2.5 | 512*128                   | 65536      |\n"
                + "|      | 1 x 1 kernels             |            |\n+------+---------------------------+------------+\n");
        assertEquals("Q: Working, Answer\nT2.4 mult: 5 x 5 x 64 outputs, 1568 mults each ∴ 2.5088E+06\nT2.5: 512*128; 1 x 1 kernels ∴ 65536",
                ingestor.open(txt).page(1).textLayer().strip());
    }

    @Test
    void aTableWhoseRulesPartGroupsOfOneLineRowsKeepsOneRowPerLine() throws Exception {
        Path txt = Files.writeString(dir.resolve("groups.txt"), "+------+--------+\n| Item | Answer |\n+------+--------+\n"
                + "| 2.1  | (27, 29) |\n| 2.2  | (31, 30) |\n+------+--------+\n| 2.4  | 100,352 |\n+------+--------+\n");
        assertEquals("Item: Answer\n2.1: (27, 29)\n2.2: (31, 30)\n2.4: 100,352", ingestor.open(txt).page(1).textLayer().strip());
    }

    @Test
    void aTableWhoseFirstColumnsAreTheLabelsLevelsGivesOneLabelledLinePerRow() throws Exception {
        Path md = Files.writeString(dir.resolve("table.md"), "| Task | Q | My answer |\n|---|---|---|\n"
                + "| 1 | 3 | σ'(z) = σ(1 − σ) |\n| 2 | 4 | 100,352 parameters | 2,508,800 |\n| **2** | (b) | 0 |\n");
        assertEquals("1.3 σ'(z) = σ(1 − σ)\n2.4 100,352 parameters, 2,508,800\n2.b 0\n", ingestor.open(md).page(1).textLayer());
    }

    @Test
    void aTableIsLabelledByItsColumnsOnlyWhenEveryRowsLabelCellsAreBareLabels() throws Exception {
        Path md = Files.writeString(dir.resolve("table.md"), "| Task | Q | Answer |\n|---|---|---|\n"
                + "| 1 | 1 | No |\n| 1 | see below | 4 |\n");
        assertEquals("Task: Q, Answer\n1: 1, No\n1: see below, 4\n", ingestor.open(md).page(1).textLayer());
    }

    @Test
    void aCsvExportWithLabelColumnsGivesOneLabelledLinePerRowWithTheAnswerAfterItsWorking() throws Exception {
        Path txt = Files.writeString(dir.resolve("sheet.txt"), "student_id,1004417\ntask,item,answer,working\n"
                + "1,3,\"sigmoid(z)*(1 - sigmoid(z))\",\"quotient rule\"\n1,4,,\n2,1,\"(28, 26)\",\"W: 28; H: 26\"\n"
                + "2,5,65536,\"512*128, no \"\"bias\"\"\"\n\nDone, thanks\n");
        assertEquals("student_id,1004417\n1.3 quotient rule ∴ sigmoid(z)*(1 - sigmoid(z))\n1.4 \n"
                + "2.1 W: 28; H: 26 ∴ (28, 26)\n2.5 512*128, no \"bias\" ∴ 65536\n\nDone, thanks\n",
                ingestor.open(txt).page(1).textLayer());
    }

    @Test
    void aCsvSubRowIsTheQuantityTheSheetSaysItIsElseASubLabel() throws Exception {
        String rows = "task,item,answer,working\n2,4a,100352,7*7*32*64\n2,4b,2508800,\n";
        Path named = Files.writeString(dir.resolve("named.txt"), "# 4a = parameters, 4b = multiplications\n" + rows);
        assertEquals("# 4a = parameters, 4b = multiplications\n2.4 parameters: 7*7*32*64 ∴ 100352\n2.4 multiplications: 2508800\n",
                ingestor.open(named).page(1).textLayer());
        Path unnamed = Files.writeString(dir.resolve("unnamed.txt"), rows);
        assertEquals("2.4(a) 7*7*32*64 ∴ 100352\n2.4(b) 2508800\n", ingestor.open(unnamed).page(1).textLayer());
    }

    @Test
    void proseWithCommasOrARowWithoutAHeaderOfColumnNamesIsNoCsvTable() throws Exception {
        String text = "Task, item, answer, working\n1, 3, 4, 5\n2,1,(26 28),ok\ntask,item,answer\n\n2,1,26\n";
        Path txt = Files.writeString(dir.resolve("prose.txt"), text);
        assertEquals(text, ingestor.open(txt).page(1).textLayer());
    }

    @Test
    void aLatexListsItemsAreNumberedAsTheyAreTypeset() throws Exception {
        String tex = "\\begin{document}\n\\section*{Question 1}\n\\subsection*{(a)}\n\\begin{enumerate}[label=\\roman*.]\n"
                + "  \\item $f_t$: 4\n  \\item $i_t$: 5 % was 6\n\\end{enumerate}\n\\section*{Question 3}\n"
                + "\\begin{enumerate}[label=(\\alph*)]\n  \\item $3 \\times 5$\n  \\item[(c)] 72\n\\end{enumerate}\n"
                + "\\begin{enumerate}\n\\item \\begin{itemize}\n\\item params: 6\n\\end{itemize}\n\\item\n"
                + "\\begin{enumerate}\n\\item 7\n\\end{enumerate}\n\\end{enumerate}\n\\end{document}\n";
        Path file = Files.writeString(dir.resolve("script.txt"), tex);
        assertEquals("\\begin{document}\nQuestion 1\n(a)\n\n  i. $f_t$: 4\n  ii. $i_t$: 5\n\nQuestion 3\n\n"
                + "  (a) $3 \\times 5$\n  \\item[(c)] 72\n\n\n1.\n- params: 6\n\n2.\n\n(a) 7\n\n\n\\end{document}\n",
                ingestor.open(file).page(1).textLayer());
    }

    @Test
    void aLatexListWhoseNumberingCannotBeToldKeepsItsItems() throws Exception {
        Path file = Files.writeString(dir.resolve("script.txt"),
                "\\begin{enumerate}[resume]\n\\item 7\n\\end{enumerate}\n50% of it\n");
        assertEquals("\n\\item 7\n\n50% of it\n", ingestor.open(file).page(1).textLayer());
    }

    @Test
    void barsWithoutARuleRowUnderThemAreNoTable() throws Exception {
        String text = "|x| = 3\n| a | b |\n---\n";
        Path md = Files.writeString(dir.resolve("bars.md"), text);
        assertEquals(text, ingestor.open(md).page(1).textLayer());
    }

    @Test
    void sha256IsOfTheFileBytes() throws IOException, IngestException {
        Path txt = Files.writeString(dir.resolve("abc.md"), "abc");
        // SHA-256("abc") from FIPS 180-2, appendix B.1.
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", ingestor.open(txt).sha256());
    }
}
