package examgrader.engine;

import java.util.function.DoubleUnaryOperator;

/**
 * Activation functions and their derivatives, element-wise on a number or a tensor (softmax along
 * the last dimension), for questions such as "σ'(z) at z = 0.5" and for checking hand-computed gates.
 */
final class ActivationOps {
    private ActivationOps() {}

    private static final String X = "a number, a vector or nested lists of numbers";

    static void register(OpTable t) {
        elementwise(t, "act.sigmoid", "σ(x) = 1/(1 + e^(−x)), element-wise", "σ", Kernels::sigmoid);
        elementwise(t, "act.tanh", "tanh(x), element-wise", "tanh", Math::tanh);
        elementwise(t, "act.relu", "max(0, x), element-wise", "relu", x -> Math.max(0, x));
        elementwise(t, "act.sigmoid_derivative", "σ'(x) = σ(x)(1 − σ(x)), element-wise", "σ'",
                x -> Kernels.sigmoid(x) * (1 - Kernels.sigmoid(x)));
        elementwise(t, "act.tanh_derivative", "tanh'(x) = 1 − tanh²(x), element-wise", "tanh'",
                x -> 1 - Math.tanh(x) * Math.tanh(x));
        elementwise(t, "act.relu_derivative", "relu'(x) = 1 if x > 0 else 0 (0 at x = 0, as PyTorch), element-wise", "relu'",
                x -> x > 0 ? 1 : 0);
        t.op("act.softmax", "softmax along the last dimension: e^(x_i)/Σ_j e^(x_j)").req("x", "a vector or nested lists of numbers")
                .run(ActivationOps::softmaxOp);
        t.op("act.softmax_derivative", "Jacobian of the softmax of a vector: ∂s_i/∂x_j = s_i(δ_ij − s_j)").req("x", "a vector")
                .run(ActivationOps::softmaxJacobian);
    }

    private static void elementwise(OpTable t, String name, String description, String symbol, DoubleUnaryOperator f) {
        t.op(name, description).req("x", X).run(a -> {
            Tensor x = a.tensor("x");
            double[] out = new double[x.size()];
            for (int k = 0; k < out.length; k++) {
                out[k] = f.applyAsDouble(x.get(k));
            }
            Tensor y = new Tensor(x.shape(), out);
            String working = x.rank() == 0 ? symbol + "(" + Fmt.num(x.get(0)) + ") = " + Fmt.num(out[0])
                    : symbol + Fmt.vec(x) + " = " + Fmt.vec(y);
            return new OpResult(a.op(), y.toJson(), working);
        });
    }

    static double[] softmax(double[] z) {
        double max = Double.NEGATIVE_INFINITY;
        for (double v : z) {
            max = Math.max(max, v);
        }
        double[] out = new double[z.length];
        double sum = 0;
        for (int k = 0; k < z.length; k++) {
            out[k] = Math.exp(z[k] - max);
            sum += out[k];
        }
        for (int k = 0; k < z.length; k++) {
            out[k] /= sum;
        }
        return out;
    }

    private static OpResult softmaxOp(Args a) {
        Tensor x = a.tensor("x");
        if (x.rank() == 0) {
            throw a.error("x", "must be a vector (softmax of a single number is always 1)");
        }
        int last = x.dim(x.rank() - 1);
        double[] out = new double[x.size()];
        double[] row = new double[last];
        for (int start = 0; start < out.length; start += last) {
            System.arraycopy(x.data(), start, row, 0, last);
            System.arraycopy(softmax(row), 0, out, start, last);
        }
        Tensor y = new Tensor(x.shape(), out);
        return new OpResult(a.op(), y.toJson(), "softmax" + Fmt.vec(x) + " = " + Fmt.vec(y));
    }

    private static OpResult softmaxJacobian(Args a) {
        Tensor x = a.vector("x");
        double[] s = softmax(x.data());
        int n = s.length;
        double[] jac = new double[n * n];
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < n; j++) {
                jac[i * n + j] = s[i] * ((i == j ? 1 : 0) - s[j]);
            }
        }
        return new OpResult(a.op(), new Tensor(new int[] {n, n}, jac).toJson(),
                "s = softmax(x) = " + Fmt.vec(s) + "; J_ij = s_i(δ_ij − s_j), diagonal s_i(1 − s_i), off-diagonal −s_i s_j");
    }
}
