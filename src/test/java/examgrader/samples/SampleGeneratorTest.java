package examgrader.samples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.score.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SampleGeneratorTest {
    /** Question ids and full marks, typed in from the two marking schemes (exams/*.md). */
    static final Map<String, Double> CT3 = marks(
            "1a.i 0.5 1a.ii 0.5 1a.iii 0.5 1a.iv 0.5 1a.v 0.5 1a.vi 0.5 1b.i 1 1b.ii 1 2a 1 2b 1 3a 1 3b 1 3c 1 "
                    + "4a 5 4b 2 5.total 1 5.dw_shape 1 5.pw_shape 1");
    static final Map<String, Double> WEEK8 = marks(
            "T1.1 1 T1.2 2 T1.3 1 T1.4 1 T1.5 1 T1.6 1 T2.1 1 T2.2 1 T2.3 1 T2.4.params 1 T2.4.mults 1 "
                    + "T2.4.adds 1 T2.5.params 1");
    /** Marked by hand per the schemes; T1.3 is machine-marked since formula answers are supported. */
    static final Set<String> MANUAL = Set.of("2a", "4a", "4b", "T1.1", "T1.2", "T1.4", "T1.5", "T1.6");

    @TempDir
    static Path out;
    static List<ExpectedMark> ct3;
    static List<ExpectedMark> week8;

    @BeforeAll
    static void generateOneStudentPerForm() throws IOException {
        ct3 = SampleGenerator.generate(out.resolve("cs60010-ct3-2021"), "cs60010-ct3-2021", 7, 1, Form.DEFAULTS);
        week8 = SampleGenerator.generate(out.resolve("dl50039-week8"), "dl50039-week8", 7, 1, Form.DEFAULTS);
    }

    private static Map<String, Double> marks(String table) {
        String[] parts = table.split(" ");
        Map<String, Double> map = new LinkedHashMap<>();
        for (int i = 0; i < parts.length; i += 2) {
            map.put(parts[i], Double.parseDouble(parts[i + 1]));
        }
        return map;
    }

    @Test
    void schemeTotalsAreTwentyAndFourteen() {
        assertEquals(20, CT3.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertEquals(14, WEEK8.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-9);
        assertEquals(20, ExamSpec.CT3.totalMarks(), 1e-9);
        assertEquals(14, ExamSpec.WEEK8.totalMarks(), 1e-9);
    }

    @Test
    void everyScriptHasOneRowPerQuestionInSchemeOrder() {
        checkRows(ct3, CT3, "cs60010-ct3-2021");
        checkRows(week8, WEEK8, "dl50039-week8");
    }

    private static void checkRows(List<ExpectedMark> marks, Map<String, Double> scheme, String exam) {
        Map<String, List<ExpectedMark>> byFile = marks.stream()
                .collect(Collectors.groupingBy(ExpectedMark::file, LinkedHashMap::new, Collectors.toList()));
        assertEquals(Set.of("script-01-digital.pdf", "script-01-scan.pdf", "script-01-handwriting.pdf"), byFile.keySet());
        for (List<ExpectedMark> rows : byFile.values()) {
            assertEquals(List.copyOf(scheme.keySet()), rows.stream().map(ExpectedMark::questionId).toList());
            for (ExpectedMark row : rows) {
                double full = scheme.get(row.questionId());
                assertTrue(row.marks() >= 0 && row.marks() <= full, row.toString());
                if (row.status() != Status.GRADED) {
                    assertEquals(0, row.marks(), row.toString());
                }
                if (MANUAL.contains(row.questionId())) {
                    assertTrue(row.status() == Status.MANUAL || row.status() == Status.BLANK, row.toString());
                } else {
                    assertTrue(row.status() == Status.GRADED || row.status() == Status.BLANK, row.toString());
                }
            }
        }
        try (var files = Files.list(out.resolve(exam))) {
            assertEquals(List.of(), files.filter(f -> !f.toString().endsWith(".pdf")).toList(), "scripts only in the folder");
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    @Test
    void studentNumbersFollowTheExamsPatterns() {
        ct3.forEach(m -> assertTrue(m.studentId().matches("\\d{2}[A-Z]{2}\\d{5}"), m.studentId()));
        week8.forEach(m -> assertTrue(m.studentId().matches("\\d{7}"), m.studentId()));
    }

    @Test
    void expectedCsvHasHeaderAndDecimalMarks(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("expected/dl50039-week8.csv");
        SampleGenerator.writeExpected(csv, week8);
        List<String> lines = Files.readAllLines(csv);
        assertEquals("file,student_id,question_id,marks,status", lines.get(0));
        assertEquals(1 + 3 * WEEK8.size(), lines.size());
        Pattern row = Pattern.compile("script-\\d{2}-(digital|scan|handwriting)\\.pdf,\\d{7},T[12]\\.[0-9a-z.]+,"
                + "\\d+\\.\\d{1,6},(graded|blank|manual)");
        lines.subList(1, lines.size()).forEach(line -> assertTrue(row.matcher(line).matches(), line));
    }

    @Test
    void thirdsAreWrittenWithSixDecimals() {
        assertEquals("0.333333", ExpectedMark.decimal(1.0 / 3));
        assertEquals("0.666667", ExpectedMark.decimal(2.0 / 3));
        assertEquals("0.5", ExpectedMark.decimal(0.5));
        assertEquals("1.0", ExpectedMark.decimal(1));
    }

    @Test
    void digitalScriptsHaveATextLayerWithTheStudentNumber() throws IOException {
        for (List<ExpectedMark> marks : List.of(ct3, week8)) {
            ExpectedMark row = marks.stream().filter(m -> m.file().contains("digital")).findFirst().orElseThrow();
            String exam = marks == ct3 ? "cs60010-ct3-2021" : "dl50039-week8";
            try (PDDocument doc = Loader.loadPDF(out.resolve(exam).resolve(row.file()).toFile())) {
                assertTrue(doc.getNumberOfPages() >= 1 && doc.getNumberOfPages() <= 3);
                String text = new PDFTextStripper().getText(doc);
                assertTrue(text.contains(row.studentId()), text);
                assertTrue(!text.contains("\ufb02") && !text.contains("\ufb01"), "no ligature glyphs in the text layer");
            }
        }
    }

    @Test
    void scanAndHandwritingAreImageOnlyAt300Dpi() throws IOException {
        for (String exam : List.of("cs60010-ct3-2021", "dl50039-week8")) {
            for (String form : List.of("scan", "handwriting")) {
                try (PDDocument doc = Loader.loadPDF(out.resolve(exam).resolve("script-01-" + form + ".pdf").toFile())) {
                    assertTrue(doc.getNumberOfPages() >= 1 && doc.getNumberOfPages() <= 3);
                    assertEquals("", new PDFTextStripper().getText(doc).strip(), exam + " " + form + " has no text layer");
                    for (PDPage page : doc.getPages()) {
                        PDImageXObject image = onlyImage(page);
                        assertEquals(page.getMediaBox().getWidth() / 72 * 300, image.getWidth(), 2);
                        assertEquals(page.getMediaBox().getHeight() / 72 * 300, image.getHeight(), 2);
                        assertEquals(8, image.getBitsPerComponent());
                        assertEquals(1, image.getColorSpace().getNumberOfComponents(), "grey");
                    }
                }
            }
        }
    }

    private static PDImageXObject onlyImage(PDPage page) throws IOException {
        List<COSName> names = new java.util.ArrayList<>();
        page.getResources().getXObjectNames().forEach(names::add);
        assertEquals(1, names.size());
        return (PDImageXObject) page.getResources().getXObject(names.get(0));
    }

    @Test
    void optInPhotoIsOneGreyPageAt300DpiAndTranscriptIsMarkdownText(@TempDir Path dir) throws IOException {
        List<ExpectedMark> marks = SampleGenerator.generate(dir.resolve("dl50039-week8"), "dl50039-week8", 11, 1,
                EnumSet.of(Form.PHOTO, Form.TRANSCRIPT));
        assertEquals(Set.of("script-01-photo.png", "script-01-transcript.md"),
                marks.stream().map(ExpectedMark::file).collect(Collectors.toSet()));
        java.awt.image.BufferedImage photo = javax.imageio.ImageIO.read(dir.resolve("dl50039-week8/script-01-photo.png").toFile());
        assertTrue(Set.of(2480, 2550).contains(photo.getWidth()), "A4 or Letter width at 300 dpi: " + photo.getWidth());
        assertTrue(Set.of(3507, 3508, 3299, 3300).contains(photo.getHeight()), "height at 300 dpi: " + photo.getHeight());
        assertEquals(java.awt.image.BufferedImage.TYPE_BYTE_GRAY, photo.getType());
        String transcript = Files.readString(dir.resolve("dl50039-week8/script-01-transcript.md"));
        String student = marks.stream().filter(m -> m.file().endsWith(".md")).findFirst().orElseThrow().studentId();
        assertTrue(transcript.startsWith("# ") && transcript.contains(student), transcript);
    }

    @Test
    void everyScriptOfAClassHasItsOwnStudentNumber(@TempDir Path dir) throws IOException {
        List<ExpectedMark> marks = SampleGenerator.generate(dir, "dl50039-week8", 3, 60, EnumSet.of(Form.DIGITAL));
        assertEquals(60, marks.stream().map(ExpectedMark::studentId).distinct().count());
        assertEquals(60, marks.stream().map(ExpectedMark::file).distinct().count());
    }

    @Test
    void sameSeedGivesSameBytesAndMarks(@TempDir Path again) throws IOException {
        List<ExpectedMark> second = SampleGenerator.generate(again.resolve("cs60010-ct3-2021"), "cs60010-ct3-2021", 7, 1,
                Form.DEFAULTS);
        assertEquals(ct3, second);
        for (String file : List.of("script-01-digital.pdf", "script-01-scan.pdf", "script-01-handwriting.pdf")) {
            assertArrayEquals(Files.readAllBytes(out.resolve("cs60010-ct3-2021").resolve(file)),
                    Files.readAllBytes(again.resolve("cs60010-ct3-2021").resolve(file)), file);
        }
    }

    @Test
    void otherSeedsGiveOtherStudentsStylesAndMistakes(@TempDir Path dir) throws IOException {
        Set<String> texts = new java.util.HashSet<>();
        Set<List<Double>> markVectors = new java.util.HashSet<>();
        for (long seed = 1; seed <= 4; seed++) {
            Path seedDir = dir.resolve("seed" + seed);
            List<ExpectedMark> marks = SampleGenerator.generate(seedDir.resolve("dl50039-week8"), "dl50039-week8", seed, 2,
                    EnumSet.of(Form.DIGITAL));
            markVectors.add(marks.stream().map(ExpectedMark::marks).toList());
            for (String file : List.of("script-01-digital.pdf", "script-02-digital.pdf")) {
                try (PDDocument doc = Loader.loadPDF(seedDir.resolve("dl50039-week8").resolve(file).toFile())) {
                    String text = new PDFTextStripper().getText(doc);
                    texts.add(firstLabelOfTask2(text));
                }
            }
        }
        assertTrue(markVectors.size() >= 3, "mistakes and blanks vary with the seed: " + markVectors.size());
        assertTrue(texts.size() >= 3, "label styles vary with the seed: " + texts);
    }

    private static String firstLabelOfTask2(String text) {
        return text.lines().filter(l -> l.contains("H_out") || l.contains("Output") || l.contains("size"))
                .findFirst().map(l -> l.split(" ")[0]).orElse("?");
    }

    @Test
    void everyNamedMistakeIsDealtWhenThereAreEnoughScripts() {
        for (ExamSpec exam : ExamSpec.values()) {
            List<SampleGenerator.Slot> roster = new java.util.ArrayList<>();
            for (Form form : Form.values()) {
                for (int i = 0; i < 3; i++) {
                    roster.add(new SampleGenerator.Slot(i, form));
                }
            }
            Map<SampleGenerator.Slot, Set<Mistake>> dealt = SampleGenerator.deal(exam, roster, new java.util.Random(5));
            Set<Mistake> all = dealt.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
            assertEquals(Set.copyOf(Mistake.of(exam)), all);
            for (Set<Mistake> held : dealt.values()) {
                long questions = held.stream().mapToLong(m -> m.questions().size()).sum();
                long distinct = held.stream().flatMap(m -> m.questions().stream()).distinct().count();
                assertEquals(questions, distinct, "no two mistakes on one question: " + held);
            }
        }
    }

    @Test
    void aTypedScriptIsPrintedInEveryPdfFormUnderItsOwnStem(@TempDir Path dir) throws IOException {
        Path typed = Files.createDirectories(dir.resolve("typed"));
        Files.writeString(typed.resolve("b-c03_terse-typed.txt"),
                "\uFEFFRoll 21CS9001\n1a)\tReLU\n  2b) out = floor((32-5)/3) + 1 = 10\n\n\n");
        List<TypedScripts.Printed> printed = TypedScripts.print(typed, dir.resolve("out"), 5, Form.DEFAULTS);
        assertEquals(List.of("b-c03_terse-typed-digital.pdf", "b-c03_terse-typed-scan.pdf",
                "b-c03_terse-typed-handwriting.pdf"), printed.stream().map(TypedScripts.Printed::file).toList());
        try (PDDocument doc = Loader.loadPDF(dir.resolve("out/b-c03_terse-typed-digital.pdf").toFile())) {
            assertEquals(1, doc.getNumberOfPages(), "no empty page for the trailing blank lines");
            String text = new PDFTextStripper().getText(doc);
            assertTrue(text.contains("Roll 21CS9001") && text.contains("ReLU") && text.contains("= 10"), text);
            assertTrue(!text.contains("\ufeff") && !text.contains("?"), "no byte-order mark or missing glyph: " + text);
        }
        for (String form : List.of("scan", "handwriting")) {
            try (PDDocument doc = Loader.loadPDF(dir.resolve("out/b-c03_terse-typed-" + form + ".pdf").toFile())) {
                assertEquals("", new PDFTextStripper().getText(doc).strip(), form + " has no text layer");
                PDPage page = doc.getPage(0);
                PDImageXObject image = onlyImage(page);
                assertEquals(page.getMediaBox().getWidth() / 72 * 300, image.getWidth(), 2);
                assertEquals(1, image.getColorSpace().getNumberOfComponents(), "grey");
            }
        }
    }

    @Test
    void typedLinesKeepTheirIndentWithTabsAsSpaces() {
        assertEquals(List.of("1.  ReLU", "        (ii) 0.5"), TypedScripts.lines("1.\tReLU\r\n\t\t(ii) 0.5\r\n\r\n"));
    }

    @Test
    void typedScriptsArePrintedOnlyInPdfForms(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("a.txt"), "1a) ReLU\n");
        assertThrows(IllegalArgumentException.class,
                () -> TypedScripts.print(dir, dir.resolve("out"), 1, EnumSet.of(Form.TRANSCRIPT)));
        Files.writeString(dir.resolve("a.md"), "## 1a\nReLU\n");
        IllegalArgumentException clash = assertThrows(IllegalArgumentException.class,
                () -> TypedScripts.print(dir, dir.resolve("out"), 1, EnumSet.of(Form.DIGITAL)));
        assertTrue(clash.getMessage().contains("a.md") && clash.getMessage().contains("a.txt"), clash.getMessage());
    }

    @Test
    void expectedMarksAreCarriedOverToEveryPrintedCopyWhateverTheColumnOrder(@TempDir Path dir) throws IOException {
        Path csv = dir.resolve("expected.csv");
        Files.writeString(csv, "file,question_id,status,marks\nc2_bikram.txt,1a.i,graded,0.5\n"
                + "c2_bikram.txt,2a,manual,0.0\nc1_ankita.md,1a.i,graded,0.5\n");
        List<TypedScripts.Printed> printed = List.of(
                new TypedScripts.Printed("c2_bikram.txt", "c2_bikram-scan.pdf", Form.SCAN),
                new TypedScripts.Printed("c2_bikram.txt", "c2_bikram-handwriting.pdf", Form.HANDWRITING));
        assertEquals(4, TypedScripts.carryExpected(csv, printed, dir.resolve("expected/ct3.csv")));
        assertEquals(List.of("file,question_id,status,marks", "c2_bikram-scan.pdf,1a.i,graded,0.5",
                "c2_bikram-scan.pdf,2a,manual,0.0", "c2_bikram-handwriting.pdf,1a.i,graded,0.5",
                "c2_bikram-handwriting.pdf,2a,manual,0.0"), Files.readAllLines(dir.resolve("expected/ct3.csv")));
    }

    @Test
    void glyphsAHandwritingFontLacksAreWrittenAsAStudentWouldInAscii() {
        GlyphFallback fallback = new GlyphFallback(new org.apache.pdfbox.pdmodel.font.PDType1Font(
                org.apache.pdfbox.pdmodel.font.Standard14Fonts.FontName.HELVETICA));
        assertEquals("floor((32-5)/3) + 1 = 10, ceil(7/2) => 4, 10^6 W^T h~", fallback.fit(
                "\u230a(32\u22125)/3\u230b + 1 = 10, \u2308" + "7/2\u2309 \u21d2 4, 10\u2076 W\u1d40 h\u0303"));
    }
}
