package examgrader.rubric;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.TreeSet;

/**
 * Decides whether a student's formula equals the reference by evaluating both at random points.
 * The points come from a fixed seed, so a script marked twice gets the same mark; points where
 * either formula is undefined are skipped. A formula that cannot be read, names a variable or
 * function the question does not define ({@code s(1 - s)} for σ'(z)), or cannot be evaluated
 * where the reference can, is neither equal nor different: a person has to look at it. So is one
 * whose own definitions give a question variable a value ({@code with z = 0}) or state something
 * that does not hold ({@code where σ(z) = 1/(1+e^{z})}).
 */
public final class FormulaComparison {
    private static final double DEFAULT_LOW = -5, DEFAULT_HIGH = 5;
    private static final long SEED = 60010L;

    private FormulaComparison() {}

    /** How a written formula stands to the reference. */
    public enum Agreement { EQUAL, DIFFERENT, UNDECIDED }

    /**
     * @param doubt why the comparison is {@link Agreement#UNDECIDED}, in words for the reviewer; empty otherwise
     */
    public record Outcome(Agreement agreement, String doubt) {
        private static final Outcome EQUAL = new Outcome(Agreement.EQUAL, "");
        private static final Outcome DIFFERENT = new Outcome(Agreement.DIFFERENT, "");

        private static Outcome undecided(String doubt) {
            return new Outcome(Agreement.UNDECIDED, doubt);
        }
    }

    /**
     * @param relative relative tolerance at each point (with a small absolute floor near zero)
     * @return equal when every one of {@code reference.points()} defined points agrees, different
     * when one point disagrees, undecided when the answer cannot be read, names a symbol the
     * question does not define, or too few points could be evaluated
     */
    public static Outcome compare(Reference.Formula reference, String answer, double relative) {
        FormulaExpression ref = FormulaExpression.parse(reference.expression());
        FormulaExpression ans;
        try {
            ans = FormulaExpression.parse(answer);
        } catch (IllegalArgumentException e) {
            return Outcome.undecided("the formula '" + answer + "' could not be read (" + e.getMessage() + ")");
        }
        TreeSet<String> defined = new TreeSet<>(ref.variables());
        defined.addAll(reference.ranges().keySet());
        List<String> undefined = ans.variables().stream().filter(v -> !defined.contains(v)).sorted().toList();
        if (!undefined.isEmpty()) {
            return Outcome.undecided("the formula '" + answer + "' uses " + String.join(", ", undefined)
                    + ", which the question does not define (only " + String.join(", ", defined) + ")");
        }
        List<String> redefined = ans.substituted().stream().filter(defined::contains).sorted().toList();
        if (!redefined.isEmpty()) {
            return Outcome.undecided("the formula '" + answer + "' gives " + String.join(", ", redefined)
                    + " a value of its own, where the question varies it");
        }
        Random random = new Random(SEED);
        int agreed = 0;
        int tries = 0;
        for (; tries < reference.points() * 20 && agreed < reference.points(); tries++) {
            Map<String, Double> point = new HashMap<>();
            for (String v : defined) {
                double[] range = reference.ranges().getOrDefault(v, new double[] {DEFAULT_LOW, DEFAULT_HIGH});
                point.put(v, range[0] + random.nextDouble() * (range[1] - range[0]));
            }
            Optional<String> broken = ans.brokenClaim(point, relative);
            if (broken.isPresent()) {
                return Outcome.undecided("the formula '" + answer + "' states " + broken.get() + ", which does not hold");
            }
            double a = ref.evaluate(point);
            double b = ans.evaluate(point);
            if (!Double.isFinite(a) || !Double.isFinite(b)) continue;
            if (Math.abs(a - b) > relative * Math.abs(a) + 1e-12) return Outcome.DIFFERENT;
            agreed++;
        }
        return agreed >= reference.points() ? Outcome.EQUAL : Outcome.undecided("the formula '" + answer
                + "' could be evaluated beside the reference at only " + agreed + " of " + tries + " points tried");
    }

    /** Whether {@link #compare} finds the answer equal to the reference. */
    public static boolean equal(Reference.Formula reference, String answer, double relative) {
        return compare(reference, answer, relative).agreement() == Agreement.EQUAL;
    }
}
