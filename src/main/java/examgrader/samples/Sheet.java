package examgrader.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * The page a student writes on, in words: collects answer lines in blocks, prints labels in the
 * student's style (only when the question changes) and records each question's expected outcome.
 */
final class Sheet {
    private final AnswerStyle style;
    private final Random rng;
    private final List<List<String>> blocks = new ArrayList<>();
    private final List<Outcome> outcomes = new ArrayList<>();
    private List<String> block;
    private List<Integer> previous = List.of();

    Sheet(AnswerStyle style, Random rng) {
        this.style = style;
        this.rng = rng;
    }

    void startBlock() {
        block = new ArrayList<>();
        blocks.add(block);
    }

    /** A line that starts with the label of {@code path} (omitted if the path was just labelled). */
    void answer(List<Integer> path, String text) {
        if (path.equals(previous)) {
            line(text);
            return;
        }
        LabelStyle.Label label = style.labels().render(path, previous);
        previous = path;
        if (label.ownLine() != null) {
            block.add(label.ownLine());
        }
        block.add(label.inline().isEmpty() ? text : label.inline() + " " + text);
    }

    /** The label of the next of several short answers on one line: only the levels that changed. */
    String nextOnLine(List<Integer> path) {
        String label = style.labels().changedLevels(path, previous);
        previous = path;
        return label;
    }

    /** A label that starts a line holding several short answers. */
    String inlineLabel(List<Integer> path) {
        LabelStyle.Label label = style.labels().render(path, previous);
        previous = path;
        if (label.ownLine() != null) {
            block.add(label.ownLine());
        }
        return label.inline();
    }

    /** A line of working or explanation under the current answer. */
    void line(String text) {
        block.add("  " + text);
    }

    void raw(String text) {
        block.add(text);
    }

    void outcome(Outcome outcome) {
        outcomes.add(outcome);
    }

    String pick(String... choices) {
        return choices[rng.nextInt(choices.length)];
    }

    boolean chance(double probability) {
        return rng.nextDouble() < probability;
    }

    AnswerStyle style() {
        return style;
    }

    Random rng() {
        return rng;
    }

    List<List<String>> blocks() {
        return blocks.stream().filter(b -> !b.isEmpty()).toList();
    }

    List<Outcome> outcomes() {
        return outcomes;
    }
}
