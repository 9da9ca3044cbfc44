package examgrader.engine;

/**
 * The numeric inner loops on flat arrays: matrix-vector products, the LSTM recurrence and the
 * direct convolution. Public so {@code grader bench} can time them without JSON conversion.
 */
public final class Kernels {
    private Kernels() {}

    public static double sigmoid(double x) {
        return x >= 0 ? 1.0 / (1.0 + Math.exp(-x)) : Math.exp(x) / (1.0 + Math.exp(x));
    }

    /** out += W·x for a row-major rows × cols matrix (four partial sums, so the products pipeline). */
    public static void addMatVec(double[] w, int rows, int cols, double[] x, double[] out) {
        int blocked = cols - cols % 4;
        for (int r = 0; r < rows; r++) {
            int base = r * cols;
            double s0 = 0;
            double s1 = 0;
            double s2 = 0;
            double s3 = 0;
            for (int c = 0; c < blocked; c += 4) {
                s0 += w[base + c] * x[c];
                s1 += w[base + c + 1] * x[c + 1];
                s2 += w[base + c + 2] * x[c + 2];
                s3 += w[base + c + 3] * x[c + 3];
            }
            for (int c = blocked; c < cols; c++) {
                s0 += w[base + c] * x[c];
            }
            out[r] += (s0 + s1) + (s2 + s3);
        }
    }

    /**
     * The weights of one LSTM cell in the separate form: for each gate (order i, f, o, c) W_g acting
     * on x (hidden × input), U_g acting on h_{t-1} (hidden × hidden) and b_g (hidden, zeros if absent).
     */
    public record LstmWeights(double[][] w, double[][] u, double[][] b, int inputSize, int hiddenSize) {
        public static final String[] GATES = {"i", "f", "o", "c"};
    }

    /** The state and gate values after one LSTM step. */
    public record LstmStep(double[] i, double[] f, double[] o, double[] cTilde, double[] c, double[] h) {}

    public static LstmStep lstmStep(LstmWeights weights, double[] x, double[] hPrev, double[] cPrev) {
        int hidden = weights.hiddenSize();
        double[][] pre = new double[4][];
        for (int g = 0; g < 4; g++) {
            double[] z = weights.b()[g].clone();
            addMatVec(weights.w()[g], hidden, weights.inputSize(), x, z);
            addMatVec(weights.u()[g], hidden, hidden, hPrev, z);
            pre[g] = z;
        }
        double[] i = new double[hidden];
        double[] f = new double[hidden];
        double[] o = new double[hidden];
        double[] cTilde = new double[hidden];
        double[] c = new double[hidden];
        double[] h = new double[hidden];
        for (int k = 0; k < hidden; k++) {
            i[k] = sigmoid(pre[0][k]);
            f[k] = sigmoid(pre[1][k]);
            o[k] = sigmoid(pre[2][k]);
            cTilde[k] = Math.tanh(pre[3][k]);
            c[k] = f[k] * cPrev[k] + i[k] * cTilde[k];
            h[k] = o[k] * Math.tanh(c[k]);
        }
        return new LstmStep(i, f, o, cTilde, c, h);
    }

    /** Runs the LSTM over a sequence x (steps × input, row-major); returns hs and cs (steps × hidden each). */
    public static double[][] lstmForward(LstmWeights weights, double[] x, int steps, double[] h0, double[] c0) {
        int hidden = weights.hiddenSize();
        int input = weights.inputSize();
        double[] hs = new double[steps * hidden];
        double[] cs = new double[steps * hidden];
        double[] h = h0;
        double[] c = c0;
        double[] xt = new double[input];
        for (int t = 0; t < steps; t++) {
            System.arraycopy(x, t * input, xt, 0, input);
            LstmStep step = lstmStep(weights, xt, h, c);
            h = step.h();
            c = step.c();
            System.arraycopy(h, 0, hs, t * hidden, hidden);
            System.arraycopy(c, 0, cs, t * hidden, hidden);
        }
        return new double[][] {hs, cs};
    }

    /** Geometry of a 2-D convolution; 1-D convolutions use height 1. */
    public record Conv2d(int inChannels, int height, int width, int outChannels, int kernelH, int kernelW,
                         int strideH, int strideW, int padH, int padW, int dilH, int dilW, int groups) {
        public int outHeight() {
            return (height + 2 * padH - dilH * (kernelH - 1) - 1) / strideH + 1;
        }

        public int outWidth() {
            return (width + 2 * padW - dilW * (kernelW - 1) - 1) / strideW + 1;
        }
    }

    /**
     * Direct convolution of one image (channels × height × width) with weights
     * (out × in/groups × kH × kW) and optional bias, as PyTorch's cross-correlation. Each output row
     * stays in cache while every weight that touches it adds one input row, read in memory order.
     */
    public static double[] conv2d(Conv2d g, double[] input, double[] weight, double[] bias) {
        int outH = g.outHeight();
        int outW = g.outWidth();
        int inPerGroup = g.inChannels() / g.groups();
        int outPerGroup = g.outChannels() / g.groups();
        int kernelW = g.kernelW();
        int[] firstOw = new int[kernelW];
        int[] lastOw = new int[kernelW];
        int[] colOffset = new int[kernelW];
        for (int kw = 0; kw < kernelW; kw++) {
            colOffset[kw] = kw * g.dilW() - g.padW();
            firstOw[kw] = colOffset[kw] >= 0 ? 0 : ceilDiv(-colOffset[kw], g.strideW());
            lastOw[kw] = Math.min(outW - 1, Math.floorDiv(g.width() - 1 - colOffset[kw], g.strideW()));
        }
        double[] out = new double[g.outChannels() * outH * outW];
        for (int oc = 0; oc < g.outChannels(); oc++) {
            int group = oc / outPerGroup;
            for (int oh = 0; oh < outH; oh++) {
                int rowOut = (oc * outH + oh) * outW;
                if (bias != null) {
                    java.util.Arrays.fill(out, rowOut, rowOut + outW, bias[oc]);
                }
                for (int icg = 0; icg < inPerGroup; icg++) {
                    int ic = group * inPerGroup + icg;
                    for (int kh = 0; kh < g.kernelH(); kh++) {
                        int ih = oh * g.strideH() + kh * g.dilH() - g.padH();
                        if (ih < 0 || ih >= g.height()) {
                            continue;
                        }
                        int rowIn = (ic * g.height() + ih) * g.width();
                        int weightRow = ((oc * inPerGroup + icg) * g.kernelH() + kh) * kernelW;
                        for (int kw = 0; kw < kernelW; kw++) {
                            accumulateRow(out, rowOut, input, rowIn + colOffset[kw], weight[weightRow + kw],
                                    firstOw[kw], lastOw[kw], g.strideW());
                        }
                    }
                }
            }
        }
        return out;
    }

    /** out[rowOut + ow] += w · in[rowIn + ow·stride] for ow in [first, last]; stride 1 kept apart so it vectorises. */
    private static void accumulateRow(double[] out, int rowOut, double[] in, int rowIn, double w, int first, int last, int stride) {
        if (stride == 1) {
            for (int ow = first; ow <= last; ow++) {
                out[rowOut + ow] += w * in[rowIn + ow];
            }
        } else {
            for (int ow = first; ow <= last; ow++) {
                out[rowOut + ow] += w * in[rowIn + ow * stride];
            }
        }
    }

    private static int ceilDiv(int a, int b) {
        return -Math.floorDiv(-a, b);
    }
}
