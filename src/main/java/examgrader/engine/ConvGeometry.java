package examgrader.engine;

import java.util.ArrayList;
import java.util.List;

/**
 * Output sizes of a convolution or pooling window along each dimension, with the PyTorch formula
 * floor((n + 2p − d(k − 1) − 1)/s) + 1 written out per dimension for the working.
 */
final class ConvGeometry {
    private ConvGeometry() {}

    record Sizes(long[] output, String working) {}

    static Sizes output(Args a, long[] input, long[] kernel, long[] stride, long[] padding, long[] dilation, boolean ceilMode) {
        int dims = input.length;
        long[] out = new long[dims];
        List<String> lines = new ArrayList<>();
        for (int i = 0; i < dims; i++) {
            long span = dilation[i] * (kernel[i] - 1) + 1;
            long padded = input[i] + 2 * padding[i];
            if (span > padded) {
                throw a.error("kernel", "kernel " + kernel[i] + (dilation[i] == 1 ? "" : " (dilated to " + span + ")")
                        + " is larger than the padded input " + input[i] + " + 2·" + padding[i] + " = " + padded
                        + (dims == 1 ? "" : " along " + Fmt.dimName(i, dims)));
            }
            long numerator = padded - span;
            long steps = ceilMode ? Math.floorDiv(numerator + stride[i] - 1, stride[i]) : Math.floorDiv(numerator, stride[i]);
            long size = steps + 1;
            boolean trimmed = false;
            if (ceilMode && (size - 1) * stride[i] >= input[i] + padding[i]) {
                size--;
                trimmed = true;
            }
            out[i] = size;
            String line = (ceilMode ? "ceil(" : "floor(") + "(" + formula(input[i], kernel[i], padding[i], dilation[i])
                    + ")/" + stride[i] + ") + 1" + (trimmed ? " − 1 (last window would start in the padding)" : "") + " = " + size;
            lines.add(dims == 1 ? line : Fmt.dimName(i, dims) + ": " + line);
        }
        return new Sizes(out, String.join("; ", lines));
    }

    /** The numerator, in the short form when there is no dilation: n + 2·p − k. */
    static String formula(long n, long k, long p, long d) {
        String padded = p == 0 ? Long.toString(n) : n + " + 2·" + p;
        if (d == 1) {
            return padded + " − " + k;
        }
        return padded + " − " + d + "·(" + k + " − 1) − 1";
    }

    static List<Long> boxed(long[] values) {
        List<Long> out = new ArrayList<>(values.length);
        for (long v : values) {
            out.add(v);
        }
        return out;
    }

    static long product(long[] values) {
        long p = 1;
        for (long v : values) {
            p = Math.multiplyExact(p, v);
        }
        return p;
    }
}
