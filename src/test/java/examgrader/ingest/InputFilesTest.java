package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Folders expand to the script files in them; nothing given is silently dropped. */
class InputFilesTest {
    @TempDir
    Path dir;

    private Path touch(String relative) throws IOException {
        Path file = dir.resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "x");
    }

    @Test
    void folderIsExpandedSortedWithHiddenSkippedAndUnsupportedReported() throws IOException {
        Path b = touch("scans/b.PNG");
        Path a = touch("scans/a.pdf");
        Path c = touch("scans/late/c.txt");
        touch("scans/.DS_Store");
        touch("scans/.git/objects/x.pdf");
        Path docx = touch("scans/notes.docx");
        Path bare = touch("scans/README");
        Path single = touch("extra.jpeg");

        InputFiles.Expansion expansion = InputFiles.expand(List.of(dir.resolve("scans"), single, dir.resolve("missing.pdf")));

        assertEquals(List.of(single, a, b, c), expansion.files());
        assertEquals(List.of(dir.resolve("missing.pdf"), bare, docx), expansion.rejected().stream().map(Rejection::file).toList());
        assertEquals("no such file or folder", expansion.rejected().get(0).reason());
        assertTrue(expansion.rejected().get(1).reason().startsWith("file without extension"), expansion.rejected().get(1).reason());
        assertTrue(expansion.rejected().get(2).reason().startsWith("unsupported file type .docx (supported: .pdf"),
                expansion.rejected().get(2).reason());
    }

    @Test
    void sameFileGivenTwiceIsGradedOnce() throws IOException {
        Path a = touch("a.pdf");
        assertEquals(List.of(a), InputFiles.expand(List.of(a, dir, a)).files());
    }

    @Test
    void linkedFilesAndFoldersAreGradedAndABrokenOrLoopingLinkIsReported() throws IOException {
        Path uploads = touch("uploads/s1.pdf");
        Path other = touch("elsewhere/more/s2.pdf");
        Path batch = Files.createDirectories(dir.resolve("batch"));
        Files.createSymbolicLink(batch.resolve("s1.pdf"), uploads);
        Files.createSymbolicLink(batch.resolve("more"), other.getParent());
        Files.createSymbolicLink(batch.resolve("gone.pdf"), dir.resolve("deleted.pdf"));
        Files.createSymbolicLink(batch.resolve("more").resolve("loop"), batch);

        InputFiles.Expansion expansion = InputFiles.expand(List.of(batch));

        assertEquals(List.of(batch.resolve("more/s2.pdf"), batch.resolve("s1.pdf")), expansion.files());
        assertEquals(List.of(batch.resolve("gone.pdf"), batch.resolve("more/loop")),
                expansion.rejected().stream().map(Rejection::file).toList());
        assertEquals("a link to a file that does not exist", expansion.rejected().get(0).reason());
        assertEquals("a folder link that leads back into itself", expansion.rejected().get(1).reason());
    }
}
