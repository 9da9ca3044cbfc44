package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad file named in the issue is refused with an {@link IngestException} that names
 * the file and gives a plain one-line reason; none escapes as another exception or an OOM.
 */
class BadInputTest {
    @TempDir
    Path dir;

    private final Ingestor ingestor = new Ingestor();

    private IngestException refused(Path file) {
        IngestException e = assertThrows(IngestException.class, () -> ingestor.open(file).page(1));
        assertEquals(file, e.file());
        assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
        assertFalse(e.reason().contains("\n"), "one line: " + e.reason());
        return e;
    }

    @Test
    void emptyFileIsRefused() throws IOException {
        Path file = Files.write(dir.resolve("empty.pdf"), new byte[0]);
        assertTrue(refused(file).reason().contains("empty file"));
    }

    @Test
    void nonPdfNamedPdfSaysWhatItStartsWith() throws IOException {
        Path file = Files.writeString(dir.resolve("essay.pdf"), "Dear examiner, my answers are below");
        String reason = refused(file).reason();
        assertTrue(reason.startsWith("not a PDF (file starts with \"Dear examine"), reason);
    }

    @Test
    void truncatedPdfIsDamaged() throws IOException {
        byte[] whole = Files.readAllBytes(TestFiles.textPdf(dir.resolve("whole.pdf"), List.of("1. (a) 42")));
        Path file = Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(whole, 200));
        assertTrue(refused(file).reason().startsWith("damaged PDF"), refused(file).reason());
    }

    @Test
    void pdfWithOnlyAHeaderIsDamaged() throws IOException {
        Path file = Files.writeString(dir.resolve("header.pdf"), "%PDF-1.7\n", StandardCharsets.ISO_8859_1);
        assertTrue(refused(file).reason().startsWith("damaged PDF"), refused(file).reason());
    }

    @Test
    void encryptedPdfNeedsPassword() throws IOException {
        Path file = dir.resolve("locked.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-pw", "user-pw", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(file.toFile());
        }
        assertEquals("encrypted PDF (password required)", refused(file).reason());
    }

    @Test
    void hugePageIsRefusedBeforeRendering() throws IOException {
        Path file = dir.resolve("huge.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(PDRectangle.LETTER));
            doc.addPage(new PDPage(new PDRectangle(200 * 72, 200 * 72)));
            doc.save(file.toFile());
        }
        IngestException e = refused(file);
        assertEquals(2, e.page());
        // 200 in × 300 dpi = 60,000 px a side; 60,000² = 3.6e9 px.
        assertEquals("page 2: page is 200 × 200 in: 3.6 Gpx at 300 dpi is over the 200 Mpx budget", e.reason());
    }

    @Test
    void hugeEmbeddedImageIsRefusedBeforeDecoding() throws IOException {
        Path file = dir.resolve("bomb.pdf");
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.LETTER);
            page.setResources(new PDResources());
            doc.addPage(page);
            // A 1-bit image claiming 20,000 × 20,000 px (400 Mpx); its data is never decoded.
            COSStream stream = doc.getDocument().createCOSStream();
            stream.setItem(COSName.TYPE, COSName.XOBJECT);
            stream.setItem(COSName.SUBTYPE, COSName.IMAGE);
            stream.setInt(COSName.WIDTH, 20_000);
            stream.setInt(COSName.HEIGHT, 20_000);
            stream.setInt(COSName.BITS_PER_COMPONENT, 1);
            stream.setItem(COSName.COLORSPACE, COSName.DEVICEGRAY);
            page.getResources().add(new PDImageXObject(
                    new PDStream(stream), page.getResources()));
            doc.save(file.toFile());
        }
        assertEquals("page 1: page holds a 20000 × 20000 px image: 400 Mpx is over the 200 Mpx budget", refused(file).reason());
    }

    @Test
    void randomBytesNamedPngAreNotAnImage() throws IOException {
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        noise[0] = 'x';
        Path file = Files.write(dir.resolve("photo.png"), noise);
        assertTrue(refused(file).reason().startsWith("not a readable image (file starts with \"x"), refused(file).reason());
    }

    @Test
    void pdfWithZeroPagesIsRefused() throws IOException {
        Path file = dir.resolve("blank.pdf");
        try (PDDocument doc = new PDDocument()) {
            doc.save(file.toFile());
        }
        assertEquals("PDF has no pages", refused(file).reason());
    }

    @Test
    void transcriptionThatIsNotUtf8IsRefused() throws IOException {
        Path file = Files.write(dir.resolve("answers.txt"), new byte[] {'1', '.', ' ', (byte) 0xE9, (byte) 0xFF, '\n'});
        assertTrue(refused(file).reason().startsWith("not UTF-8 text"), refused(file).reason());
    }

    @Test
    void blankTranscriptionIsEmpty() throws IOException {
        Path file = Files.writeString(dir.resolve("answers.md"), " \n\n\t\n");
        assertTrue(refused(file).reason().startsWith("empty file"), refused(file).reason());
    }
}
