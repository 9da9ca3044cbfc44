package examgrader.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ingest.TestFiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Numbers inside doubtful words get their own confidence only on print, only when both reads agree. */
class NumberCheckTest {
    private static final Path HANDWRITING_FONT = Path.of("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf");
    private static final List<String> ANSWERS = List.of(
            "1(a)(i) f_t = 4  (ii) i_t = 5  (iii) o_t = 8  (iv) C_t = 3",
            "1(b)(i) C_t = [1, 0.5, 0] * [0.2, 0.4, 0.8] + [1, 0, 0.5] * [0.5, 0, 0.1]",
            "  so C_t = [0.7, 0.2, 0.05]",
            "3(a) W_f : 3 x 2,  (b) b_f : 3",
            "3(c) 4 gates, each W (3 x 2) and b (3)",
            "  Total = 4 x (6 + 3) = 4 x 9 = 36",
            "5 H = (200 + 2x1 - 4)/1 + 1 = 199",
            "  depthwise mults = 4 x 4 x 199 x 199 x 3 = 1900848",
            "  Total multiplications = 1900848 + 1188030 = 3088878");

    @Test
    void checkedDigitsDoNotVouchForANumberWhoseSuperscriptWasLost() {
        assertEquals(98, new Word("65,536", 61, Box.NONE, 98.0).valueConfidence());
        assertEquals(61, new Word("2?°,", 61, Box.NONE, 98.0).valueConfidence(), "2¹⁶ read as 2?°: the 2 is sure, the number is not");
    }

    @Test
    void aReReadWithTheSameDigitsAgrees() {
        assertTrue(NumberCheck.sameNumber("4", "4"));
        assertTrue(NumberCheck.sameNumber("0.05", "0.05,"));
        assertTrue(NumberCheck.sameNumber("4", "-4"), "an = beside the digit, read as a minus");
        assertTrue(NumberCheck.sameNumber("-2,507,200", "-2,507,200"));
    }

    @Test
    void aReReadWithAnyOtherDigitOrSignDisagrees() {
        assertFalse(NumberCheck.sameNumber("4", "14"));
        assertFalse(NumberCheck.sameNumber("0.05", "0.5"));
        assertFalse(NumberCheck.sameNumber("-3", "3"));
        assertFalse(NumberCheck.sameNumber("199", ""));
    }

    @Test
    void aPageIsPrintLikeWhenMostOfItsWordsWereReadSurely() {
        assertTrue(NumberCheck.isPrintLike(page(12, 95, 8, 40)));
        assertFalse(NumberCheck.isPrintLike(page(6, 95, 14, 40)));
        assertFalse(NumberCheck.isPrintLike(page(5, 99, 0, 0)), "five words say nothing about a page");
    }

    @Test
    void aSurelyReadPageOfAScriptThatIsNotPrintKeepsNoNumberConfidence() {
        // page 1 handwriting-like (few sure words), page 2 short and sure, with a checked number
        List<Word> unsure = new ArrayList<>(Collections.nCopies(30, new Word("w0rd", 40, new Box(0, 0, 10, 10))));
        unsure.addAll(Collections.nCopies(5, new Word("word", 95, new Box(0, 0, 10, 10))));
        List<Word> sure = new ArrayList<>(Collections.nCopies(11, new Word("word", 95, new Box(0, 0, 10, 10))));
        sure.add(new Word("ft=4", 40, new Box(5, 5, 40, 20), 99.0));
        PageText one = new PageText(1, "tesseract test", "0".repeat(64), List.of(new Line(1, "", unsure)));
        PageText two = new PageText(2, "tesseract test", "1".repeat(64), List.of(new Line(2, "", sure)));
        ScriptText handwritten = new ScriptText(Path.of("h.pdf"), "2".repeat(64), List.of(one, two));
        ScriptText kept = NumberCheck.keptOnlyForPrint(handwritten);
        kept.lines().stream().flatMap(l -> l.words().stream()).forEach(w -> assertNull(w.numberConfidence(), w.toString()));
        ScriptText printed = new ScriptText(Path.of("p.pdf"), "3".repeat(64), List.of(two));
        assertEquals(99.0, NumberCheck.keptOnlyForPrint(printed).lines().get(0).words().get(11).numberConfidence());
    }

    @Test
    void onAPrintedPageTheDigitsOfDoubtfulWordsAreTrustedOnlyAsRead() throws Exception {
        BufferedImage cleaned = Preprocessor.clean(TestFiles.renderedPage(ANSWERS));
        List<Line> checked = checkedLines(cleaned);
        Set<String> written = numbersIn(String.join(" ", ANSWERS));
        List<Word> lifted = checked.stream().flatMap(l -> l.words().stream())
                .filter(w -> w.numberConfidence() != null).toList();
        for (Word w : lifted) {
            assertTrue(w.confidence() < DigitRecheck.RECHECK_BELOW, "only doubtful words are checked: " + w);
            assertTrue(w.numberConfidence() >= NumberCheck.MIN_GLYPH_CONFIDENCE, w.toString());
            for (String n : numbersIn(w.text())) assertTrue(written.contains(n), "a number that is not on the page was trusted: " + w);
        }
        assertFalse(lifted.isEmpty(), "no doubtful word had its numbers checked; words were " + checked);
    }

