package examgrader.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ops on examples worked by hand, most from the seed papers' marking schemes (CS60010 CT3 and
 * 50.039 week 8): the numbers a student's answer is compared with.
 */
class HandWorkedOpsTest {
    private final ReferenceEngine engine = new ReferenceEngine();

    private OpResult run(String op, Map<String, Object> args) {
        return engine.compute(op, args);
    }

    @SuppressWarnings("unchecked")
    private static List<Double> vector(Object result, String key) {
        return (List<Double>) ((Map<String, Object>) result).get(key);
    }

    private static void assertVector(List<Double> actual, double... expected) {
        assertEquals(expected.length, actual.size());
        for (int i = 0; i < expected.length; i++) {
            assertEquals(expected[i], actual.get(i), 1e-12, "component " + i);
        }
    }

    @Test
    void outputSizeOfWeek8Task21ShowsTheFormula() {
        OpResult r = run("conv.output_size", Map.of("input", List.of(78, 84), "kernel", 5, "stride", 3, "padding", 2));
        assertEquals(List.of(26L, 28L), r.result());
        assertTrue(r.working().contains("floor((78 + 2·2 − 5)/3) + 1 = 26"), r.working());
        assertTrue(r.working().contains("floor((84 + 2·2 − 5)/3) + 1 = 28"), r.working());
    }

    @Test
    void outputSizeOfWeek8Task22WithRectangularKernel() {
        OpResult r = run("conv.output_size", Map.of("input", List.of(64, 64), "kernel", List.of(3, 5), "stride", 2));
        assertEquals(List.of(31L, 30L), r.result());
    }

    @Test
    void outputSizeOfASingleNumberIsANumber() {
        OpResult r = run("conv.output_size", Map.of("input", 13, "kernel", 7, "stride", 2, "padding", 3, "dilation", 2));
        assertEquals(4L, r.result());
        assertTrue(r.working().contains("floor((13 + 2·3 − 2·(7 − 1) − 1)/2) + 1 = 4"), r.working());
    }

    @Test
    void inputSizesOfWeek8Task23() {
        OpResult r = run("conv.input_sizes", Map.of("output", 16, "kernel", 9, "stride", 3, "padding", 1));
        assertEquals(List.of(52L, 53L, 54L), r.result());
        assertTrue(r.working().endsWith("52 ≤ n ≤ 54: 52, 53, 54"), r.working());
    }

    @Test
    void parametersMultiplicationsAndAdditionsOfWeek8Task24() {
        Map<String, Object> layer = Map.of("in_channels", 32, "out_channels", 64, "input", List.of(19, 19),
                "kernel", List.of(7, 7), "stride", 3);
        assertEquals(100_352L, run("conv.params", Map.of("in_channels", 32, "out_channels", 64, "kernel", List.of(7, 7), "bias", false)).result());
        OpResult mults = run("conv.mults", layer);
        assertEquals(2_508_800L, mults.result());
        assertTrue(mults.working().contains("5·5·64·(7·7·32) = 2,508,800"), mults.working());
        Map<String, Object> noBias = new java.util.HashMap<>(layer);
        noBias.put("bias", false);
        assertEquals(2_507_200L, run("conv.adds", noBias).result());
        assertEquals(2_508_800L, run("conv.adds", layer).result(), "with a bias: one more addition per output");
    }

    @Test
    void parametersOfWeek8Task25PointwiseLayer() {
        assertEquals(65_536L, run("conv.params", Map.of("in_channels", 512, "out_channels", 128, "kernel", List.of(1, 1), "bias", false)).result());
        assertEquals(65_536L, run("conv.params", Map.of("in_channels", 512, "out_channels", 128, "kernel", 1, "dims", 2, "bias", false)).result());
    }

