package examgrader.samples;

import java.util.List;

/**
 * Everything written on one answer script, before it is laid out in any form: the header, the
 * answer blocks (one per question group, lines in writing order, leading spaces are indentation)
 * and the expected outcome of every question of the exam.
 */
public record ScriptContent(Student student, List<String> header, List<List<String>> blocks, List<Outcome> outcomes) {
    public ScriptContent {
        header = List.copyOf(header);
        blocks = blocks.stream().map(List::copyOf).toList();
        outcomes = List.copyOf(outcomes);
    }

    /** All lines in reading order, a blank line between blocks. */
    public List<String> lines() {
        java.util.ArrayList<String> lines = new java.util.ArrayList<>(header);
        for (List<String> block : blocks) {
            lines.add("");
            lines.addAll(block);
        }
        return lines;
    }
}
