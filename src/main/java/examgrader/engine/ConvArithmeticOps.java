package examgrader.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Shape and cost arithmetic of convolution layers: output sizes, the inputs that give an output,
 * parameter, multiplication and addition counts, depthwise separable convolutions. These are the
 * questions exam papers ask most, and where a typed-in key most easily slips.
 */
final class ConvArithmeticOps {
    private ConvArithmeticOps() {}

    private static final String INPUT = "spatial input size: one number, or one per dimension, e.g. [78, 84]";
    private static final String KERNEL = "kernel size: one number (same in every dimension) or one per dimension";
    private static final String STRIDE = "stride, one number or one per dimension (default 1)";
    private static final String PADDING = "zero padding on each side, one number or one per dimension (default 0)";
    private static final String DILATION = "dilation, one number or one per dimension (default 1)";
    private static final String DIMS = "number of spatial dimensions when input and kernel are single numbers, e.g. 2 for a 19 × 19 input";
    private static final String LAYOUT = "how 'input' is written: HWC (height × width × channels, as papers write) or CHW (channel-first)";

    static void register(OpTable t) {
        t.op("conv.output_size", "output size of a convolution along each dimension: floor((n + 2p − d(k − 1) − 1)/s) + 1")
                .req("input", INPUT).req("kernel", KERNEL).opt("stride", STRIDE).opt("padding", PADDING).opt("dilation", DILATION)
                .run(ConvArithmeticOps::outputSize);
        t.op("conv.input_sizes", "every input size that a convolution maps to the given output size")
                .req("output", "the output size, one number or one per dimension").req("kernel", KERNEL)
                .opt("stride", STRIDE).opt("padding", PADDING).opt("dilation", DILATION)
                .run(ConvArithmeticOps::inputSizes);
        t.op("conv.params", "trainable parameters of a convolution layer: out·(in/groups)·prod(kernel) (+ out biases)")
                .req("in_channels", "input channels").req("out_channels", "output channels (number of filters)")
                .req("kernel", "kernel size, one per dimension, e.g. [7, 7]; a single number needs 'dims'")
                .opt("groups", "groups (default 1)").opt("bias", "whether each filter has a bias (default true)")
                .opt("dims", "number of spatial dimensions when kernel is a single number, e.g. 2 for a k×k kernel")
                .run(ConvArithmeticOps::params);
        t.op("conv.mults", "multiplications of a convolution layer: outputs·out_channels·(in/groups)·prod(kernel)")
                .req("in_channels", "input channels").req("out_channels", "output channels").req("input", INPUT).req("kernel", KERNEL)
                .opt("stride", STRIDE).opt("padding", PADDING).opt("dilation", DILATION).opt("groups", "groups (default 1)")
                .opt("bias", "accepted so conv.adds arguments can be reused; a bias adds no multiplication")
                .opt("dims", DIMS)
                .run(a -> cost(a, false));
        t.op("conv.adds", "additions of a convolution layer: k − 1 per output inside the dot product (k = (in/groups)·prod(kernel)), plus one for a bias")
                .req("in_channels", "input channels").req("out_channels", "output channels").req("input", INPUT).req("kernel", KERNEL)
                .opt("stride", STRIDE).opt("padding", PADDING).opt("dilation", DILATION).opt("groups", "groups (default 1)")
                .opt("bias", "whether a bias is added to each output (default true)")
                .opt("dims", DIMS)
                .run(a -> cost(a, true));
        t.op("conv.depthwise_separable", "depthwise then pointwise (1×1) convolution: both output shapes and multiplications")
                .req("input", "input shape with channels, in the order 'layout' says, e.g. [200, 200, 3]")
                .req("layout", LAYOUT).req("kernel", "depthwise kernel size, one number or [kH, kW]")
                .req("out_channels", "output channels of the pointwise step")
                .opt("stride", "depthwise stride (default 1)").opt("padding", "depthwise padding (default 0); the pointwise step has none")
                .opt("dilation", "depthwise dilation (default 1)")
                .opt("depthwise_positions", "where the depthwise filter is counted: 'output' (right, default) or 'input'"
                        + " (the common slip of counting it at every input position, for a mistake rule)")
                .run(ConvArithmeticOps::depthwiseSeparable);
        t.op("conv.pointwise_output", "output shape of a 1×1 (pointwise) convolution: same height and width, out_channels channels")
                .req("input", "input shape with channels, e.g. [199, 199, 3]").req("out_channels", "output channels")
                .opt("layout", "HWC (default, as papers write) or CHW (channel-first)")
                .run(ConvArithmeticOps::pointwiseOutput);
        t.op("pool.output_size", "output size of a pooling window along each dimension (PyTorch's formula, ceil_mode optional)")
                .req("input", INPUT).req("kernel", KERNEL).opt("stride", "stride (default: the kernel size)")
                .opt("padding", PADDING).opt("dilation", DILATION).opt("ceil_mode", "round up instead of down (default false)")
                .run(ConvArithmeticOps::poolOutputSize);
    }

