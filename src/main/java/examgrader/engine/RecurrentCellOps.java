package examgrader.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Recurrent cells evaluated numerically: LSTM (from gate values, from separate W/U weights, or from
 * concatenated weights acting on [h_{t-1}, x_t] as many papers write), GRU and vanilla RNN cells, an
 * LSTM over a sequence, and the backpropagation-through-time values questions ask for.
 */
final class RecurrentCellOps {
    private RecurrentCellOps() {}

    private static final String[] GATE_NAMES = {"i", "f", "o", "c_tilde"};
    private static final String[] GATE_SYMBOLS = {"i", "f", "o", "c̃"};

    static void register(OpTable t) {
        OpTable.Builder cell = t.op("lstm.cell", "one LSTM step: c = f ⊙ c_prev + i ⊙ c̃, h = o ⊙ tanh(c); from gate values or from weights")
                .req("c_prev", "previous cell state c_{t-1}")
                .opt("f", "forget gate values (gate form)").opt("i", "input gate values (gate form)")
                .opt("o", "output gate values (gate form)").opt("c_tilde", "candidate values c̃_t (gate form)");
        weightArgs(cell, true).run(RecurrentCellOps::lstmCell);
        OpTable.Builder forward = t.op("lstm.forward", "an LSTM over a sequence: h_t and c_t at every step")
                .req("x", "the sequence, one row per step: steps × input_size")
                .opt("h0", "initial hidden state (default zeros)").opt("c0", "initial cell state (default zeros)");
        weightArgs(forward, false).run(RecurrentCellOps::lstmForward);
        t.op("lstm.backward", "one step of LSTM backpropagation through time: dL/dc_t = dL/dh_t ⊙ o_t ⊙ (1 − tanh²(c_t)) + dL/dc_{t+1} ⊙ f_{t+1}, and the gate gradients")
                .req("dL_dh", "dL/dh_t, the total gradient reaching h_t").req("o", "output gate o_t").req("c", "cell state c_t")
                .opt("dL_dc_next", "dL/dc_{t+1} (omit at the last step)").opt("f_next", "forget gate f_{t+1} (with dL_dc_next)")
                .opt("c_prev", "c_{t-1}, to give dL/df_t").opt("i", "input gate i_t, to give dL/dc̃_t")
                .opt("c_tilde", "candidate c̃_t, to give dL/di_t").opt("f", "forget gate f_t, to give dL/dc_{t-1} through this step")
                .run(RecurrentCellOps::lstmBackward);
        t.op("gru.cell", "one GRU step as PyTorch: r, z = σ(W x + U h + b), n = tanh(W_n x + b_in + r ⊙ (U_n h + b_hn)), h' = (1 − z) ⊙ n + z ⊙ h")
                .req("x", "input x_t").req("h_prev", "previous hidden state")
                .req("W_r", "reset gate weights on x").req("U_r", "reset gate weights on h").opt("b_r", "reset gate bias (default zeros)")
                .req("W_z", "update gate weights on x").req("U_z", "update gate weights on h").opt("b_z", "update gate bias (default zeros)")
                .req("W_n", "candidate weights on x").req("U_n", "candidate weights on h")
                .opt("b_in", "candidate bias on the x side (default zeros)").opt("b_hn", "candidate bias on the h side, inside r ⊙ (…) (default zeros)")
                .run(RecurrentCellOps::gruCell);
        t.op("rnn.cell", "one vanilla RNN step: h = tanh(W x + U h_prev + b) (or relu)")
                .req("x", "input x_t").req("h_prev", "previous hidden state").req("W", "weights on x: hidden × input")
                .req("U", "weights on h_prev: hidden × hidden").opt("b", "bias (default zeros)")
                .opt("nonlinearity", "tanh (default) or relu")
                .run(RecurrentCellOps::rnnCell);
    }

    private static OpTable.Builder weightArgs(OpTable.Builder b, boolean cellOnly) {
        if (cellOnly) {
            b.opt("x", "input x_t (weight form)").opt("h_prev", "previous hidden state h_{t-1} (weight form)");
        }
        for (String g : Kernels.LstmWeights.GATES) {
            b.opt("W_" + g, "gate " + g + " weights on x_t (hidden × input), or on [h_{t-1}, x_t] when concatenated");
            b.opt("U_" + g, "gate " + g + " weights on h_{t-1} (hidden × hidden); not with concatenated");
            b.opt("b_" + g, "gate " + g + " bias (default zeros)");
        }
        return b.opt("concatenated", "true when each W_g acts on [h_{t-1}, x_t] (h first), as in f_t = σ(W_f[h_{t-1}, x_t] + b_f); default false");
    }

