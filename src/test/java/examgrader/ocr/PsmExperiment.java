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

    /** A free-form page: answers side by side, indented, far apart; reading order matters here. */
    static final List<TestFiles.Placed> LAYOUT = List.of(
            new TestFiles.Placed(72, 700, "1. (a) i) 4"),
            new TestFiles.Placed(260, 700, "ii) 5"),
            new TestFiles.Placed(420, 700, "iii) 8"),
            new TestFiles.Placed(72, 660, "(b) C_t = {0.7, 0.2, 0.05}"),
            new TestFiles.Placed(110, 560, "= 24 + 12 = 36"),
            new TestFiles.Placed(72, 500, "2. (a) 198 × 198 × 64"),
            new TestFiles.Placed(340, 500, "(b) 3,088,878"),
            new TestFiles.Placed(380, 430, "Ans: 0.6044"),
            new TestFiles.Placed(72, 300, "3. W_f = 3 x 5, b = 3 x 1"));

    public static void main(String[] args) throws Exception {
        int[] modes = args.length > 1 ? java.util.Arrays.stream(args[1].split(",")).mapToInt(Integer::parseInt).toArray() : new int[] {3, 4, 6, 11};
        BufferedImage clean = TestFiles.renderedPage(ANSWER_LINES);
        String layoutText = LAYOUT.stream().map(TestFiles.Placed::text).collect(Collectors.joining("\n")).replace('×', 'x');
        BufferedImage layout = TestFiles.renderedLayout(LAYOUT, 12);
        Map<String, BufferedImage> pages = new LinkedHashMap<>();
        pages.put("clean", clean);
        pages.put("noise5%", TestFiles.withNoise(clean, 0.05, 1));
        pages.put("skew2deg", TestFiles.rotated(clean, 2));
        pages.put("noise5%+skew2deg", TestFiles.withNoise(TestFiles.rotated(clean, 2), 0.05, 2));
        pages.put("shadow", TestFiles.withShadow(clean, 0.35));
        pages.put("layout", layout);
        pages.put("layout+noise+skew", TestFiles.withNoise(TestFiles.rotated(layout, -1.5), 0.03, 3));
        for (String font : List.of("/usr/share/fonts/truetype/fifthhorseman/dkg.ttf", "/usr/share/fonts/truetype/humor-sans/Humor-Sans.ttf")) {
            if (java.nio.file.Files.exists(java.nio.file.Path.of(font))) {
                pages.put("layout-" + java.nio.file.Path.of(font).getFileName(), TestFiles.renderedLayout(LAYOUT.stream().map(p -> new TestFiles.Placed(p.x(), p.y(), p.text().replace('×', 'x'))).toList(), 14, java.nio.file.Path.of(font)));
            }
        }
        String expected = String.join("\n", ANSWER_LINES).replace('×', 'x');
        for (int psm : modes) {
            try (TesseractEngine engine = new TesseractEngine(OcrSettings.DEFAULT.withPsm(psm))) {
                for (boolean prep : new boolean[] {false, true}) {
                    List<String> row = new ArrayList<>();
                    long start = System.nanoTime();
                    for (var page : pages.entrySet()) {
                        BufferedImage image = prep ? Preprocessor.clean(page.getValue()) : page.getValue();
                        String text = engine.read(image, 1).stream().map(Line::text).collect(Collectors.joining("\n"));
                        String want = page.getKey().startsWith("layout") ? layoutText : expected;
                        row.add(String.format("%s %d/%d in-order=%d cer=%.2f", page.getKey(), TokenRecall.numbersRead(want, text),
                                TokenRecall.numbers(want).size(), TokenRecall.numbersInOrder(want, text),
                                TokenRecall.charErrorRate(want, text.replace('×', 'x'))));
                        if (args.length > 0 && args[0].equals("v")) System.out.println("--- psm " + psm + " prep " + prep + " " + page.getKey() + "\n" + text);
                    }
                    long ms = (System.nanoTime() - start) / 1_000_000;
                    System.out.printf("psm=%-2d prep=%-5s %s  %d ms%n", psm, prep, row, ms);
                }
            }
        }
    }
}