    private static int dimsOf(Args a, String... names) {
        for (String name : names) {
            if (a.isList(name)) {
                return a.integers(name).length;
            }
        }
        return 1;
    }

    private static boolean noneIsList(Args a, String... names) {
        for (String name : names) {
            if (a.isList(name)) {
                return false;
            }
        }
        return true;
    }

    private static Object shapeResult(Args a, String primary, long[] values) {
        return a.isList(primary) || values.length > 1 ? ConvGeometry.boxed(values) : (Object) values[0];
    }

    record Layer(long[] input, long[] kernel, long[] stride, long[] padding, long[] dilation) {}

    private static Layer layer(Args a, String sizeArg, boolean strideDefaultsToKernel) {
        int dims = a.has("dims") ? Math.toIntExact(a.positive("dims")) : dimsOf(a, sizeArg, "kernel", "stride", "padding", "dilation");
        long[] input = a.perDimensionAtLeast(sizeArg, dims, 0, 1);
        long[] kernel = a.perDimensionAtLeast("kernel", dims, 0, 1);
        long[] stride = strideDefaultsToKernel && !a.has("stride") ? kernel.clone() : a.perDimensionAtLeast("stride", dims, 1, 1);
        long[] padding = a.perDimensionAtLeast("padding", dims, 0, 0);
        long[] dilation = a.perDimensionAtLeast("dilation", dims, 1, 1);
        return new Layer(input, kernel, stride, padding, dilation);
    }

    private static OpResult outputSize(Args a) {
        Layer l = layer(a, "input", false);
        ConvGeometry.Sizes sizes = ConvGeometry.output(a, l.input(), l.kernel(), l.stride(), l.padding(), l.dilation(), false);
        return new OpResult(a.op(), shapeResult(a, "input", sizes.output()), sizes.working());
    }

    private static OpResult poolOutputSize(Args a) {
        Layer l = layer(a, "input", true);
        for (int i = 0; i < l.kernel().length; i++) {
            if (2 * l.padding()[i] > l.kernel()[i]) {
                throw a.error("padding", "pooling padding must be at most half the kernel, got " + l.padding()[i] + " for kernel " + l.kernel()[i]);
            }
        }
        boolean ceil = a.bool("ceil_mode", false);
        ConvGeometry.Sizes sizes = ConvGeometry.output(a, l.input(), l.kernel(), l.stride(), l.padding(), l.dilation(), ceil);
        return new OpResult(a.op(), shapeResult(a, "input", sizes.output()), sizes.working());
    }

