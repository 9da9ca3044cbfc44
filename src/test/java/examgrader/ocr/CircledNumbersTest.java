package examgrader.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ingest.TestFiles;
import examgrader.ingest.TestFiles.Placed;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Circled item numbers that Tesseract reads as one symbol are read again inside their ring, on pages read by real Tesseract. */
class CircledNumbersTest {
    private static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final String[] ANSWERS = {
        "spatial size = 26 x 28", "so the input can be 52", "number of parameters = 100352",
        "the inner product is largest along U_f", "trainable parameters = 65536", "the max does change"};

    private static List<Line> readAndChecked(List<Placed> items) throws Exception {
        BufferedImage page = Preprocessor.clean(TestFiles.renderedLayout(items, 12, DEJAVU_SANS));
        try (TesseractEngine engine = new TesseractEngine(OcrSettings.DEFAULT);
             CropReader digits = new CropReader(OcrSettings.DEFAULT)) {
            TesseractEngine.Recognised read = engine.recognise(page, 1);
            return CircledNumbers.apply(read.lines(), read.glyphsByWordBox(), page, 1, digits).lines();
        }
    }

    @Test
    void eachCircledNumberIsReadFromInsideItsRing() throws Exception {
        List<Placed> items = new ArrayList<>();
        int[] numbers = {1, 2, 3, 5, 6, 7};
        for (int i = 0; i < numbers.length; i++) {
            items.add(new Placed(72, 700 - 30 * i, (char) ('\u2460' + numbers[i] - 1) + " " + ANSWERS[i]));
        }
        items.add(new Placed(72, 480, "Name: A. Student, roll 1002003, week 8 homework"));
        List<Line> lines = readAndChecked(items);
        List<String> starts = new ArrayList<>();
        for (Line l : lines) {
            if (l.text().contains("Name")) continue;
            starts.add(l.text().substring(0, 1));
        }
        assertEquals(List.of("①", "②", "③", "⑤", "⑥", "⑦"), starts, String.join("\n", lines.stream().map(Line::text).toList()));
    }

