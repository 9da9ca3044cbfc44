package examgrader.ocr;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads circled item numbers ({@code ①②③}) that Tesseract's English model turns into one symbol
 * ({@code @}, {@code ®}, {@code ©}) saying nothing about which item it was. Segmentation could
 * place such markers only when a block had exactly as many as the rubric has items; a student who
 * left one item out sent every item of the block to a person.
 *
 * <p>The digit is still on the page, inside its ring. At the start of a line, a symbol of that
 * kind is judged on the page: the largest connected patch of ink around it must be a ring (about
 * as wide as tall, with nothing of it in its middle), and what lies inside the ring, alone on a
 * white crop, is read again digits-only ({@link CropReader}). A number from 1 to 20 read at
 * {@link #MIN_CONFIDENCE} or more replaces the symbol by its circled digit. When any marker of a
 * block cannot be read so, the whole block is left as read ({@link #blocksReadWhole}): segmentation
 * then places its markers by their order as before, rather than mixing numbers read with symbols
 * it cannot place.
 * Only on pages that read like print ({@link NumberCheck#isPrintLike}), as for the other digit
 * checks: on handwriting the re-read's confidence says little.
 */
final class CircledNumbers {
    /**
     * Least confidence of the digits-only re-read of a ring's inside: what a value read from print
     * needs ({@code Extractor.DEFAULT_MIN_CONFIDENCE}). A DejaVu Sans ① re-reads at 88, the samples'
     * circled numbers at 95–97.
     */
    static final double MIN_CONFIDENCE = 85;
    /** Symbols Tesseract reads a circled number as (see {@code segment.MarkerRuns}). */
    private static final String MARKER_SYMBOLS = "@®©•°¢§";
    /** The crop around the symbol is this much larger than its box: Tesseract's symbol boxes cut rings. */
    private static final double CROP_SCALE = 1.4;

    private CircledNumbers() {}

    /**
     * The lines with each line-starting marker symbol whose ring holds a readable number replaced
     * by that circled number. The lines were read from a copy of {@code page} scaled by
     * {@code readScale} (1: the page itself): a ring scaled down to the capital height used for
     * reading is too thin and too close to its digit to tell apart, so it is judged at full size.
     */
    static Checked apply(List<Line> lines, Map<Box, List<Glyph>> glyphsByWordBox, BufferedImage page,
                         double readScale, CropReader reader) throws OcrFailedException {
        if (!NumberCheck.isPrintLike(lines)) return new Checked(lines, false);
        Optional<Box> column = markerColumn(lines, glyphsByWordBox);
        java.util.Set<Line> recovered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        if (column.isPresent()) lines = withDroppedMarkers(lines, column.get(), page, readScale, reader, recovered);
        List<Optional<Integer>> numbers = new ArrayList<>(lines.size());
        for (Line line : lines) {
            Word first = line.words().isEmpty() ? null : line.words().get(0);
            char c = first == null ? ' ' : first.text().charAt(0);
            if (recovered.contains(line) || isCircledDigit(c)) {
                numbers.add(isCircledDigit(c) ? Optional.of(c - '\u2460' + 1) : Optional.empty());
            } else if (MARKER_SYMBOLS.indexOf(c) >= 0) {
                List<Glyph> glyphs = glyphsByWordBox.get(first.box());
                numbers.add(Glyph.spell(glyphs, first.text())
                        ? numberInRing(page, glyphs.get(0).box().beforeScaling(readScale), reader)
                        : Optional.empty());
            } else {
                numbers.add(null);
            }
        }
        boolean[] readBlock = blocksReadWhole(numbers);
        List<Line> out = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            Optional<Integer> number = numbers.get(i);
            if (number == null || (!readBlock[i] && !recovered.contains(line))) {
                out.add(line);
                continue;
            }
            Word first = line.words().get(0);
            String marker = readBlock[i] ? circledDigit(number.get()) : "@";
            String rest = first.text().substring(1).replaceFirst("^[" + MARKER_SYMBOLS + "]+", "");
            List<Word> words = new ArrayList<>(line.words());
            words.set(0, new Word(marker + rest, first.confidence(), first.box(), first.numberConfidence(), first.signsByShape()));
            out.add(Line.ofWords(line.page(), words));
        }
        return new Checked(out, column.isPresent());
    }

    private static boolean isCircledDigit(char c) {
        return c >= '\u2460' && c <= '\u2473';
    }

    /** The circled digit for {@code n} from 1 to 20 ({@code ①} for 1). */
    private static String circledDigit(int n) {
        return String.valueOf((char) ('\u2460' + n - 1));
    }

    /**
     * The lines after the check, and whether every line of the page was looked at for a circled
     * number Tesseract dropped: then a line without one has none on the page either.
     */
    record Checked(List<Line> lines, boolean droppedMarkersSought) {}

    /** Confidence given to a marker found on the page where Tesseract read nothing: never a sure read. */
    private static final double RECOVERED = 0;

    /**
     * Where this page writes its item markers: the box of its first marker, moved to their median
     * left edge and size. Empty with fewer than two markers read: one says nothing about a column.
     */
    private static Optional<Box> markerColumn(List<Line> lines, Map<Box, List<Glyph>> glyphsByWordBox) {
        List<Box> boxes = new ArrayList<>();
        for (Line line : lines) {
            if (line.words().isEmpty()) continue;
            Word first = line.words().get(0);
            List<Glyph> glyphs = glyphsByWordBox.get(first.box());
            if (isMarker(first.text().charAt(0)) && Glyph.spell(glyphs, first.text())) boxes.add(glyphs.get(0).box());
        }
        if (boxes.size() < 2) return Optional.empty();
        int x = median(boxes.stream().mapToInt(Box::x).toArray());
        int size = median(boxes.stream().mapToInt(b -> Math.max(b.width(), b.height())).toArray());
        return Optional.of(new Box(x, 0, size, size));
    }

    private static boolean isMarker(char c) {
        return MARKER_SYMBOLS.indexOf(c) >= 0 || isCircledDigit(c);
    }

    private static int median(int[] values) {
        int[] sorted = values.clone();
        java.util.Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }

    /**
     * Tesseract sometimes drops a circled number altogether, and its item's text then reads as
     * more of the item before. On a page that writes markers in a column, a line whose first word
     * starts right of that column is looked at where its marker would stand: a ring there gives
     * the line its marker back, as the circled number read inside it, or as an unreadable marker
     * symbol when its inside does not read surely (so the item is in doubt, not merged).
     */
    private static List<Line> withDroppedMarkers(List<Line> lines, Box column, BufferedImage page, double readScale,
                                                 CropReader reader, java.util.Set<Line> recovered) throws OcrFailedException {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line line : lines) {
            if (line.words().isEmpty() || isMarker(line.words().get(0).text().charAt(0))) {
                out.add(line);
                continue;
            }
            Box first = line.words().get(0).box();
            int size = column.width();
            if (first.x() < column.x() + size) {
                out.add(line);
                continue;
            }
            Box where = new Box(column.x(), first.y() + first.height() / 2 - size / 2, size, size);
            Optional<BufferedImage> inside = insideOfRing(page, where.beforeScaling(readScale));
            if (inside.isEmpty()) {
                out.add(line);
                continue;
            }
            Optional<Integer> number = numberRead(inside.get(), reader);
            String marker = number.map(CircledNumbers::circledDigit).orElse("@");
            List<Word> words = new ArrayList<>();
            words.add(new Word(marker, RECOVERED, where));
            words.addAll(line.words());
            Line withMarker = Line.ofWords(line.page(), words);
            recovered.add(withMarker);
            out.add(withMarker);
        }
        return out;
    }

    /**
     * For each line, whether the block of markers it belongs to was read whole. A page may number
     * several blocks ({@code Task 1} ① to ⑥, then {@code Task 2} ① to ⑤): a new block starts at a
     * number read that does not go past the last one read, and a marker whose number could not be
     * read belongs to the block of the marker before it. A block with any such marker is left as
     * read, so that segmentation places its markers by their order rather than mixing numbers
     * read with symbols it cannot place; the page's other blocks keep their numbers.
     *
     * @param numbers per line: null for a line without a marker, empty for a marker not read
     */
    static boolean[] blocksReadWhole(List<Optional<Integer>> numbers) {
        boolean[] whole = new boolean[numbers.size()];
        int blockStart = 0;
        int last = 0;
        boolean allRead = true;
        for (int i = 0; i <= numbers.size(); i++) {
            Optional<Integer> n = i < numbers.size() ? numbers.get(i) : Optional.of(0);
            if (n == null) continue;
            if (n.isPresent() && n.get() <= last) {
                java.util.Arrays.fill(whole, blockStart, i, allRead);
                blockStart = i;
                allRead = true;
            }
            if (n.isPresent()) last = n.get();
            else allRead = false;
        }
        return whole;
    }

    /** The number written inside the ring around {@code glyph}, when there is a ring and its inside reads surely as 1–20. */
    static Optional<Integer> numberInRing(BufferedImage page, Box glyph, CropReader reader) throws OcrFailedException {
        Optional<BufferedImage> inside = insideOfRing(page, glyph);
        return inside.isEmpty() ? Optional.empty() : numberRead(inside.get(), reader);
    }

    /** The number a ring's inside reads as, when it reads surely as 1–20. */
    private static Optional<Integer> numberRead(BufferedImage image, CropReader reader) throws OcrFailedException {
        Optional<Word> read = reader.readDigits(image, new Box(0, 0, image.getWidth(), image.getHeight()));
        if (read.isEmpty() || read.get().confidence() < MIN_CONFIDENCE || !read.get().text().matches("[1-9]\\d?")) {
            return Optional.empty();
        }
        int n = Integer.parseInt(read.get().text());
        return n <= 20 ? Optional.of(n) : Optional.empty();
    }

    /**
     * The ink inside the ring around {@code glyph}, alone on white and cut to the ring's box; empty
     * when the largest patch of ink there is not a ring or holds nothing. A scanned ring is thin and
     * often broken by blur and JPEG; when it does not hold together as read, its gaps are closed by
     * growing the ink one pixel, then two, to find it (the digit inside is drawn as read).
     */
    static Optional<BufferedImage> insideOfRing(BufferedImage page, Box glyph) {
        int side = (int) Math.round(CROP_SCALE * Math.max(glyph.width(), glyph.height()));
        int x0 = Math.max(0, glyph.x() + glyph.width() / 2 - side / 2), y0 = Math.max(0, glyph.y() + glyph.height() / 2 - side / 2);
        int x1 = Math.min(page.getWidth(), x0 + side), y1 = Math.min(page.getHeight(), y0 + side);
        if (x1 - x0 < 8 || y1 - y0 < 8) return Optional.empty();
        boolean[][] ink = InkPatches.mask(page, x0, y0, x1, y1);
        if (ink == null) return Optional.empty();
        for (int grow = 0; grow <= MAX_GAP_CLOSED; grow++) {
            Optional<BufferedImage> inside = insideOfRing(ink, InkPatches.of(grow == 0 ? ink : InkPatches.grown(ink, grow)), glyph);
            if (inside.isPresent()) return inside;
        }
        return Optional.empty();
    }

    /** Pixels by which the ink is grown at most to close a broken ring. */
    private static final int MAX_GAP_CLOSED = 2;

    private static Optional<BufferedImage> insideOfRing(boolean[][] ink, InkPatches patches, Box glyph) {
        int ring = patches.largest();
        if (ring < 0) return Optional.empty();
        int[] r = patches.box(ring);
        int w = r[2] - r[0] + 1, h = r[3] - r[1] + 1;
        if (w < 0.6 * glyph.width() || h < 0.6 * glyph.height() || w > 1.35 * h || h > 1.35 * w) return Optional.empty();
        if (patches.anyOf(ring, r[0] + w * 2 / 5, r[1] + h * 2 / 5, r[0] + w * 3 / 5, r[1] + h * 3 / 5)) return Optional.empty();
        BufferedImage inside = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        boolean any = false;
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = patches.at(r[0] + x, r[1] + y);
                boolean keep = ink[r[1] + y][r[0] + x] && p != ring && patches.within(p, r);
                any |= keep;
                inside.getRaster().setSample(x, y, 0, keep ? 0 : 255);
            }
        }
        return any ? Optional.of(inside) : Optional.empty();
    }
}