    @Test
    void onAHandwrittenPageNoNumberGetsItsOwnConfidence() throws Exception {
        if (!Files.isRegularFile(HANDWRITING_FONT)) throw new IllegalStateException("install fonts-dkg-handwriting");
        List<TestFiles.Placed> items = new ArrayList<>();
        for (int i = 0; i < ANSWERS.size(); i++) items.add(new TestFiles.Placed(60, 720 - 30 * i, ANSWERS.get(i)));
        BufferedImage cleaned = Preprocessor.clean(TestFiles.renderedLayout(items, 13, HANDWRITING_FONT));
        List<Line> checked = checkedLines(cleaned);
        assertFalse(NumberCheck.isPrintLike(checked), "a handwriting page was taken for print");
        checked.stream().flatMap(l -> l.words().stream()).forEach(w -> assertNull(w.numberConfidence(), w.toString()));
    }

    private static List<Line> checkedLines(BufferedImage cleaned) throws Exception {
        try (TesseractEngine engine = new TesseractEngine(OcrSettings.DEFAULT);
             CropReader reader = new CropReader(OcrSettings.DEFAULT)) {
            TesseractEngine.Recognised read = engine.recognise(cleaned, 1);
            List<Line> checked = NumberCheck.apply(read.lines(), read.glyphsByWordBox(), cleaned, reader);
            assertEquals(read.lines().size(), checked.size());
            return checked;
        }
    }

    private static Set<String> numbersIn(String text) {
        Matcher m = Pattern.compile("-?\\d(?:[.,]?\\d)*").matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) found.add(m.group());
        return found.stream().collect(Collectors.toSet());
    }

    /** One line of words: {@code sure} at confidence {@code high}, {@code unsure} at {@code low}. */
    private static List<Line> page(int sure, double high, int unsure, double low) {
        List<Word> words = new ArrayList<>();
        words.addAll(Collections.nCopies(sure, new Word("word", high, new Box(0, 0, 10, 10))));
        words.addAll(Collections.nCopies(unsure, new Word("w0rd", low, new Box(0, 0, 10, 10))));
        return List.of(new Line(1, "", words));
    }

    /** Glyphs for {@code text}: digits at {@code digits}, every other character at {@code others}. */
    private static List<Glyph> glyphs(String text, double digits, double others) {
        return text.chars().mapToObj(c -> new Glyph(String.valueOf((char) c), Character.isDigit(c) ? digits : others,
                new Box(0, 0, 5, 5))).toList();
    }

    @Test
    void aLabelOrNameGluedToANumberDoesNotCountAgainstItsDigits() {
        assertEquals(99.0, NumberCheck.valueSignsBetweenDigits("Q.1a)i)ft:4", glyphs("Q.1a)i)ft:4", 99, 30)));
        assertEquals(99.0, NumberCheck.valueSignsBetweenDigits("C_{t-1}:1", glyphs("C_{t-1}:1", 99, 30)));
    }

    @Test
    void aSubscriptsDigitsAndTheArrowAfterThemDoNotCountAgainstTheValue() {
        assertEquals(99.0, NumberCheck.valueSignsBetweenDigits("{t-1}->1", glyphs("{t-1}->1", 99, 30)));
        assertEquals(99.0, NumberCheck.valueSignsBetweenDigits("v)C_{t-1}:1", glyphs("v)C_{t-1}:1", 99, 30)));
        assertEquals(30.0, NumberCheck.valueSignsBetweenDigits("3x2", glyphs("3x2", 99, 30)), "x between digits is a value's");
        assertEquals(30.0, NumberCheck.valueSignsBetweenDigits("W_f=3x5", glyphs("W_f=3x5", 99, 30)));
    }

    @Test
    void theSignsInsideAValueCountLikeItsDigits() {
        assertEquals(30.0, NumberCheck.valueSignsBetweenDigits("3x1", glyphs("3x1", 99, 30)));
        assertEquals(30.0, NumberCheck.valueSignsBetweenDigits("10^6", glyphs("10^6", 99, 30)));
        assertEquals(30.0, NumberCheck.valueSignsBetweenDigits("2.5e6", glyphs("2.5e6", 99, 30)));
        assertEquals(30.0, NumberCheck.valueSignsBetweenDigits("(0.2,0.4)", glyphs("(0.2,0.4)", 99, 30)));
    }
}
