package examgrader.rubric;

import examgrader.engine.Engine;
import examgrader.extract.Values;
import java.util.List;
import java.util.Map;

/**
 * The answer key as an instructor reads it: per variant, each question's reference (recomputed)
 * with its working, the tolerance, and every rule with the value it stands for and its credit.
 */
public final class AnswerKey {
    private final Engine engine;

    public AnswerKey(Engine engine) {
        this.engine = engine;
    }

    /** @param variant one variant, or null for every variant (or the defaults when there are none) */
    public String render(Rubric rubric, String variant) {
        StringBuilder out = new StringBuilder();
        out.append("Answer key: ").append(rubric.title().isEmpty() ? rubric.exam() : rubric.title())
                .append(" (").append(rubric.exam()).append("), total ").append(Values.format(rubric.total()))
                .append('\n');
        List<String> variants = variant != null ? List.of(variant)
                : rubric.variants().isEmpty() ? List.of("") : List.copyOf(rubric.variants().keySet());
        for (String v : variants) {
            if (!v.isEmpty()) out.append("\n== variant ").append(v).append(" ==\n");
            Map<String, Object> params = rubric.paramsFor(v);
            for (Question q : rubric.questions()) question(out, q, params);
        }
        return out.toString();
    }

    private void question(StringBuilder out, Question q, Map<String, Object> params) {
        out.append('\n').append(q.id()).append(" [").append(Values.format(q.marks())).append(" mark")
                .append(q.marks() == 1 ? "" : "s").append("] ").append(q.title()).append('\n');
        if (q.isManual()) {
            out.append("  marked by hand\n");
            return;
        }
        Evaluated ref = null;
        if (q.reference() instanceof Reference.Formula f) {
            out.append("  reference: ").append(f.expression()).append(" (compared at ").append(f.points())
                    .append(" points)\n");
        } else {
            ref = References.evaluate(engine, q.reference(), q.kind(), params);
            out.append("  reference: ").append(ref.value().display()).append('\n');
            out.append("  working:   ").append(ref.working()).append('\n');
        }
        if (!q.tolerance().isExact()) out.append("  full marks: ").append(q.tolerance().describe()).append('\n');
        for (Rule r : q.rules()) out.append("  - ").append(rule(r, q, params)).append('\n');
    }

    private static String share(double credit, Question q) {
        return Values.format(Math.round(credit * q.marks() * 1000) / 1000.0);
    }

    private String rule(Rule r, Question q, Map<String, Object> params) {
        String credit = " → " + Values.format(Math.round(r.credit() * q.marks() * 1000) / 1000.0) + " of "
                + Values.format(q.marks());
        if (r instanceof Rule.Within w) return "band: " + w.tolerance().describe() + credit;
        if (r instanceof Rule.Components c) {
            return "components: each correct one earns an equal share of " + share(c.credit(), q) + " marks"
                    + (c.feedback().isEmpty() ? "" : " — " + c.feedback());
        }
        if (r instanceof Rule.SetCredit s) {
            return "set: (correct − wrong) / n of " + share(s.credit(), q) + " marks, never below 0"
                    + (s.feedback().isEmpty() ? "" : " — " + s.feedback());
        }
        if (r instanceof Rule.CarriedForward cf) {
            return "carried forward from " + cf.from() + " (its answer goes into '" + cf.into() + "')" + credit
                    + " — " + cf.feedback();
        }
        Rule.Alternative a = (Rule.Alternative) r;
        String value;
        if (a.loneComponent()) {
            value = "the only non-zero component written alone";
        } else {
            try {
                Evaluated e = a.key() != null ? References.evaluate(engine, a.key(), q.kind(), params)
                        : References.compute(engine, a.compute().derive(q.reference()), q.kind(), params);
                value = e.value().display() + (e.call() != null || a.key() instanceof Reference.Expr
                        ? " (" + e.working() + ")" : "");
            } catch (RuntimeException e) {
                value = "cannot be computed: " + e.getMessage();
            }
        }
        return a.ruleName() + ": " + value + credit + (a.feedback().isEmpty() ? "" : " — " + a.feedback());
    }
}
