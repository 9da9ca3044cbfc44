package examgrader.audit;

import examgrader.ocr.Box;
import examgrader.report.PageImages;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * The picture of an uncertain answer for the review queue: the box the answer was read from,
 * cut from the page image the reports use ({@link PageImages}: the page as OCR read it, cleaned
 * and straightened, so the box falls on the writing), written as a PNG under {@code DIR/review/},
 * and shown inline in terminals that can (iTerm2, kitty).
 */
public final class ReviewCrop {
    private ReviewCrop() {}

    private static final int MARGIN = 16;

    /** Writes the crop of the item's answer; empty when the page has no image (transcriptions) or the file is gone. */
    public static Optional<Path> write(StoredMark item, Path outDir, PageImages pages) throws IOException {
        Box box = item.graded().evidence().box();
        int page = item.graded().evidence().page();
        if (!box.isKnown() || page < 1 || !Files.isRegularFile(item.source())) return Optional.empty();
        BufferedImage image = pages.page(item.source(), page);
        if (image == null) return Optional.empty();
        int x0 = Math.max(0, box.x() - MARGIN), y0 = Math.max(0, box.y() - MARGIN);
        int x1 = Math.min(image.getWidth(), box.x() + box.width() + MARGIN);
        int y1 = Math.min(image.getHeight(), box.y() + box.height() + MARGIN);
        if (x1 <= x0 || y1 <= y0) return Optional.empty();
        Path dir = Files.createDirectories(outDir.resolve("review"));
        Path png = dir.resolve(safe(item.studentId()) + "_" + safe(item.graded().questionId()) + "_" + item.scriptId() + ".png");
        ImageIO.write(image.getSubimage(x0, y0, x1 - x0, y1 - y0), "png", png.toFile());
        return Optional.of(png);
    }

    /** Whole pages are written at this share of the OCR resolution: legible, and a tenth of the bytes. */
    static final double PAGE_SCALE = 0.4;

    /**
     * Every page of the script, when the answer has no box to cut (its label was not found, so
     * it may be anywhere): the TA looks for it on the pages. Written at {@link #PAGE_SCALE} of
     * the OCR resolution as {@code DIR/review/<student>_<question>_<script>_page<N>.png}. Empty for
     * transcriptions, and when the file has moved.
     */
    public static java.util.List<Path> writePages(StoredMark item, Path outDir, PageImages pages) throws IOException {
        java.util.List<Path> written = new java.util.ArrayList<>();
        if (!Files.isRegularFile(item.source())) return written;
        Path dir = null;
        for (int page = 1; ; page++) {
            BufferedImage image = pages.page(item.source(), page);
            if (image == null) break;
            if (dir == null) dir = Files.createDirectories(outDir.resolve("review"));
            Path png = dir.resolve(safe(item.studentId()) + "_" + safe(item.graded().questionId()) + "_" + item.scriptId()
                    + "_page" + page + ".png");
            ImageIO.write(examgrader.ocr.Preprocessor.scaled(image, PAGE_SCALE), "png", png.toFile());
            written.add(png);
        }
        return written;
    }

    /** The escape sequence that shows the PNG inline, when {@code env} says the terminal understands one; else "". */
    public static String inlineImage(Path png, Map<String, String> env) throws IOException {
        String term = env.getOrDefault("TERM", "").toLowerCase(Locale.ROOT);
        String program = env.getOrDefault("TERM_PROGRAM", "");
        byte[] bytes = Files.readAllBytes(png);
        String data = Base64.getEncoder().encodeToString(bytes);
        if (program.equals("iTerm.app")) {
            return "\033]1337;File=inline=1;size=" + bytes.length + ":" + data + "\007\n";
        }
        if (term.contains("kitty") || env.containsKey("KITTY_WINDOW_ID")) {
            StringBuilder out = new StringBuilder();
            for (int i = 0; i < data.length(); i += 4096) {
                String chunk = data.substring(i, Math.min(data.length(), i + 4096));
                boolean more = i + 4096 < data.length();
                out.append("\033_G").append(i == 0 ? "f=100,a=T," : "").append("m=").append(more ? 1 : 0)
                        .append(';').append(chunk).append("\033\\");
            }
            return out.append('\n').toString();
        }
        return "";
    }

    private static String safe(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
