package examgrader.engine;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Attention as exam questions pose it: one query (a decoder state) against encoder states, giving the
 * alignment scores, the softmax weights and the context vector; and the extra parameters each scoring
 * function brings.
 */
final class AttentionOps {
    private AttentionOps() {}

    static void register(OpTable t) {
        t.op("attention.dot", "dot-product attention: scores e_j = q·k_j, weights = softmax(e), context = Σ_j weight_j v_j")
                .req("query", "the query (e.g. decoder state s_{k-1}), a vector of size d, or one query per row")
                .req("keys", "the keys (e.g. encoder states h_j), one row of size d each")
                .opt("values", "the values, one row per key (default: the keys)")
                .run(a -> attend(a, false));
        t.op("attention.scaled_dot", "scaled dot-product attention: scores e_j = q·k_j/√d, weights = softmax(e), context = Σ_j weight_j v_j")
                .req("query", "the query, a vector of size d, or one query per row").req("keys", "the keys, one row of size d each")
                .opt("values", "the values, one row per key (default: the keys)")
                .run(a -> attend(a, true));
        t.op("attention.params", "trainable parameters an attention scoring function adds: dot 0, general q·k, additive a·(q + k) + a")
                .req("scoring", "dot, scaled_dot, general (s^T W_a h) or additive (v_a^T tanh(W_a s + U_a h))")
                .opt("query_size", "size of the query / decoder state (needed for general and additive)")
                .opt("key_size", "size of the keys / encoder states (needed for general and additive)")
                .opt("attention_size", "hidden size a of the additive scorer (needed for additive)")
                .opt("bias", "whether the additive scorer has a bias vector inside the tanh (default false)")
                .run(AttentionOps::params);
    }

    private static OpResult attend(Args a, boolean scaled) {
        Tensor query = a.tensor("query");
        if (query.rank() != 1 && query.rank() != 2) {
            throw a.error("query", "must be a vector, or a matrix with one query per row, got " + query.shapeText());
        }
        boolean oneQuery = query.rank() == 1;
        int queries = oneQuery ? 1 : query.dim(0);
        int d = query.dim(query.rank() - 1);
        Tensor keys = a.matrix("keys");
        if (keys.dim(1) != d) {
            throw a.error("keys", "rows have " + keys.dim(1) + " values but the query has " + d);
        }
        int n = keys.dim(0);
        Tensor values = a.has("values") ? a.matrix("values") : keys;
        if (values.dim(0) != n) {
            throw a.error("values", "has " + values.dim(0) + " rows but there are " + n + " keys");
        }
        int dv = values.dim(1);
        double scale = scaled ? Math.sqrt(d) : 1.0;
        double[] scores = new double[queries * n];
        double[] weights = new double[queries * n];
        double[] context = new double[queries * dv];
        for (int q = 0; q < queries; q++) {
            double[] row = new double[n];
            for (int j = 0; j < n; j++) {
                double s = 0;
                for (int k = 0; k < d; k++) {
                    s += query.get(q * d + k) * keys.get(j * d + k);
                }
                row[j] = s / scale;
            }
            double[] alpha = ActivationOps.softmax(row);
            System.arraycopy(row, 0, scores, q * n, n);
            System.arraycopy(alpha, 0, weights, q * n, n);
            for (int j = 0; j < n; j++) {
                for (int k = 0; k < dv; k++) {
                    context[q * dv + k] += alpha[j] * values.get(j * dv + k);
                }
            }
        }
        Tensor scoreT = oneQuery ? Tensor.vector(scores) : new Tensor(new int[] {queries, n}, scores);
        Tensor weightT = oneQuery ? Tensor.vector(weights) : new Tensor(new int[] {queries, n}, weights);
        Tensor contextT = oneQuery ? Tensor.vector(context) : new Tensor(new int[] {queries, dv}, context);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("scores", scoreT.toJson());
        result.put("weights", weightT.toJson());
        result.put("context", contextT.toJson());
        String working = "e_j = q·k_j" + (scaled ? "/√" + d : "") + " = " + Fmt.vec(scoreT)
                + "; α = softmax(e) = " + Fmt.vec(weightT) + "; context = Σ_j α_j v_j = " + Fmt.vec(contextT)
                + (oneQuery ? "" : " (" + queries + " queries, row by row)");
        return new OpResult(a.op(), result, working);
    }

    private static OpResult params(Args a) {
        String scoring = a.choice("scoring", null, "dot", "scaled_dot", "general", "additive");
        if (scoring.equals("dot") || scoring.equals("scaled_dot")) {
            if (a.has("query_size") && a.has("key_size") && a.integer("query_size") != a.integer("key_size")) {
                throw a.error("key_size", "dot-product scoring needs query and keys of the same size, got "
                        + a.integer("query_size") + " and " + a.integer("key_size"));
            }
            return new OpResult(a.op(), 0L, "dot-product scores e_j = s·h_j" + (scoring.equals("dot") ? "" : "/√d") + " have no trainable parameters: 0");
        }
        long q = a.positive("query_size");
        long k = a.positive("key_size");
        if (scoring.equals("general")) {
            long total = Math.multiplyExact(q, k);
            return new OpResult(a.op(), total, "W_a in e_j = s^T W_a h_j is " + q + " × " + k + ": " + q + "·" + k + " = " + Fmt.count(total));
        }
        long size = a.positive("attention_size");
        boolean bias = a.bool("bias", false);
        long total = Math.multiplyExact(size, q + k) + size + (bias ? size : 0);
        return new OpResult(a.op(), total, "W_a " + size + " × " + q + ", U_a " + size + " × " + k + ", v_a " + size
                + (bias ? ", bias " + size : "") + ": " + size + "·(" + q + " + " + k + ") + " + size + (bias ? " + " + size : "")
                + " = " + Fmt.count(total));
    }
}
