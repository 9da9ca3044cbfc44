package examgrader.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Parameter counts of recurrent layers (LSTM, GRU, vanilla RNN, multidimensional RNN) and the
 * sequential step count of a 2-D RNN grid. Bias conventions differ between papers (one bias per gate)
 * and PyTorch (two), so the convention is always an explicit argument.
 */
final class RecurrentSizeOps {
    private RecurrentSizeOps() {}

    private static final String BIAS = "bias convention: none, single (one bias vector per gate, as papers write; default) or double (PyTorch's b_ih and b_hh)";

    static void register(OpTable t) {
        t.op("lstm.params", "weights and biases of an LSTM: 4 gates, each H·(input + H) weights plus biases, per layer and direction")
                .opt("input_size", "size of x_t (required unless gate_weight is given)")
                .opt("hidden_size", "size of h_t (required unless gate_weight is given)")
                .opt("layers", "stacked layers (default 1)").opt("bidirectional", "two directions (default false)")
                .opt("bias", BIAS)
                .opt("gate_weight", "instead of the sizes: [rows, cols] of one gate matrix W_g acting on [h_{t-1}, x_t]; gives 4·(rows·cols + rows) with bias single")
                .run(a -> a.has("gate_weight") ? fromGateWeight(a) : recurrent(a, 4, "LSTM"));
        t.op("lstm.gate_shapes", "shapes of one LSTM gate's weights and bias: W_g, U_g, b_g (or W_g on [h_{t-1}, x_t] when concatenated)")
                .req("input_size", "size of x_t").req("hidden_size", "size of h_t and c_t")
                .opt("concatenated", "true when W_g acts on [h_{t-1}, x_t], as in f_t = σ(W_f[h_{t-1}, x_t] + b_f); default false")
                .run(RecurrentSizeOps::gateShapes);
        t.op("gru.params", "weights and biases of a GRU: 3 gates, each H·(input + H) weights plus biases, per layer and direction")
                .req("input_size", "size of x_t").req("hidden_size", "size of h_t")
                .opt("layers", "stacked layers (default 1)").opt("bidirectional", "two directions (default false)").opt("bias", BIAS)
                .run(a -> recurrent(a, 3, "GRU"));
        t.op("rnn.params", "weights and biases of a vanilla (Elman) RNN: H·(input + H) weights plus biases, per layer and direction")
                .req("input_size", "size of x_t").req("hidden_size", "size of h_t")
                .opt("layers", "stacked layers (default 1)").opt("bidirectional", "two directions (default false)").opt("bias", BIAS)
                .run(a -> recurrent(a, 1, "RNN"));
        t.op("rnn2d.params", "weights of a 2-D (multidimensional) RNN cell with inputs D and hidden H: (D + 2H)·H, plus H biases if bias")
                .req("input_size", "size D of each input x^(i,j)").req("hidden_size", "size H of each hidden state")
                .opt("bias", "whether the cell has a bias vector (default false)")
                .run(RecurrentSizeOps::rnn2dParams);
        t.op("rnn2d.steps", "sequential steps to compute a rows × cols grid of a 2-D RNN when each anti-diagonal runs in parallel: rows + cols − 1")
                .req("grid", "grid size G (a G × G grid) or [rows, cols]")
                .run(RecurrentSizeOps::rnn2dSteps);
    }

    private static OpResult recurrent(Args a, int gates, String name) {
        long input = a.positive("input_size");
        long hidden = a.positive("hidden_size");
        long layers = a.positive("layers", 1);
        boolean bidirectional = a.bool("bidirectional", false);
        String bias = a.choice("bias", "single", "none", "single", "double");
        long directions = bidirectional ? 2 : 1;
        long biasVectors = switch (bias) {
            case "none" -> 0;
            case "single" -> 1;
            default -> 2;
        };
        long total = 0;
        List<String> lines = new ArrayList<>();
        String g = gates == 1 ? "" : gates + "·";
        for (long layer = 0; layer < layers; layer++) {
            long in = layer == 0 ? input : hidden * directions;
            long perDirection = Math.multiplyExact((long) gates, hidden * in + hidden * hidden + biasVectors * hidden);
            long perLayer = perDirection * directions;
            total = Math.addExact(total, perLayer);
            String biasText = biasVectors == 0 ? "" : " + " + (biasVectors == 1 ? "" : "2·") + hidden;
            String body = g + "(" + hidden + "·" + in + " + " + hidden + "·" + hidden + biasText + ")";
            String line = (directions == 2 ? "2·" + body : body) + " = " + Fmt.count(perLayer);
            lines.add(layers == 1 ? line : "layer " + (layer + 1) + ": " + line);
        }
        String working = String.join("; ", lines) + (layers > 1 ? "; total " + Fmt.count(total) : "")
                + " (" + name + ", bias " + bias + ")";
        return new OpResult(a.op(), total, working);
    }

