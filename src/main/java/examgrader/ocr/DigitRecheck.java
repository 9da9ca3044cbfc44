package examgrader.ocr;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A second opinion on numbers Tesseract was unsure of: the word's crop is read again with only
 * digits allowed ({@link CropReader}). When both reads give the same characters, the doubt was
 * about the shapes, not the number, and the word keeps the better of the two confidences; when
 * they differ, the first read and its low confidence stand, so extraction sends it to review.
 * Done inside the OCR stage so the result is cached with the page and a regrade runs no OCR.
 */
final class DigitRecheck {
    /** Below this a number would go to review in the extract stage; only those are read again. */
    static final double RECHECK_BELOW = 85;
    /** A word that is a number: digits with thousands or decimal separators, maybe in brackets or before a comma. */
    private static final Pattern NUMBER = Pattern.compile("[(\\[{]?(\\d[\\d.,]*)[)\\]},.;:]?");

    private DigitRecheck() {}

    static List<Line> apply(List<Line> lines, BufferedImage page, CropReader reader) throws OcrFailedException {
        List<Line> out = new java.util.ArrayList<>(lines.size());
        for (Line line : lines) {
            List<Word> words = new java.util.ArrayList<>(line.words().size());
            for (Word w : line.words()) words.add(recheck(w, page, reader));
            out.add(new Line(line.page(), line.text(), words));
        }
        return out;
    }

    private static Word recheck(Word word, BufferedImage page, CropReader reader) throws OcrFailedException {
        if (word.confidence() >= RECHECK_BELOW) return word;
        var m = NUMBER.matcher(word.text());
        if (!m.matches()) return word;
        Optional<Word> again = reader.readDigits(page, word.box());
        if (again.isEmpty() || !sameNumber(m.group(1), again.get().text())) return word;
        return new Word(word.text(), Math.max(word.confidence(), again.get().confidence()), word.box(), word.numberConfidence());
    }

    /** Same digits and separators in the same places; a trailing separator (punctuation) is ignored. */
    static boolean sameNumber(String first, String second) {
        return first.replaceAll("[.,]+$", "").equals(second.replaceAll("[.,-]+$", "").replaceAll("^-+", ""));
    }
}
