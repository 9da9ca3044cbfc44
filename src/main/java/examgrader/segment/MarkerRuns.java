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

    /**
     * Specks before the marker, then one symbol before the answer text: a symbol no word starts
     * with may be glued to it ({@code @H_out}), a capital O must stand alone.
     */
    private static final Pattern MARKER = Pattern.compile(
            "\\s*(?:[_'‘’\"“”~\\-—–|.,·`]\\s*){0,3}(?:([@®©•°¢§])[\\s\\-]*|(O)\\s+)(?=\\S)");

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
