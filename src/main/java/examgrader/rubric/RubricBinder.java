package examgrader.rubric;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Binds the YAML tree of a rubric to the typed rubric classes, by hand, so that every unknown key,
 * wrong type or missing field is reported at its own line and column, in words a course
 * coordinator understands.
 */
final class RubricBinder {
    private static final Set<String> TOP_KEYS = Set.of("exam", "title", "total", "student_id", "params", "variants",
            "questions");
    private static final Set<String> QUESTION_KEYS = Set.of("id", "label", "title", "cues", "kind", "marks",
            "reference", "tolerance", "rules", "feedback", "printed_label");
    private static final Set<String> REFERENCE_KEYS = Set.of("key", "expr", "compute", "formula", "variables", "points");
    private static final Set<String> COMPUTE_KEYS = Set.of("op", "args", "field");
    private static final Set<String> SPEC_KEYS = Set.of("op", "args", "drop", "field");
    private static final Set<String> TOLERANCE_KEYS = Set.of("absolute", "relative", "sig_figs", "min_sig_figs",
            "decimals");
    private static final List<String> RULE_TYPES = List.of("within", "components", "set", "accept", "mistake",
            "carried_forward");
    private static final Set<String> RULE_KEYS = Set.of("within", "components", "set", "accept", "mistake",
            "carried_forward", "credit", "feedback", "key", "expr", "compute", "lone_component", "into");

    private final Path file;

    RubricBinder(Path file) {
        this.file = file;
    }

    Rubric bind(YamlNode root, String sha256) {
        YamlNode.MapNode top = map(root, "the rubric");
        allowOnly(top, TOP_KEYS, "at the top of the rubric");
        String exam = string(required(top, "exam", "the rubric"), "exam");
        String title = top.entries().containsKey("title") ? string(top.entries().get("title"), "title") : "";
        double total = number(required(top, "total", "the rubric"), "total");
        YamlNode sid = required(top, "student_id", "the rubric");
        Pattern studentId;
        try {
            studentId = Pattern.compile(string(sid, "student_id"));
        } catch (PatternSyntaxException e) {
            throw new RubricException(sid.pos(), "student_id is not a valid pattern: " + e.getDescription());
        }
        Map<String, Object> params = top.entries().containsKey("params")
                ? paramMap(top.entries().get("params"), "params") : Map.of();
        Map<String, Map<String, Object>> variants = new LinkedHashMap<>();
        if (top.entries().containsKey("variants")) {
            YamlNode.MapNode vs = map(top.entries().get("variants"), "variants");
            vs.entries().forEach((code, node) -> variants.put(code, paramMap(node, "variant " + code)));
        }
        YamlNode.Seq qs = seq(required(top, "questions", "the rubric"), "questions");
        List<Question> questions = new ArrayList<>();
        for (YamlNode q : qs.items()) {
            questions.add(question(q));
        }
        return new Rubric(exam, studentId, questions, title, total, params, variants, file, sha256);
    }

    private Question question(YamlNode node) {
        YamlNode.MapNode m = map(node, "a question");
        String id = string(required(m, "id", "a question"), "id");
        String where = "question " + id;
        allowOnly(m, QUESTION_KEYS, "in " + where);
        List<String> label = label(required(m, "label", where), where);
        List<String> cues = m.entries().containsKey("cues") ? strings(m.entries().get("cues"), "cues of " + where)
                : List.of();
        AnswerKind kind = kind(required(m, "kind", where));
        double marks = number(required(m, "marks", where), "marks of " + where);
        String title = optString(m, "title", where);
        String feedback = optString(m, "feedback", where);
        Reference reference = m.entries().containsKey("reference")
                ? reference(m.entries().get("reference"), where) : new Reference.None(m.pos());
        Tolerance tolerance = m.entries().containsKey("tolerance")
                ? tolerance(m.entries().get("tolerance"), where) : Tolerance.EXACT;
        List<Rule> rules = new ArrayList<>();
        if (m.entries().containsKey("rules")) {
            for (YamlNode r : seq(m.entries().get("rules"), "rules of " + where).items()) {
                rules.add(rule(r, where));
            }
        }
        List<String> printedLabel = m.entries().containsKey("printed_label")
                ? label(m.entries().get("printed_label"), where) : List.of();
        return new Question(id, label, cues, kind, marks, title, reference, tolerance, rules, feedback, m.pos(), printedLabel);
    }

