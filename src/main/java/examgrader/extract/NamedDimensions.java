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
    /** A channel count's name closing a side: {@code C}, {@code C_out}, {@code channels}, {@code D}, {@code depth}. */
    private static final Pattern CHANNELS = Pattern.compile("(?i)(?:^|.*[\\s,;(])(?:C|channels?|D|depth)(?:_?\\{?out\\}?|_o)?\\s*$");
    /** The names of a shape's dimensions in the order students write them: height, width, channels. */
    private static final List<Pattern> NAMES = List.of(HEIGHT, WIDTH, CHANNELS);

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
     * The chain with a shape written as its named dimensions in one statement ({@code Output after
     * depthwise conv: H=199, W=199, C=3}, {@code => H=31, W=30}) read as that shape: the values and
     * the names after the first become one side {@code H = 199 × 199 × 3}, so the shape is scored as any shape
     * written at that place is. Height, then width, then maybe the channels, each set equal to a
     * whole number; any other chain is returned as it is.
     */
    static Statements.Chain asWrittenShape(Statements.Chain chain) {
        List<Statements.Part> parts = chain.parts();
        for (int k = 0; k + 2 < parts.size(); k++) {
            if (!HEIGHT.matcher(parts.get(k).text()).matches()) continue;
            List<Long> dims = new ArrayList<>();
            int at = k;
            int last = k;
            for (int n = 0; n < NAMES.size() && at < parts.size() - 1 && NAMES.get(n).matcher(parts.get(at).text()).matches(); n++) {
                String next = parts.get(at + 1).text();
                boolean carriesNextName = n + 1 < NAMES.size() && NAMES.get(n + 1).matcher(next).matches();
                Optional<Long> value = wholeNumber(carriesNextName ? withoutTheNextName(next) : next);
                if (value.isEmpty()) break;
                dims.add(value.get());
                last = at + 1;
                at = carriesNextName ? at + 1 : at + 2;
            }
            if (dims.size() < 2) continue;
            String shape = String.join(" × ", dims.stream().map(String::valueOf).toList());
            List<Statements.Part> read = new ArrayList<>(parts.subList(0, k + 1));
            read.add(new Statements.Part(shape, parts.get(last).fragment(), parts.get(k + 1).approximate()));
            read.addAll(parts.subList(last + 1, parts.size()));
            return new Statements.Chain(read, chain.order(), chain.aside(), chain.topic(), chain.withdrawn());
        }
        return chain;
    }

    /** A side that ends in the next dimension's name ({@code 199, W}) without that name: the value before it. */
    private static String withoutTheNextName(String side) {
        return side.replaceAll("[,;]?\\s*\\S+\\s*$", "");
    }

    private static Optional<Long> wholeNumber(String text) {
        return ValueReader.pureValue(text, AnswerKind.INTEGER)
                .filter(r -> r.value() instanceof Value.Scalar s && s.value() == Math.rint(s.value()) && s.value() > 0)
                .map(r -> (long) ((Value.Scalar) r.value()).value());
    }

    /**
     * The whole number the name at {@code parts[k]} is set equal to: the end of its chain, or the
     * number before the next name in the same chain ({@code 26, W_out}).
     */
    private static Optional<Long> valueNamed(List<Statements.Part> parts, int k) {
        for (int i = k + 1; i < parts.size(); i++) {
            String text = parts.get(i).text();
            boolean named = HEIGHT.matcher(text).matches() || WIDTH.matcher(text).matches() || CHANNELS.matcher(text).matches();
            if (named) text = withoutTheNextName(text);
            if (named || i == parts.size() - 1) {
                // A side left open (floor((64 -, the page cut the working) gives an operand, not the value.
                return WrappedLines.leavesABracketOpen(text) ? Optional.empty() : wholeNumber(text);
            }
        }
        return Optional.empty();
    }
}
