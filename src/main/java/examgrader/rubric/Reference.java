package examgrader.rubric;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a question's reference answer comes from. The schemes want references recomputed from the
 * question's data ({@link Compute}); a {@link Key} is for answers that are not computable (a
 * position in a diagram); a {@link Formula} is compared by evaluation; {@link None} is for
 * questions marked by hand.
 */
public sealed interface Reference {
    SourcePos pos();

    /** No machine reference: the question is marked by hand. */
    record None(SourcePos pos) implements Reference {}

    /**
     * Arithmetic on the rubric's parameters, for references no engine op covers (the shape of a
     * gate matrix: {@code [hidden, hidden + input]}). Each item is one number of the answer.
     */
    record Expr(List<String> items, SourcePos pos) implements Reference {
        public Expr {
            items = List.copyOf(items);
        }
    }

    /** A typed-in answer: a number, or a list of numbers for vectors, shapes and sets. */
    record Key(Object value, SourcePos pos) implements Reference {}

    /**
     * An expression the student's formula must equal at every sampled point.
     *
     * @param ranges each variable with the interval points are drawn from
     * @param points how many points (at least 5)
     */
    record Formula(String expression, Map<String, double[]> ranges, int points, SourcePos pos) implements Reference {
        public Formula {
            ranges = Collections.unmodifiableMap(new LinkedHashMap<>(ranges));
        }
    }

    /**
     * An engine call. Argument values may name a rubric parameter as {@code "$name"}; they are
     * filled in per variant before the call.
     *
     * @param field   which output to take when the op returns several named outputs; null otherwise
     * @param argPos  where each argument was written, for errors naming the argument at fault
     */
    record Compute(String op, Map<String, Object> args, String field, SourcePos pos, Map<String, SourcePos> argPos)
            implements Reference {
        public Compute {
            args = Collections.unmodifiableMap(new LinkedHashMap<>(args));
            argPos = Map.copyOf(argPos);
        }

        public static Compute of(String op, Map<String, Object> args, String field) {
            return new Compute(op, args, field, SourcePos.NONE, Map.of());
        }

        /** The same call with {@code $name} parameters replaced by their values. */
        public Compute resolve(Map<String, Object> params) {
            Map<String, Object> out = new LinkedHashMap<>();
            args.forEach((k, v) -> out.put(k, substitute(v, params)));
            return new Compute(op, out, field, pos, argPos);
        }

        /** The call with one argument replaced (error carried forward). */
        public Compute with(String arg, Object value) {
            Map<String, Object> out = new LinkedHashMap<>(args);
            out.put(arg, value);
            return new Compute(op, out, field, pos, argPos);
        }

        private static Object substitute(Object v, Map<String, Object> params) {
            if (v instanceof String s && s.startsWith("$") && params.containsKey(s.substring(1))) {
                return params.get(s.substring(1));
            }
            if (v instanceof List<?> list) {
                return list.stream().map(x -> substitute(x, params)).toList();
            }
            return v;
        }
    }

    /**
     * A variation of the question's own compute, for a common mistake, an accepted convention or a
     * carried-forward recomputation: with the same op its arguments are laid over the reference's
     * (minus {@code drop}); with another op they stand alone.
     */
    record ComputeSpec(String op, Map<String, Object> args, List<String> drop, String field, SourcePos pos,
                       Map<String, SourcePos> argPos) {
        public ComputeSpec {
            args = new LinkedHashMap<>(args);
            drop = List.copyOf(drop);
            argPos = Map.copyOf(argPos);
        }

        public Compute derive(Reference reference) {
            Compute base = reference instanceof Compute c ? c : null;
            String theOp = op != null ? op : base == null ? null : base.op();
            Map<String, Object> merged = new LinkedHashMap<>();
            Map<String, SourcePos> positions = new LinkedHashMap<>();
            if (base != null && theOp != null && theOp.equals(base.op())) {
                merged.putAll(base.args());
                positions.putAll(base.argPos());
            }
            drop.forEach(merged::remove);
            merged.putAll(args);
            positions.putAll(argPos);
            String theField = field != null ? field : base != null && theOp != null && theOp.equals(base.op())
                    ? base.field() : null;
            return new Compute(theOp, merged, theField, pos, positions);
        }
    }
}
