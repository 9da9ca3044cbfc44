package examgrader.engine;

/** Max and average pooling with PyTorch's window, padding and ceil-mode rules. */
final class PoolKernel {
    private PoolKernel() {}

    static OpResult pool(Args a, boolean max) {
        Tensor input = a.tensor("input");
        boolean single = input.rank() == 2;
        if (single) {
            input = input.reshape(ConvolutionOps.prepend(1, input.shape()));
        }
        if (input.rank() != 3) {
            throw a.error("input", "must be channels × height × width or height × width, got " + input.shapeText());
        }
        long[] size = {input.dim(1), input.dim(2)};
        long[] kernel = a.perDimensionAtLeast("kernel", 2, 0, 1);
        long[] stride = a.has("stride") ? a.perDimensionAtLeast("stride", 2, 1, 1) : kernel.clone();
        long[] padding = a.perDimensionAtLeast("padding", 2, 0, 0);
        long[] dilation = max ? a.perDimensionAtLeast("dilation", 2, 1, 1) : new long[] {1, 1};
        for (int d = 0; d < 2; d++) {
            if (2 * padding[d] > kernel[d]) {
                throw a.error("padding", "must be at most half the kernel, got " + padding[d] + " for kernel " + kernel[d]);
            }
        }
        boolean ceil = a.bool("ceil_mode", false);
        boolean includePad = max || a.bool("count_include_pad", true);
        ConvGeometry.Sizes sizes = ConvGeometry.output(a, size, kernel, stride, padding, dilation, ceil);
        int channels = input.dim(0);
        int h = input.dim(1);
        int w = input.dim(2);
        int outH = (int) sizes.output()[0];
        int outW = (int) sizes.output()[1];
        double[] in = input.data();
        double[] out = new double[channels * outH * outW];
        for (int c = 0; c < channels; c++) {
            for (int oy = 0; oy < outH; oy++) {
                for (int ox = 0; ox < outW; ox++) {
                    out[(c * outH + oy) * outW + ox] = max
                            ? windowMax(in, c, h, w, oy, ox, kernel, stride, padding, dilation)
                            : windowMean(in, c, h, w, oy, ox, kernel, stride, padding, includePad);
                }
            }
        }
        Tensor result = new Tensor(single ? new int[] {outH, outW} : new int[] {channels, outH, outW}, out);
        String working = "output " + result.shapeText() + " (" + sizes.working() + "); each value is the "
                + (max ? "largest" : "mean") + " of its " + kernel[0] + " × " + kernel[1] + " window"
                + (max || !includePad ? "" : " (padded zeros counted)") + "; first value " + Fmt.num(out[0]);
        return new OpResult(a.op(), result.toJson(), working);
    }

    private static double windowMax(double[] in, int c, int h, int w, int oy, int ox, long[] k, long[] s, long[] p, long[] d) {
        double best = Double.NEGATIVE_INFINITY;
        for (int i = 0; i < k[0]; i++) {
            long y = oy * s[0] - p[0] + i * d[0];
            for (int j = 0; j < k[1]; j++) {
                long x = ox * s[1] - p[1] + j * d[1];
                if (y >= 0 && y < h && x >= 0 && x < w) {
                    best = Math.max(best, in[(int) ((c * (long) h + y) * w + x)]);
                }
            }
        }
        return best;
    }

    private static double windowMean(double[] in, int c, int h, int w, int oy, int ox, long[] k, long[] s, long[] p, boolean includePad) {
        long y0 = oy * s[0] - p[0];
        long x0 = ox * s[1] - p[1];
        long y1 = Math.min(y0 + k[0], h + p[0]);
        long x1 = Math.min(x0 + k[1], w + p[1]);
        long paddedCount = (y1 - y0) * (x1 - x0);
        y0 = Math.max(y0, 0);
        x0 = Math.max(x0, 0);
        y1 = Math.min(y1, h);
        x1 = Math.min(x1, w);
        double sum = 0;
        for (long y = y0; y < y1; y++) {
            for (long x = x0; x < x1; x++) {
                sum += in[(int) ((c * (long) h + y) * w + x)];
            }
        }
        long count = includePad ? paddedCount : (y1 - y0) * (x1 - x0);
        return sum / count;
    }
}