    private List<String> label(YamlNode node, String where) {
        if (node instanceof YamlNode.Seq s) {
            List<String> out = new ArrayList<>();
            for (YamlNode item : s.items()) out.add(string(item, "label of " + where));
            if (out.isEmpty()) throw new RubricException(node.pos(), "empty label in " + where);
            return out;
        }
        String text = string(node, "label of " + where);
        List<String> parts = List.of(text.split("[.\\s]+"));
        if (text.isBlank() || parts.stream().anyMatch(String::isEmpty)) {
            throw new RubricException(node.pos(), "label of " + where + " must look like [1, b, i] or \"1.b.i\"");
        }
        return parts;
    }

    private AnswerKind kind(YamlNode node) {
        String text = string(node, "kind");
        try {
            return AnswerKind.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new RubricException(node.pos(), "unknown kind '" + text
                    + "' (use integer, real, vector, shape, set, formula or manual)");
        }
    }

    private Reference reference(YamlNode node, String where) {
        YamlNode.MapNode m = map(node, "the reference of " + where);
        allowOnly(m, REFERENCE_KEYS, "the reference of " + where);
        List<String> given = m.entries().keySet().stream().filter(k -> Set.of("key", "expr", "compute", "formula").contains(k))
                .toList();
        if (given.size() != 1) {
            throw new RubricException(m.pos(), "the reference of " + where
                    + " needs exactly one of key, expr, compute or formula");
        }
        String how = given.get(0);
        YamlNode value = m.entries().get(how);
        if (!how.equals("formula") && (m.entries().containsKey("variables") || m.entries().containsKey("points"))) {
            String bad = m.entries().containsKey("variables") ? "variables" : "points";
            throw new RubricException(m.keyPos().get(bad), "'" + bad + "' belongs to a formula reference in " + where);
        }
        switch (how) {
            case "key":
                return new Reference.Key(keyValue(value, "key of " + where), value.pos());
            case "expr":
                return expr(value, "expr of " + where);
            case "compute":
                return compute(value, where);
            default:
                return formula(m, value, where);
        }
    }

    private static Reference.Expr expr(YamlNode value, String what) {
        List<String> items = new ArrayList<>();
        if (value instanceof YamlNode.Seq s) {
            for (YamlNode item : s.items()) items.add(string(item, what));
        } else {
            items.add(string(value, what));
        }
        if (items.isEmpty()) throw new RubricException(value.pos(), what + " is empty");
        return new Reference.Expr(items, value.pos());
    }

    private Reference.Formula formula(YamlNode.MapNode m, YamlNode value, String where) {
        String expression = string(value, "formula of " + where);
        Map<String, double[]> ranges = new LinkedHashMap<>();
        if (m.entries().containsKey("variables")) {
            YamlNode.MapNode vars = map(m.entries().get("variables"), "variables of " + where);
            vars.entries().forEach((name, range) -> {
                List<Double> r = numbers(range, "range of " + name + " in " + where);
                if (r.size() != 2 || !(r.get(0) < r.get(1))) {
                    throw new RubricException(range.pos(), "range of " + name + " in " + where
                            + " must be [low, high] with low < high");
                }
                ranges.put(name, new double[] {r.get(0), r.get(1)});
            });
        }
        int points = 8;
        if (m.entries().containsKey("points")) {
            YamlNode p = m.entries().get("points");
            points = (int) integer(p, "points of " + where);
            if (points < 5 || points > 1000) {
                throw new RubricException(p.pos(), "points of " + where + " must be between 5 and 1000");
            }
        }
        return new Reference.Formula(expression, ranges, points, value.pos());
    }

