package examgrader.ingest;

/**
 * How pages are rendered and how large a page may be. The pixel budget is checked before a page
 * is rendered or decoded, so that a malicious or mistaken file (a 200-inch page) is refused with a
 * reason instead of exhausting memory.
 *
 * @param dpi       resolution PDF pages without a text layer are rendered at (300 suits Tesseract)
 * @param maxPixels largest page image, in pixels, the grader will create or decode
 */
public record IngestOptions(int dpi, long maxPixels) {
    public static final IngestOptions DEFAULT = new IngestOptions(300, 200_000_000L);

    public IngestOptions {
        if (dpi < 50 || dpi > 1200) throw new IllegalArgumentException("dpi must be 50..1200, was " + dpi);
        if (maxPixels < 1_000_000L) throw new IllegalArgumentException("maxPixels must be at least 1e6, was " + maxPixels);
    }

    /** The budget as people say it, e.g. {@code "200 Mpx"}. */
    String budgetText() {
        return Sizes.pixels(maxPixels);
    }
}
