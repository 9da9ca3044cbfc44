package examgrader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.ocr.Box;
import examgrader.ocr.Line;
import examgrader.ocr.PageText;
import examgrader.ocr.ScriptText;
import examgrader.ocr.Word;
import examgrader.segment.ExamRubrics;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sourceforge.tess4j.ITessAPI.TessPageIteratorLevel;
import net.sourceforge.tess4j.Tesseract;
import org.junit.jupiter.api.Test;

/**
 * Segmentation and extraction on what Tesseract really returns for a printed answer page: its
 * own line breaks, spacing and confidences, rather than text typed into a test.
 */
class RealOcrTest {
    private static final String[] PAGE = {
            "Roll 18CS10042",
            "2. (b) 0",
            "3. (a) W_f is 3 x 5",
            "(c) total parameters = 4 x 18 = 72",
            "5. total multiplications = 3,088,878",
            "depthwise output 199 x 199 x 3",
            "pointwise output 199 x 199 x 10"};

    private static BufferedImage render(String[] lines) {
        BufferedImage image = new BufferedImage(2000, 120 + 110 * lines.length, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, image.getWidth(), image.getHeight());
        g.setColor(Color.BLACK);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 50));
        for (int i = 0; i < lines.length; i++) g.drawString(lines[i], 80, 120 + 110 * i);
        g.dispose();
        return image;
    }

    /** A page as the OCR stage hands it over: Tesseract's lines, each with the words inside its box. */
    private static ScriptText ocr(BufferedImage image) {
        Tesseract tesseract = new Tesseract();
        tesseract.setDatapath("/usr/share/tesseract-ocr/5/tessdata");
        tesseract.setLanguage("eng");
        tesseract.setPageSegMode(4);
        tesseract.setVariable("user_defined_dpi", "300");
        List<net.sourceforge.tess4j.Word> lines = tesseract.getWords(image, TessPageIteratorLevel.RIL_TEXTLINE);
        List<net.sourceforge.tess4j.Word> words = tesseract.getWords(image, TessPageIteratorLevel.RIL_WORD);
        List<Line> result = new ArrayList<>();
        for (var line : lines) {
            List<Word> inLine = new ArrayList<>();
            for (var w : words) {
                var r = w.getBoundingBox();
                if (line.getBoundingBox().contains(r.getCenterX(), r.getCenterY())) {
                    inLine.add(new Word(w.getText(), w.getConfidence(), new Box(r.x, r.y, r.width, r.height)));
                }
            }
            String text = String.join(" ", inLine.stream().map(Word::text).toList());
            result.add(new Line(1, text, inLine));
        }
        PageText page = new PageText(1, "tesseract 5 eng psm=4", "0".repeat(64), result);
        return new ScriptText(Path.of("printed.png"), "0".repeat(64), List.of(page));
    }

    @Test
    void printedPageReadByTesseract() {
        ScriptText script = ocr(render(PAGE));
        Map<String, Answer> a = Answers.of(script, ExamRubrics.ct3());
        assertEquals(new Value.Scalar(0), a.get("2b").chosen().orElseThrow().value());
        assertEquals(new Value.Shape(List.of(3L, 5L)), a.get("3a").chosen().orElseThrow().value());
        assertEquals(new Value.Scalar(72), a.get("3c").chosen().orElseThrow().value());
        assertEquals(new Value.Scalar(3088878), a.get("5.total").chosen().orElseThrow().value());
        assertEquals(new Value.Shape(List.of(199L, 199L, 3L)), a.get("5.dw_shape").chosen().orElseThrow().value());
        assertEquals(new Value.Shape(List.of(199L, 199L, 10L)), a.get("5.pw_shape").chosen().orElseThrow().value());
        Candidate total = a.get("5.total").chosen().orElseThrow();
        assertTrue(total.source().box().isKnown(), "evidence points at the page");
        assertTrue(total.confidence() < 100, "OCR confidence is carried, not assumed");
        assertFalse(a.get("5.total").uncertain(), a.get("5.total").note());
        assertEquals("18CS10042", StudentIds.find(script, ExamRubrics.ct3().studentId()).orElseThrow());
    }
}
