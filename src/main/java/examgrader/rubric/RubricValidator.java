package examgrader.rubric;

import examgrader.engine.Engine;
import examgrader.engine.EngineException;
import examgrader.extract.Value;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything {@code grader check} verifies before any script is graded: each reference computes
 * (for every variant), mistakes and accepted forms compute, carried-forward targets exist and
 * form no cycle, credits lie in 0..1, marks add up to the stated total. Collects every error
 * rather than stopping at the first, so a coordinator fixes a rubric in one pass.
 */
public final class RubricValidator {
    private final Engine engine;
    private final List<String> errors = new ArrayList<>();

    public RubricValidator(Engine engine) {
        this.engine = engine;
    }

    /** Every problem, one line each as {@code file:line:column: message}; empty when the rubric is sound. */
    public List<String> validate(Rubric rubric) {
        errors.clear();
        checkIdsAndTotal(rubric);
        List<String> variants = rubric.variants().isEmpty() ? List.of("") : List.copyOf(rubric.variants().keySet());
        Map<String, Question> byId = new HashMap<>();
        rubric.questions().forEach(q -> byId.putIfAbsent(q.id(), q));
        for (Question q : rubric.questions()) {
            checkQuestion(q, byId);
            for (String variant : variants) {
                checkComputations(rubric, q, byId, variant);
            }
        }
        checkCycles(rubric, byId);
        return errors.stream().distinct().sorted(java.util.Comparator.comparingInt(RubricValidator::lineOf)
                .thenComparingInt(RubricValidator::columnOf)).toList();
    }

    private void checkIdsAndTotal(Rubric rubric) {
        Set<String> seen = new HashSet<>();
        double sum = 0;
        for (Question q : rubric.questions()) {
            if (!seen.add(q.id())) error(q.pos(), "question id '" + q.id() + "' is used twice");
            if (!(q.marks() > 0)) error(q.pos(), "question " + q.id() + " must be worth more than 0 marks");
            sum += q.marks();
        }
        if (Math.abs(sum - rubric.total()) > 1e-9) {
            SourcePos at = rubric.questions().isEmpty() ? SourcePos.of(rubric.file(), 1, 1)
                    : rubric.questions().get(0).pos();
            error(at, "question marks add up to " + fmt(sum) + " but total says " + fmt(rubric.total()));
        }
        if (rubric.questions().isEmpty() && rubric.file() != null) {
            error(SourcePos.of(rubric.file(), 1, 1), "the rubric has no questions");
        }
    }

    private void checkQuestion(Question q, Map<String, Question> byId) {
        String where = "question " + q.id();
        boolean manual = q.isManual();
        if (manual && !(q.reference() instanceof Reference.None)) {
            error(q.reference().pos(), where + " is marked by hand (kind manual) and takes no reference");
        }
        if (manual && !q.rules().isEmpty()) {
            error(q.rules().get(0).pos(), where + " is marked by hand (kind manual) and takes no rules");
        }
        if (!manual && q.reference() instanceof Reference.None) {
            error(q.pos(), where + " has no reference (give key, compute or formula, or make it kind manual)");
        }
        if (q.kind() == AnswerKind.FORMULA && !(q.reference() instanceof Reference.None)
                && !(q.reference() instanceof Reference.Formula)) {
            error(q.reference().pos(), where + " is a formula question: its reference must be a formula");
        }
        if (q.kind() != AnswerKind.FORMULA && q.reference() instanceof Reference.Formula) {
            error(q.reference().pos(), where + " has a formula reference but kind " + q.kind().name().toLowerCase());
        }
        if (q.reference() instanceof Reference.Formula f) checkFormula(f, where);
        for (Rule r : q.rules()) {
            if (!(r.credit() >= 0 && r.credit() <= 1)) {
                error(r.pos(), "credit " + fmt(r.credit()) + " in " + where + " is outside 0..1 (a fraction of the"
                        + " question's marks)");
            }
            if (r instanceof Rule.Components && q.kind() != AnswerKind.VECTOR && q.kind() != AnswerKind.SHAPE) {
                error(r.pos(), "components rule in " + where + " needs a vector or shape question");
            }
            if (r instanceof Rule.SetCredit && q.kind() != AnswerKind.SET) {
                error(r.pos(), "set rule in " + where + " needs a set question");
            }
            if (r instanceof Rule.Alternative a && a.loneComponent() && q.kind() != AnswerKind.VECTOR) {
                error(r.pos(), "lone_component in " + where + " needs a vector question");
            }
            if (r instanceof Rule.Alternative a && a.compute() != null && a.compute().op() == null
                    && !(q.reference() instanceof Reference.Compute)) {
                error(a.compute().pos(), "compute without op in " + where + " needs the reference to be a compute");
            }
            if (r instanceof Rule.CarriedForward cf) {
                Question from = byId.get(cf.from());
                if (from == null) {
                    error(r.pos(), "carried_forward in " + where + " names question '" + cf.from()
                            + "', which is not in the rubric");
                } else if (from.isManual()) {
                    error(r.pos(), "carried_forward in " + where + " names question " + cf.from()
                            + ", which is marked by hand");
                } else if (!(q.reference() instanceof Reference.Compute) && (cf.compute() == null
                        || cf.compute().op() == null)) {
                    error(r.pos(), "carried_forward in " + where + " needs a compute to put the earlier answer into");
                }
            }
        }
    }

