package examgrader.extract;

import examgrader.rubric.AnswerKind;
import examgrader.rubric.Question;
import examgrader.rubric.Reference;
import examgrader.rubric.References;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The question's own data written back in the answer. Students copy the question before working
 * it ({@code input 78 x 84, kernel 5 x 5, ...}, {@code Given C~_t = (0.5, 0, 0.1), compute C_t}),
 * and a vector, shape or set the question gives is almost never its answer. When the value chosen
 * is one the question gives, while the answer also holds another value of its kind and size (a count or
 * a longer product worked out beside a shape is no rival to it), a single number beside a given
 * vector (maybe its only non-zero component), or a bracketed list that
 * could not be read (a misread line may be the result), the choice is in doubt: the answer goes to
 * a person rather than marking the student for the question's own numbers. So does a given value
 * read from a line that copies the question ({@code > 5. ... image of shape 200x200x3, ... filter 4x4})
 * when the answer works out other numbers ({@code 1,900,848}): the student's own answer is there,
 * in a form that was not read ({@code H=199, W=199, C=3} before such names were read as a shape).
 */
public final class GivenData {
    /** A bracketed list of numbers: a vector or tuple, read or not. */
    private static final Pattern BRACKETED_LIST = Pattern.compile("[\\[({]\\s*[-.]?\\d[^\\])}]*[,;][^\\])}]*\\d");

    private GivenData() {}

    static Optional<String> restated(Question question, Candidate chosen, List<Candidate> candidates,
                                     List<Statements.Chain> chains) {
        if (chosen.value() instanceof Value.Scalar) return Optional.empty();
        Optional<String> given = givenAs(question, chosen.value());
        if (given.isEmpty()) return Optional.empty();
        String what = "'" + chosen.raw() + "' is the question's own data (" + given.get() + ") written back";
        for (Candidate other : candidates) {
            if (rival(other.value(), chosen.value()) || loneComponent(other.value(), chosen.value())) {
                return Optional.of(what + ", and the answer also gives " + other.value().display());
            }
        }
        if (chosen.reason().contains(Scoring.RESTATED)) {
            for (Candidate other : candidates) {
                if (!Scoring.sameValue(other.value(), chosen.value()) && !allGiven(question, other.value())) {
                    return Optional.of(what + " on a line that copies the question, while the answer works out "
                            + other.value().display() + ": its own answer may be written in a form that was not read");
                }
            }
        }
        for (Statements.Chain chain : chains) {
            for (Statements.Part part : chain.parts()) {
                if (BRACKETED_LIST.matcher(part.text()).find() && ValueReader.pureValue(part.text(), question.kind()).isEmpty()) {
                    return Optional.of(what + ", and '" + part.text() + "' could not be read: the answer may be there");
                }
            }
        }
        return Optional.empty();
    }

    /**
     * An answer that is another question's data ({@code With input (78, 84), ...} in a paragraph that
     * also answers the 1-D question, read as its set {78, 84}) is that question's, not this one's:
     * it goes to a person. The question's own data is left to {@link #restated}.
     */
    public static Answer ofAnotherQuestion(Answer answer, Question question, List<Question> all) {
        if (answer.chosen().isEmpty() || answer.chosen().get().value() instanceof Value.Scalar) return answer;
        Value value = answer.chosen().get().value();
        if (givenAs(question, value).isPresent()) return answer;
        for (Question other : all) {
            if (other == question) continue;
            Optional<String> given = givenAs(other, value);
            if (given.isPresent()) {
                return answer.doubted("'" + answer.chosen().get().raw() + "' is the data of " + other.id() + " ("
                        + given.get() + "), not an answer to this question");
            }
        }
        return answer;
    }

    /**
     * Another value that could be the answer instead: of the same kind and size ({@code 26 x 28} beside
     * the input's {@code 78 x 84}), not a count or a product of five factors worked out beside a shape.
     */
    private static boolean rival(Value other, Value chosen) {
        return other.getClass() == chosen.getClass() && References.numbers(other).size() == References.numbers(chosen).size()
                && !Scoring.sameValue(other, chosen);
    }

    /**
     * A single number beside a vector the question gives: the student may have written only the
     * component that is not zero ({@code h_t = tanh(0.7) = 0.6044} under {@code since o_t = {1, 0, 0}},
     * its {@code o_t} read by OCR as {@code o_ t}).
     */
    private static boolean loneComponent(Value other, Value chosen) {
        return chosen instanceof Value.Vector && other instanceof Value.Scalar;
    }

    /** Whether {@code value} is a vector, shape or set the question itself gives. */
    static boolean isGiven(Question question, Value value) {
        return !(value instanceof Value.Scalar) && givenAs(question, value).isPresent();
    }

    /** The name of the question's argument whose numbers {@code value} has, in order (any order for a set). */
    private static Optional<String> givenAs(Question question, Value value) {
        if (!(question.reference() instanceof Reference.Compute compute)) return Optional.empty();
        List<Double> numbers = References.numbers(value);
        for (Map.Entry<String, Object> arg : compute.args().entrySet()) {
            for (List<Double> list : numberLists(arg.getValue())) {
                if (same(list, numbers, question.kind() == AnswerKind.SET)) return Optional.of(arg.getKey());
            }
        }
        return Optional.empty();
    }

    /** Whether every number of {@code value} is one of the question's data ({@code 4 x 4} of {@code kernel: 4}). */
    private static boolean allGiven(Question question, Value value) {
        if (!(question.reference() instanceof Reference.Compute compute)) return true;
        List<Double> given = new ArrayList<>();
        for (Object arg : compute.args().values()) numbersIn(arg, given);
        return References.numbers(value).stream().allMatch(n -> given.stream().anyMatch(g -> Scoring.close(g, n)));
    }

    private static void numbersIn(Object arg, List<Double> into) {
        if (arg instanceof Number n) into.add(n.doubleValue());
        if (arg instanceof List<?> items) items.forEach(i -> numbersIn(i, into));
    }

    /** The lists of two or more numbers in an argument: itself, or the rows of a matrix. */
    private static List<List<Double>> numberLists(Object arg) {
        List<List<Double>> lists = new ArrayList<>();
        if (!(arg instanceof List<?> items)) return lists;
        if (items.size() >= 2 && items.stream().allMatch(i -> i instanceof Number)) {
            lists.add(items.stream().map(i -> ((Number) i).doubleValue()).toList());
        }
        for (Object item : items) lists.addAll(numberLists(item));
        return lists;
    }

    private static boolean same(List<Double> given, List<Double> written, boolean anyOrder) {
        if (given.size() != written.size()) return false;
        List<Double> a = anyOrder ? given.stream().sorted().toList() : given;
        List<Double> b = anyOrder ? written.stream().sorted().toList() : written;
        for (int i = 0; i < a.size(); i++) if (!Scoring.close(a.get(i), b.get(i))) return false;
        return true;
    }
}
