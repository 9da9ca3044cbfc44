package examgrader.segment;

import examgrader.ocr.Box;
import examgrader.ocr.Line;
import examgrader.ocr.PageText;
import examgrader.ocr.ScriptText;
import examgrader.ocr.Word;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Builds {@link ScriptText}s from plain text for tests, as a transcription page would arrive:
 * one page per string, one line per text line, one word per space-separated token at confidence
 * 100. {@link #ocrLike} gives chosen tokens a lower confidence, as Tesseract would.
 */
public final class TestScripts {
    private TestScripts() {}

    public static ScriptText text(String... pages) {
        return ocrLike(Map.of(), pages);
    }

    /** Like {@link #text}, but every token listed in {@code lowConfidence} gets that confidence. */
    public static ScriptText ocrLike(Map<String, Double> lowConfidence, String... pages) {
        List<PageText> pageTexts = new ArrayList<>();
        for (int p = 0; p < pages.length; p++) {
            List<Line> lines = new ArrayList<>();
            for (String lineText : pages[p].split("\n", -1)) {
                List<Word> words = Arrays.stream(lineText.trim().split("\\s+"))
                        .filter(t -> !t.isEmpty())
                        .map(t -> new Word(t, lowConfidence.getOrDefault(t, 100.0), Box.NONE))
                        .toList();
                lines.add(new Line(p + 1, lineText, words));
            }
            pageTexts.add(new PageText(p + 1, lowConfidence.isEmpty() ? "transcription" : "test-ocr", null, lines));
        }
        return new ScriptText(Path.of("test-script.txt"), "0".repeat(64), pageTexts);
    }
}