    @Test
    void depthwiseSeparableOfCt3Question5() {
        OpResult r = run("conv.depthwise_separable", Map.of("input", List.of(200, 200, 3), "layout", "HWC", "kernel", 4,
                "stride", 1, "padding", 1, "out_channels", 10));
        assertEquals(Map.of("depthwise_output", List.of(199L, 199L, 3L), "depthwise_mults", 1_900_848L,
                "pointwise_output", List.of(199L, 199L, 10L), "pointwise_mults", 1_188_030L, "total_mults", 3_088_878L), r.result());
        assertTrue(r.working().contains("199·199·3·16 = 1,900,848"), r.working());
        assertTrue(r.working().contains("199·199·3·10 = 1,188,030"), r.working());
    }

    @Test
    void depthwiseCountedOverTheInputIsTheSchemesNamedSlip() {
        // The marking scheme's 3,108,030: 4·4·200·200·3 = 1,920,000 depthwise plus the right 1,188,030 pointwise.
        OpResult r = run("conv.depthwise_separable", Map.of("input", List.of(200, 200, 3), "layout", "HWC", "kernel", 4,
                "stride", 1, "padding", 1, "out_channels", 10, "depthwise_positions", "input"));
        assertEquals(1_920_000L, ((Map<?, ?>) r.result()).get("depthwise_mults"));
        assertEquals(3_108_030L, ((Map<?, ?>) r.result()).get("total_mults"));
        assertEquals(List.of(199L, 199L, 3L), ((Map<?, ?>) r.result()).get("depthwise_output"));
    }

    @Test
    void depthwiseSeparableChannelFirstKeepsChannelsFirst() {
        OpResult r = run("conv.depthwise_separable", Map.of("input", List.of(3, 200, 200), "layout", "CHW", "kernel", 4,
                "padding", 1, "out_channels", 10));
        assertEquals(List.of(10L, 199L, 199L), ((Map<?, ?>) r.result()).get("pointwise_output"));
        assertEquals(3_088_878L, ((Map<?, ?>) r.result()).get("total_mults"));
    }

    @Test
    void pointwiseOutputCarriesTheStudentsDepthwiseShape() {
        assertEquals(List.of(199L, 199L, 10L), run("conv.pointwise_output", Map.of("input", List.of(199, 199, 3), "out_channels", 10)).result());
        assertEquals(List.of(200L, 200L, 10L), run("conv.pointwise_output", Map.of("input", List.of(200, 200, 3), "out_channels", 10)).result());
        assertEquals(List.of(10L, 199L, 199L), run("conv.pointwise_output",
                Map.of("input", List.of(3, 199, 199), "out_channels", 10, "layout", "CHW")).result());
    }

    @Test
    void lstmParamsOfCt3Question3AndItsCarriedForwardVariants() {
        assertEquals(72L, run("lstm.params", Map.of("input_size", 2, "hidden_size", 3, "bias", "single")).result());
        assertEquals(84L, run("lstm.params", Map.of("input_size", 2, "hidden_size", 3, "bias", "double")).result());
        assertEquals(60L, run("lstm.params", Map.of("input_size", 2, "hidden_size", 3, "bias", "none")).result());
        OpResult fromShape = run("lstm.params", Map.of("gate_weight", List.of(3, 5)));
        assertEquals(72L, fromShape.result());
        assertEquals("4·(3·5 + 3) = 72 (4 gates, each W_g 3 × 5, bias single)", fromShape.working());
        assertEquals(36L, run("lstm.params", Map.of("gate_weight", List.of(3, 2))).result());
        assertEquals(60L, run("lstm.params", Map.of("gate_weight", List.of(3, 5), "bias", "none")).result());
        assertEquals(84L, run("lstm.params", Map.of("gate_weight", List.of(3, 5), "bias", "double")).result());
    }

    @Test
    void gateShapesOfCt3Question3() {
        OpResult concatenated = run("lstm.gate_shapes", Map.of("input_size", 2, "hidden_size", 3, "concatenated", true));
        assertEquals(Map.of("W", List.of(3L, 5L), "b", List.of(3L, 1L)), concatenated.result());
        OpResult separate = run("lstm.gate_shapes", Map.of("input_size", 2, "hidden_size", 3));
        assertEquals(Map.of("W", List.of(3L, 2L), "U", List.of(3L, 3L), "b", List.of(3L, 1L)), separate.result());
    }

