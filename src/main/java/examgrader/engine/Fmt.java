package examgrader.engine;

import java.math.BigDecimal;
import java.math.MathContext;

/** Number and vector formatting for the working a student reads: short, exact where it matters. */
final class Fmt {
    private Fmt() {}

    static final int MAX_SHOWN = 8;

    /** A real with up to 6 significant digits, without trailing zeros; whole numbers without ".0". */
    static String num(double x) {
        if (x == Math.rint(x) && Math.abs(x) < 1e15) {
            return Long.toString((long) x);
        }
        String text = new BigDecimal(x).round(new MathContext(6)).stripTrailingZeros().toPlainString();
        return text;
    }

    /** A whole number, with thousands separators from 10,000 on, as marking schemes write them. */
    static String count(long n) {
        return Math.abs(n) >= 10_000 ? String.format(java.util.Locale.ROOT, "%,d", n) : Long.toString(n);
    }

    static String vec(double[] values) {
        StringBuilder sb = new StringBuilder("(");
        int shown = values.length <= MAX_SHOWN ? values.length : MAX_SHOWN - 1;
        for (int i = 0; i < shown; i++) {
            sb.append(i == 0 ? "" : ", ").append(num(values[i]));
        }
        if (shown < values.length) {
            sb.append(", …, ").append(num(values[values.length - 1])).append(") [").append(values.length).append(" values]");
            return sb.toString();
        }
        return sb.append(")").toString();
    }

    /** A number, a vector, or a small matrix row by row; anything larger flattened with its shape. */
    static String vec(Tensor t) {
        if (t.rank() == 0) {
            return num(t.get(0));
        }
        if (t.rank() == 2 && t.dim(0) <= 4 && t.dim(1) <= MAX_SHOWN) {
            StringBuilder sb = new StringBuilder("(");
            for (int r = 0; r < t.dim(0); r++) {
                double[] row = java.util.Arrays.copyOfRange(t.data(), r * t.dim(1), (r + 1) * t.dim(1));
                sb.append(r == 0 ? "" : ", ").append(vec(row));
            }
            return sb.append(")").toString();
        }
        return t.rank() == 1 ? vec(t.data()) : vec(t.data()) + " of shape " + t.shapeText();
    }

    static String shape(long[] dims) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < dims.length; i++) {
            sb.append(i == 0 ? "" : " × ").append(dims[i]);
        }
        return sb.toString();
    }

    static String product(long[] factors) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < factors.length; i++) {
            sb.append(i == 0 ? "" : "·").append(factors[i]);
        }
        return sb.toString();
    }

    /** Names the dimensions of a shape as papers do: L for 1-D, H, W for 2-D, D, H, W for 3-D. */
    static String dimName(int axis, int dims) {
        return switch (dims) {
            case 1 -> "L";
            case 2 -> axis == 0 ? "H" : "W";
            case 3 -> new String[] {"D", "H", "W"}[axis];
            default -> "dim " + (axis + 1);
        };
    }
}
