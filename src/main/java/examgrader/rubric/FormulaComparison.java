package examgrader.rubric;

import java.util.HashMap;
import java.util.Map;
import java.util.Random;

/**
 * Decides whether a student's formula equals the reference by evaluating both at random points.
 * The points come from a fixed seed, so a script marked twice gets the same mark; points where
 * either formula is undefined are skipped.
 */
public final class FormulaComparison {
    private static final double DEFAULT_LOW = -5, DEFAULT_HIGH = 5;
    private static final long SEED = 60010L;

    private FormulaComparison() {}

    /** Whether a written formula can be parsed at all (an unreadable one goes to review, not to 0). */
    public static boolean readable(String formula) {
        try {
            FormulaExpression.parse(formula);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /**
     * @param relative relative tolerance at each point (with a small absolute floor near zero)
     * @return true when every one of {@code reference.points()} defined points agrees
     */
    public static boolean equal(Reference.Formula reference, String answer, double relative) {
        FormulaExpression ref = FormulaExpression.parse(reference.expression());
        FormulaExpression ans;
        try {
            ans = FormulaExpression.parse(answer);
        } catch (IllegalArgumentException e) {
            return false;
        }
        for (String v : ans.variables()) {
            if (!ref.variables().contains(v) && !reference.ranges().containsKey(v)) return false;
        }
        Random random = new Random(SEED);
        int agreed = 0;
        for (int tries = 0; tries < reference.points() * 20 && agreed < reference.points(); tries++) {
            Map<String, Double> point = new HashMap<>();
            for (String v : ref.variables()) {
                double[] range = reference.ranges().getOrDefault(v, new double[] {DEFAULT_LOW, DEFAULT_HIGH});
                point.put(v, range[0] + random.nextDouble() * (range[1] - range[0]));
            }
            double a = ref.evaluate(point);
            double b = ans.evaluate(point);
            if (!Double.isFinite(a) || !Double.isFinite(b)) continue;
            if (Math.abs(a - b) > relative * Math.abs(a) + 1e-12) return false;
            agreed++;
        }
        return agreed >= reference.points();
    }
}