    @Test
    void lstmCellFromGatesOfCt3Question1b() {
        OpResult r = run("lstm.cell", Map.of("c_prev", List.of(0.2, 0.4, 0.8), "f", List.of(1, 0.5, 0),
                "i", List.of(1, 0, 0.5), "o", List.of(1, 0, 0), "c_tilde", List.of(0.5, 0, 0.1)));
        assertVector(vector(r.result(), "c"), 0.7, 0.2, 0.05);
        assertVector(vector(r.result(), "h"), 0.6043677771171636, 0, 0);
        assertTrue(r.working().contains("1·tanh(0.7)"), r.working());
        assertTrue(r.working().contains("(0.604368, 0, 0)"), r.working());
    }

    @Test
    void lstmCellWithConcatenatedWeightsReadsHiddenStateFirst() {
        // h_prev = 1, x = 2: W_f = [1, 0] gives f = σ(1); W_c = [0.5, 0] gives c̃ = tanh(0.5); other gates σ(0) = 0.5.
        OpResult r = run("lstm.cell", Map.of("concatenated", true, "x", List.of(2), "h_prev", List.of(1), "c_prev", List.of(0.5),
                "W_i", List.of(List.of(0, 0)), "W_f", List.of(List.of(1, 0)), "W_o", List.of(List.of(0, 0)),
                "W_c", List.of(List.of(0.5, 0)), "b_f", List.of(0)));
        assertVector(vector(r.result(), "f"), 0.7310585786300049);
        assertVector(vector(r.result(), "c"), 0.5965878679450073);
        assertVector(vector(r.result(), "h"), 0.26730856086378685);
        assertTrue(r.working().contains("σ(W_f[h_prev, x] + b_f)"), r.working());
    }

    @Test
    void lstmForwardOverTwoSteps() {
        // All gates σ(0) = 0.5, c̃_t = tanh(x_t): c_1 = 0.5·tanh(1), c_2 = 0.5·c_1 + 0.5·tanh(2), h_t = 0.5·tanh(c_t).
        List<List<Integer>> zero = List.of(List.of(0));
        OpResult r = run("lstm.forward", Map.of("x", List.of(List.of(1), List.of(2)),
                "W_i", zero, "U_i", zero, "W_f", zero, "U_f", zero, "W_o", zero, "U_o", zero, "W_c", List.of(List.of(1)), "U_c", zero));
        @SuppressWarnings("unchecked")
        List<List<Double>> c = (List<List<Double>>) ((Map<String, Object>) r.result()).get("c");
        @SuppressWarnings("unchecked")
        List<List<Double>> h = (List<List<Double>>) ((Map<String, Object>) r.result()).get("h");
        assertEquals(0.3807970779778824, c.get(0).get(0), 1e-12);
        assertEquals(0.6724123290268497, c.get(1).get(0), 1e-12);
        assertEquals(0.18169974219452625, h.get(0).get(0), 1e-12);
        assertEquals(0.29328223509910123, h.get(1).get(0), 1e-12);
    }

    @Test
    void lstmBackwardOfCt3Question4Recursion() {
        // dL/dc_t = 0.5·0.8·(1 − tanh²(0.3)) + 0.2·0.9
        OpResult r = run("lstm.backward", Map.of("dL_dh", List.of(0.5), "o", List.of(0.8), "c", List.of(0.3),
                "dL_dc_next", List.of(0.2), "f_next", List.of(0.9), "c_prev", List.of(2.0)));
        assertVector(vector(r.result(), "dL_dc"), 0.5460547847306517);
        assertVector(vector(r.result(), "dL_df"), 2 * 0.5460547847306517);
        assertTrue(r.working().startsWith("dL/dc_t = dL/dh_t ⊙ o_t ⊙ (1 − tanh²(c_t)) + dL/dc_{t+1} ⊙ f_{t+1}"), r.working());
    }