    private static Kernels.LstmWeights lstmWeights(Args a, int inputSize, int hidden) {
        boolean concatenated = a.bool("concatenated", false);
        double[][] w = new double[4][];
        double[][] u = new double[4][];
        double[][] b = new double[4][];
        for (int g = 0; g < 4; g++) {
            String gate = Kernels.LstmWeights.GATES[g];
            if (concatenated) {
                if (a.has("U_" + gate)) {
                    throw a.error("U_" + gate, "not used with concatenated weights: W_" + gate + " acts on [h_{t-1}, x_t]");
                }
                Tensor full = requiredMatrix(a, "W_" + gate, hidden, hidden + inputSize, "hidden × (hidden + input)");
                double[] wx = new double[hidden * inputSize];
                double[] uh = new double[hidden * hidden];
                for (int r = 0; r < hidden; r++) {
                    System.arraycopy(full.data(), r * (hidden + inputSize), uh, r * hidden, hidden);
                    System.arraycopy(full.data(), r * (hidden + inputSize) + hidden, wx, r * inputSize, inputSize);
                }
                w[g] = wx;
                u[g] = uh;
            } else {
                w[g] = requiredMatrix(a, "W_" + gate, hidden, inputSize, "hidden × input").data();
                u[g] = requiredMatrix(a, "U_" + gate, hidden, hidden, "hidden × hidden").data();
            }
            Tensor bias = a.vectorOfLength("b_" + gate, hidden, false);
            b[g] = bias == null ? new double[hidden] : bias.data();
        }
        return new Kernels.LstmWeights(w, u, b, inputSize, hidden);
    }

    private static Tensor requiredMatrix(Args a, String name, int rows, int cols, String form) {
        if (!a.has(name)) {
            throw a.error(name, "is required (" + form + " = " + rows + " × " + cols + ")");
        }
        return a.matrixOfShape(name, rows, cols);
    }

    private static OpResult lstmCell(Args a) {
        boolean gateForm = false;
        for (String g : GATE_NAMES) {
            gateForm |= a.has(g);
        }
        return gateForm ? lstmFromGates(a) : lstmFromWeights(a);
    }

    private static OpResult lstmFromGates(Args a) {
        for (String weightArg : List.of("x", "h_prev", "W_i", "W_f", "W_o", "W_c", "U_i", "U_f", "U_o", "U_c", "b_i", "b_f", "b_o", "b_c", "concatenated")) {
            if (a.has(weightArg)) {
                throw a.error(weightArg, "cannot be combined with gate values f, i, o, c_tilde: give either the gates or the weights");
            }
        }
        Tensor cPrev = a.vector("c_prev");
        int n = cPrev.size();
        double[] f = sameLength(a, "f", n);
        double[] i = sameLength(a, "i", n);
        double[] o = sameLength(a, "o", n);
        double[] ct = sameLength(a, "c_tilde", n);
        double[] c = new double[n];
        double[] h = new double[n];
        for (int k = 0; k < n; k++) {
            c[k] = f[k] * cPrev.get(k) + i[k] * ct[k];
            h[k] = o[k] * Math.tanh(c[k]);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("c", Tensor.vector(c).toJson());
        result.put("h", Tensor.vector(h).toJson());
        String working = "c = f ⊙ c_prev + i ⊙ c̃ = " + expandCell(f, cPrev.data(), i, ct) + Fmt.vec(c)
                + "; h = o ⊙ tanh(c) = " + expandHidden(o, c) + Fmt.vec(h);
        return new OpResult(a.op(), result, working);
    }

    private static double[] sameLength(Args a, String name, int n) {
        if (!a.has(name)) {
            throw a.error(name, "is required with the gate form (c_prev, f, i, o, c_tilde)");
        }
        Tensor t = a.vector(name);
        if (t.size() != n) {
            throw a.error(name, "has " + t.size() + " values but c_prev has " + n);
        }
        return t.data();
    }

    private static String expandCell(double[] f, double[] cPrev, double[] i, double[] ct) {
        if (f.length > 4) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < f.length; k++) {
            parts.add(Fmt.num(f[k]) + "·" + Fmt.num(cPrev[k]) + " + " + Fmt.num(i[k]) + "·" + Fmt.num(ct[k]));
        }
        return "(" + String.join(", ", parts) + ") = ";
    }