    @Test
    void aPageReadAtItsReadingSizeHasItsRingsJudgedAtFullSize(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        List<Placed> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) items.add(new Placed(72, 700 - 36 * i, (char) ('\u2460' + i) + " " + ANSWERS[i]));
        BufferedImage page = TestFiles.renderedLayout(items, 16, DEJAVU_SANS);
        assertTrue(TextSize.scaleFor(Preprocessor.clean(page), TextSize.TARGET_CAP_HEIGHT) < 0.9, "the page is read scaled down");
        try (TesseractEngine engine = new TesseractEngine(OcrSettings.DEFAULT);
             CropReader digits = new CropReader(OcrSettings.DEFAULT)) {
            PageText text = new PageReader(new OcrCache(dir), "test").read(new examgrader.ingest.Page(Path.of("p.png"), 1, null, page),
                    examgrader.ingest.FileKind.IMAGE, () -> engine, () -> digits);
            List<String> starts = text.lines().stream().map(l -> l.text().substring(0, 1)).toList();
            assertEquals(List.of("①", "②", "③", "④", "⑤"), starts, String.join("\n", text.lines().stream().map(Line::text).toList()));
        }
    }

    @Test
    void anAtSignOrALetterOIsNoRing() throws Exception {
        List<Placed> items = new ArrayList<>();
        for (int i = 0; i < 5; i++) items.add(new Placed(72, 700 - 30 * i, "@ home the score is " + ANSWERS[i]));
        List<Line> lines = readAndChecked(items);
        for (Line l : lines) assertTrue(!l.text().matches("^[\\u2460-\\u2473].*"), l.text());
    }

    @Test
    void aPageWithAMarkerThatCannotBeReadIsLeftAsRead() throws Exception {
        List<Placed> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) items.add(new Placed(72, 700 - 30 * i, (char) ('\u2460' + i) + " " + ANSWERS[i]));
        items.add(new Placed(72, 610, "@ home the score is " + ANSWERS[3]));
        items.add(new Placed(72, 580, "Name: A. Student, roll 1002003, week 8 homework"));
        List<Line> lines = readAndChecked(items);
        for (Line l : lines) assertTrue(!l.text().matches("^[\\u2460-\\u2473].*"), l.text());
    }

    @Test
    void aBlockWithAMarkerThatCannotBeReadIsLeftAsReadAndTheNextBlockKeepsItsNumbers() throws Exception {
        List<Placed> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) items.add(new Placed(72, 700 - 30 * i, (char) ('\u2460' + i) + " " + ANSWERS[i]));
        items.add(new Placed(72, 610, "@ home the score is " + ANSWERS[3]));
        items.add(new Placed(72, 570, "Task 2."));
        for (int i = 0; i < 2; i++) items.add(new Placed(72, 540 - 30 * i, (char) ('\u2460' + i) + " " + ANSWERS[4 + i]));
        List<Line> lines = readAndChecked(items);
        List<String> starts = lines.stream().map(l -> l.text().substring(0, 1)).toList();
        assertEquals(7, starts.size(), String.join("\n", lines.stream().map(Line::text).toList()));
        for (int i = 0; i < 4; i++) assertTrue(!starts.get(i).matches("[\\u2460-\\u2473]"), lines.get(i).text());
        assertEquals(List.of("①", "②"), starts.subList(5, 7), String.join("\n", lines.stream().map(Line::text).toList()));
    }

    @Test
    void aCircledNumberTesseractDroppedIsFoundInItsColumnAndTheContinuationLineIsLeftAlone() throws Exception {
        List<Placed> items = new ArrayList<>();
        for (int i = 0; i < 3; i++) items.add(new Placed(72, 700 - 60 * i, (char) ('\u2460' + i) + " " + ANSWERS[i]));
        items.add(new Placed(90, 670, "which goes on under the first item"));
        items.add(new Placed(72, 500, "Name: A. Student, roll 1002003, week 8 homework"));
        BufferedImage page = Preprocessor.clean(TestFiles.renderedLayout(items, 12, DEJAVU_SANS));
        CircledNumbers.Checked checked;
        try (TesseractEngine engine = new TesseractEngine(OcrSettings.DEFAULT);
             CropReader digits = new CropReader(OcrSettings.DEFAULT)) {
            TesseractEngine.Recognised read = engine.recognise(page, 1);
            List<Line> dropped = new ArrayList<>();
            for (Line l : read.lines()) {
                boolean second = l.text().contains("input can be");
                dropped.add(second ? Line.ofWords(l.page(), l.words().subList(1, l.words().size())) : l);
            }
            assertTrue(dropped.stream().anyMatch(l -> l.text().startsWith("so the input")), "the marker was not dropped: " + dropped);
            checked = CircledNumbers.apply(dropped, read.glyphsByWordBox(), page, 1, digits);
        }
        assertTrue(checked.droppedMarkersSought());
        String text = String.join("\n", checked.lines().stream().map(Line::text).toList());
        assertTrue(text.contains("② so the input can be 52"), text);
        assertTrue(text.contains("\nwhich goes on under the first item"), text);
        assertTrue(text.contains("① spatial") && text.contains("③ number"), text);
    }

    @Test
    void blocksStartWhereTheNumbersReadGoBack() {
        Optional<Integer> unread = Optional.empty();
        List<Optional<Integer>> numbers = java.util.Arrays.asList(
                Optional.of(1), null, Optional.of(2), unread, Optional.of(4), null,
                Optional.of(1), Optional.of(2), null, Optional.of(3),
                Optional.of(2), unread);
        boolean[] whole = CircledNumbers.blocksReadWhole(numbers);
        for (int i : new int[] {0, 2, 3, 4}) assertTrue(!whole[i], "first block has a marker not read: line " + i);
        for (int i : new int[] {6, 7, 9}) assertTrue(whole[i], "second block read whole: line " + i);
        for (int i : new int[] {10, 11}) assertTrue(!whole[i], "an unread marker belongs to the block before it: line " + i);
    }

    @Test
    void aRingBrokenByTheScanIsClosedToFindItsInside() {
        BufferedImage page = TestFiles.white(80, 80);
        java.awt.Graphics2D g = page.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.setStroke(new java.awt.BasicStroke(2));
        for (int arc = 0; arc < 360; arc += 60) g.drawArc(20, 20, 40, 40, arc, 50);
        g.fillRect(38, 30, 4, 20);
        g.dispose();
        Optional<BufferedImage> inside = CircledNumbers.insideOfRing(page, new Box(20, 20, 41, 41));
        assertTrue(inside.isPresent(), "a ring with six small gaps");
        int ink = 0;
        for (int y = 0; y < inside.get().getHeight(); y++) {
            for (int x = 0; x < inside.get().getWidth(); x++) if (inside.get().getRaster().getSample(x, y, 0) < 128) ink++;
        }
        assertEquals(80, ink, "only the bar inside the ring is kept");
    }

    @Test
    void aRingWithNothingInsideOrAFlatCropReadsNothing() throws Exception {
        BufferedImage blank = new BufferedImage(60, 60, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 60; y++) for (int x = 0; x < 60; x++) blank.getRaster().setSample(x, y, 0, 255);
        assertEquals(Optional.empty(), CircledNumbers.insideOfRing(blank, new Box(10, 10, 40, 40)));
        java.awt.Graphics2D g = blank.createGraphics();
        g.setColor(java.awt.Color.BLACK);
        g.setStroke(new java.awt.BasicStroke(3));
        g.drawOval(12, 12, 36, 36);
        g.dispose();
        assertEquals(Optional.empty(), CircledNumbers.insideOfRing(blank, new Box(10, 10, 40, 40)), "an empty ring");
    }
}