    private static OpResult gateShapes(Args a) {
        long input = a.positive("input_size");
        long hidden = a.positive("hidden_size");
        java.util.Map<String, Object> result = new java.util.LinkedHashMap<>();
        String working;
        if (a.bool("concatenated", false)) {
            result.put("W", new ArrayList<>(List.of(hidden, hidden + input)));
            working = "W_g maps [h_{t-1}, x_t] (" + hidden + " + " + input + " = " + (hidden + input) + " values) to " + hidden
                    + " gate values: " + hidden + " × " + (hidden + input);
        } else {
            result.put("W", new ArrayList<>(List.of(hidden, input)));
            result.put("U", new ArrayList<>(List.of(hidden, hidden)));
            working = "W_g maps x_t (" + input + ") to " + hidden + ": " + hidden + " × " + input + "; U_g maps h_{t-1} ("
                    + hidden + ") to " + hidden + ": " + hidden + " × " + hidden;
        }
        result.put("b", new ArrayList<>(List.of(hidden, 1L)));
        return new OpResult(a.op(), result, working + "; b_g: " + hidden + " × 1");
    }

    private static OpResult fromGateWeight(Args a) {
        for (String conflicting : List.of("input_size", "hidden_size", "layers", "bidirectional")) {
            if (a.has(conflicting)) {
                throw a.error(conflicting, "cannot be combined with gate_weight, which describes one single-layer cell");
            }
        }
        long[] shape = a.integers("gate_weight");
        if (shape.length != 2 || shape[0] < 1 || shape[1] < 1) {
            throw a.error("gate_weight", "must be [rows, cols] of one gate matrix, e.g. [3, 5]");
        }
        long rows = shape[0];
        long cols = shape[1];
        String bias = a.choice("bias", "single", "none", "single", "double");
        long biasPerGate = switch (bias) {
            case "none" -> 0;
            case "single" -> rows;
            default -> 2 * rows;
        };
        long total = Math.multiplyExact(4L, rows * cols + biasPerGate);
        String biasText = switch (bias) {
            case "none" -> "";
            case "single" -> " + " + rows;
            default -> " + 2·" + rows;
        };
        return new OpResult(a.op(), total, "4·(" + rows + "·" + cols + biasText + ") = " + Fmt.count(total)
                + " (4 gates, each W_g " + rows + " × " + cols + ", bias " + bias + ")");
    }

    private static OpResult rnn2dParams(Args a) {
        long d = a.positive("input_size");
        long h = a.positive("hidden_size");
        boolean bias = a.bool("bias", false);
        long total = Math.multiplyExact(d + 2 * h, h) + (bias ? h : 0);
        return new OpResult(a.op(), total, "(" + d + " + 2·" + h + ")·" + h + (bias ? " + " + h : "") + " = " + Fmt.count(total)
                + " (W_in " + d + " × " + h + ", one " + h + " × " + h + " matrix per neighbour" + (bias ? ", bias " + h : "") + ")");
    }

    private static OpResult rnn2dSteps(Args a) {
        long[] grid = a.integers("grid");
        if (grid.length > 2) {
            throw a.error("grid", "must be G or [rows, cols]");
        }
        for (long g : grid) {
            if (g < 1) {
                throw a.error("grid", "sizes must be at least 1, got " + g);
            }
        }
        long rows = grid[0];
        long cols = grid.length == 2 ? grid[1] : grid[0];
        long steps = rows + cols - 1;
        String working = grid.length == 1 ? "2·" + rows + " − 1 = " + steps : rows + " + " + cols + " − 1 = " + steps;
        return new OpResult(a.op(), steps, working + " (one step per anti-diagonal i + j of the grid)");
    }
}