    private static OpResult inputSizes(Args a) {
        Layer l = layer(a, "output", false);
        int dims = l.input().length;
        List<Object> perDim = new ArrayList<>();
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < dims; i++) {
            long out = l.input()[i];
            long s = l.stride()[i];
            long span = l.dilation()[i] * (l.kernel()[i] - 1) + 1;
            long lowest = s * (out - 1) + span - 2 * l.padding()[i];
            long highest = lowest + s - 1;
            if (highest < 1) {
                throw a.error("output", "no input size gives output " + out + " with this kernel, stride and padding");
            }
            lowest = Math.max(lowest, 1);
            if (highest - lowest >= 10_000) {
                throw a.error("stride", "gives more than 10,000 input sizes; too many to list");
            }
            List<Long> sizes = new ArrayList<>();
            for (long n = lowest; n <= highest; n++) {
                sizes.add(n);
            }
            perDim.add(sizes);
            String line = "floor((n" + ConvGeometry.formula(0, l.kernel()[i], l.padding()[i], l.dilation()[i]).substring(1)
                    + ")/" + s + ") + 1 = " + out + " ⇔ " + s + "·" + (out - 1) + " ≤ n − " + (span - 2 * l.padding()[i])
                    + " < " + s + "·" + out + " ⇔ " + lowest + " ≤ n ≤ " + highest + ": "
                    + String.join(", ", sizes.stream().map(String::valueOf).toList());
            lines.add(dims == 1 ? line : Fmt.dimName(i, dims) + ": " + line);
        }
        Object result = a.isList("output") || dims > 1 ? perDim : perDim.get(0);
        return new OpResult(a.op(), result, String.join("; ", lines));
    }

    private static long[] kernelForParams(Args a) {
        if (a.isList("kernel")) {
            return a.perDimensionAtLeast("kernel", a.integers("kernel").length, 1, 1);
        }
        if (!a.has("dims")) {
            throw a.error("kernel", "a single number is ambiguous here: write one per dimension, e.g. [7, 7], or give 'dims'");
        }
        int dims = Math.toIntExact(a.positive("dims"));
        return a.perDimensionAtLeast("kernel", dims, 1, 1);
    }

    private static long[] channels(Args a) {
        long in = a.positive("in_channels");
        long out = a.positive("out_channels");
        long groups = a.positive("groups", 1);
        if (in % groups != 0) {
            throw a.error("groups", "in_channels " + in + " is not divisible by groups " + groups);
        }
        if (out % groups != 0) {
            throw a.error("groups", "out_channels " + out + " is not divisible by groups " + groups);
        }
        return new long[] {in, out, groups};
    }

    private static String perFilter(long[] kernel, long in, long groups) {
        return Fmt.product(kernel) + "·" + (groups == 1 ? Long.toString(in) : "(" + in + "/" + groups + ")");
    }

    private static OpResult params(Args a) {
        long[] ch = channels(a);
        long[] kernel = kernelForParams(a);
        boolean bias = a.bool("bias", true);
        long weights = Math.multiplyExact(Math.multiplyExact(ConvGeometry.product(kernel), ch[0] / ch[2]), ch[1]);
        long total = weights + (bias ? ch[1] : 0);
        String working = perFilter(kernel, ch[0], ch[2]) + "·" + ch[1] + " = " + Fmt.count(weights) + " weights"
                + (bias ? " + " + ch[1] + " biases = " + Fmt.count(total) : ", no bias");
        return new OpResult(a.op(), total, working);
    }

    private static OpResult cost(Args a, boolean additions) {
        long[] ch = channels(a);
        if (!a.has("dims") && noneIsList(a, "input", "kernel", "stride", "padding", "dilation")) {
            throw a.error("input", "a single number is ambiguous here: write one per dimension, e.g. [19, 19], or give 'dims' (1 for a 1-D convolution)");
        }
        Layer l = layer(a, "input", false);
        ConvGeometry.Sizes sizes = ConvGeometry.output(a, l.input(), l.kernel(), l.stride(), l.padding(), l.dilation(), false);
        long positions = ConvGeometry.product(sizes.output());
        long dot = Math.multiplyExact(ConvGeometry.product(l.kernel()), ch[0] / ch[2]);
        long outputs = Math.multiplyExact(positions, ch[1]);
        String outputsText = Fmt.product(sizes.output()) + "·" + ch[1];
        String dotText = perFilter(l.kernel(), ch[0], ch[2]);
        String head = "output " + Fmt.shape(sizes.output()) + " (" + sizes.working() + "); ";
        if (!additions) {
            a.bool("bias", true);
            long mults = Math.multiplyExact(outputs, dot);
            return new OpResult(a.op(), mults, head + outputsText + "·(" + dotText + ") = " + Fmt.count(mults));
        }
        boolean bias = a.bool("bias", true);
        long perOutput = dot - 1 + (bias ? 1 : 0);
        long adds = Math.multiplyExact(outputs, perOutput);
        String text = head + outputsText + "·(" + dotText + " − 1" + (bias ? " + 1 for the bias" : "") + ") = " + Fmt.count(adds);
        return new OpResult(a.op(), adds, text);
    }

    /** Splits a shape with channels into spatial sizes and the channel count, by the declared layout. */
    private record Shaped(long[] spatial, long channels, boolean channelsLast) {
        List<Long> with(long[] spatialSizes, long channelCount) {
            List<Long> out = new ArrayList<>();
            if (!channelsLast) {
                out.add(channelCount);
            }
            for (long v : spatialSizes) {
                out.add(v);
            }
            if (channelsLast) {
                out.add(channelCount);
            }
            return out;
        }

        String text(long[] spatialSizes, long channelCount) {
            return String.join(" × ", with(spatialSizes, channelCount).stream().map(String::valueOf).toList());
        }
    }

    private static Shaped shaped(Args a, String layoutFallback) {
        String layout = a.choice("layout", layoutFallback, "HWC", "CHW");
        long[] dims = a.integers("input");
        if (dims.length < 2) {
            throw a.error("input", "must list the spatial sizes and the channels, e.g. [200, 200, 3] for " + layout);
        }
        for (long d : dims) {
            if (d < 1) {
                throw a.error("input", "sizes must be at least 1, got " + d);
            }
        }
        boolean last = layout.equals("HWC");
        long channels = last ? dims[dims.length - 1] : dims[0];
        long[] spatial = java.util.Arrays.copyOfRange(dims, last ? 0 : 1, last ? dims.length - 1 : dims.length);
        return new Shaped(spatial, channels, last);
    }

    private static OpResult pointwiseOutput(Args a) {
        Shaped in = shaped(a, "HWC");
        long out = a.positive("out_channels");
        return new OpResult(a.op(), in.with(in.spatial(), out),
                "a 1×1 convolution keeps " + Fmt.shape(in.spatial()) + " and gives " + out + " channels: " + in.text(in.spatial(), out));
    }

    private static OpResult depthwiseSeparable(Args a) {
        Shaped in = shaped(a, null);
        int dims = in.spatial().length;
        long[] kernel = a.perDimensionAtLeast("kernel", dims, 0, 1);
        long[] stride = a.perDimensionAtLeast("stride", dims, 1, 1);
        long[] padding = a.perDimensionAtLeast("padding", dims, 0, 0);
        long[] dilation = a.perDimensionAtLeast("dilation", dims, 1, 1);
        long outChannels = a.positive("out_channels");
        ConvGeometry.Sizes sizes = ConvGeometry.output(a, in.spatial(), kernel, stride, padding, dilation, false);
        long[] spatial = sizes.output();
        long c = in.channels();
        long positions = ConvGeometry.product(spatial);
        boolean overInput = a.choice("depthwise_positions", "output", "output", "input").equals("input");
        long[] depthwiseSpatial = overInput ? in.spatial() : spatial;
        long depthwise = Math.multiplyExact(Math.multiplyExact(ConvGeometry.product(depthwiseSpatial), c),
                ConvGeometry.product(kernel));
        long pointwise = Math.multiplyExact(Math.multiplyExact(positions, c), outChannels);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("depthwise_output", in.with(spatial, c));
        result.put("depthwise_mults", depthwise);
        result.put("pointwise_output", in.with(spatial, outChannels));
        result.put("pointwise_mults", pointwise);
        result.put("total_mults", depthwise + pointwise);
        String working = "depthwise: " + sizes.working() + ", output " + in.text(spatial, c)
                + "; multiplications " + Fmt.product(depthwiseSpatial) + "·" + c + "·" + ConvGeometry.product(kernel) + " = "
                + Fmt.count(depthwise) + (overInput ? " (counted over the input positions)" : "")
                + "; pointwise 1×1: output " + in.text(spatial, outChannels)
                + "; multiplications " + Fmt.product(spatial) + "·" + c + "·" + outChannels + " = " + Fmt.count(pointwise)
                + "; total " + Fmt.count(depthwise) + " + " + Fmt.count(pointwise) + " = " + Fmt.count(depthwise + pointwise);
        return new OpResult(a.op(), result, working);
    }
}