    @Test
    void rnnCellAndActivations() {
        OpResult r = run("rnn.cell", Map.of("x", List.of(1), "h_prev", List.of(0.5), "W", List.of(List.of(0.5)), "U", List.of(List.of(1))));
        assertVector(vector(r.result(), "h"), 0.7615941559557649);
        assertEquals(0.5, run("act.sigmoid", Map.of("x", 0)).result());
        assertEquals(0.25, run("act.sigmoid_derivative", Map.of("x", 0)).result());
        assertEquals(1.0, run("act.tanh_derivative", Map.of("x", 0)).result());
        assertEquals(List.of(0.0, 0.0, 1.0), run("act.relu_derivative", Map.of("x", List.of(-1, 0, 2))).result());
        assertEquals(List.of(0.0, 3.0), run("act.relu", Map.of("x", List.of(-1, 3))).result());
        @SuppressWarnings("unchecked")
        List<Double> soft = (List<Double>) run("act.softmax", Map.of("x", List.of(0, Math.log(3)))).result();
        assertVector(soft, 0.25, 0.75);
        @SuppressWarnings("unchecked")
        List<List<Double>> jac = (List<List<Double>>) run("act.softmax_derivative", Map.of("x", List.of(0, Math.log(3)))).result();
        assertEquals(0.1875, jac.get(0).get(0), 1e-12);
        assertEquals(-0.1875, jac.get(0).get(1), 1e-12);
    }

    @Test
    void attentionOnUnitKeys() {
        OpResult r = run("attention.dot", Map.of("query", List.of(1, 0), "keys", List.of(List.of(1, 0), List.of(0, 1))));
        assertVector(vector(r.result(), "scores"), 1, 0);
        assertVector(vector(r.result(), "weights"), 0.7310585786300049, 0.2689414213699951);
        assertVector(vector(r.result(), "context"), 0.7310585786300049, 0.2689414213699951);
        OpResult scaled = run("attention.scaled_dot", Map.of("query", List.of(2, 0), "keys", List.of(List.of(1, 0), List.of(0, 1)),
                "values", List.of(List.of(10), List.of(0))));
        assertVector(vector(scaled.result(), "scores"), Math.sqrt(2), 0);
    }

    @Test
    void attentionWithOneQueryPerRow() {
        // Second query (0, 0) scores 0 against both keys: uniform weights, context the mean of the values (5).
        OpResult r = run("attention.dot", Map.of("query", List.of(List.of(1, 0), List.of(0, 0)), "keys", List.of(List.of(1, 0), List.of(0, 1)),
                "values", List.of(List.of(10), List.of(0))));
        @SuppressWarnings("unchecked")
        List<List<Double>> context = (List<List<Double>>) ((Map<String, Object>) r.result()).get("context");
        assertEquals(7.310585786300049, context.get(0).get(0), 1e-12);
        assertEquals(5.0, context.get(1).get(0), 1e-12);
    }

    @Test
    void numbersWrittenAsStringsAreRead() {
        assertEquals(List.of(26L, 28L), run("conv.output_size", Map.of("input", List.of("78", 84), "kernel", "5", "stride", 3, "padding", 2)).result());
        assertEquals(0.5, run("act.sigmoid", Map.of("x", "0e-3")).result());
    }

    @Test
    void attentionParamsOfCt3Question2b() {
        assertEquals(0L, run("attention.params", Map.of("scoring", "dot")).result());
        assertEquals(12L, run("attention.params", Map.of("scoring", "general", "query_size", 3, "key_size", 4)).result());
        assertEquals(5L * 7 + 5, run("attention.params", Map.of("scoring", "additive", "query_size", 3, "key_size", 4, "attention_size", 5)).result());
    }