    private Reference.Compute compute(YamlNode node, String where) {
        YamlNode.MapNode m = map(node, "compute of " + where);
        allowOnly(m, COMPUTE_KEYS, "compute of " + where);
        String op = string(required(m, "op", "compute of " + where), "op");
        Map<String, SourcePos> argPos = new LinkedHashMap<>();
        Map<String, Object> args = m.entries().containsKey("args")
                ? args(m.entries().get("args"), where, argPos) : Map.of();
        String field = optString(m, "field", where);
        return new Reference.Compute(op, args, field.isEmpty() ? null : field, m.pos(), argPos);
    }

    private Reference.ComputeSpec spec(YamlNode node, String where) {
        YamlNode.MapNode m = map(node, "compute of a rule in " + where);
        allowOnly(m, SPEC_KEYS, "compute of a rule in " + where);
        String op = optString(m, "op", where);
        Map<String, SourcePos> argPos = new LinkedHashMap<>();
        Map<String, Object> args = m.entries().containsKey("args")
                ? args(m.entries().get("args"), where, argPos) : Map.of();
        List<String> drop = m.entries().containsKey("drop") ? strings(m.entries().get("drop"), "drop") : List.of();
        String field = optString(m, "field", where);
        return new Reference.ComputeSpec(op.isEmpty() ? null : op, args, drop, field.isEmpty() ? null : field,
                m.pos(), argPos);
    }

    private Map<String, Object> args(YamlNode node, String where, Map<String, SourcePos> argPos) {
        YamlNode.MapNode m = map(node, "args of " + where);
        Map<String, Object> out = new LinkedHashMap<>();
        m.entries().forEach((k, v) -> {
            out.put(k, json(v, "argument " + k + " of " + where));
            argPos.put(k, m.keyPos().get(k));
        });
        return out;
    }

    private Tolerance tolerance(YamlNode node, String where) {
        YamlNode.MapNode m = map(node, "tolerance of " + where);
        allowOnly(m, TOLERANCE_KEYS, "tolerance of " + where);
        if (m.entries().isEmpty()) throw new RubricException(m.pos(), "empty tolerance in " + where);
        return new Tolerance(optPositive(m, "absolute", where), optPositive(m, "relative", where),
                optCount(m, "sig_figs", where), optCount(m, "min_sig_figs", where), optCount(m, "decimals", where));
    }