    private void checkFormula(Reference.Formula f, String where) {
        try {
            FormulaExpression e = FormulaExpression.parse(f.expression());
            if (!FormulaComparison.equal(f, f.expression(), 1e-9)) {
                error(f.pos(), "formula of " + where + " is undefined at too many points of its variables' ranges");
            }
            for (String v : f.ranges().keySet()) {
                if (!e.variables().contains(v)) error(f.pos(), "variable '" + v + "' is not in the formula of " + where);
            }
        } catch (IllegalArgumentException e) {
            error(f.pos(), "formula of " + where + ": " + e.getMessage());
        }
    }

    private void checkComputations(Rubric rubric, Question q, Map<String, Question> byId, String variant) {
        String where = "question " + q.id() + (variant.isEmpty() ? "" : " (variant " + variant + ")");
        Map<String, Object> params = rubric.paramsFor(variant);
        Evaluated reference = null;
        if (q.reference() instanceof Reference.Compute c) {
            reference = tryCompute(c, q.kind(), params, where, "reference");
        } else if (q.reference() instanceof Reference.Key || q.reference() instanceof Reference.Expr) {
            reference = tryValue(q.reference(), q.kind(), params, where);
        }
        for (Rule r : q.rules()) {
            if (r instanceof Rule.Alternative a) {
                if (a.compute() != null && !(a.compute().op() == null && !(q.reference() instanceof Reference.Compute))) {
                    Evaluated alt = tryCompute(a.compute().derive(q.reference()), q.kind(), params, where,
                            a.ruleName());
                    if (alt != null && reference != null && alt.value().equals(reference.value()) && a.credit() < 1) {
                        error(a.pos(), a.ruleName() + " in " + where + " gives the reference answer itself ("
                                + alt.value().display() + ")");
                    }
                } else if (a.key() != null) {
                    tryValue(a.key(), q.kind(), params, where);
                }
            } else if (r instanceof Rule.CarriedForward cf) {
                Question from = byId.get(cf.from());
                if (from == null || from.isManual()) continue;
                Evaluated fromRef = evaluateQuiet(from, params);
                Reference.Compute call = cf.compute() == null && q.reference() instanceof Reference.Compute c ? c
                        : cf.compute() == null ? null : cf.compute().derive(q.reference());
                if (fromRef == null || call == null || call.op() == null) continue;
                Object carried = asArgument(fromRef.value());
                tryCompute(call.with(cf.into(), carried), q.kind(), params, where,
                        "carried_forward from " + cf.from() + " with " + cf.into() + " = " + fromRef.value().display());
            }
        }
    }

