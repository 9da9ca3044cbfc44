package examgrader.extract;

import examgrader.rubric.AnswerKind;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A 2-D output size given as its height and width, each worked out and named, with no shape
 * written: {@code H_out = ⌊(64 − 3)/2⌋ + 1 = 31} and {@code W_out = ⌊(64 − 5)/2⌋ + 1 = 30}, or
 * {@code Final answer – H_out = 26, W_out = 28}. The student's answer is the shape (31, 30).
 */
final class NamedDimensions {
    static final String REASON = "height and width worked out one by one, no shape written";
    /** A height or width's name closing a side of an "=": {@code H_out}, {@code W}, {@code height}, {@code width}. */
    private static final Pattern HEIGHT = Pattern.compile("(?i)(?:^|.*[\\s,;(])(?:H|height)(?:_?\\{?out\\}?|_o)?\\s*$");
    private static final Pattern WIDTH = Pattern.compile("(?i)(?:^|.*[\\s,;(])(?:W|width)(?:_?\\{?out\\}?|_o)?\\s*$");

    private NamedDimensions() {}

    /**
     * The shape (height, width) when the answer names exactly one height value and one width
     * value, each the result its name is set equal to; empty otherwise.
     */
    static Optional<Candidate> shape(List<Statements.Chain> chains) {
        Set<Long> heights = new LinkedHashSet<>();
        Set<Long> widths = new LinkedHashSet<>();
        List<Statements.Part> sources = new ArrayList<>();
        for (Statements.Chain chain : chains) {
            if (chain.aside()) continue;
            List<Statements.Part> parts = chain.parts();
            for (int k = 0; k < parts.size() - 1; k++) {
                boolean height = HEIGHT.matcher(parts.get(k).text()).matches();
                boolean width = WIDTH.matcher(parts.get(k).text()).matches();
                if (!height && !width) continue;
                Optional<Long> value = valueNamed(parts, k);
                if (value.isEmpty()) continue;
                (height ? heights : widths).add(value.get());
                sources.add(parts.get(k + 1));
            }
        }
        if (heights.size() != 1 || widths.size() != 1) return Optional.empty();
        long h = heights.iterator().next();
        long w = widths.iterator().next();
        Statements.Part last = sources.get(sources.size() - 1);
        double confidence = sources.stream()
                .mapToDouble(p -> Extractor.valueSource(h + "" + w, p.fragment()).minValueConfidence())
                .min().orElse(100);
        return Optional.of(new Candidate(new Value.Shape(List.of(h, w)), h + " × " + w, confidence,
                last.fragment(), REASON, Scoring.END_OF_CHAIN));
    }

    /**
     * The whole number the name at {@code parts[k]} is set equal to: the end of its chain, or the
     * number before the next name in the same chain ({@code 26, W_out}).
     */
    private static Optional<Long> valueNamed(List<Statements.Part> parts, int k) {
        for (int i = k + 1; i < parts.size(); i++) {
            String text = parts.get(i).text();
            boolean named = HEIGHT.matcher(text).matches() || WIDTH.matcher(text).matches();
            if (named) text = text.replaceAll("[,;]?\\s*\\S+\\s*$", "");
            if (named || i == parts.size() - 1) {
                return ValueReader.pureValue(text, AnswerKind.INTEGER)
                        .filter(r -> r.value() instanceof Value.Scalar s && s.value() == Math.rint(s.value()) && s.value() > 0)
                        .map(r -> (long) ((Value.Scalar) r.value()).value());
            }
        }
        return Optional.empty();
    }
}
