package examgrader.ocr;

import examgrader.ingest.FileKind;
import examgrader.ingest.Page;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.ByteBuffer;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * Reads one {@link Page} into a {@link PageText}: text pages directly, image pages from the
 * cache or else by cleaning the image and running Tesseract. Counts the OCR runs it makes, so a
 * caller (and a test) can see that the cache worked.
 */
final class PageReader {
    private final OcrCache cache;
    private final String engineName;
    private final AtomicLong ocrRuns = new AtomicLong();
    private final AtomicLong cacheHits = new AtomicLong();

    PageReader(OcrCache cache, String engineName) {
        this.cache = cache;
        this.engineName = engineName;
    }

    PageText read(Page page, FileKind kind, Supplier<TesseractEngine> engine) throws OcrFailedException {
        if (!page.needsOcr()) {
            String name = kind == FileKind.TRANSCRIPTION ? TextLines.TRANSCRIPTION : TextLines.TEXT_LAYER;
            return TextLines.page(page.number(), name, page.textLayer());
        }
        BufferedImage grey = Preprocessor.toGrey(page.image());
        String imageSha = imageSha256(grey);
        var cached = cache.get(imageSha, engineName, page.number());
        if (cached.isPresent()) {
            cacheHits.incrementAndGet();
            return cached.get();
        }
        ocrRuns.incrementAndGet();
        var lines = engine.get().read(Preprocessor.clean(grey), page.number());
        PageText text = new PageText(page.number(), engineName, imageSha, lines);
        cache.put(text);
        return text;
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
