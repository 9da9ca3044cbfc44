package examgrader.report;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** How marks and totals are shown everywhere: at most 2 decimals, no trailing zeros (0.5, 0.67, 1, 12.5). */
public final class MarkFormat {
    private MarkFormat() {}

    public static String marks(double value) {
        if (!Double.isFinite(value)) throw new IllegalArgumentException("marks must be finite, got " + value);
        BigDecimal rounded = BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
        if (rounded.signum() == 0) return "0";
        return rounded.toPlainString();
    }

    /** A share 0..1 as a whole percentage, e.g. {@code 0.6667 -> "67%"}. */
    public static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
