package examgrader.score;

import examgrader.extract.Answer;
import examgrader.extract.Candidate;
import examgrader.extract.Value;
import examgrader.segment.Fragment;
import java.util.List;
import java.util.Optional;

/** Test answers as extraction would hand them over: a chosen value with the text it was read from. */
final class Answers {
    private Answers() {}

    static Answer read(String id, Value value, String raw) {
        Candidate c = new Candidate(value, raw, 100, new Fragment(1, raw, List.of()), "test", 1);
        return new Answer(id, Optional.of(c), List.of(c), false, "", raw);
    }

    static Answer uncertain(String id, Value value, String raw, String note) {
        Candidate c = new Candidate(value, raw, 41, new Fragment(1, raw, List.of()), "test", 1);
        return new Answer(id, Optional.of(c), List.of(c), true, note, raw);
    }

    static Answer scalar(String id, double v, String raw) {
        return read(id, new Value.Scalar(v), raw);
    }

    static Answer scalar(String id, double v) {
        return scalar(id, v, examgrader.extract.Values.format(v));
    }

    static Answer shape(String id, long... dims) {
        List<Long> d = java.util.Arrays.stream(dims).boxed().toList();
        Value.Shape s = new Value.Shape(d);
        return read(id, s, s.display());
    }

    static Answer vector(String id, Double... components) {
        Value.Vector v = new Value.Vector(List.of(components));
        return read(id, v, v.display());
    }

    static Answer set(String id, Double... members) {
        Value.NumberSet v = new Value.NumberSet(List.of(members));
        return read(id, v, v.display());
    }

    static Answer formula(String id, String expression) {
        return read(id, new Value.Formula(expression), expression);
    }
}
