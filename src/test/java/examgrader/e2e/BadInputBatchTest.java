package examgrader.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.cli.ExitCodes;
import examgrader.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch with every kind of bad file beside one good script: the bad ones are listed with a plain
 * reason, the good one is graded, the exit code says files were rejected, and no stack trace shows.
 */
class BadInputBatchTest {
    @TempDir
    Path dir;

    @Test
    void badFilesAreRejectedOneByOneAndTheRestIsGraded() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("good.md"), """
                Roll no: 20CS30017
                3. (a) W_f is 3 x 5
                (b) b_f is 3 x 1
                (c) total = 4 x (15 + 3) = 72
                """);
        Files.write(in.resolve("empty.pdf"), new byte[0]);
        Files.writeString(in.resolve("notapdf.pdf"), "hello, I am a text file", StandardCharsets.UTF_8);
        Files.writeString(in.resolve("header-only.pdf"), "%PDF-1.7\n");
        byte[] whole = onePagePdf();
        Files.write(in.resolve("truncated.pdf"), java.util.Arrays.copyOf(whole, whole.length / 2));
        Files.write(in.resolve("encrypted.pdf"), encryptedPdf());
        Files.write(in.resolve("huge-page.pdf"), hugePagePdf());
        byte[] noise = new byte[4096];
        new Random(7).nextBytes(noise);
        Files.write(in.resolve("noise.png"), noise);

        var out = new ByteArrayOutputStream();
        var err = new ByteArrayOutputStream();
        var cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        System.setErr(new java.io.PrintStream(err, true));
        int exit;
        try {
            exit = cli.execute("grade", "--rubric", "rubrics/cs60010-ct3-2021.yaml", "--out", dir.resolve("out").toString(),
                    "--ocr-cache", dir.resolve("cache").toString(), in.toString());
        } finally {
            System.setErr(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true));
        }

        assertEquals(ExitCodes.SOME_REJECTED, exit, err.toString());
        String rejected = Files.readString(dir.resolve("out/rejected.csv"));
        for (String bad : new String[] {"empty.pdf", "notapdf.pdf", "header-only.pdf", "truncated.pdf", "encrypted.pdf",
                "huge-page.pdf", "noise.png"}) {
            assertTrue(rejected.contains(bad), bad + " missing from rejected.csv:\n" + rejected);
            assertTrue(err.toString().contains(bad), bad + " not named on stderr");
        }
        assertTrue(rejected.toLowerCase().contains("encrypt"), rejected);
        assertFalse(err.toString().contains("\tat "), "a stack trace reached the user:\n" + err);
        String gradebook = Files.readString(dir.resolve("out/gradebook.csv"));
        assertTrue(gradebook.contains("20CS30017"), gradebook);
    }

    private static byte[] onePagePdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            var bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] encryptedPdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage());
            var policy = new StandardProtectionPolicy("owner-secret", "user-secret", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            var bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static byte[] hugePagePdf() throws Exception {
        try (PDDocument doc = new PDDocument()) {
            doc.addPage(new PDPage(new PDRectangle(200 * 72, 200 * 72)));
            var bytes = new ByteArrayOutputStream();
            doc.save(bytes);
            return bytes.toByteArray();
        }
    }
}
