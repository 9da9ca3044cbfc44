package examgrader.segment;

import java.util.List;
import java.util.stream.Collectors;

/**
 * The part of a script that answers one question of the rubric, in reading order.
 *
 * @param questionId the rubric's question id
 * @param label      the label as the student wrote it (e.g. {@code "Q1 (b)(i)"}), for the report
 * @param fragments  the text that belongs to the answer
 */
public record Segment(String questionId, String label, List<Fragment> fragments) {
    public Segment {
        fragments = List.copyOf(fragments);
    }

    public String text() {
        return fragments.stream().map(Fragment::text).collect(Collectors.joining("\n"));
    }

    public boolean isEmpty() {
        return fragments.stream().allMatch(f -> f.text().isBlank());
    }
}
