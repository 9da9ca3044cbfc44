package examgrader.ingest;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfparser.PDFStreamParser;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.graphics.PDXObject;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF script. Opening loads the document once to validate it (header, encryption, page tree,
 * page count, every page's size against the pixel budget); each {@link #page(int)} then loads its
 * own {@link PDDocument} (PDFBox documents are not thread-safe) with a temp-file stream cache, so
 * large scans stay off the heap.
 *
 * <p>A page is read from its text layer when it has text and nothing drawn on it that the text
 * layer would miss (a scanned image, ink annotations, many vector strokes); otherwise it is
 * rendered and read by OCR, which reads the typed part too: nothing on the page is lost.
 */
final class PdfSource extends OpenedScript {
    /** An embedded image this large is taken to be a scan or photo of the page. */
    private static final long SCAN_IMAGE_PIXELS = 1_000_000L;
    /**
     * More path segments than this is drawing, e.g. handwriting from a tablet app exported as
     * vector strokes over a typed header; a typeset page has a few rules and fraction bars.
     */
    private static final int DRAWING_PATH_SEGMENTS = 1500;

    private final IngestOptions options;

    private PdfSource(Path file, String sha256, int pageCount, IngestOptions options) {
        super(file, FileKind.PDF, sha256, pageCount);
        this.options = options;
    }

    static PdfSource open(Path file, String sha256, IngestOptions options) throws IngestException {
        checkHeader(file);
        try (PDDocument doc = load(file)) {
            int pages = doc.getNumberOfPages();
            if (pages == 0) throw new IngestException(file, "PDF has no pages");
            for (int i = 0; i < pages; i++) {
                PDPage page = page(file, doc, i);
                checkPageSize(file, i + 1, page, options);
                checkImageSizes(file, i + 1, page, options);
            }
            return new PdfSource(file, sha256, pages, options);
        } catch (IOException e) {
            throw new IngestException(file, 0, "damaged PDF (" + plain(e) + ")", e);
        }
    }

    private static void checkHeader(Path file) throws IngestException {
        byte[] head = Ingestor.head(file, 1024);
        String text = new String(head, StandardCharsets.ISO_8859_1);
        if (!text.contains("%PDF-")) {
            throw new IngestException(file, "not a PDF (file starts with " + Sizes.startOf(head) + ")");
        }
    }

    /** Loads the document, turning every way PDFBox reports a bad file into a reason. */
    private static PDDocument load(Path file) throws IngestException {
        try {
            return Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache());
        } catch (InvalidPasswordException e) {
            throw new IngestException(file, 0, "encrypted PDF (password required)", e);
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, 0, "damaged PDF (" + plain(e) + ")", e);
        }
    }

    private static PDPage page(Path file, PDDocument doc, int index) throws IngestException {
        try {
            return doc.getPage(index);
        } catch (RuntimeException e) {
            throw new IngestException(file, index + 1, "damaged PDF page (" + plain(e) + ")", e);
        }
    }

    private static void checkPageSize(Path file, int number, PDPage page, IngestOptions options)
            throws IngestException {
        PDRectangle box = page.getCropBox();
        double widthIn = Math.abs(box.getWidth()) / 72.0, heightIn = Math.abs(box.getHeight()) / 72.0;
        if (widthIn <= 0 || heightIn <= 0) {
            throw new IngestException(file, number, "page has no area (crop box " + box + ")");
        }
        double pixels = widthIn * options.dpi() * heightIn * options.dpi();
        if (pixels > options.maxPixels()) {
            throw new IngestException(file, number, "page is " + Sizes.number(widthIn) + " × " + Sizes.number(heightIn)
                    + " in: " + Sizes.pixels(pixels) + " at " + options.dpi() + " dpi is over the "
                    + options.budgetText() + " budget");
        }
    }

    /** An embedded image is decoded whole before it is drawn, so a huge one is refused too. */
    private static void checkImageSizes(Path file, int number, PDPage page, IngestOptions options) throws IngestException {
        PDResources resources = page.getResources();
        if (resources == null) return;
        try {
            for (COSName name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof PDImageXObject image) {
                    long pixels = (long) image.getWidth() * image.getHeight();
                    if (pixels > options.maxPixels()) {
                        throw new IngestException(file, number, "page holds a " + image.getWidth() + " × " + image.getHeight()
                                + " px image: " + Sizes.pixels(pixels) + " is over the " + options.budgetText() + " budget");
                    }
                }
            }
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, number, "damaged PDF page (" + plain(e) + ")", e);
        }
    }

    @Override
    public Page page(int number) throws IngestException {
        if (number < 1 || number > pageCount) {
            throw new IllegalArgumentException("page " + number + " of " + file + " (has " + pageCount + ")");
        }
        try (PDDocument doc = load(file)) {
            PDPage page = page(file, doc, number - 1);
            PlacedTextStripper stripper = new PlacedTextStripper(options.dpi());
            String text = textLayer(stripper, doc, number);
            if (isRealText(text) && !hasDrawnContent(page)) {
                text = PrintedIndents.indented(text.replace("\r\n", "\n"), stripper.words());
                if (number > 1 && MarkdownTables.opensWithTableLine(text)) {
                    text = MarkdownTables.headedAsOnPageBefore(textLayer(new PlacedTextStripper(options.dpi()), doc, number - 1), text);
                }
                text = TypedText.asLinesOfAPrintedPage(text);
                // Boxes are measured upright; on a page the PDF turns they would miss its rendering.
                return new Page(file, number, text, null, page.getRotation() % 360 == 0 ? stripper.words() : List.of());
            }
            BufferedImage image = new PDFRenderer(doc).renderImageWithDPI(number - 1, options.dpi(), ImageType.GRAY);
            return new Page(file, number, null, image);
        } catch (IOException | RuntimeException e) {
            throw new IngestException(file, number, "page could not be read (" + plain(e) + ")", e);
        }
    }

    private static String textLayer(PDFTextStripper stripper, PDDocument doc, int number) throws IOException {
        stripper.setStartPage(number);
        stripper.setEndPage(number);
        stripper.setSortByPosition(true);
        return stripper.getText(doc);
    }

    private static boolean isRealText(String text) {
        return !text.isBlank();
    }

    /** A large image (a scan), ink annotations or many strokes: things a text layer would not contain. */
    private static boolean hasDrawnContent(PDPage page) throws IOException {
        if (pathSegments(page) > DRAWING_PATH_SEGMENTS) return true;
        for (PDAnnotation annotation : page.getAnnotations()) {
            if ("Ink".equals(annotation.getSubtype())) return true;
        }
        PDResources resources = page.getResources();
        if (resources == null) return false;
        for (COSName name : resources.getXObjectNames()) {
            PDXObject object = resources.getXObject(name);
            if (object instanceof PDImageXObject image
                    && (long) image.getWidth() * image.getHeight() >= SCAN_IMAGE_PIXELS) {
                return true;
            }
        }
        return false;
    }

    private static int pathSegments(PDPage page) throws IOException {
        PDFStreamParser parser = new PDFStreamParser(page);
        int segments = 0;
        for (Object token = parser.parseNextToken(); token != null; token = parser.parseNextToken()) {
            if (token instanceof Operator op && PATH_OPERATORS.contains(op.getName())) {
                if (++segments > DRAWING_PATH_SEGMENTS) break;
            }
        }
        return segments;
    }

    private static final java.util.Set<String> PATH_OPERATORS = java.util.Set.of("l", "c", "v", "y", "re");

    /** PDFBox's message without its "Error: " prefixes, on one line. */
    static String plain(Throwable e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        message = message.replaceFirst("^Error:\\s*", "").replaceAll("\\s+", " ").trim();
        return message.length() > 160 ? message.substring(0, 157) + "..." : message;
    }
}
