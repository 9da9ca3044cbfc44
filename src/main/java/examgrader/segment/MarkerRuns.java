package examgrader.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Items numbered with circled digits come back from Tesseract as one-glyph symbols ({@code @},
 * {@code ®}, {@code ©}, {@code O}) that say nothing about which item they were. When every item
 * of one block ({@code Task 2}) was written that way, none was read as a label otherwise, and
 * there are exactly as many such lines as the rubric has items in that block, the markers are
 * the items in order: the first marker is the first item, and so on. Any other count leaves
 * the lines unplaced, so their questions go to review rather than to a guessed item.
 */
final class MarkerRuns {
    /** A line that starts with an unreadable marker and no label; {@code section} is where the walker was. */
    record MarkerLine(int line, int section, int start, int end, String glyph) {}

    /** The symbols Tesseract reads a circled number as. */
    static final String SYMBOLS = "@®©•°¢§";
    /**
     * Specks before the marker, then one symbol before the answer text: a symbol no word starts
     * with may be glued to it ({@code @H_out}), a capital O must stand alone.
     */
    private static final Pattern MARKER = Pattern.compile(
            "\\s*(?:[_'‘’\"“”~\\-—–|.,·`]\\s*){0,3}(?:([" + SYMBOLS + "])[\\s\\-]*|(O)\\s+)(?=\\S)");

    private MarkerRuns() {}

    /** The marker line the cleaned line text starts with, or null. */
    static MarkerLine at(String cleaned, int line, int section) {
        Matcher m = MARKER.matcher(cleaned);
        if (!m.lookingAt()) return null;
        int g = m.group(1) != null ? 1 : 2;
        return new MarkerLine(line, section, m.start(g), m.end(), m.group(g));
    }

    /**
     * Labels for marker lines, by line number: for each block opened once whose items the rubric
     * lists and the walk found none of, when its marker lines number exactly its items.
     */
    static Map<Integer, Label> itemLabels(List<MarkerLine> markers, List<List<String>> sectionPaths, LabelSchema schema) {
        Map<Integer, Label> labels = new HashMap<>();
        for (int s = 1; s < sectionPaths.size(); s++) {
            List<String> block = sectionPaths.get(s);
            if (block.contains(LabelPath.ANY) || !openedOnce(block, sectionPaths) || itemFound(block, sectionPaths, schema)) {
                continue;
            }
            List<String> items = schema.childrenOf(block);
            int first = s;
            int end = blockEnd(s, sectionPaths);
            List<MarkerLine> inBlock = markers.stream().filter(m -> m.section() >= first && m.section() < end).toList();
            if (items.size() < 2 || inBlock.size() != items.size()) continue;
            for (int i = 0; i < items.size(); i++) {
                MarkerLine m = inBlock.get(i);
                List<String> parts = new ArrayList<>(block);
                parts.add(items.get(i));
                labels.put(m.line(), new Label(Label.Kind.DOTTED, List.copyOf(parts), m.glyph(), m.start(), m.end()));
            }
        }
        return labels;
    }

    /** More questions than this are not tried in every assignment. */
    private static final int MAX_ORDERED_QUESTIONS = 8;

    /**
     * Labels for marker lines when the whole script's questions were written with them ({@code ①}
     * to {@code ⑤}, read as {@code ®}, {@code @}, {@code ©}) and no question number was read at all:
     * which marker is which question is worked out from what is written under it, not from the
     * order (students answer out of order):
     * <ul>
     *   <li>the sub-labels read under a marker ({@code b) (i)}) must be ones its question has, and
     *       there must be some exactly when it has some;</li>
     *   <li>of every assignment that fits the sub-labels so, the one taken names the questions' cue
     *       words under their own markers strictly more often than any other (question 2's
     *       "parameters" under its marker, not question 4's).</li>
     * </ul>
     * When no assignment fits, or two tie, nothing is placed and the questions go to review.
     */
    static Map<Integer, Label> questionLabels(List<MarkerLine> markers, List<List<String>> sectionPaths,
                                              List<LabelWalker.Piece> pieces, LabelSchema schema) {
        List<String> questions = schema.childrenOf(List.of());
        int n = questions.size();
        if (n < 2 || n > MAX_ORDERED_QUESTIONS || markers.size() != n || itemFound(List.of(), sectionPaths, schema)) {
            return Map.of();
        }
        boolean[][] fits = new boolean[n][n];
        int[][] cues = new int[n][n];
        for (int b = 0; b < n; b++) {
            int from = markers.get(b).line(), to = b + 1 < n ? markers.get(b + 1).line() : Integer.MAX_VALUE;
            List<LabelWalker.Piece> block = pieces.stream().filter(p -> p.line() >= from && p.line() < to).toList();
            List<List<String>> subLabels = subLabels(block, markers.get(b));
            String text = String.join("\n", block.stream().map(LabelWalker.Piece::text).toList());
            for (int q = 0; q < n; q++) {
                fits[b][q] = subLabelsFit(subLabels, questions.get(q), schema);
                cues[b][q] = Cues.count(text, schema.cuesUnder(questions.get(q)));
            }
        }
        int[] order = onlyBestOrder(fits, cues);
        if (order == null) return Map.of();
        Map<Integer, Label> labels = new HashMap<>();
        for (int i = 0; i < n; i++) {
            MarkerLine m = markers.get(i);
            labels.put(m.line(), new Label(Label.Kind.DOTTED, List.of(questions.get(order[i])), m.glyph(), m.start(), m.end()));
        }
        return labels;
    }

