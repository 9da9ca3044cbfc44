package examgrader.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Re-reads a number's crop of a page as one line of digits only, for the extract stage to
 * double-check a doubtful number: with a digit whitelist Tesseract cannot return an O for a 0 or
 * an l for a 1, and the confidence it gives is for digits alone. A second opinion, not a verdict:
 * disagreement with the first reading is a reason to send the answer to review.
 *
 * <p>Holds its own Tesseract: use one per thread, and close it.
 */
public final class CropReader implements AutoCloseable {
    /** Characters a numeric answer is written with. */
    public static final String DIGITS = "0123456789.,-";
    /** Context kept around the box, and white margin added: Tesseract reads poorly up to the edge. */
    private static final int PADDING = 8, MARGIN = 24;
    /** Crops shorter than this are scaled up first: Tesseract wants text ~20–40 px high. */
    private static final int MIN_HEIGHT = 40;

    private final TesseractEngine engine;

    public CropReader(OcrSettings settings) {
        this.engine = new TesseractEngine(settings.withPsm(7), Map.of("tessedit_char_whitelist", DIGITS));
    }

    /**
     * Reads the digits in {@code box} of {@code page}. Word boxes from {@link BatchReader} are in
     * the pixels of the page image as ingested, so pass that image:
     * {@code new Ingestor().open(file).page(n).image()}.
     *
     * @return the digits read, with the lowest confidence of their parts and the given box; empty
     *         when nothing was read or the box lies outside the page
     */
    public Optional<Word> readDigits(BufferedImage page, Box box) throws OcrFailedException {
        Optional<BufferedImage> crop = crop(page, box);
        if (crop.isEmpty()) return Optional.empty();
        List<Line> lines = engine.read(Preprocessor.binarise(Preprocessor.median3(crop.get())), 1);
        List<Word> words = lines.stream().flatMap(l -> l.words().stream()).toList();
        if (words.isEmpty()) return Optional.empty();
        String text = String.join("", words.stream().map(Word::text).toList());
        double confidence = words.stream().mapToDouble(Word::confidence).min().orElse(0);
        return Optional.of(new Word(text, confidence, box));
    }

    private static Optional<BufferedImage> crop(BufferedImage page, Box box) {
        int x0 = Math.max(0, box.x() - PADDING), y0 = Math.max(0, box.y() - PADDING);
        int x1 = Math.min(page.getWidth(), box.x() + box.width() + PADDING);
        int y1 = Math.min(page.getHeight(), box.y() + box.height() + PADDING);
        if (!box.isKnown() || x1 <= x0 || y1 <= y0) return Optional.empty();
        double scale = Math.max(1, (double) MIN_HEIGHT / (y1 - y0));
        int w = (int) Math.round((x1 - x0) * scale), h = (int) Math.round((y1 - y0) * scale);
        BufferedImage out = new BufferedImage(w + 2 * MARGIN, h + 2 * MARGIN, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(page, MARGIN, MARGIN, MARGIN + w, MARGIN + h, x0, y0, x1, y1, null);
        g.dispose();
        return Optional.of(out);
    }

    @Override
    public void close() {
        engine.close();
    }
}
