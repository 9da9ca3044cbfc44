package examgrader.extract;

import java.util.List;

/**
 * A value a student wrote, in the forms exam answers take. Scoring compares a {@code Value}
 * with the reference computed by the engine.
 */
public sealed interface Value {
    /** The value as it should be shown back to a student or auditor. */
    String display();

    /** A single number: {@code 3,088,878}, {@code 0.6044}, {@code 3.089 x 10^6}, {@code 2.5088e6}. */
    record Scalar(double value) implements Value {
        public String display() {
            return Values.format(value);
        }
    }

    /** An ordered list of reals: {@code {0.7, 0.2, 0.05}}, {@code [..]}, a LaTeX bmatrix. */
    record Vector(List<Double> components) implements Value {
        public Vector { components = List.copyOf(components); }
        public String display() {
            return Values.formatList(components, "(", ")");
        }
    }

    /** A tensor shape: {@code 3 x 5}, {@code 3 × 5}, {@code 3 by 5}, {@code (26, 28)}. */
    record Shape(List<Long> dims) implements Value {
        public Shape { dims = List.copyOf(dims); }
        public String display() {
            return dims.stream().map(String::valueOf).reduce((a, b) -> a + " × " + b).orElse("");
        }
    }

    /** An unordered set of numbers: {@code 52, 53, 54} or {@code {52, 53, 54}}. */
    record NumberSet(List<Double> members) implements Value {
        public NumberSet { members = List.copyOf(members); }
        public String display() {
            return Values.formatList(members, "{", "}");
        }
    }

    /** A formula as written (plain text or LaTeX-style), compared by evaluation. */
    record Formula(String expression) implements Value {
        public String display() {
            return expression;
        }
    }
}