    private Rule rule(YamlNode node, String where) {
        YamlNode.MapNode m = map(node, "a rule of " + where);
        allowOnly(m, RULE_KEYS, "a rule of " + where);
        List<String> types = RULE_TYPES.stream().filter(m.entries()::containsKey).toList();
        if (types.size() != 1) {
            throw new RubricException(m.pos(), "a rule of " + where + " needs exactly one of "
                    + String.join(", ", RULE_TYPES) + (types.isEmpty() ? "" : " (found " + String.join(", ", types) + ")"));
        }
        String type = types.get(0);
        YamlNode typeNode = m.entries().get(type);
        String ruleWhere = type + " rule of " + where;
        double credit = m.entries().containsKey("credit") ? number(m.entries().get("credit"), "credit of " + ruleWhere)
                : 1.0;
        String feedback = optString(m, "feedback", ruleWhere);
        SourcePos pos = m.pos();
        switch (type) {
            case "within":
                onlyAlso(m, type, Set.of("credit", "feedback"), ruleWhere);
                return new Rule.Within(tolerance(typeNode, where), credit, feedback, pos);
            case "components":
                onlyAlso(m, type, Set.of("credit", "feedback"), ruleWhere);
                expectWord(typeNode, "each", "components");
                return new Rule.Components(credit, feedback, pos);
            case "set":
                onlyAlso(m, type, Set.of("credit", "feedback"), ruleWhere);
                expectWord(typeNode, "correct_minus_wrong", "set");
                return new Rule.SetCredit(credit, feedback, pos);
            case "carried_forward": {
                onlyAlso(m, type, Set.of("credit", "feedback", "into", "compute"), ruleWhere);
                String from = string(typeNode, "carried_forward");
                String into = string(required(m, "into", ruleWhere), "into");
                Reference.ComputeSpec spec = m.entries().containsKey("compute")
                        ? spec(m.entries().get("compute"), where) : null;
                return new Rule.CarriedForward(from, into, spec, credit, feedback, pos);
            }
            default: {
                onlyAlso(m, type, Set.of("credit", "feedback", "key", "expr", "compute", "lone_component"), ruleWhere);
                String name = string(typeNode, type);
                List<String> sources = List.of("key", "expr", "compute", "lone_component").stream()
                        .filter(m.entries()::containsKey).toList();
                if (sources.size() != 1) {
                    throw new RubricException(pos, "the " + ruleWhere
                            + " needs exactly one of key, expr, compute or lone_component");
                }
                Reference key = m.entries().containsKey("key")
                        ? new Reference.Key(keyValue(m.entries().get("key"), "key of " + ruleWhere),
                        m.entries().get("key").pos())
                        : m.entries().containsKey("expr") ? expr(m.entries().get("expr"), "expr of " + ruleWhere) : null;
                Reference.ComputeSpec spec = m.entries().containsKey("compute")
                        ? spec(m.entries().get("compute"), where) : null;
                boolean lone = false;
                if (m.entries().containsKey("lone_component")) {
                    YamlNode ln = m.entries().get("lone_component");
                    expectWord(ln, "true", "lone_component");
                    lone = true;
                }
                return new Rule.Alternative(type.equals("accept"), name, key, spec, lone, credit, feedback, pos);
            }
        }
    }

    // ---- small typed readers -------------------------------------------------------------

    private static YamlNode.MapNode map(YamlNode node, String what) {
        if (node instanceof YamlNode.MapNode m) return m;
        throw new RubricException(node.pos(), what + " must be a mapping (key: value lines), found " + node.what());
    }

    private static YamlNode.Seq seq(YamlNode node, String what) {
        if (node instanceof YamlNode.Seq s) return s;
        throw new RubricException(node.pos(), what + " must be a list, found " + node.what());
    }

    private static YamlNode required(YamlNode.MapNode m, String key, String where) {
        YamlNode n = m.entries().get(key);
        if (n == null) throw new RubricException(m.pos(), "missing '" + key + "' in " + where);
        return n;
    }

    private static void allowOnly(YamlNode.MapNode m, Set<String> allowed, String where) {
        for (String k : m.entries().keySet()) {
            if (!allowed.contains(k)) {
                throw new RubricException(m.keyPos().get(k), "unknown key '" + k + "' " + (where.startsWith("in ")
                        || where.startsWith("at ") ? where : "in " + where));
            }
        }
    }

    private static void onlyAlso(YamlNode.MapNode m, String type, Set<String> allowed, String where) {
        for (String k : m.entries().keySet()) {
            if (!k.equals(type) && !allowed.contains(k)) {
                throw new RubricException(m.keyPos().get(k), "key '" + k + "' does not belong in a " + where);
            }
        }
    }

    private static void expectWord(YamlNode node, String word, String key) {
        if (!(node instanceof YamlNode.Scalar s) || !s.text().equals(word)) {
            throw new RubricException(node.pos(), key + " must be '" + word + "', found " + node.what());
        }
    }

    private static String string(YamlNode node, String what) {
        if (node instanceof YamlNode.Scalar s && !s.isNull()) return s.text();
        throw new RubricException(node.pos(), what + " must be text, found " + node.what());
    }

    private static String optString(YamlNode.MapNode m, String key, String where) {
        return m.entries().containsKey(key) ? string(m.entries().get(key), key + " of " + where) : "";
    }

    private static List<String> strings(YamlNode node, String what) {
        List<String> out = new ArrayList<>();
        for (YamlNode item : seq(node, what).items()) out.add(string(item, what));
        return out;
    }

