package examgrader.score;

import examgrader.extract.Value;
import examgrader.rubric.AnswerKind;
import examgrader.rubric.References;
import examgrader.rubric.Tolerance;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares a student's value with a reference in the question's answer form: a scalar within the
 * tolerance, a vector component by component, a shape dimension by dimension, a set as a set.
 * A bare number and a one-element list are the same answer.
 */
final class Comparison {
    private Comparison() {}

    static boolean matches(AnswerKind kind, Value reference, Value answer, Tolerance tolerance, String raw) {
        List<Double> ref = References.numbers(reference);
        List<Double> ans = References.numbers(answer);
        if (kind == AnswerKind.SET || reference instanceof Value.NumberSet) {
            List<Double> distinct = distinct(ans, tolerance);
            return distinct.size() == distinct(ref, tolerance).size()
                    && distinct.stream().allMatch(a -> ref.stream().anyMatch(r -> tolerance.matches(r, a, null)));
        }
        if (ref.size() != ans.size() || ref.isEmpty()) return false;
        Tolerance tol = reference instanceof Value.Shape ? Tolerance.EXACT : tolerance;
        for (int i = 0; i < ref.size(); i++) {
            if (!tol.matches(ref.get(i), ans.get(i), ref.size() == 1 ? raw : null)) return false;
        }
        return true;
    }

    /** How many components agree, position by position; -1 when the lengths differ. */
    static int correctComponents(Value reference, Value answer, Tolerance tolerance) {
        List<Double> ref = References.numbers(reference);
        List<Double> ans = References.numbers(answer);
        if (ref.size() != ans.size()) return -1;
        Tolerance tol = reference instanceof Value.Shape ? Tolerance.EXACT : tolerance;
        int correct = 0;
        for (int i = 0; i < ref.size(); i++) {
            if (tol.matches(ref.get(i), ans.get(i), null)) correct++;
        }
        return correct;
    }

    /** Each listed member counted once (two readings within tolerance of each other are one member). */
    static List<Double> distinct(List<Double> values, Tolerance tolerance) {
        List<Double> out = new ArrayList<>();
        for (double v : values) {
            if (out.stream().noneMatch(o -> tolerance.matches(o, v, null))) out.add(v);
        }
        return out;
    }
}
