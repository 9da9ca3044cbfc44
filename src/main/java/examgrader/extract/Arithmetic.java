package examgrader.extract;

import java.util.Optional;

/**
 * Works out a student's written arithmetic ({@code 5 × 5 × 100352}, {@code 1 + int((17-7)/3)},
 * {@code 27^2 × 65536}) so the number written after the = can be checked against it: when the
 * digits were read by OCR with doubt, agreement is evidence they were read right.
 */
final class Arithmetic {
    private final String s;
    private int pos;

    private Arithmetic(String s) {
        this.s = s;
    }

    static Optional<Double> evaluate(String expression) {
        String cleaned = ValueReader.withoutDotThousands(expression).replace(",", "").replace('×', '*').replace('·', '*').replace('x', '*')
                .replace('[', '(').replace(']', ')').replaceAll("\\s+", "");
        try {
            Arithmetic a = new Arithmetic(cleaned);
            double v = a.sum();
            if (a.pos != cleaned.length() || Double.isNaN(v) || Double.isInfinite(v)) return Optional.empty();
            return Optional.of(v);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    private double sum() {
        double v = product();
        while (pos < s.length() && (s.charAt(pos) == '+' || s.charAt(pos) == '-')) {
            char op = s.charAt(pos++);
            double r = product();
            v = op == '+' ? v + r : v - r;
        }
        return v;
    }

    private double product() {
        double v = power();
        while (pos < s.length() && (s.charAt(pos) == '*' || s.charAt(pos) == '/' || s.charAt(pos) == '(')) {
            char op = s.charAt(pos) == '(' ? '*' : s.charAt(pos++);
            double r = power();
            v = op == '*' ? v * r : v / r;
        }
        return v;
    }

    private double power() {
        double base = atom();
        if (pos < s.length() && s.charAt(pos) == '^') {
            pos++;
            return Math.pow(base, power());
        }
        return base;
    }

    private double atom() {
        if (s.startsWith("int(", pos)) {
            pos += 3;
            return Math.floor(atom());
        }
        char c = s.charAt(pos);
        if (c == '-') {
            pos++;
            return -atom();
        }
        if (c == '(') {
            pos++;
            double v = sum();
            if (s.charAt(pos) != ')') throw new IllegalStateException("unbalanced");
            pos++;
            return v;
        }
        int start = pos;
        while (pos < s.length() && (Character.isDigit(s.charAt(pos)) || s.charAt(pos) == '.')) pos++;
        if (start == pos) throw new IllegalStateException("number expected at " + pos);
        return Double.parseDouble(s.substring(start, pos));
    }
}