    @Test
    void multidimensionalRnnOfSeed003() {
        assertEquals((3L + 2 * 4) * 4, run("rnn2d.params", Map.of("input_size", 3, "hidden_size", 4)).result());
        assertEquals(9L, run("rnn2d.steps", Map.of("grid", 5)).result());
        assertEquals(6L, run("rnn2d.steps", Map.of("grid", List.of(3, 4))).result());
    }

    @Test
    void convolutionOneDimensionalWithPadding() {
        // padded (0, 1, 2, 3, 4, 0) against (1, 0, −1): −2, −2, −2, 3
        OpResult r = run("conv1d.forward", Map.of("input", List.of(List.of(1, 2, 3, 4)), "weight", List.of(List.of(List.of(1, 0, -1))), "padding", 1));
        assertEquals(List.of(List.of(-2.0, -2.0, -2.0, 3.0)), r.result());
    }

    @Test
    void convolutionTwoDimensionalWithStrideAndBias() {
        // 3 × 3 input 1..9, 2 × 2 kernel of ones, stride 1, bias 1: window sums 12, 16, 24, 28 plus 1.
        List<List<Integer>> image = List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 8, 9));
        OpResult r = run("conv2d.forward", Map.of("input", List.of(image), "weight", List.of(List.of(List.of(List.of(1, 1), List.of(1, 1)))),
                "bias", List.of(1)));
        assertEquals(List.of(List.of(List.of(13.0, 17.0), List.of(25.0, 29.0))), r.result());
        OpResult strided = run("conv2d.forward", Map.of("input", image, "weight", List.of(List.of(1, 1), List.of(1, 1)), "stride", 2, "padding", 1));
        // padded 5 × 5, windows at rows/cols −1 and 1: (1), (2+3), (4+7), (5+6+8+9)
        assertEquals(List.of(List.of(List.of(1.0, 5.0), List.of(11.0, 28.0))), strided.result());
    }

    @Test
    void averagePoolingInCeilModeDividesByTheClippedWindow() {
        // 3 × 3 input, kernel 2, stride 2, ceil mode: 2 × 2 output; the last column's windows hold one column only.
        List<List<Integer>> grid = List.of(List.of(1, 2, 3), List.of(4, 5, 6), List.of(7, 8, 9));
        assertEquals(List.of(List.of(3.0, 4.5), List.of(7.5, 9.0)),
                run("pool.avg2d", Map.of("input", grid, "kernel", 2, "ceil_mode", true)).result());
        assertEquals(List.of(List.of(5.0, 6.0), List.of(8.0, 9.0)),
                run("pool.max2d", Map.of("input", grid, "kernel", 2, "ceil_mode", true)).result());
    }

    @Test
    void poolingMaxAndAverage() {
        List<List<Integer>> grid = List.of(List.of(1, 2, 5, 6), List.of(3, 4, 7, 8), List.of(0, 0, 1, 1), List.of(0, 8, 1, 1));
        assertEquals(List.of(List.of(4.0, 8.0), List.of(8.0, 1.0)), run("pool.max2d", Map.of("input", grid, "kernel", 2)).result());
        assertEquals(List.of(List.of(2.5, 6.5), List.of(2.0, 1.0)), run("pool.avg2d", Map.of("input", grid, "kernel", 2)).result());
        // padding 1, kernel 2, stride 2 → 3 × 3; corner window holds only the 1 and three padded zeros.
        @SuppressWarnings("unchecked")
        List<List<Double>> padded = (List<List<Double>>) run("pool.avg2d", Map.of("input", grid, "kernel", 2, "padding", 1)).result();
        assertEquals(0.25, padded.get(0).get(0), 1e-12);
        assertEquals(List.of(3L, 3L), run("pool.output_size", Map.of("input", List.of(4, 4), "kernel", 2, "padding", 1)).result());
        assertEquals(List.of(3L, 3L), run("pool.output_size", Map.of("input", List.of(5, 5), "kernel", 2, "ceil_mode", true)).result());
    }
}