    private static String expandHidden(double[] o, double[] c) {
        if (o.length > 4) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int k = 0; k < o.length; k++) {
            parts.add(Fmt.num(o[k]) + "·tanh(" + Fmt.num(c[k]) + ")");
        }
        return "(" + String.join(", ", parts) + ") = ";
    }

    private static OpResult lstmFromWeights(Args a) {
        if (!a.has("x")) {
            throw a.error("x", "is required: give either gate values (f, i, o, c_tilde) or x, h_prev and the weights");
        }
        Tensor x = a.vector("x");
        Tensor cPrev = a.vector("c_prev");
        int hidden = cPrev.size();
        Tensor hPrev = a.has("h_prev") ? a.vectorOfLength("h_prev", hidden, true) : null;
        if (hPrev == null) {
            throw a.error("h_prev", "is required with the weight form");
        }
        Kernels.LstmWeights w = lstmWeights(a, x.size(), hidden);
        Kernels.LstmStep s = Kernels.lstmStep(w, x.data(), hPrev.data(), cPrev.data());
        Map<String, Object> result = new LinkedHashMap<>();
        double[][] gates = {s.i(), s.f(), s.o(), s.cTilde()};
        String on = a.bool("concatenated", false) ? "W_%s[h_prev, x] + b_%s" : "W_%s x + U_%s h_prev + b_%s";
        List<String> lines = new ArrayList<>();
        for (int g = 0; g < 4; g++) {
            result.put(GATE_NAMES[g], Tensor.vector(gates[g]).toJson());
            String gate = Kernels.LstmWeights.GATES[g];
            String inside = on.replace("%s", gate);
            double[] pre = w.b()[g].clone();
            Kernels.addMatVec(w.w()[g], hidden, x.size(), x.data(), pre);
            Kernels.addMatVec(w.u()[g], hidden, hidden, hPrev.data(), pre);
            String squash = g == 3 ? "tanh" : "σ";
            lines.add(GATE_SYMBOLS[g] + " = " + squash + "(" + inside + ") = " + squash + Fmt.vec(pre) + " = " + Fmt.vec(gates[g]));
        }
        result.put("c", Tensor.vector(s.c()).toJson());
        result.put("h", Tensor.vector(s.h()).toJson());
        lines.add("c = f ⊙ c_prev + i ⊙ c̃ = " + Fmt.vec(s.c()));
        lines.add("h = o ⊙ tanh(c) = " + Fmt.vec(s.h()));
        return new OpResult(a.op(), result, String.join("; ", lines));
    }

    private static OpResult lstmForward(Args a) {
        Tensor x = a.matrix("x");
        int steps = x.dim(0);
        int input = x.dim(1);
        Tensor anyW = a.has("W_i") ? a.matrix("W_i") : null;
        if (anyW == null) {
            throw a.error("W_i", "is required (hidden × input, or hidden × (hidden + input) when concatenated)");
        }
        int hidden = anyW.dim(0);
        Tensor h0 = a.vectorOfLength("h0", hidden, false);
        Tensor c0 = a.vectorOfLength("c0", hidden, false);
        Kernels.LstmWeights w = lstmWeights(a, input, hidden);
        double[][] hc = Kernels.lstmForward(w, x.data(), steps,
                h0 == null ? new double[hidden] : h0.data(), c0 == null ? new double[hidden] : c0.data());
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("h", new Tensor(new int[] {steps, hidden}, hc[0]).toJson());
        result.put("c", new Tensor(new int[] {steps, hidden}, hc[1]).toJson());
        double[] hLast = java.util.Arrays.copyOfRange(hc[0], (steps - 1) * hidden, steps * hidden);
        double[] cLast = java.util.Arrays.copyOfRange(hc[1], (steps - 1) * hidden, steps * hidden);
        String working = steps + " steps of lstm.cell from h_0 = " + (h0 == null ? "0" : Fmt.vec(h0))
                + ", c_0 = " + (c0 == null ? "0" : Fmt.vec(c0)) + "; h_" + steps + " = " + Fmt.vec(hLast) + ", c_" + steps + " = " + Fmt.vec(cLast);
        return new OpResult(a.op(), result, working);
    }

    private static OpResult lstmBackward(Args a) {
        Tensor dh = a.vector("dL_dh");
        int n = dh.size();
        double[] o = a.vectorOfLength("o", n, true).data();
        double[] c = a.vectorOfLength("c", n, true).data();
        Tensor dcNext = a.vectorOfLength("dL_dc_next", n, false);
        Tensor fNext = a.vectorOfLength("f_next", n, false);
        if ((dcNext == null) != (fNext == null)) {
            throw a.error(dcNext == null ? "dL_dc_next" : "f_next", "dL_dc_next and f_next go together: give both or neither");
        }
        double[] dc = new double[n];
        double[] dout = new double[n];
        for (int k = 0; k < n; k++) {
            double tc = Math.tanh(c[k]);
            dc[k] = dh.get(k) * o[k] * (1 - tc * tc) + (dcNext == null ? 0 : dcNext.get(k) * fNext.get(k));
            dout[k] = dh.get(k) * tc;
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("dL_dc", Tensor.vector(dc).toJson());
        result.put("dL_do", Tensor.vector(dout).toJson());
        List<String> lines = new ArrayList<>();
        lines.add("dL/dc_t = dL/dh_t ⊙ o_t ⊙ (1 − tanh²(c_t))" + (dcNext == null ? "" : " + dL/dc_{t+1} ⊙ f_{t+1}") + " = " + Fmt.vec(dc));
        lines.add("dL/do_t = dL/dh_t ⊙ tanh(c_t) = " + Fmt.vec(dout));
        addProduct(a, result, lines, dc, "c_prev", n, "dL_df", "dL/df_t = dL/dc_t ⊙ c_{t-1}");
        addProduct(a, result, lines, dc, "c_tilde", n, "dL_di", "dL/di_t = dL/dc_t ⊙ c̃_t");
        addProduct(a, result, lines, dc, "i", n, "dL_dc_tilde", "dL/dc̃_t = dL/dc_t ⊙ i_t");
        addProduct(a, result, lines, dc, "f", n, "dL_dc_prev", "dL/dc_{t-1} (through this step) = dL/dc_t ⊙ f_t");
        return new OpResult(a.op(), result, String.join("; ", lines));
    }

    private static void addProduct(Args a, Map<String, Object> result, List<String> lines, double[] dc, String arg, int n, String key, String text) {
        Tensor other = a.vectorOfLength(arg, n, false);
        if (other == null) {
            return;
        }
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            out[k] = dc[k] * other.get(k);
        }
        result.put(key, Tensor.vector(out).toJson());
        lines.add(text + " = " + Fmt.vec(out));
    }

    private static double[] affine(Args a, String wName, String uName, String bName, Tensor x, Tensor h) {
        int hidden = h.size();
        double[] z = bName == null ? new double[hidden] : bias(a, bName, hidden);
        Kernels.addMatVec(a.matrixOfShape(wName, hidden, x.size()).data(), hidden, x.size(), x.data(), z);
        if (uName != null) {
            Kernels.addMatVec(a.matrixOfShape(uName, hidden, hidden).data(), hidden, hidden, h.data(), z);
        }
        return z;
    }

    private static double[] bias(Args a, String name, int hidden) {
        Tensor b = a.vectorOfLength(name, hidden, false);
        return b == null ? new double[hidden] : b.data().clone();
    }

    private static OpResult gruCell(Args a) {
        Tensor x = a.vector("x");
        Tensor h = a.vector("h_prev");
        int n = h.size();
        double[] r = affine(a, "W_r", "U_r", "b_r", x, h);
        double[] z = affine(a, "W_z", "U_z", "b_z", x, h);
        double[] nx = affine(a, "W_n", null, "b_in", x, h);
        double[] nh = bias(a, "b_hn", n);
        Kernels.addMatVec(a.matrixOfShape("U_n", n, n).data(), n, n, h.data(), nh);
        double[] cand = new double[n];
        double[] out = new double[n];
        for (int k = 0; k < n; k++) {
            r[k] = Kernels.sigmoid(r[k]);
            z[k] = Kernels.sigmoid(z[k]);
            cand[k] = Math.tanh(nx[k] + r[k] * nh[k]);
            out[k] = (1 - z[k]) * cand[k] + z[k] * h.get(k);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("r", Tensor.vector(r).toJson());
        result.put("z", Tensor.vector(z).toJson());
        result.put("n", Tensor.vector(cand).toJson());
        result.put("h", Tensor.vector(out).toJson());
        String working = "r = σ(W_r x + U_r h_prev + b_r) = " + Fmt.vec(r)
                + "; z = σ(W_z x + U_z h_prev + b_z) = " + Fmt.vec(z)
                + "; n = tanh(W_n x + b_in + r ⊙ (U_n h_prev + b_hn)) = " + Fmt.vec(cand)
                + "; h = (1 − z) ⊙ n + z ⊙ h_prev = " + Fmt.vec(out);
        return new OpResult(a.op(), result, working);
    }

    private static OpResult rnnCell(Args a) {
        Tensor x = a.vector("x");
        Tensor h = a.vector("h_prev");
        String nonlinearity = a.choice("nonlinearity", "tanh", "tanh", "relu");
        double[] z = affine(a, "W", "U", "b", x, h);
        double[] out = new double[z.length];
        for (int k = 0; k < z.length; k++) {
            out[k] = nonlinearity.equals("tanh") ? Math.tanh(z[k]) : Math.max(0, z[k]);
        }
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("h", Tensor.vector(out).toJson());
        return new OpResult(a.op(), result, "h = " + nonlinearity + "(W x + U h_prev + b) = " + nonlinearity + Fmt.vec(z) + " = " + Fmt.vec(out));
    }
}