    /**
     * The sub-label paths read under a marker, relative to the question ({@code [b, i]}): only
     * labels read after the marker (the marker line itself still carries the label before it),
     * up to the first level left unknown, and a letter glued to the marker ({@code @a)e_kj}).
     */
    private static List<List<String>> subLabels(List<LabelWalker.Piece> block, MarkerLine marker) {
        List<List<String>> found = new ArrayList<>();
        for (LabelWalker.Piece p : block) {
            if (p.section() <= marker.section() || p.path().size() < 2) continue;
            List<String> relative = new ArrayList<>();
            for (String part : p.path().subList(1, p.path().size())) {
                if (part.equals(LabelPath.ANY)) break;
                relative.add(part);
            }
            if (!relative.isEmpty() && !found.contains(relative)) found.add(relative);
        }
        Matcher glued = GLUED_LETTER.matcher(block.isEmpty() ? "" : block.get(0).text());
        if (glued.lookingAt() && !found.contains(List.of(glued.group(1)))) found.add(List.of(glued.group(1)));
        return found;
    }

    /** Every sub-label is one the question has, and there are some exactly when it has some. */
    private static boolean subLabelsFit(List<List<String>> subLabels, String question, LabelSchema schema) {
        if (schema.childrenOf(List.of(question)).isEmpty()) return subLabels.isEmpty();
        if (subLabels.isEmpty()) return false;
        for (List<String> sub : subLabels) {
            List<String> path = new ArrayList<>(List.of(question));
            path.addAll(sub);
            if (!schema.hasPrefix(path)) return false;
        }
        return true;
    }

    /** A letter label right after the marker ({@code @a)e_kj}), which the first walk does not read. */
    private static final Pattern GLUED_LETTER = Pattern.compile("\\s*[" + SYMBOLS + "O]?\\s*\\(?([a-h])\\)");

    /**
     * The one order of the questions (question of each block) that the sub-labels allow and that
     * names more cue words under their own questions than every other allowed order; null when
     * no order is allowed or two tie for the most.
     */
    private static int[] onlyBestOrder(boolean[][] fits, int[][] cues) {
        Best best = new Best();
        search(0, new int[fits.length], new boolean[fits.length], fits, cues, best);
        return best.tied ? null : best.order;
    }

    /** The best order found so far, its score, and whether another order reached the same score. */
    private static final class Best {
        int[] order;
        int score = -1;
        boolean tied;
    }

    private static void search(int block, int[] order, boolean[] used, boolean[][] fits, int[][] cues, Best best) {
        int n = fits.length;
        if (block == n) {
            int score = 0;
            for (int i = 0; i < n; i++) score += cues[i][order[i]];
            if (score > best.score) {
                best.score = score;
                best.order = order.clone();
                best.tied = false;
            } else if (score == best.score) {
                best.tied = true;
            }
            return;
        }
        for (int q = 0; q < n; q++) {
            if (used[q] || !fits[block][q]) continue;
            used[q] = true;
            order[block] = q;
            search(block + 1, order, used, fits, cues, best);
            used[q] = false;
        }
    }

    /** The first section after {@code s} that is not under its path: where the block ends. */
    private static int blockEnd(int s, List<List<String>> sectionPaths) {
        int t = s + 1;
        while (t < sectionPaths.size() && LabelPath.startsWith(sectionPaths.get(t), sectionPaths.get(s))) t++;
        return t;
    }

    private static boolean openedOnce(List<String> block, List<List<String>> sectionPaths) {
        return sectionPaths.stream().filter(p -> LabelPath.equal(p, block)).count() == 1;
    }

    /**
     * Whether an item of the block was read as a label of the rubric's kind at that level; a
     * {@code b.} placed there by position only is a sub-label of a marker item, not an item.
     */
    private static boolean itemFound(List<String> block, List<List<String>> sectionPaths, LabelSchema schema) {
        return sectionPaths.stream().anyMatch(p -> p.size() > block.size() && LabelPath.startsWith(p, block)
                && schema.fitsLevel(block.size(), p.get(block.size())));
    }
}
