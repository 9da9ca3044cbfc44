package examgrader.ocr;

import com.sun.jna.Pointer;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import com.sun.jna.ptr.PointerByReference;
import java.nio.ByteBuffer;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.sourceforge.tess4j.ITessAPI.ETEXT_DESC;
import net.sourceforge.tess4j.ITessAPI.TessBaseAPI;
import net.sourceforge.tess4j.ITessAPI.TessOcrEngineMode;
import net.sourceforge.tess4j.ITessAPI.TessPageIterator;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.ITessAPI.TessResultIterator;
import net.sourceforge.tess4j.TessAPI;

/**
 * One initialised Tesseract, owned by one worker thread (a Tesseract handle is not thread-safe)
 * and reused for every page that worker reads, which saves the model load per page.
 *
 * <p>It drives Tess4J's {@link TessAPI} binding directly rather than {@code Tesseract.doOCR}
 * because it needs, from one recognition pass: a deadline inside the native call (Tesseract's own
 * monitor, so a stuck page stops by itself) and the TSV output (every word's text, confidence, box
 * and line id). {@code TessAPI} binds lazily, which Debian's Tesseract 5.3 needs.
 */
public final class TesseractEngine implements AutoCloseable {
    private final TessAPI api;
    private final TessBaseAPI handle;
    private final OcrSettings settings;
    private final String engineName;
    private TessBaseAPI osdHandle;

    /**
     * Orientation confidence needed before a page is turned. Measured: 5 typed lines gave about
     * 4, the right answer; a handwriting font gave 0.4–0.7 and wrong answers. Turning an upright
     * page would ruin it, so doubtful pages are left as they are.
     */
    static final float MIN_ORIENTATION_CONFIDENCE = 2.0f;
    /**
     * Orientation is detected on a half-size copy of pages larger than this: measured on a
     * typed page, the same answers at half the time (about 110 ms instead of 200–250 ms).
     */
    private static final long OSD_HALF_SCALE_ABOVE_PIXELS = 4_000_000L;

    public TesseractEngine(OcrSettings settings) {
        this(settings, Map.of());
    }

    /**
     * An engine with extra per-instance Tesseract variables (e.g. a character whitelist). Only
     * per-instance variables belong here: classifier and textord variables are global in
     * libtesseract and would change every other engine's reading.
     */
    TesseractEngine(OcrSettings settings, Map<String, String> variables) {
        String version = TesseractProbe.check(settings);
        this.api = TesseractProbe.library();
        this.settings = settings;
        this.engineName = settings.engineName(version);
        this.handle = api.TessBaseAPICreate();
        int rc = api.TessBaseAPIInit2(handle, settings.datapath().toString(), settings.language(),
                TessOcrEngineMode.OEM_LSTM_ONLY);
        if (rc != 0) {
            api.TessBaseAPIDelete(handle);
            throw new OcrUnavailableException("Tesseract could not load language '" + settings.language() + "'", null);
        }
        api.TessBaseAPISetPageSegMode(handle, settings.psm());
        api.TessBaseAPISetVariable(handle, "user_defined_dpi", String.valueOf(settings.dpi()));
        // Tesseract's own chatter ("Detected 465 diacritics", "Too few characters") would land on
        // the user's stderr between our messages; the variable is global, every engine sets the same.
        api.TessBaseAPISetVariable(handle, "debug_file", "/dev/null");
        variables.forEach((name, value) -> {
            if (api.TessBaseAPISetVariable(handle, name, value) == 0) {
                close();
                throw new IllegalArgumentException("unknown Tesseract variable '" + name + "'");
            }
        });
    }

    /**
     * How far the page's text is turned clockwise (0, 90, 180 or 270), from Tesseract's
     * orientation detection; 0 when unsure (confidence under {@link #MIN_ORIENTATION_CONFIDENCE}),
     * when the page has too little text, or when the orientation data is not installed.
     */
    public int orientationDegrees(BufferedImage grey) {
        if (!settings.osdAvailable()) return 0;
        BufferedImage image = Preprocessor.toGrey(grey);
        if ((long) image.getWidth() * image.getHeight() > OSD_HALF_SCALE_ABOVE_PIXELS) {
            image = Preprocessor.scaled(image, 0.5);
        }
        TessBaseAPI osd = osdHandle();
        ByteBuffer buffer = nativeCopy(image);
        try {
            api.TessBaseAPISetImage(osd, buffer, image.getWidth(), image.getHeight(), 1, image.getWidth());
            IntBuffer degrees = IntBuffer.allocate(1);
            FloatBuffer confidence = FloatBuffer.allocate(1), scriptConfidence = FloatBuffer.allocate(1);
            int found = api.TessBaseAPIDetectOrientationScript(osd, degrees, confidence, new PointerByReference(), scriptConfidence);
            boolean sure = found != 0 && confidence.get(0) >= MIN_ORIENTATION_CONFIDENCE;
            return sure ? Math.floorMod(degrees.get(0), 360) : 0;
        } finally {
            api.TessBaseAPIClear(osd);
        }
    }

