package examgrader.rubric;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A YAML node with the place it was written. The loader binds these to typed rubric classes by
 * hand so that scalars keep their text ({@code NO} and {@code 012} stay strings where a string
 * is expected) and every error can name its line and column.
 */
sealed interface YamlNode {
    SourcePos pos();

    /** What the node is, in words, for "expected a list, found a mapping". */
    String what();

    /**
     * A plain value. {@code quoted} is true for anything YAML reads as a string ({@code '12'},
     * {@code each}), false for numbers, booleans and nulls as written ({@code 12}, {@code NO}).
     */
    record Scalar(String text, boolean quoted, boolean isNull, SourcePos pos) implements YamlNode {
        public String what() {
            return isNull ? "nothing" : quoted ? "the text '" + text + "'" : "'" + text + "'";
        }
    }

    record Seq(List<YamlNode> items, SourcePos pos) implements YamlNode {
        public Seq {
            items = List.copyOf(items);
        }

        public String what() {
            return "a list";
        }
    }

    /** Keys in file order, each with the position of the key itself. */
    record MapNode(LinkedHashMap<String, YamlNode> entries, Map<String, SourcePos> keyPos, SourcePos pos)
            implements YamlNode {
        public String what() {
            return "a mapping";
        }
    }
}
