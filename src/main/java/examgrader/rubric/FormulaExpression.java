package examgrader.rubric;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoubleUnaryOperator;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A formula as a student or a rubric writes it, parsed so it can be evaluated at points. Reads
 * plain text ({@code sigma(z)(1 - sigma(z))}, {@code e^(-z)/(1+e^(-z))^2}) and LaTeX-style input
 * ({@code \sigma(z)\cdot(1-\sigma(z))}, {@code \frac{e^{-z}}{(1+e^{-z})^2}}), with implicit
 * multiplication ({@code 2H}, {@code (D+2H)H}). Only the right-hand side of an equation counts,
 * with the names the text defines substituted ({@link WrittenFormula}).
 * A power written on a function is the power of its value, as in {@code \operatorname{sech}^2(z/2)}
 * = (sech(z/2))². What it cannot read surely (an unknown LaTeX command or function name, an
 * inverse written {@code \tanh^{-1}}, {@code \sin x^2}) is refused rather than guessed, so the
 * answer goes to a person instead of being marked as something the student did not write.
 */
public final class FormulaExpression {
    private static final Map<String, DoubleUnaryOperator> FUNCTIONS = Map.ofEntries(
            Map.entry("sigma", x -> 1 / (1 + Math.exp(-x))), Map.entry("sigmoid", x -> 1 / (1 + Math.exp(-x))),
            Map.entry("exp", Math::exp), Map.entry("ln", Math::log), Map.entry("log", Math::log),
            Map.entry("tanh", Math::tanh), Map.entry("sinh", Math::sinh), Map.entry("cosh", Math::cosh),
            Map.entry("sech", x -> 1 / Math.cosh(x)), Map.entry("csch", x -> 1 / Math.sinh(x)),
            Map.entry("coth", x -> 1 / Math.tanh(x)),
            Map.entry("sin", Math::sin), Map.entry("cos", Math::cos), Map.entry("tan", Math::tan),
            Map.entry("sec", x -> 1 / Math.cos(x)), Map.entry("csc", x -> 1 / Math.sin(x)),
            Map.entry("cot", x -> 1 / Math.tan(x)), Map.entry("arctan", Math::atan),
            Map.entry("sqrt", Math::sqrt), Map.entry("abs", Math::abs));
    /** Layout that does not change the value: {@code \left(}, {@code \boxed{...}} (its braces group). */
    private static final Set<String> IGNORED_COMMANDS = Set.of("left", "right", "big", "Big", "bigl", "bigr",
            "Bigl", "Bigr", "displaystyle", "boxed", "quad", "qquad");
    /** Commands that typeset a name upright: {@code \operatorname{sech}}, {@code \mathrm{e}}; anything else in them is prose. */
    private static final Set<String> NAME_COMMANDS = Set.of("operatorname", "mathrm", "text", "textrm", "mathit",
            "textit");
    /** Greek letters a formula may use as variables ({@code \sigma} and {@code \pi} mean their function and constant). */
    private static final Set<String> GREEK = Set.of("alpha", "beta", "gamma", "delta", "epsilon", "varepsilon",
            "zeta", "eta", "theta", "vartheta", "iota", "kappa", "lambda", "mu", "nu", "xi", "rho", "tau",
            "upsilon", "phi", "varphi", "chi", "psi", "omega", "Gamma", "Delta", "Theta", "Lambda", "Xi", "Sigma",
            "Phi", "Psi", "Omega");
    private static final Pattern BRACED_NAME = Pattern.compile("\\s*\\{\\s*([A-Za-z]+)\\s*}");
    /** {@code \sqrt[3]{x}}: the index would be read as a factor. */
    private static final Pattern ROOT_INDEX = Pattern.compile("\\\\sqrt\\s*\\[");

    private final String text;
    private final Parsed formula;
    private final Set<String> substituted;
    private final List<Claim> claims;

    /** One expression read: how to evaluate it and the variables it needs. */
    private record Parsed(ToDoubleFunction<Map<String, Double>> eval, Set<String> variables) {
        double at(Map<String, Double> point) {
            try {
                return eval.applyAsDouble(point);
            } catch (RuntimeException e) {
                return Double.NaN;
            }
        }
    }

