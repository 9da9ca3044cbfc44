package examgrader.samples;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Collectors;

/**
 * One student's habits of writing: label style, how shapes, vectors, sets and big numbers look,
 * the word before a conclusion, whether working is shown and whether answers come in paper order.
 * Chosen from the seed so every seed gives a different class of students.
 */
public record AnswerStyle(LabelStyle labels, String times, ShapeFormat shapeFormat, String open, String close,
                          boolean thousands, String therefore, boolean showWorking, boolean shuffled,
                          boolean compactLists) {

    /** The ways students write a shape such as 3 by 5. */
    public enum ShapeFormat { SPACED, TIGHT, BY, TUPLE }

    private static final String[][] BRACKETS = {{"{", "}"}, {"[", "]"}, {"(", ")"}};
    private static final String[] THEREFORE = {"\u2234", "therefore", "so", "Hence", "=>", "Thus"};
    private static final String[] TIMES = {"\u00d7", "x", "*", "\u00d7"};

    static AnswerStyle pick(ExamSpec exam, Random rng) {
        String[] bracket = BRACKETS[rng.nextInt(BRACKETS.length)];
        return new AnswerStyle(LabelStyle.pick(exam, rng), TIMES[rng.nextInt(TIMES.length)],
                ShapeFormat.values()[rng.nextInt(ShapeFormat.values().length)], bracket[0], bracket[1],
                rng.nextBoolean(), THEREFORE[rng.nextInt(THEREFORE.length)], rng.nextInt(4) != 0,
                rng.nextInt(3) == 0, rng.nextBoolean());
    }

    /** A shape in this student's notation: {@code 3 × 5}, {@code 3x5}, {@code 3 by 5} or {@code (3, 5)}. */
    public String shape(int... dims) {
        List<String> parts = Arrays.stream(dims).mapToObj(Integer::toString).toList();
        return switch (shapeFormat) {
            case SPACED -> String.join(" " + shapeTimes() + " ", parts);
            case TIGHT -> String.join("x", parts);
            case BY -> String.join(" by ", parts);
            case TUPLE -> "(" + String.join(", ", parts) + ")";
        };
    }

    private String shapeTimes() {
        return times.equals("*") ? "x" : times;
    }

    /** A vector in this student's brackets. */
    public String vector(String... components) {
        return open + String.join(", ", components) + close;
    }

    /** A product written out, e.g. {@code 4 × 4 × 3}. */
    public String product(Object... factors) {
        return Arrays.stream(factors).map(String::valueOf).collect(Collectors.joining(" " + times + " "));
    }

    /** A whole number with or without thousands separators. */
    public String number(long value) {
        return thousands ? String.format(Locale.ROOT, "%,d", value) : Long.toString(value);
    }

    /** The word that introduces a conclusion, e.g. {@code ∴} or {@code so}. */
    public String so() {
        return therefore;
    }
}
