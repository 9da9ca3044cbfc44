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
 * @param psm         page segmentation mode; 6 (one uniform block) read answer pages best here, see {@link #DEFAULT}
 * @param dpi         resolution Tesseract is told the image has ({@code user_defined_dpi})
 * @param pageTimeout longest one page may take before its script is rejected
 */
public record OcrSettings(Path datapath, String language, int psm, int dpi, Duration pageTimeout) {
    /** Debian's tessdata folder for Tesseract 5. */
    public static final Path DEBIAN_TESSDATA = Path.of("/usr/share/tesseract-ocr/5/tessdata");

    /** Defaults: English, psm 6, 300 dpi, 120 s a page. */
    public static final OcrSettings DEFAULT = new OcrSettings(defaultDatapath(), "eng", 6, 300, Duration.ofSeconds(120));

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

    public OcrSettings withPageTimeout(Duration timeout) {
        return new OcrSettings(datapath, language, psm, dpi, timeout);
    }

    /** E.g. {@code "tesseract 5.3.0 eng psm=6 dpi=300 prep=v1"}. */
    public String engineName(String tesseractVersion) {
        return "tesseract " + tesseractVersion + " " + language + " psm=" + psm + " dpi=" + dpi
                + " prep=" + Preprocessor.VERSION;
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
