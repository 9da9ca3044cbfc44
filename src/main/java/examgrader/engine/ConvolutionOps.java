package examgrader.engine;

/**
 * Convolution and pooling evaluated on actual numbers, channel-first as in PyTorch, for questions that
 * give an input patch and a filter and ask for the output values.
 */
final class ConvolutionOps {
    private ConvolutionOps() {}

    static void register(OpTable t) {
        t.op("conv2d.forward", "2-D convolution (cross-correlation, as PyTorch) of a C × H × W input with O × C/groups × kH × kW weights")
                .req("input", "input image, channels × height × width (a single H × W grid means one channel)")
                .req("weight", "filters: out_channels × in_channels/groups × kH × kW (a single kH × kW grid means one filter)")
                .opt("bias", "one bias per filter (default none)").opt("stride", "stride, one number or [sH, sW] (default 1)")
                .opt("padding", "zero padding, one number or [pH, pW] (default 0)").opt("dilation", "dilation, one number or [dH, dW] (default 1)")
                .opt("groups", "groups (default 1)")
                .run(a -> convolve(a, 2));
        t.op("conv1d.forward", "1-D convolution (cross-correlation, as PyTorch) of a C × L input with O × C/groups × k weights")
                .req("input", "input, channels × length (a single list means one channel)")
                .req("weight", "filters: out_channels × in_channels/groups × k (a single list means one filter)")
                .opt("bias", "one bias per filter (default none)").opt("stride", "stride (default 1)")
                .opt("padding", "zero padding (default 0)").opt("dilation", "dilation (default 1)").opt("groups", "groups (default 1)")
                .run(a -> convolve(a, 1));
        t.op("pool.max2d", "2-D max pooling of a C × H × W (or H × W) input, as PyTorch's MaxPool2d")
                .req("input", "input, channels × height × width or height × width").req("kernel", "window size, one number or [kH, kW]")
                .opt("stride", "stride (default: the kernel size)").opt("padding", "padding, ignored by the max (default 0)")
                .opt("dilation", "dilation (default 1)").opt("ceil_mode", "round the output size up (default false)")
                .run(a -> PoolKernel.pool(a, true));
        t.op("pool.avg2d", "2-D average pooling of a C × H × W (or H × W) input, as PyTorch's AvgPool2d")
                .req("input", "input, channels × height × width or height × width").req("kernel", "window size, one number or [kH, kW]")
                .opt("stride", "stride (default: the kernel size)").opt("padding", "zero padding (default 0)")
                .opt("ceil_mode", "round the output size up (default false)")
                .opt("count_include_pad", "count padded zeros in the divisor (default true, as PyTorch)")
                .run(a -> PoolKernel.pool(a, false));
    }

    private static OpResult convolve(Args a, int spatialDims) {
        Tensor input = a.tensor("input");
        if (input.rank() == spatialDims) {
            input = input.reshape(prepend(1, input.shape()));
        }
        if (input.rank() != spatialDims + 1) {
            throw a.error("input", "must be channels × " + (spatialDims == 2 ? "height × width" : "length") + ", got " + input.shapeText());
        }
        Tensor weight = a.tensor("weight");
        if (weight.rank() == spatialDims) {
            weight = weight.reshape(prepend(1, prepend(1, weight.shape())));
        }
        if (weight.rank() != spatialDims + 2) {
            throw a.error("weight", "must be out_channels × in_channels/groups × " + (spatialDims == 2 ? "kH × kW" : "k") + ", got " + weight.shapeText());
        }
        int channels = input.dim(0);
        int outChannels = weight.dim(0);
        long groups = a.positive("groups", 1);
        if (channels % groups != 0) {
            throw a.error("groups", "input channels " + channels + " are not divisible by groups " + groups);
        }
        if (outChannels % groups != 0) {
            throw a.error("groups", "out_channels " + outChannels + " are not divisible by groups " + groups);
        }
        if (weight.dim(1) * groups != channels) {
            throw a.error("weight", "has " + weight.dim(1) + " input channels per filter but the input has " + channels
                    + " channels" + (groups == 1 ? "" : " in " + groups + " groups") + " (need " + channels / groups + ")");
        }
        Tensor bias = a.tensorOrNull("bias");
        if (bias != null && (bias.rank() != 1 || bias.size() != outChannels)) {
            throw a.error("bias", "must have one value per filter (" + outChannels + "), got " + bias.shapeText());
        }
        long[] size = new long[spatialDims];
        long[] kernel = new long[spatialDims];
        for (int d = 0; d < spatialDims; d++) {
            size[d] = input.dim(d + 1);
            kernel[d] = weight.dim(d + 2);
        }
        long[] stride = a.perDimensionAtLeast("stride", spatialDims, 1, 1);
        long[] padding = a.perDimensionAtLeast("padding", spatialDims, 0, 0);
        long[] dilation = a.perDimensionAtLeast("dilation", spatialDims, 1, 1);
        ConvGeometry.Sizes sizes = ConvGeometry.output(a, size, kernel, stride, padding, dilation, false);
        int last = spatialDims - 1;
        Kernels.Conv2d g = new Kernels.Conv2d(channels, spatialDims == 2 ? (int) size[0] : 1, (int) size[last], outChannels,
                spatialDims == 2 ? (int) kernel[0] : 1, (int) kernel[last],
                spatialDims == 2 ? (int) stride[0] : 1, (int) stride[last],
                spatialDims == 2 ? (int) padding[0] : 0, (int) padding[last],
                spatialDims == 2 ? (int) dilation[0] : 1, (int) dilation[last], (int) groups);
        double[] out = Kernels.conv2d(g, input.data(), weight.data(), bias == null ? null : bias.data());
        int[] outShape = spatialDims == 2 ? new int[] {outChannels, g.outHeight(), g.outWidth()} : new int[] {outChannels, g.outWidth()};
        Tensor result = new Tensor(outShape, out);
        String index = spatialDims == 2 ? "[o][y][x]" : "[o][x]";
        String sum = spatialDims == 2
                ? "Σ_{c,i,j} w[o][c][i][j]·in[c][y·sH + i·dH − pH][x·sW + j·dW − pW]"
                : "Σ_{c,j} w[o][c][j]·in[c][x·s + j·d − p]";
        String working = "output " + result.shapeText() + " (" + sizes.working() + "); out" + index + " = "
                + (bias == null ? "" : "b[o] + ") + sum + " (zero outside the input); out" + index.replaceAll("[a-z]", "0")
                + " = " + Fmt.num(out[0]);
        return new OpResult(a.op(), result.toJson(), working);
    }

    static int[] prepend(int first, int[] rest) {
        int[] out = new int[rest.length + 1];
        out[0] = first;
        System.arraycopy(rest, 0, out, 1, rest.length);
        return out;
    }
}