    private static double number(YamlNode node, String what) {
        BigDecimal d = decimal(node, what);
        if (d == null) throw new RubricException(node.pos(), what + " must be a number, found " + node.what());
        return d.doubleValue();
    }

    private static long integer(YamlNode node, String what) {
        BigDecimal d = decimal(node, what);
        if (d == null || d.stripTrailingZeros().scale() > 0) {
            throw new RubricException(node.pos(), what + " must be a whole number, found " + node.what());
        }
        return d.longValueExact();
    }

    private static BigDecimal decimal(YamlNode node, String what) {
        if (!(node instanceof YamlNode.Scalar s) || s.isNull() || s.quoted()) return null;
        try {
            return new BigDecimal(s.text().replace("_", ""));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static List<Double> numbers(YamlNode node, String what) {
        List<Double> out = new ArrayList<>();
        for (YamlNode item : seq(node, what).items()) out.add(number(item, what));
        return out;
    }

    private static Double optPositive(YamlNode.MapNode m, String key, String where) {
        if (!m.entries().containsKey(key)) return null;
        YamlNode n = m.entries().get(key);
        double v = number(n, key + " tolerance of " + where);
        if (!(v >= 0)) throw new RubricException(n.pos(), key + " tolerance of " + where + " must not be negative");
        return v;
    }

    private static Integer optCount(YamlNode.MapNode m, String key, String where) {
        if (!m.entries().containsKey(key)) return null;
        YamlNode n = m.entries().get(key);
        long v = integer(n, key + " of " + where);
        if (v < 0 || v > 20) throw new RubricException(n.pos(), key + " of " + where + " must be between 0 and 20");
        return (int) v;
    }

    /** A literal answer: a number or a (nested) list of numbers. */
    private static Object keyValue(YamlNode node, String what) {
        if (node instanceof YamlNode.Seq s) {
            List<Object> out = new ArrayList<>();
            for (YamlNode item : s.items()) out.add(keyValue(item, what));
            return out;
        }
        BigDecimal d = decimal(node, what);
        if (d == null) throw new RubricException(node.pos(), what + " must be a number or a list of numbers, found "
                + node.what());
        return toNumber(d);
    }

    /** A parameter map: names to JSON-compatible values. */
    private static Map<String, Object> paramMap(YamlNode node, String what) {
        YamlNode.MapNode m = map(node, what);
        Map<String, Object> out = new LinkedHashMap<>();
        m.entries().forEach((k, v) -> out.put(k, json(v, k + " in " + what)));
        return out;
    }

    /**
     * An engine argument: unquoted numbers become Long or Double, {@code true}/{@code false}
     * Boolean, anything else stays the text as written (so {@code NO} stays "NO").
     */
    private static Object json(YamlNode node, String what) {
        if (node instanceof YamlNode.Seq s) {
            List<Object> out = new ArrayList<>();
            for (YamlNode item : s.items()) out.add(json(item, what));
            return out;
        }
        if (node instanceof YamlNode.MapNode m) {
            Map<String, Object> out = new LinkedHashMap<>();
            m.entries().forEach((k, v) -> out.put(k, json(v, what)));
            return out;
        }
        YamlNode.Scalar s = (YamlNode.Scalar) node;
        if (s.isNull()) throw new RubricException(node.pos(), what + " has no value");
        if (!s.quoted()) {
            if (s.text().equalsIgnoreCase("true")) return Boolean.TRUE;
            if (s.text().equalsIgnoreCase("false")) return Boolean.FALSE;
            BigDecimal d = decimal(node, what);
            if (d != null) return toNumber(d);
        }
        return s.text();
    }

    private static Object toNumber(BigDecimal d) {
        if (d.stripTrailingZeros().scale() <= 0 && d.abs().compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) < 0
                && !d.toPlainString().contains(".")) {
            return d.longValueExact();
        }
        return d.doubleValue();
    }
}