    /** A function's value stated beside the formula ({@code where σ(z) = 1/(1+e^{-z})}): true or not. */
    private record Claim(String written, Parsed left, Parsed right) {}

    private FormulaExpression(String text, Parsed formula, Set<String> substituted, List<Claim> claims) {
        this.text = text;
        this.formula = formula;
        this.substituted = Set.copyOf(substituted);
        this.claims = List.copyOf(claims);
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
     * {@code out_channels}) are read as single variables rather than letter by letter. Names the
     * text defines ({@link WrittenFormula}: {@code s(1 - s), where s = σ(z)}) are replaced by
     * their definitions; a function's value it states is kept as a claim ({@link #brokenClaim}).
     */
    public static FormulaExpression parse(String text, Set<String> names) {
        WrittenFormula written = WrittenFormula.read(text);
        Map<String, Parsed> substitutions = new LinkedHashMap<>();
        List<Claim> claims = new ArrayList<>();
        for (WrittenFormula.Definition d : written.definitions()) {
            if (d.isName()) {
                String name = d.name().replace("\\", "");
                if (substitutions.containsKey(name)) {
                    throw new IllegalArgumentException(name + " is defined twice in '" + text + "'");
                }
                substitutions.put(name, expression(d.expression(), names, substitutions, text));
            } else {
                claims.add(new Claim(d.toString(), expression(d.name(), names, substitutions, text),
                        expression(d.expression(), names, substitutions, text)));
            }
        }
        return new FormulaExpression(text, expression(written.formula(), names, substitutions, text),
                substitutions.keySet(), claims);
    }

    private static Parsed expression(String written, Set<String> names, Map<String, Parsed> substitutions,
                                     String text) {
        if (ROOT_INDEX.matcher(written).find()) throw new IllegalArgumentException("an n-th root cannot be read: '" + text + "'");
        Parser p = new Parser(tokenize(normalize(written), names), substitutions);
        ToDoubleFunction<Map<String, Double>> e = p.expression();
        if (!p.atEnd()) throw new IllegalArgumentException("cannot read '" + p.peek() + "' in formula '" + text + "'");
        return new Parsed(e, Set.copyOf(p.variables));
    }

    public String text() {
        return text;
    }

    /** The variables the formula uses, with those of what it substitutes and claims. */
    public Set<String> variables() {
        Set<String> all = new TreeSet<>(formula.variables());
        claims.forEach(c -> {
            all.addAll(c.left().variables());
            all.addAll(c.right().variables());
        });
        return all;
    }

    /** The names the formula's text defines and substitutes ({@code s} in {@code s(1 - s), where s = σ(z)}). */
    public Set<String> substituted() {
        return substituted;
    }

    /** The value at a point; NaN where the formula is undefined or a variable is missing. */
    public double evaluate(Map<String, Double> point) {
        return formula.at(point);
    }

    /**
     * A claim the text states that does not hold at {@code point} (both sides defined, further apart
     * than {@code relative}), as written; empty when each holds or cannot be evaluated there.
     */
    public Optional<String> brokenClaim(Map<String, Double> point, double relative) {
        for (Claim c : claims) {
            double a = c.left().at(point);
            double b = c.right().at(point);
            if (Double.isFinite(a) && Double.isFinite(b) && Math.abs(a - b) > relative * Math.abs(a) + 1e-12) {
                return Optional.of(c.written());
            }
        }
        return Optional.empty();
    }

    private static String normalize(String s) {
        return superscriptsAsPowers(s).replace('−', '-').replace('–', '-').replace('·', '*').replace('⋅', '*').replace('×', '*')
                .replace('÷', '/').replace("σ", "sigma").replace("π", "pi").replace("$", "")
                .replace("\\cdot", "*").replace("\\times", "*").replace("\\,", " ").replace("\\;", " ")
                .replace("\\!", "").replace("\\ ", " ").replace("**", "^").replace("[", "(").replace("]", ")");
    }

    /** Superscript characters and the plain ones they raise: digits, signs, brackets and the letters Unicode has raised. */
    private static final String SUPERSCRIPT = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ᵃᵇᶜᵈᵉᶠᵍʰⁱʲᵏˡᵐⁿᵒᵖʳˢᵗᵘᵛʷˣʸᶻ";
    private static final String RAISED = "0123456789+-=()abcdefghijklmnoprstuvwxyz";

