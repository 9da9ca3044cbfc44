package examgrader.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ingest.TestFiles;
import examgrader.ingest.TestFiles.Placed;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Carets are told from asterisks by shape, on glyphs drawn in several fonts and on a page read by Tesseract. */
class CaretCheckTest {
    private static final Path DEJAVU_SANS = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf");
    private static final Path DEJAVU_SERIF = Path.of("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf");
    private static final Path HUMOR_SANS = Path.of("/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf");
    /** Helvetica (null) and the Debian fonts that print is typed in. */
    private static final List<Path> PRINT_FONTS = Arrays.asList(null, DEJAVU_SANS, DEJAVU_SERIF);

    @Test
    void aPrintedCaretIsACaret() throws Exception {
        for (Path font : PRINT_FONTS) {
            assertEquals(CaretCheck.Shape.CARET, shapeOfGlyph("^", font), "^ in " + font);
        }
    }

    @Test
    void noOtherSignIsTakenForACaret() throws Exception {
        for (Path font : Arrays.asList(null, DEJAVU_SANS, DEJAVU_SERIF, HUMOR_SANS)) {
            for (String sign : List.of("*", "%", "A", "v", "x", "n", "7", "+", "=", "-", "(", "'", "°", "o")) {
                if (font == HUMOR_SANS && sign.equals("°")) continue; // the font has no degree sign
                assertNotEquals(CaretCheck.Shape.CARET, shapeOfGlyph(sign, font), sign + " in " + font);
            }
        }
    }

    @Test
    void anAsteriskWithAStrokeThroughItsMiddleIsAnAsterisk() throws Exception {
        assertEquals(CaretCheck.Shape.ASTERISK, shapeOfGlyph("*", DEJAVU_SANS));
        assertEquals(CaretCheck.Shape.ASTERISK, shapeOfGlyph("*", DEJAVU_SERIF));
    }

    @Test
    void aBlankOrFaintBoxHasNoShape() {
        BufferedImage white = new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY);
        for (int y = 0; y < 40; y++) for (int x = 0; x < 40; x++) white.getRaster().setSample(x, y, 0, 250 - (x % 3));
        assertEquals(CaretCheck.Shape.UNKNOWN, CaretCheck.shapeAt(white, new Box(0, 0, 40, 40)));
        assertEquals(CaretCheck.Shape.UNKNOWN, CaretCheck.shapeAt(white, new Box(38, 38, 10, 10)), "a box off the page");
    }

    @Test
    void onAPrintedFormulaTesseractsAsterisksBecomeCaretsAndTheWordIsMarkedChecked() throws Exception {
        BufferedImage page = Preprocessor.clean(TestFiles.renderedLayout(List.of(
                new Placed(72, 700, "1.3 s'(z) = e^(-z)/(1+e^(-z))^2"),
                new Placed(72, 660, "1.4 y = a * b"),
                new Placed(72, 620, "1.5 c = 10^6")), 12, DEJAVU_SANS));
        List<Line> read, checked;
        try (TesseractEngine engine = new TesseractEngine(OcrSettings.DEFAULT)) {
            TesseractEngine.Recognised recognised = engine.recognise(page, 1);
            read = recognised.lines();
            checked = CaretCheck.apply(read, recognised.glyphsByWordBox(), page);
        }
        assertEquals(read.size(), checked.size());
        String before = String.join("\n", read.stream().map(Line::text).toList());
        assertTrue(!before.contains("^"), "Tesseract read a caret after all, the check is moot: " + before);
        String after = String.join("\n", checked.stream().map(Line::text).toList());
        assertTrue(after.contains("e^(-z)/(1+e^(-z))^2"), after);
        assertTrue(after.contains("10^6"), after);
        List<Word> words = new ArrayList<>();
        checked.forEach(l -> words.addAll(l.words()));
        for (Word w : words) {
            if (w.text().contains("^")) assertTrue(w.signsCheckedByShape(), w.toString());
            if (!w.text().matches(".*[*%^].*")) assertNull(w.signsByShape(), w.toString());
        }
        Word times = words.stream().filter(w -> w.text().contains("*")).findFirst().orElseThrow(() -> new AssertionError(after));
        assertTrue(times.signsCheckedByShape(), "a printed asterisk is an asterisk: " + times);
    }

    @Test
    void aWordWithASignOfNoKnownShapeIsLeftAsRead() {
        BufferedImage blank = new BufferedImage(100, 40, BufferedImage.TYPE_BYTE_GRAY);
        Word word = new Word("e*(-z)", 40, new Box(0, 0, 60, 20));
        List<Glyph> glyphs = new ArrayList<>();
        for (int i = 0; i < 6; i++) glyphs.add(new Glyph(String.valueOf("e*(-z)".charAt(i)), 95, new Box(i * 10, 0, 10, 20)));
        List<Line> lines = List.of(new Line(1, "e*(-z)", List.of(word)));
        assertEquals(lines, CaretCheck.apply(lines, Map.of(word.box(), glyphs), blank));
    }

    /** The shape of one sign drawn alone at a 12-point size on a 300-dpi page, judged on its ink's box. */
    private static CaretCheck.Shape shapeOfGlyph(String sign, Path font) throws Exception {
        BufferedImage page = TestFiles.renderedLayout(List.of(new Placed(200, 400, sign)), 12, font);
        return CaretCheck.shapeAt(page, inkBox(page));
    }

    private static Box inkBox(BufferedImage page) {
        int left = Integer.MAX_VALUE, top = Integer.MAX_VALUE, right = -1, bottom = -1;
        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if (page.getRaster().getSample(x, y, 0) >= 128) continue;
                left = Math.min(left, x);
                top = Math.min(top, y);
                right = Math.max(right, x);
                bottom = Math.max(bottom, y);
            }
        }
        return new Box(left, top, right - left + 1, bottom - top + 1);
    }
}
