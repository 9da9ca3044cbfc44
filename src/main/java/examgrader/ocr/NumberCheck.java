package examgrader.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Judges the numbers inside a doubtful word apart from its letters. Tesseract's word confidence
 * covers every character, so on a printed page {@code f_t = 4} read as {@code ft=4}, or
 * {@code (0.2,} with its bracket in doubt, scores 0–60 although the digits themselves are sure;
 * every such answer went to review. A word's numbers get their own confidence
 * ({@link Word#numberConfidence()}) only when three independent signs agree:
 * <ol>
 *   <li>the page reads like print ({@link #isPrintLike}), and so does its whole script
 *       ({@link #keptOnlyForPrint}): on handwriting Tesseract's character confidences are high
 *       even for wrong digits, so they are not used there at all;</li>
 *   <li>every character from the word's first digit to its last that can change a value
 *       (digits, separators and the signs between numbers) has a character confidence of at
 *       least {@link #MIN_GLYPH_CONFIDENCE};</li>
 *   <li>a digits-only re-read of exactly those characters' box ({@link CropReader}) gives the same
 *       number.</li>
 * </ol>
 * Otherwise the word keeps only its word confidence, and extraction sends a doubtful number to
 * review as before.
 *
 * <p>Measured on numbers rendered with {@code convert} after {@code x_t =} (240 numbers: 80 each in
 * DejaVu Sans, Humor Sans and the dkg handwriting font): character confidence ≥ 97 plus an agreeing
 * re-read accepted 77 of 80 print numbers with none wrong, but 1 wrong of 14 accepted in the dkg
 * font, which is why the print-page condition comes first. Sample print pages (scan style) had
 * 57–78 % of their words at confidence 90 or more; handwriting-style pages 4–45 %.
 */
final class NumberCheck {
    /** Least character confidence for each digit and separator of a number. */
    static final double MIN_GLYPH_CONFIDENCE = 97;
    /** Least share of a page's words read at {@link #SURE_WORD} or more for the page to count as print. */
    static final double PRINT_SHARE = 0.5;
    static final double SURE_WORD = 90;
    /** Pages with fewer words than this say too little about their style: never print-like. */
    static final int MIN_WORDS = 10;
    /** A number inside a word: digits, separators only between digits, an optional minus sign. */
    private static final Pattern NUMBER = Pattern.compile("-?\\d(?:[.,]?\\d)*");

    private NumberCheck() {}

    /** Whether most of the page was read surely, as print is and handwriting is not. */
    static boolean isPrintLike(List<Line> lines) {
        List<Word> words = lines.stream().flatMap(l -> l.words().stream()).toList();
        if (words.size() < MIN_WORDS) return false;
        long sure = words.stream().filter(w -> w.confidence() >= SURE_WORD).count();
        return sure >= PRINT_SHARE * words.size();
    }

    /**
     * The lines with each doubtful word's numbers checked (see the class comment); on a page that
     * is not print-like, the lines as they are.
     */
    static List<Line> apply(List<Line> lines, Map<Box, List<Glyph>> glyphsByWordBox, BufferedImage page,
                            CropReader reader) throws OcrFailedException {
        if (!isPrintLike(lines)) return lines;
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            List<Word> words = new ArrayList<>(line.words().size());
            for (Word w : line.words()) words.add(check(w, glyphsByWordBox.get(w.box()), page, reader));
            out.add(new Line(line.page(), line.text(), words));
        }
        return out;
    }

    private static Word check(Word word, List<Glyph> glyphs, BufferedImage page, CropReader reader)
            throws OcrFailedException {
        if (word.confidence() >= DigitRecheck.RECHECK_BELOW || glyphs == null || !Glyph.spell(glyphs, word.text())) return word;
        double between = valueSignsBetweenDigits(word.text(), glyphs);
        if (between < MIN_GLYPH_CONFIDENCE) return word;
        Matcher m = NUMBER.matcher(word.text());
        boolean[] subscript = Subscripts.mask(word.text());
        double least = between;
        boolean any = false;
        while (m.find()) {
            if (subscript[m.end() - 1]) continue;
            any = true;
            List<Glyph> number = glyphs.subList(m.start(), m.end());
            double confidence = number.stream().mapToDouble(Glyph::confidence).min().orElse(0);
            if (confidence < MIN_GLYPH_CONFIDENCE) return word;
            Box box = number.stream().map(Glyph::box).reduce(Box.NONE, Box::union);
            Optional<Word> again = reader.readDigits(page, box);
            if (again.isEmpty() || !sameNumber(m.group(), again.get().text())) return word;
            least = Math.min(least, confidence);
        }
        return any ? word.withNumberConfidence(least) : word;
    }

    /**
     * The least confidence of the characters from the word's first digit to its last that can
     * change a value: digits, separators, and the signs between numbers ({@code x} of {@code 3x1},
     * {@code ^} of {@code 10^6}, {@code e} of {@code 2.5e6}). Letters and brackets between them are a
     * label or a name glued on by OCR ({@code Q.1a)i)ft:4}, {@code C_{t-1}:1}) and do not count: the
     * value is read from the digits, and segmentation judges the label on its own.
     */
    static double valueSignsBetweenDigits(String text, List<Glyph> glyphs) {
        int first = -1, last = -1;
        boolean[] subscript = Subscripts.mask(text);
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i)) && !subscript[i]) {
                if (first < 0) first = i;
                last = i;
            }
        }
        if (first < 0) return 100;
        double least = 100;
        for (int i = first; i <= last; i++) {
            if (changesValue(text, i)) least = Math.min(least, glyphs.get(i).confidence());
        }
        return least;
    }

    private static boolean changesValue(String text, int i) {
        char c = text.charAt(i);
        if (Character.isDigit(c) || VALUE_SIGNS.indexOf(c) >= 0) return true;
        boolean betweenDigits = i > 0 && i < text.length() - 1
                && Character.isDigit(text.charAt(i - 1)) && Character.isDigit(text.charAt(i + 1));
        return betweenDigits && (c == 'e' || c == 'E');
    }

    /** Signs that join or separate the parts of a value. */
    private static final String VALUE_SIGNS = ".,xX×*^-+/";

    /**
     * The script with every number confidence dropped unless the script as a whole reads like
     * print ({@link ScriptText#isScannedPrint}). A single page is judged when it is read (in
     * parallel, cached), and a handwritten page with a few lines can read surely enough to pass:
     * measured over 11 sets of sample scripts, handwriting-style pages reached up to 0.61 of their
     * words at 90 or more (0.91 on an 11-word page), scanned print pages went down to 0.57; whole
     * scripts were apart, handwriting at most 0.46 and scanned print at least 0.57.
     */
    static ScriptText keptOnlyForPrint(ScriptText text) {
        if (text.isScannedPrint()) return text;
        List<PageText> pages = new ArrayList<>();
        for (PageText page : text.pages()) {
            List<Line> lines = new ArrayList<>();
            for (Line line : page.lines()) {
                lines.add(new Line(line.page(), line.text(), line.words().stream()
                        .map(w -> w.numberConfidence() == null ? w : w.withNumberConfidence(null)).toList()));
            }
            pages.add(new PageText(page.page(), page.engine(), page.imageSha256(), lines, page.droppedMarkersSought()));
        }
        return new ScriptText(text.source(), text.sha256(), pages);
    }

    /**
     * Whether a re-read gives the same number: the same digits and separators in the same places.
     * Separators at the ends of the re-read (the crop's margin can catch a neighbouring comma or
     * an {@code =} read as a minus) are ignored, unless the number itself starts with a minus.
     */
    static boolean sameNumber(String number, String reread) {
        String again = reread.replaceAll("[.,]+$", "");
        if (!number.startsWith("-")) again = again.replaceAll("^[-.,]+", "");
        return number.equals(again);
    }
}
