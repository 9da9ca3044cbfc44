package examgrader.rubric;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How close a written number must be to the reference. Any criterion given is enough (an answer
 * within the absolute OR the relative tolerance matches); with none given, the answer must be
 * exact up to floating-point noise.
 *
 * @param absolute    |answer − reference| ≤ absolute
 * @param relative    |answer − reference| ≤ relative · |reference|
 * @param sigFigs     written with exactly this many significant figures and equal to the reference rounded to them
 * @param minSigFigs  written with at least this many significant figures, and correct to every figure written
 * @param decimals    equal to the reference when both are rounded to this many decimal places
 */
public record Tolerance(Double absolute, Double relative, Integer sigFigs, Integer minSigFigs, Integer decimals) {
    public static final Tolerance EXACT = new Tolerance(null, null, null, null, null);
    private static final Pattern NUMBER = Pattern.compile("[0-9][0-9,]*(?:\\.[0-9]*)?|\\.[0-9]+");

    public static Tolerance absolute(double a) {
        return new Tolerance(a, null, null, null, null);
    }

    public static Tolerance relative(double r) {
        return new Tolerance(null, r, null, null, null);
    }

    public boolean isExact() {
        return absolute == null && relative == null && sigFigs == null && minSigFigs == null && decimals == null;
    }

    /**
     * Whether {@code answer} matches {@code reference}. {@code raw} is the text the number was read
     * from (for counting significant figures as the student wrote them); may be null, in which case
     * the count is taken from the number itself.
     */
    public boolean matches(double reference, double answer, String raw) {
        if (Double.isNaN(answer) || Double.isInfinite(answer)) return false;
        double diff = Math.abs(answer - reference);
        if (isExact()) return diff <= 1e-9 * Math.max(1.0, Math.abs(reference));
        double noise = 1e-12 * Math.max(1.0, Math.abs(reference));
        if (absolute != null && diff <= absolute + noise) return true;
        if (relative != null && diff <= relative * Math.abs(reference) + noise) return true;
        if (decimals != null && round(reference, decimals) == round(answer, decimals)) return true;
        if (sigFigs != null || minSigFigs != null) {
            int written = significantFigures(raw, answer);
            if (sigFigs != null && written == sigFigs && sameToFigures(reference, answer, sigFigs)) return true;
            if (minSigFigs != null && written >= minSigFigs && sameToFigures(reference, answer, written)) return true;
        }
        return false;
    }

    /** The criteria in words, for feedback and the answer key ("within ±0.005"). */
    public String describe() {
        if (isExact()) return "exact";
        List<String> parts = new ArrayList<>();
        if (absolute != null) parts.add("within ±" + examgrader.extract.Values.format(absolute));
        if (relative != null) parts.add("within " + examgrader.extract.Values.format(relative * 100) + " % relative");
        if (sigFigs != null) parts.add("to exactly " + sigFigs + " significant figures");
        if (minSigFigs != null) parts.add("to at least " + minSigFigs + " significant figures");
        if (decimals != null) parts.add("to " + decimals + " decimal places");
        return String.join(" or ", parts);
    }

    /**
     * Significant figures as written: leading zeros never count, trailing zeros count after a
     * decimal point ({@code 0.70} has 2) and not in a bare integer ({@code 3100} has 2). The first
     * number in {@code raw} is taken as the mantissa ({@code 3.089 × 10^6} has 4).
     */
    public static int significantFigures(String raw, double value) {
        String mantissa = null;
        if (raw != null) {
            Matcher m = NUMBER.matcher(raw);
            if (m.find()) mantissa = m.group().replace(",", "");
        }
        if (mantissa == null) {
            mantissa = new BigDecimal(value).round(new MathContext(15)).stripTrailingZeros().abs().toPlainString();
        }
        boolean hasPoint = mantissa.contains(".");
        String digits = mantissa.replace(".", "").replaceFirst("^0+", "");
        if (!hasPoint) digits = digits.replaceFirst("0+$", "");
        return Math.max(digits.length(), digits.isEmpty() ? 1 : 0);
    }

    private static boolean sameToFigures(double reference, double answer, int figures) {
        if (figures <= 0) return false;
        MathContext mc = new MathContext(figures, RoundingMode.HALF_UP);
        BigDecimal r = new BigDecimal(reference).round(mc);
        BigDecimal a = new BigDecimal(answer).round(new MathContext(15, RoundingMode.HALF_UP)).round(mc);
        return r.compareTo(a) == 0;
    }

    private static double round(double v, int places) {
        return new BigDecimal(v).setScale(places, RoundingMode.HALF_UP).doubleValue();
    }
}