    /** An earlier question's value as an engine argument: a number, or a list of numbers. */
    public static Object asArgument(Value v) {
        if (v instanceof Value.Scalar s) {
            return s.value() == Math.rint(s.value()) ? (Object) (long) s.value() : (Object) s.value();
        }
        if (v instanceof Value.Shape sh) return List.copyOf(sh.dims());
        return References.numbers(v);
    }

    private Evaluated evaluateQuiet(Question q, Map<String, Object> params) {
        try {
            return References.evaluate(engine, q.reference(), q.kind(), params);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private Evaluated tryCompute(Reference.Compute call, AnswerKind kind, Map<String, Object> params, String where,
                                 String what) {
        for (Map.Entry<String, Object> arg : call.args().entrySet()) {
            if (arg.getValue() instanceof String s && s.startsWith("$") && !params.containsKey(s.substring(1))) {
                error(call.argPos().getOrDefault(arg.getKey(), call.pos()), "argument " + arg.getKey() + " in " + where
                        + " names parameter '" + s.substring(1) + "', which is not defined in params");
                return null;
            }
        }
        try {
            return References.compute(engine, call, kind, params);
        } catch (EngineException e) {
            SourcePos at = e.argument() != null ? call.argPos().getOrDefault(e.argument(), call.pos()) : call.pos();
            error(at, what + " of " + where + ": " + e.getMessage());
        } catch (IllegalArgumentException e) {
            error(call.pos(), what + " of " + where + ": " + call.op() + " " + e.getMessage());
        } catch (RuntimeException e) {
            error(call.pos(), what + " of " + where + ": " + call.op() + " failed: " + e);
        }
        return null;
    }

    private Evaluated tryValue(Reference value, AnswerKind kind, Map<String, Object> params, String where) {
        try {
            return References.evaluate(engine, value, kind, params);
        } catch (IllegalArgumentException e) {
            String what = value instanceof Reference.Expr ? "expr" : "key";
            error(value.pos(), what + " of " + where + " " + e.getMessage());
            return null;
        }
    }

    private void checkCycles(Rubric rubric, Map<String, Question> byId) {
        Map<String, List<Rule.CarriedForward>> edges = new LinkedHashMap<>();
        for (Question q : rubric.questions()) {
            for (Rule r : q.rules()) {
                if (r instanceof Rule.CarriedForward cf) edges.computeIfAbsent(q.id(), k -> new ArrayList<>()).add(cf);
            }
        }
        Set<String> reported = new HashSet<>();
        for (Question q : rubric.questions()) {
            List<String> path = new ArrayList<>();
            Rule.CarriedForward closing = findCycle(q.id(), q.id(), edges, path, new HashSet<>());
            if (closing != null && reported.add(String.join(",", path.stream().sorted().toList()))) {
                error(closing.pos(), "carried_forward makes a cycle: " + String.join(" → ", path) + " → " + q.id());
            }
        }
    }

    private Rule.CarriedForward findCycle(String start, String at, Map<String, List<Rule.CarriedForward>> edges,
                                          List<String> path, Set<String> visited) {
        if (!visited.add(at)) return null;
        path.add(at);
        for (Rule.CarriedForward cf : edges.getOrDefault(at, List.of())) {
            if (cf.from().equals(start)) return cf;
            Rule.CarriedForward found = findCycle(start, cf.from(), edges, path, visited);
            if (found != null) return found;
        }
        path.remove(path.size() - 1);
        return null;
    }

    private static int lineOf(String error) {
        return positionPart(error, 2);
    }

    private static int columnOf(String error) {
        return positionPart(error, 1);
    }

    /** The line (2 from the end) or column (1 from the end) of {@code file:line:column: message}. */
    private static int positionPart(String error, int fromEnd) {
        String[] parts = error.split(": ", 2)[0].split(":");
        try {
            return Integer.parseInt(parts[parts.length - fromEnd]);
        } catch (RuntimeException e) {
            return 0;
        }
    }

    private void error(SourcePos at, String message) {
        errors.add(at.error(message));
    }

    private static String fmt(double v) {
        return examgrader.extract.Values.format(v);
    }
}