    private TessBaseAPI osdHandle() {
        if (osdHandle == null) {
            osdHandle = api.TessBaseAPICreate();
            if (api.TessBaseAPIInit3(osdHandle, settings.datapath().toString(), "osd") != 0) {
                api.TessBaseAPIDelete(osdHandle);
                osdHandle = null;
                throw new OcrUnavailableException("Tesseract orientation data (osd) could not be loaded from " + settings.datapath(), null);
            }
            api.TessBaseAPISetPageSegMode(osdHandle, 0);
            api.TessBaseAPISetVariable(osdHandle, "user_defined_dpi", String.valueOf(settings.dpi()));
        }
        return osdHandle;
    }

    private static ByteBuffer nativeCopy(BufferedImage grey) {
        byte[] pixels = ((DataBufferByte) grey.getRaster().getDataBuffer()).getData();
        ByteBuffer buffer = ByteBuffer.allocateDirect(pixels.length);
        buffer.put(pixels).flip();
        return buffer;
    }

    /** The engine description stored with every page this engine reads. */
    public String engineName() {
        return engineName;
    }

    /**
     * Reads a cleaned grey page image.
     *
     * @return the page's lines in reading order, each with its words
     * @throws OcrFailedException when Tesseract fails or passes the page deadline
     */
    public List<Line> read(BufferedImage grey, int page) throws OcrFailedException {
        return recognise(grey, page).lines();
    }

    /**
     * What one recognition pass gives: the page's lines, and each word's characters with their own
     * confidences and boxes, keyed by the word's box.
     */
    record Recognised(List<Line> lines, Map<Box, List<Glyph>> glyphsByWordBox) {}

    /** Like {@link #read}, also keeping every word's characters (see {@link Recognised}). */
    Recognised recognise(BufferedImage grey, int page) throws OcrFailedException {
        BufferedImage image = Preprocessor.toGrey(grey);
        int width = image.getWidth(), height = image.getHeight();
        ByteBuffer buffer = nativeCopy(image);
        ETEXT_DESC monitor = api.TessMonitorCreate();
        try {
            api.TessBaseAPISetImage(handle, buffer, width, height, 1, width);
            api.TessBaseAPISetSourceResolution(handle, settings.dpi());
            api.TessMonitorSetDeadlineMSecs(monitor, deadlineMillis());
            long start = System.nanoTime();
            int rc = api.TessBaseAPIRecognize(handle, monitor);
            long elapsedMillis = (System.nanoTime() - start) / 1_000_000;
            if (elapsedMillis >= deadlineMillis()) {
                throw new OcrFailedException("OCR timed out after " + settings.timeoutText());
            }
            if (rc != 0) throw new OcrFailedException("Tesseract could not read the page (code " + rc + ")");
            return new Recognised(TsvLines.parse(tsv(), page), glyphs());
        } finally {
            api.TessBaseAPIClear(handle);
            api.TessMonitorDelete(monitor);
        }
    }

    private int deadlineMillis() {
        return (int) Math.min(Integer.MAX_VALUE, settings.pageTimeout().toMillis());
    }

    /**
     * Every recognised character with its confidence and box, grouped by the box of its word (the
     * same box the TSV gives the word). Read with Tesseract's result iterator at symbol level.
     */
    private Map<Box, List<Glyph>> glyphs() {
        Map<Box, List<Glyph>> byWord = new HashMap<>();
        TessResultIterator results = api.TessBaseAPIGetIterator(handle);
        if (results == null) return byWord;
        try {
            TessPageIterator layout = api.TessResultIteratorGetPageIterator(results);
            List<Glyph> word = null;
            do {
                if (api.TessPageIteratorIsAtBeginningOf(layout, TessPageIteratorLevel.RIL_WORD) != 0) {
                    word = new ArrayList<>();
                    byWord.put(box(layout, TessPageIteratorLevel.RIL_WORD), word);
                }
                Pointer text = api.TessResultIteratorGetUTF8Text(results, TessPageIteratorLevel.RIL_SYMBOL);
                if (text == null || word == null) continue;
                String symbol;
                try {
                    symbol = text.getString(0, "UTF-8");
                } finally {
                    api.TessDeleteText(text);
                }
                double confidence = api.TessResultIteratorConfidence(results, TessPageIteratorLevel.RIL_SYMBOL);
                word.add(new Glyph(symbol, Math.max(0, Math.min(100, confidence)), box(layout, TessPageIteratorLevel.RIL_SYMBOL)));
            } while (api.TessResultIteratorNext(results, TessPageIteratorLevel.RIL_SYMBOL) != 0);
        } finally {
            api.TessResultIteratorDelete(results);
        }
        return byWord;
    }

    private Box box(TessPageIterator layout, int level) {
        IntBuffer left = IntBuffer.allocate(1), top = IntBuffer.allocate(1), right = IntBuffer.allocate(1), bottom = IntBuffer.allocate(1);
        if (api.TessPageIteratorBoundingBox(layout, level, left, top, right, bottom) == 0) return Box.NONE;
        return new Box(left.get(0), top.get(0), right.get(0) - left.get(0), bottom.get(0) - top.get(0));
    }

    private String tsv() {
        Pointer text = api.TessBaseAPIGetTsvText(handle, 0);
        if (text == null) return "";
        try {
            return text.getString(0, "UTF-8");
        } finally {
            api.TessDeleteText(text);
        }
    }

    @Override
    public void close() {
        api.TessBaseAPIEnd(handle);
        api.TessBaseAPIDelete(handle);
        if (osdHandle != null) {
            api.TessBaseAPIEnd(osdHandle);
            api.TessBaseAPIDelete(osdHandle);
            osdHandle = null;
        }
    }
}
