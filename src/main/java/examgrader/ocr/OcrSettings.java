package examgrader.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How Tesseract is run. Every value that changes what OCR returns is part of
 * {@link #engineName(String)}, which names the engine in {@link PageText#engine()} and keys the
 * OCR cache, so a changed setting never reuses a stale reading.
 *
 * @param datapath    folder holding {@code <language>.traineddata}
 * @param language    Tesseract language code
 * @param psm         page segmentation mode (4, one column of text of varying size, by default: see {@link #DEFAULT})
 * @param dpi         resolution Tesseract is told the image has ({@code user_defined_dpi})
 * @param pageTimeout longest one page may take before its script is rejected
 */
public record OcrSettings(Path datapath, String language, int psm, int dpi, Duration pageTimeout) {
    /** Debian's tessdata folder for Tesseract 5. */
    public static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

    /**
     * Defaults: English, psm 4, 300 dpi, 120 s a page. Measured with {@code PsmExperiment} (test
     * sources) on typeset answer pages, clean, noisy, skewed and free-form: with clean-up, psm 4, 6
     * and 11 read every number; psm 3 put side-by-side answers out of reading order; psm 11 split
     * {@code i) 4   ii) 5} into separate lines. psm 4 copes with lines of varying size, as in
     * handwriting, where psm 6 assumes one uniform block.
     */
    public static final OcrSettings DEFAULT = new OcrSettings(defaultDatapath(), "eng", 4, 300, Duration.ofSeconds(120));

    public OcrSettings {
        if (language == null || !language.matches("[a-z_]+(\\+[a-z_]+)*")) {
            throw new IllegalArgumentException("Tesseract language must look like 'eng' or 'eng+deu', was '" + language + "'");
        }
        if (psm < 0 || psm > 13) throw new IllegalArgumentException("psm must be 0..13, was " + psm);
        if (dpi < 70 || dpi > 1200) throw new IllegalArgumentException("dpi must be 70..1200, was " + dpi);
        if (pageTimeout.isNegative() || pageTimeout.isZero()) {
            throw new IllegalArgumentException("page timeout must be positive, was " + pageTimeout);
        }
    }

    public OcrSettings withPsm(int newPsm) {
        return new OcrSettings(datapath, language, newPsm, dpi, pageTimeout);
    }

    /** The timeout as people say it: {@code "120 s"}, or milliseconds below a second. */
    public String timeoutText() {
        long ms = pageTimeout.toMillis();
        return ms < 1000 ? ms + " ms" : pageTimeout.toSeconds() + " s";
    }

    public OcrSettings withDatapath(Path newDatapath) {
        return new OcrSettings(newDatapath, language, psm, dpi, pageTimeout);
    }

    public OcrSettings withPageTimeout(Duration timeout) {
        return new OcrSettings(datapath, language, psm, dpi, timeout);
    }

    /**
     * E.g. {@code "tesseract 5.3.0 eng psm=4 dpi=300 prep=v2 osd"}; the trailing {@code osd} says
     * sideways and upside-down pages were turned upright (orientation data installed).
     */
    public String engineName(String tesseractVersion) {
        return "tesseract " + tesseractVersion + " " + language + " psm=" + psm + " dpi=" + dpi
                + " prep=" + Preprocessor.VERSION + (osdAvailable() ? " osd" : "");
    }

    /** Whether Tesseract's orientation data ({@code osd.traineddata}) is installed. */
    public boolean osdAvailable() {
        return Files.isRegularFile(datapath.resolve("osd.traineddata"));
    }

    /** $TESSDATA_PREFIX when set and it holds data, else Debian's folder. */
    private static Path defaultDatapath() {
        String prefix = System.getenv("TESSDATA_PREFIX");
        if (prefix != null && !prefix.isBlank()) {
            Path p = Path.of(prefix);
            if (Files.isDirectory(p.resolve("tessdata"))) return p.resolve("tessdata");
            if (Files.isDirectory(p)) return p;
        }
        return DEBIAN_TESSDATA;
    }
}
