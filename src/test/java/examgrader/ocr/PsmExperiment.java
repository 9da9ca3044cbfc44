package examgrader.ocr;

import examgrader.ingest.TestFiles;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The measurement behind {@link OcrSettings#DEFAULT}'s psm and the clean-up: typical answer lines
 * are typeset at 12 pt, rendered at 300 dpi, spoiled (speckle noise, skew), and read with each page
 * segmentation mode, with and without {@link Preprocessor#clean}. Prints, per setting and page, how
 * many of the typeset numbers were read exactly, the character error rate (spacing ignored, × taken
 * as x) and the time taken. Run:
 * {@code OMP_THREAD_LIMIT=1 java -cp <test classpath> examgrader.ocr.PsmExperiment}.
 */
public final class PsmExperiment {
    static final List<String> ANSWER_LINES = List.of(
            "1. (a) i) f_t = 4",
            "ii) W_f = 3 x 5",
            "(b) params = 3,088,878",
            "C_t = {0.7, 0.2, 0.05}",
            "(c) h_t = tanh(0.7) = 0.6044",
            "Q2 (a) output 198 × 198 × 64",
            "total = 4 × 6 + 4 × 3 = 36",
            "3. (b) p = (0.659, 0.242, 0.099)");

    public static void main(String[] args) throws Exception {
        BufferedImage clean = TestFiles.renderedPage(ANSWER_LINES);
        Map<String, BufferedImage> pages = new LinkedHashMap<>();
        pages.put("clean", clean);
        pages.put("noise5%", TestFiles.withNoise(clean, 0.05, 1));
        pages.put("skew2deg", TestFiles.rotated(clean, 2));
        pages.put("noise5%+skew2deg", TestFiles.withNoise(TestFiles.rotated(clean, 2), 0.05, 2));
        String expected = String.join("\n", ANSWER_LINES).replace('×', 'x');
        int numbers = TokenRecall.numbers(expected).size();
        for (int psm : new int[] {3, 4, 6, 11}) {
            try (TesseractEngine engine = new TesseractEngine(OcrSettings.DEFAULT.withPsm(psm))) {
                for (boolean prep : new boolean[] {false, true}) {
                    List<String> row = new ArrayList<>();
                    long start = System.nanoTime();
                    for (var page : pages.entrySet()) {
                        BufferedImage image = prep ? Preprocessor.clean(page.getValue()) : page.getValue();
                        String text = engine.read(image, 1).stream().map(Line::text).collect(Collectors.joining("\n"));
                        row.add(String.format("%s %d/%d cer=%.2f", page.getKey(), TokenRecall.numbersRead(expected, text),
                                numbers, TokenRecall.charErrorRate(expected, text.replace('×', 'x'))));
                        if (args.length > 0) System.out.println("--- psm " + psm + " prep " + prep + " " + page.getKey() + "\n" + text);
                    }
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    System.out.printf("psm=%-2d prep=%-5s %s  %d ms%n", psm, prep, row, ms);
                }
            }
        }
    }
}
