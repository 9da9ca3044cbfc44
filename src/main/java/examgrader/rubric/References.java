package examgrader.rubric;

import examgrader.engine.Engine;
import examgrader.engine.EngineException;
import examgrader.engine.OpResult;
import examgrader.extract.Value;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Turns rubric references into values: runs engine calls with a variant's parameters filled in,
 * picks the named output, and puts numbers into the question's answer form (a shape for a shape
 * question, a set for a set question), so that scoring compares like with like.
 */
public final class References {
    private References() {}

    /** Evaluates an engine call for a question of the given kind. */
    public static Evaluated compute(Engine engine, Reference.Compute call, AnswerKind kind,
                                    Map<String, Object> params) {
        Reference.Compute resolved = call.resolve(params);
        OpResult result = engine.compute(resolved.op(), resolved.args());
        Object out = result.result();
        if (resolved.field() != null) {
            if (!(out instanceof Map<?, ?> m) || !m.containsKey(resolved.field())) {
                throw new EngineException(resolved.op(), null, "has no output named '" + resolved.field()
                        + "'" + (out instanceof Map<?, ?> m2 ? " (outputs: " + String.join(", ",
                        m2.keySet().stream().map(String::valueOf).toList()) + ")" : ""));
            }
            out = ((Map<?, ?>) out).get(resolved.field());
        } else if (out instanceof Map<?, ?> m) {
            throw new EngineException(resolved.op(), null, "returns several outputs; say which with field: (one of "
                    + String.join(", ", m.keySet().stream().map(String::valueOf).toList()) + ")");
        }
        return new Evaluated(toValue(out, kind), resolved, result);
    }

    /**
     * Evaluates parameter arithmetic ({@code [hidden, hidden + input]}) with a variant's parameters.
     *
     * @throws IllegalArgumentException for an unreadable expression or an unknown parameter
     */
    public static Evaluated expr(Reference.Expr expr, AnswerKind kind, Map<String, Object> params) {
        Map<String, Double> values = new java.util.HashMap<>();
        params.forEach((k, v) -> {
            if (v instanceof Number n) values.put(k, n.doubleValue());
        });
        List<Object> numbers = new ArrayList<>();
        List<String> shown = new ArrayList<>();
        for (String item : expr.items()) {
            FormulaExpression e = FormulaExpression.parse(item, values.keySet());
            for (String v : e.variables()) {
                if (!values.containsKey(v)) throw new IllegalArgumentException("names '" + v + "', which is not a parameter");
            }
            double d = e.evaluate(values);
            if (!Double.isFinite(d)) throw new IllegalArgumentException("'" + item + "' is undefined");
            numbers.add(d == Math.rint(d) ? (Object) (long) d : (Object) d);
            shown.add(examgrader.extract.Values.format(d));
        }
        Value value = toValue(numbers, kind);
        String with = values.isEmpty() ? "" : " with " + String.join(", ", params.entrySet().stream()
                .filter(en -> expr.items().stream().anyMatch(i -> i.contains(en.getKey())))
                .map(en -> en.getKey() + " = " + en.getValue()).toList());
        List<String> items = expr.items().stream().map(i -> i.matches("[\\w.]+") ? i : "(" + i + ")").toList();
        String working = String.join(" × ", items) + with + ": " + String.join(" × ", shown);
        return new Evaluated(value, null, new OpResult("expr", numbers.size() == 1 ? numbers.get(0) : numbers, working));
    }

    /**
     * Evaluates a key, expr or compute reference for a question of the given kind.
     *
     * @throws IllegalArgumentException for a formula or manual reference (nothing to evaluate)
     */
    public static Evaluated evaluate(Engine engine, Reference reference, AnswerKind kind, Map<String, Object> params) {
        if (reference instanceof Reference.Compute c) return compute(engine, c, kind, params);
        if (reference instanceof Reference.Key k) return key(k.value(), kind);
        if (reference instanceof Reference.Expr e) return expr(e, kind, params);
        throw new IllegalArgumentException("has no value to compute");
    }

    /** A literal key in the question's answer form. */
    public static Evaluated key(Object literal, AnswerKind kind) {
        return new Evaluated(toValue(literal, kind), null, null);
    }

    /**
     * Puts a JSON-compatible value (Number or list of Numbers) into the answer form of {@code kind}.
     *
     * @throws IllegalArgumentException when it does not fit (a list for an integer question...)
     */
    public static Value toValue(Object v, AnswerKind kind) {
        List<Double> numbers = flatNumbers(v);
        switch (kind) {
            case INTEGER:
            case REAL:
                if (numbers.size() != 1) {
                    throw new IllegalArgumentException("gives " + numbers.size() + " numbers where a "
                            + kind.name().toLowerCase() + " question needs one");
                }
                return new Value.Scalar(numbers.get(0));
            case VECTOR:
                return new Value.Vector(numbers);
            case SHAPE: {
                List<Long> dims = new ArrayList<>();
                for (double d : numbers) {
                    if (d != Math.rint(d) || d < 0) {
                        throw new IllegalArgumentException("gives " + d + ", not a dimension");
                    }
                    dims.add((long) d);
                }
                return new Value.Shape(dims);
            }
            case SET:
                return new Value.NumberSet(numbers);
            default:
                throw new IllegalArgumentException("a " + kind.name().toLowerCase() + " question takes no numeric reference");
        }
    }

    /** The numbers of any value, in order: a scalar is one number, a shape its dimensions. */
    public static List<Double> numbers(Value v) {
        if (v instanceof Value.Scalar s) return List.of(s.value());
        if (v instanceof Value.Vector vec) return vec.components();
        if (v instanceof Value.Shape sh) return sh.dims().stream().map(Long::doubleValue).toList();
        if (v instanceof Value.NumberSet set) return set.members();
        return List.of();
    }

    private static List<Double> flatNumbers(Object v) {
        List<Double> out = new ArrayList<>();
        flatten(v, out);
        return out;
    }

    private static void flatten(Object v, List<Double> out) {
        if (v instanceof Number n) {
            out.add(n.doubleValue());
        } else if (v instanceof List<?> list) {
            for (Object o : list) flatten(o, out);
        } else if (v instanceof Value val) {
            out.addAll(numbers(val));
        } else {
            throw new IllegalArgumentException("gives " + v + ", not a number");
        }
    }
}
