package examgrader.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;

/**
 * A formula as a student or a rubric writes it, parsed so it can be evaluated at points. Reads
 * plain text ({@code sigma(z)(1 - sigma(z))}, {@code e^(-z)/(1+e^(-z))^2}) and LaTeX-style input
 * ({@code \sigma(z)\cdot(1-\sigma(z))}, {@code \frac{e^{-z}}{(1+e^{-z})^2}}), with implicit
 * multiplication ({@code 2H}, {@code (D+2H)H}). Only the right-hand side of an equation counts.
 */
public final class FormulaExpression {
    private static final Map<String, DoubleUnaryOperator> FUNCTIONS = Map.ofEntries(
            Map.entry("sigma", x -> 1 / (1 + Math.exp(-x))), Map.entry("sigmoid", x -> 1 / (1 + Math.exp(-x))),
            Map.entry("exp", Math::exp), Map.entry("ln", Math::log), Map.entry("log", Math::log),
            Map.entry("tanh", Math::tanh), Map.entry("sinh", Math::sinh), Map.entry("cosh", Math::cosh),
            Map.entry("sin", Math::sin), Map.entry("cos", Math::cos), Map.entry("sqrt", Math::sqrt),
            Map.entry("abs", Math::abs));
    private static final Set<String> IGNORED_COMMANDS = Set.of("left", "right", "mathrm", "text", "operatorname",
            "big", "Big", "displaystyle");

    private final String text;
    private final ToDoubleFunction<Map<String, Double>> eval;
    private final Set<String> variables;

    private FormulaExpression(String text, ToDoubleFunction<Map<String, Double>> eval, Set<String> variables) {
        this.text = text;
        this.eval = eval;
        this.variables = variables;
    }

    /**
     * Parses {@code text}; single letters other than {@code e} are variables.
     *
     * @throws IllegalArgumentException naming the character position of what could not be read
     */
    public static FormulaExpression parse(String text) {
        return parse(text, Set.of());
    }

    /**
     * Parses {@code text} where {@code names} (rubric parameters such as {@code hidden} or
     * {@code out_channels}) are read as single variables rather than letter by letter.
     */
    public static FormulaExpression parse(String text, Set<String> names) {
        String rhs = text.contains("=") ? text.substring(text.lastIndexOf('=') + 1) : text;
        Parser p = new Parser(tokenize(normalize(rhs), names));
        ToDoubleFunction<Map<String, Double>> e = p.expression();
        if (!p.atEnd()) throw new IllegalArgumentException("cannot read '" + p.peek() + "' in formula '" + text + "'");
        return new FormulaExpression(text, e, Set.copyOf(p.variables));
    }

    public String text() {
        return text;
    }

    /** The variables the formula uses. */
    public Set<String> variables() {
        return variables;
    }

    /** The value at a point; NaN where the formula is undefined or a variable is missing. */
    public double evaluate(Map<String, Double> point) {
        try {
            return eval.applyAsDouble(point);
        } catch (RuntimeException e) {
            return Double.NaN;
        }
    }

    private static String normalize(String s) {
        return s.replace('−', '-').replace('–', '-').replace('·', '*').replace('⋅', '*').replace('×', '*')
                .replace('÷', '/').replace("σ", "sigma").replace("π", "pi").replace("²", "^2").replace("$", "")
                .replace("\\cdot", "*").replace("\\times", "*").replace("\\,", " ").replace("\\;", " ")
                .replace("\\!", "").replace("\\ ", " ").replace("**", "^").replace("[", "(").replace("]", ")");
    }

