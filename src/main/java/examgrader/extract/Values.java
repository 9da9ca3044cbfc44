package examgrader.extract;

import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Collectors;

/** Formatting of numbers for people: integers without a trailing ".0", reals without float noise. */
public final class Values {
    private Values() {}

    public static String format(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) return String.valueOf(v);
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return String.valueOf((long) v);
        return new BigDecimal(v).round(new java.math.MathContext(10)).stripTrailingZeros().toPlainString();
    }

    public static String formatList(List<Double> values, String open, String close) {
        return values.stream().map(Values::format).collect(Collectors.joining(", ", open, close));
    }
}
