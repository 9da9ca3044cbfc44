package examgrader.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad calls fail with the op and the argument at fault, never with a Java exception a user cannot read. */
class EngineArgumentErrorsTest {
    private final ReferenceEngine engine = new ReferenceEngine();

    private EngineException failure(String op, Map<String, Object> args) {
        return assertThrows(EngineException.class, () -> engine.compute(op, args));
    }

    @Test
    void unknownOpNamesTheOp() {
        EngineException e = failure("conv.output", Map.of());
        assertEquals("conv.output", e.op());
        assertTrue(e.getMessage().contains("unknown op"), e.getMessage());
    }

    @Test
    void unknownArgumentIsNamed() {
        EngineException e = failure("conv.output_size", Map.of("input", 5, "kernel", 3, "strides", 2));
        assertEquals("strides", e.argument());
    }

    @Test
    void missingArgumentIsNamed() {
        assertEquals("kernel", failure("conv.output_size", Map.of("input", 5)).argument());
    }

    @Test
    void kernelLargerThanPaddedInput() {
        EngineException e = failure("conv.output_size", Map.of("input", 4, "kernel", 7, "padding", 1));
        assertEquals("kernel", e.argument());
        assertTrue(e.getMessage().contains("larger than the padded input"), e.getMessage());
    }

    @Test
    void channelsNotDivisibleByGroups() {
        assertEquals("groups", failure("conv.params", Map.of("in_channels", 6, "out_channels", 4, "kernel", List.of(3, 3), "groups", 4)).argument());
    }

    @Test
    void wholeNumbersMayBeWrittenAsDecimalsButNotFractions() {
        assertEquals(List.of(26L, 28L), engine.compute("conv.output_size",
                Map.of("input", List.of(78.0, 84), "kernel", 5.0, "stride", 3, "padding", 2)).result());
        EngineException e = failure("conv.output_size", Map.of("input", 78, "kernel", 5, "stride", 2.5));
        assertEquals("stride", e.argument());
    }

    @Test
    void shapeMismatchNamesTheArgument() {
        Map<String, Object> args = Map.of("c_prev", List.of(0.1, 0.2), "f", List.of(1, 1), "i", List.of(1, 1, 1),
                "o", List.of(1, 1), "c_tilde", List.of(0, 0));
        assertEquals("i", failure("lstm.cell", args).argument());
        assertEquals("weight", failure("conv2d.forward", Map.of("input", List.of(List.of(List.of(1, 2), List.of(3, 4))),
                "weight", List.of(List.of(List.of(List.of(1)), List.of(List.of(1)))))).argument());
        assertEquals("keys", failure("attention.dot", Map.of("query", List.of(1, 2), "keys", List.of(List.of(1, 2, 3)))).argument());
    }

    @Test
    void raggedTensorIsRejected() {
        assertEquals("input", failure("conv1d.forward", Map.of("input", List.of(List.of(1, 2), List.of(3)), "weight", List.of(1))).argument());
    }

    @Test
    void kernelAsOneNumberIsAmbiguousForParameterCounts() {
        assertEquals("kernel", failure("conv.params", Map.of("in_channels", 3, "out_channels", 4, "kernel", 3)).argument());
    }

    @Test
    void sizesAsOneNumberAreAmbiguousForCosts() {
        Map<String, Object> args = new java.util.HashMap<>(Map.of("in_channels", 32, "out_channels", 64, "input", 19, "kernel", 7, "stride", 3));
        assertEquals("input", failure("conv.mults", args).argument());
        args.put("dims", 2);
        assertEquals(2_508_800L, engine.compute("conv.mults", args).result());
        args.put("dims", 1);
        assertEquals(5L * 64 * 7 * 32, engine.compute("conv.mults", args).result());
    }

    @Test
    void layoutMustBeStatedForDepthwiseSeparable() {
        assertEquals("layout", failure("conv.depthwise_separable", Map.of("input", List.of(200, 200, 3), "kernel", 4, "out_channels", 10)).argument());
    }

    @Test
    void gateWeightCannotBeMixedWithSizes() {
        assertEquals("input_size", failure("lstm.params", Map.of("gate_weight", List.of(3, 5), "input_size", 2)).argument());
    }

    @Test
    void callsCanBeCheckedBeforeTheirValuesAreKnown() {
        engine.checkCall("lstm.params", List.of("gate_weight"));
        EngineException unknown = assertThrows(EngineException.class, () -> engine.checkCall("conv.params", List.of("in_channels", "out_channel")));
        assertEquals("out_channel", unknown.argument());
        EngineException missing = assertThrows(EngineException.class, () -> engine.checkCall("conv.params", List.of("in_channels", "kernel")));
        assertEquals("out_channels", missing.argument());
    }

    @Test
    void everyOpIsListedWithArgumentsAndDescription() {
        assertTrue(engine.ops().containsAll(List.of("lstm.cell", "gru.cell", "rnn.cell", "lstm.forward", "lstm.backward",
                "conv2d.forward", "conv1d.forward", "pool.max2d", "pool.avg2d", "pool.output_size", "conv.output_size",
                "conv.input_sizes", "conv.params", "conv.mults", "conv.adds", "conv.depthwise_separable", "conv.pointwise_output",
                "lstm.params", "gru.params", "rnn.params", "attention.dot", "attention.scaled_dot", "attention.params",
                "act.sigmoid", "act.tanh", "act.relu", "act.softmax", "rnn2d.params", "rnn2d.steps")));
        for (String op : engine.ops()) {
            OpInfo info = engine.info(op);
            assertTrue(!info.description().isBlank() && !info.args().isEmpty(), op);
        }
        assertEquals(List.of("input", "kernel"), engine.info("conv.output_size").requiredArgs());
    }
}