    /**
     * A run of superscript characters as a power, in brackets unless it is a number: {@code e⁻ᶻ / (1 + e⁻ᶻ)²}
     * as {@code e^(-z) / (1 + e^(-z))^2}, as a student types it with a keyboard's or a phone's
     * superscripts. Without it, no formula so written could be read. A number stays bare so that a
     * power on a function ({@code σ²(z)}, {@code cosh²(z/2)}) reads as before.
     */
    static String superscriptsAsPowers(String s) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < s.length()) {
            int j = i;
            while (j < s.length() && SUPERSCRIPT.indexOf(s.charAt(j)) >= 0) j++;
            if (j == i) {
                out.append(s.charAt(i++));
                continue;
            }
            StringBuilder power = new StringBuilder();
            for (int k = i; k < j; k++) power.append(RAISED.charAt(SUPERSCRIPT.indexOf(s.charAt(k))));
            out.append(power.toString().matches("\\d+") ? "^" + power : "^(" + power + ")");
            i = j;
        }
        return out.toString();
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
                if (NAME_COMMANDS.contains(cmd)) {
                    Matcher name = BRACED_NAME.matcher(s).region(j, s.length());
                    if (!name.lookingAt()) throw new IllegalArgumentException("\\" + cmd + " at " + i + " holds no name");
                    out.add(knownName(name.group(1)));
                    j = name.end();
                } else if (cmd.equals("frac") || cmd.equals("dfrac") || cmd.equals("tfrac") || cmd.equals("cfrac")) {
                    out.add("\\frac");
                } else if (FUNCTIONS.containsKey(cmd) || GREEK.contains(cmd) || cmd.equals("pi")) {
                    out.add(cmd);
                } else if (!IGNORED_COMMANDS.contains(cmd)) {
                    throw new IllegalArgumentException("unknown command \\" + cmd + " at " + i);
                }
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

    /** The name in {@code \operatorname{...}}: a function, a constant or one letter, else unreadable. */
    private static String knownName(String name) {
        if (FUNCTIONS.containsKey(name) || name.equals("pi") || name.length() == 1) return name;
        throw new IllegalArgumentException("unknown function '" + name + "'");
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
        private final Map<String, Parsed> substitutions;
        private final List<String> variables = new ArrayList<>();
        private int at;

        Parser(List<String> tokens, Map<String, Parsed> substitutions) {
            this.tokens = tokens;
            this.substitutions = substitutions;
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
                double power = accept("^") ? functionPower(name) : 1;
                boolean bracketed = peek().equals("(") || peek().equals("{");
                ToDoubleFunction<Map<String, Double>> arg = primary();
                if (!bracketed && peek().equals("^")) {
                    throw new IllegalArgumentException("'" + name + " x^n' may be " + name + "(x)^n or " + name + "(x^n)");
                }
                return p -> Math.pow(f.applyAsDouble(arg.applyAsDouble(p)), power);
            }
            if (name.equals("pi")) return p -> Math.PI;
            if (Character.isLetter(t.charAt(0)) && (t.length() == 1 || !FUNCTIONS.containsKey(t))) {
                Parsed defined = substitutions.get(t);
                if (defined != null) {
                    defined.variables().stream().filter(v -> !variables.contains(v)).forEach(variables::add);
                    return defined.eval();
                }
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

        /**
         * The power in {@code \tanh^2 z}: a whole number. {@code ^{-1}} would be the inverse
         * function, and any other power is too unusual to guess at.
         */
        private double functionPower(String name) {
            boolean braced = accept("{");
            String t = peek();
            if (!t.matches("\\d+")) throw new IllegalArgumentException("cannot read the power " + name + "^" + t);
            at++;
            if (braced) expect("}");
            return Double.parseDouble(t);
        }

        /** A {@code \frac} argument: a braced group, or one digit or letter as in {@code \frac12}. */
        private ToDoubleFunction<Map<String, Double>> group() {
            String t = peek();
            if (t.length() > 1 && t.chars().allMatch(Character::isDigit)) {
                tokens.set(at, t.substring(1));
                double digit = t.charAt(0) - '0';
                return p -> digit;
            }
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