    private static List<String> tokenize(String s, Set<String> names) {
        List<String> longestFirst = new ArrayList<>(names);
        longestFirst.sort(Comparator.comparingInt(String::length).reversed());
        List<String> out = new ArrayList<>();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (Character.isDigit(c) || c == '.') {
                int j = i;
                while (j < s.length() && (Character.isDigit(s.charAt(j)) || s.charAt(j) == '.')) j++;
                out.add(s.substring(i, j));
                i = j;
            } else if (c == '\\') {
                int j = i + 1;
                while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
                String cmd = s.substring(i + 1, j);
                if (cmd.isEmpty()) throw new IllegalArgumentException("stray backslash at " + i);
                if (!IGNORED_COMMANDS.contains(cmd)) out.add(cmd.equals("frac") || cmd.equals("dfrac")
                        || cmd.equals("tfrac") ? "\\frac" : cmd);
                i = j;
            } else if (Character.isLetter(c) && matchName(s, i, longestFirst) != null) {
                String name = matchName(s, i, longestFirst);
                out.add(name);
                i += name.length();
            } else if (Character.isLetter(c)) {
                int j = i;
                while (j < s.length() && Character.isLetter(s.charAt(j))) j++;
                out.addAll(splitLetters(s.substring(i, j)));
                i = j;
            } else if ("+-*/^(){}".indexOf(c) >= 0) {
                out.add(String.valueOf(c));
                i++;
            } else {
                throw new IllegalArgumentException("unexpected '" + c + "' at " + i);
            }
        }
        return out;
    }

    private static String matchName(String s, int at, List<String> names) {
        for (String n : names) {
            int end = at + n.length();
            if (s.regionMatches(at, n, 0, n.length())
                    && (end >= s.length() || !(Character.isLetterOrDigit(s.charAt(end)) || s.charAt(end) == '_'))) {
                return n;
            }
        }
        return null;
    }

    /** {@code sigmaz} → sigma, z; {@code DH} → D, H: known names first, longest first, else one letter. */
    private static List<String> splitLetters(String run) {
        List<String> names = new ArrayList<>(FUNCTIONS.keySet());
        names.add("pi");
        names.sort(Comparator.comparingInt(String::length).reversed());
        List<String> out = new ArrayList<>();
        int i = 0;
        outer:
        while (i < run.length()) {
            for (String n : names) {
                if (run.regionMatches(i, n, 0, n.length())) {
                    out.add(n);
                    i += n.length();
                    continue outer;
                }
            }
            out.add(run.substring(i, i + 1));
            i++;
        }
        return out;
    }

    private static final class Parser {
        private final List<String> tokens;
        private final List<String> variables = new ArrayList<>();
        private int at;

        Parser(List<String> tokens) {
            this.tokens = tokens;
        }

        boolean atEnd() {
            return at >= tokens.size();
        }

        String peek() {
            return atEnd() ? "" : tokens.get(at);
        }

        private boolean accept(String t) {
            if (peek().equals(t)) {
                at++;
                return true;
            }
            return false;
        }

        private void expect(String t) {
            if (!accept(t)) throw new IllegalArgumentException("expected '" + t + "' but found '" + peek() + "'");
        }

        ToDoubleFunction<Map<String, Double>> expression() {
            ToDoubleFunction<Map<String, Double>> left = term();
            while (true) {
                if (accept("+")) {
                    var a = left; var b = term();
                    left = p -> a.applyAsDouble(p) + b.applyAsDouble(p);
                } else if (accept("-")) {
                    var a = left; var b = term();
                    left = p -> a.applyAsDouble(p) - b.applyAsDouble(p);
                } else {
                    return left;
                }
            }
        }

        private ToDoubleFunction<Map<String, Double>> term() {
            ToDoubleFunction<Map<String, Double>> left = unary();
            while (true) {
                if (accept("*")) {
                    var a = left; var b = unary();
                    left = p -> a.applyAsDouble(p) * b.applyAsDouble(p);
                } else if (accept("/")) {
                    var a = left; var b = unary();
                    left = p -> a.applyAsDouble(p) / b.applyAsDouble(p);
                } else if (startsPrimary()) {
                    var a = left; var b = power();
                    left = p -> a.applyAsDouble(p) * b.applyAsDouble(p);
                } else {
                    return left;
                }
            }
        }

        private boolean startsPrimary() {
            String t = peek();
            return !t.isEmpty() && (t.equals("(") || t.equals("{") || t.equals("\\frac")
                    || Character.isLetterOrDigit(t.charAt(0)) || t.charAt(0) == '.');
        }

        private ToDoubleFunction<Map<String, Double>> unary() {
            if (accept("-")) {
                var a = unary();
                return p -> -a.applyAsDouble(p);
            }
            if (accept("+")) return unary();
            return power();
        }

        private ToDoubleFunction<Map<String, Double>> power() {
            ToDoubleFunction<Map<String, Double>> base = primary();
            if (accept("^")) {
                var exponent = unary();
                return p -> Math.pow(base.applyAsDouble(p), exponent.applyAsDouble(p));
            }
            return base;
        }

        private ToDoubleFunction<Map<String, Double>> primary() {
            String t = peek();
            if (t.isEmpty()) throw new IllegalArgumentException("formula ends too early");
            at++;
            if (t.equals("(")) {
                var e = expression();
                expect(")");
                return e;
            }
            if (t.equals("{")) {
                var e = expression();
                expect("}");
                return e;
            }
            if (t.equals("\\frac")) {
                var num = group();
                var den = group();
                return p -> num.applyAsDouble(p) / den.applyAsDouble(p);
            }
            if (Character.isDigit(t.charAt(0)) || t.charAt(0) == '.') {
                double v;
                try {
                    v = Double.parseDouble(t);
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("cannot read the number '" + t + "'");
                }
                return p -> v;
            }
            String name = t;
            DoubleUnaryOperator f = FUNCTIONS.get(name);
            if (f != null) {
                ToDoubleFunction<Map<String, Double>> arg = primary();
                return p -> f.applyAsDouble(arg.applyAsDouble(p));
            }
            if (name.equals("pi")) return p -> Math.PI;
            if (Character.isLetter(t.charAt(0)) && (t.length() == 1 || !FUNCTIONS.containsKey(t))) {
                if (t.equals("e")) return p -> p.containsKey("e") ? p.get("e") : Math.E;
                if (!variables.contains(t)) variables.add(t);
                return p -> {
                    Double v = p.get(t);
                    if (v == null) throw new IllegalArgumentException("no value for " + t);
                    return v;
                };
            }
            throw new IllegalArgumentException("unknown symbol '" + t + "'");
        }

        private ToDoubleFunction<Map<String, Double>> group() {
            if (peek().equals("{")) {
                at++;
                var e = expression();
                expect("}");
                return e;
            }
            return primary();
        }
    }
}
