package examgrader.ocr;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.TessAPI;

/**
 * Checks once, before any page is read, that the Tesseract library loads and that the language
 * data is there, so a missing install is one clear message at start-up rather than a failure on
 * every page.
 */
public final class TesseractProbe {
    private static final Map<String, String> VERSIONS = new ConcurrentHashMap<>();

    private TesseractProbe() {}

    /**
     * The Tesseract version (e.g. {@code "5.3.0"}) after checking library and data.
     *
     * @throws OcrUnavailableException naming the install command when either is missing
     */
    public static String check(OcrSettings settings) {
        String key = settings.datapath() + "|" + settings.language();
        String known = VERSIONS.get(key);
        if (known != null) return known;
        String version = probe(settings);
        VERSIONS.put(key, version);
        return version;
    }

    private static String probe(OcrSettings settings) {
        for (String language : settings.language().split("\\+")) {
            Path data = settings.datapath().resolve(language + ".traineddata");
            if (!Files.isRegularFile(data)) {
                throw new OcrUnavailableException("Tesseract language data '" + language + "' not found at " + data, null);
            }
        }
        TessAPI api = library();
        String version;
        TessBaseAPI handle = null;
        try {
            version = api.TessVersion();
            handle = api.TessBaseAPICreate();
            int rc = api.TessBaseAPIInit2(handle, settings.datapath().toString(), settings.language(),
                    TessOcrEngineMode.OEM_LSTM_ONLY);
            if (rc != 0) {
                throw new OcrUnavailableException("Tesseract could not load language '" + settings.language()
                        + "' from " + settings.datapath(), null);
            }
        } catch (LinkageError | RuntimeException e) {
            if (e instanceof OcrUnavailableException u) throw u;
            throw new OcrUnavailableException("Tesseract library unusable (" + e.getMessage() + ")", e);
        } finally {
            if (handle != null) {
                api.TessBaseAPIEnd(handle);
                api.TessBaseAPIDelete(handle);
            }
        }
        return version.split("[\\s-]")[0];
    }

    static TessAPI library() {
        try {
            return TessAPI.INSTANCE;
        } catch (LinkageError e) {
            throw new OcrUnavailableException("Tesseract library (libtesseract.so.5) not found", e);
        }
    }
}
