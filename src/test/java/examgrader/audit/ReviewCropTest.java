package examgrader.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReviewCropTest {
    @TempDir
    Path dir;

    /** The pages as the reports and the review see them: as OCR read them. */
    private static final examgrader.report.PageImages PAGES = new examgrader.OcrPageImages(new examgrader.ingest.Ingestor());

    /** A photographed one-page script: black ink in the 3a answer's box, white elsewhere. */
    private Path photo() throws Exception {
        BufferedImage page = new BufferedImage(1000, 1200, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1000, 1200);
        g.setColor(Color.BLACK);
        g.fillRect(210, 838, 200, 44);
        g.dispose();
        Path file = dir.resolve("18CS10009.png");
        ImageIO.write(page, "png", file.toFile());
        return file;
    }

    /** The photo graded and stored: a store holding student 18CS10009's marks. */
    private Store storedPhoto() throws Exception {
        Path source = photo();
        Store store = Store.open(dir.resolve("out"));
        long run = store.startRun("ct3.yaml", Scripts.RUBRIC_SHA, "test", java.util.List.of());
        store.saveScript(run, Scripts.result(source, "18CS10009"), Scripts.text(source, "18CS10009"),
                ScriptProvenance.of("test", "ct3.yaml"));
        return store;
    }

    @Test
    void cropOfAPhotoHoldsTheAnswersBoxWithAMargin() throws Exception {
        try (Store store = storedPhoto()) {
            StoredMark item = store.marksOf("18CS10009", "3a").get(0);
            Optional<Path> crop = ReviewCrop.write(item, dir.resolve("out"), PAGES);
            assertTrue(crop.isPresent());
            BufferedImage image = ImageIO.read(crop.get().toFile());
            assertEquals(200 + 2 * 16, image.getWidth());
            assertEquals(44 + 2 * 16, image.getHeight());
            assertEquals(0xFFFFFF, image.getRGB(2, 2) & 0xFFFFFF, "the margin is the white page");
            assertEquals(0, image.getRGB(16 + 100, 16 + 20) & 0xFFFFFF, "the middle is the ink of the answer");
            // 3c was read from a text line: no box, so no crop
            assertEquals(Optional.empty(), ReviewCrop.write(store.marksOf("18CS10009", "3c").get(0), dir.resolve("out"), PAGES));
        }
    }

    @Test
    void anAnswerWithNoPlaceOnThePageGetsTheWholePageScaledDown() throws Exception {
        try (Store store = storedPhoto()) {
            var pages = ReviewCrop.writePages(store.marksOf("18CS10009", "3c").get(0), dir.resolve("out"), PAGES);
            assertEquals(1, pages.size(), "a photo is one page");
            BufferedImage image = ImageIO.read(pages.get(0).toFile());
            assertEquals(400, image.getWidth());
            assertEquals(480, image.getHeight());
            assertEquals(0, image.getRGB((int) (310 * 0.4), (int) (860 * 0.4)) & 0xFFFFFF, "the ink is on the page");
        }
    }

    @Test
    void inlineImageOnlyForTerminalsThatSayTheyCanShowOne() throws Exception {
        Path png = photo();
        assertTrue(ReviewCrop.inlineImage(png, Map.of("TERM", "xterm-kitty")).startsWith("\033_Gf=100,a=T,m=1;"));
        assertTrue(ReviewCrop.inlineImage(png, Map.of("TERM_PROGRAM", "iTerm.app")).startsWith("\033]1337;File=inline=1;"));
        assertEquals("", ReviewCrop.inlineImage(png, Map.of("TERM", "xterm-256color")));
        assertEquals("", ReviewCrop.inlineImage(png, Map.of()));
    }
}
