package examgrader.ocr;

import examgrader.ingest.FileKind;
import examgrader.ingest.Page;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reads one {@link Page} into a {@link PageText}: text pages directly, image pages from the
 * cache or else by cleaning the image (scaled down first if huge, turned upright if sideways) and
 * running Tesseract. Word boxes are always in the pixels of the page image as ingested. Counts the OCR runs it makes, so a
 * caller (and a test) can see that the cache worked.
 */
final class PageReader {
    /**
     * Larger page images are scaled down to this before clean-up and OCR: about four 300-dpi A4
     * pages, more detail than Tesseract uses, and it bounds the memory each worker needs (the
     * clean-up makes three copies; Tesseract makes its own).
     */
    static final long MAX_OCR_PIXELS = 36_000_000L;

    private final OcrCache cache;
    private final String engineName;
    private final AtomicLong ocrRuns = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();

    private final long maxOcrPixels;
    /** The capital height pages are scaled to before OCR ({@link TextSize}). */
    private final double capHeight;

    PageReader(OcrCache cache, String engineName) {
        this(cache, engineName, MAX_OCR_PIXELS);
    }

    PageReader(OcrCache cache, String engineName, long maxOcrPixels) {
        this(cache, engineName, maxOcrPixels, TextSize.TARGET_CAP_HEIGHT);
    }

    /** @param engineName names every setting that changes the reading, capital height included: it keys the cache */
    PageReader(OcrCache cache, String engineName, long maxOcrPixels, double capHeight) {
        this.cache = cache;
        this.engineName = engineName;
        this.maxOcrPixels = maxOcrPixels;
        this.capHeight = capHeight;
    }

    PageText read(Page page, FileKind kind, Supplier<TesseractEngine> engine) throws OcrFailedException {
        return read(page, kind, engine, null);
    }

    /** @param digits a digits-only reader for a second opinion on doubtful numbers, or null for none */
    PageText read(Page page, FileKind kind, Supplier<TesseractEngine> engine, Supplier<CropReader> digits)
            throws OcrFailedException {
        if (!page.needsOcr()) {
            String name = kind == FileKind.TRANSCRIPTION ? TextLines.TRANSCRIPTION : TextLines.TEXT_LAYER;
            return TextLines.page(page.number(), name, page.textLayer(), page.placedWords());
        }
        BufferedImage grey = Preprocessor.toGrey(page.image());
        String imageSha = imageSha256(grey);
        var cached = cache.get(imageSha, engineName, page.number());
        if (cached.isPresent()) {
            cacheHits.incrementAndGet();
            return cached.get();
        }
        ocrRuns.incrementAndGet();
        double scale = Math.min(1, Math.sqrt((double) maxOcrPixels / ((long) grey.getWidth() * grey.getHeight())));
        BufferedImage input = scale < 1 ? Preprocessor.scaled(grey, scale) : grey;
        TesseractEngine tesseract = engine.get();
        int turns = (4 - tesseract.orientationDegrees(input) / 90) % 4;
        BufferedImage upright = Preprocessor.turnedClockwise(input, turns);
        BufferedImage cleaned = Preprocessor.clean(upright);
        BufferedImage unscaled = cleaned;
        double textScale = TextSize.scaleFor(cleaned, capHeight);
        if (textScale != 1 && (long) (upright.getWidth() * textScale) * (long) (upright.getHeight() * textScale) <= maxOcrPixels) {
            upright = Preprocessor.scaled(upright, textScale);
            cleaned = Preprocessor.clean(upright);
            scale *= textScale;
        } else {
            textScale = 1;
        }
        TesseractEngine.Recognised recognised = tesseract.recognise(cleaned, page.number());
        List<Line> lines = recognised.lines();
        boolean markersSought = false;
        if (digits != null) {
            lines = DigitRecheck.apply(lines, cleaned, digits.get());
            lines = NumberCheck.apply(lines, recognised.glyphsByWordBox(), cleaned, digits.get());
            CircledNumbers.Checked circled = CircledNumbers.apply(lines, recognised.glyphsByWordBox(), unscaled, textScale, digits.get());
            lines = circled.lines();
            markersSought = circled.droppedMarkersSought();
        }
        lines = CaretCheck.apply(lines, recognised.glyphsByWordBox(), cleaned);
        lines = MiddleDots.apply(lines, recognised.glyphsByWordBox(), cleaned);
        if (turns != 0) lines = unturned(lines, turns, upright.getWidth(), upright.getHeight());
        if (scale != 1) lines = scaledBack(lines, scale);
        PageText text = new PageText(page.number(), engineName, imageSha, lines, markersSought);
        cache.put(text);
        return text;
    }

    /** Boxes of a page read after turning it upright, on the page as given. */
    private static List<Line> unturned(List<Line> lines, int turns, int width, int height) {
        return lines.stream().map(line -> new Line(line.page(), line.text(), line.words().stream()
                .map(w -> w.at(Preprocessor.unturned(w.box(), turns, width, height)))
                .toList())).toList();
    }

    /** Boxes of a page read at reduced size, in the pixels of the page as given. */
    private static List<Line> scaledBack(List<Line> lines, double scale) {
        return lines.stream().map(line -> new Line(line.page(), line.text(), line.words().stream()
                .map(w -> w.at(w.box().beforeScaling(scale)))
                .toList())).toList();
    }

    long ocrRuns() {
        return ocrRuns.get();
    }

    long cacheHits() {
        return cacheHits.get();
    }

    /** SHA-256 of a grey image's size and pixels: the same page rendered again hashes the same. */
    static String imageSha256(BufferedImage grey) {
        MessageDigest digest = OcrCache.sha256();
        digest.update(ByteBuffer.allocate(8).putInt(grey.getWidth()).putInt(grey.getHeight()).array());
        digest.update(((DataBufferByte) grey.getRaster().getDataBuffer()).getData());
        return HexFormat.of().formatHex(digest.digest());
    }
}
