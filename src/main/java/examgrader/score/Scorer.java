package examgrader.score;

import examgrader.engine.Engine;
import examgrader.engine.EngineException;
import examgrader.engine.ReferenceEngine;
import examgrader.extract.Answer;
import examgrader.extract.Candidate;
import examgrader.extract.Extractor;
import examgrader.extract.Value;
import examgrader.extract.Values;
import examgrader.ocr.Word;
import examgrader.rubric.Evaluated;
import examgrader.rubric.FormulaComparison;
import examgrader.rubric.Question;
import examgrader.rubric.Reference;
import examgrader.rubric.References;
import examgrader.rubric.Rubric;
import examgrader.rubric.RubricValidator;
import examgrader.rubric.Rule;
import examgrader.rubric.Tolerance;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Applies a rubric to one script's extracted answers: recomputes each reference for the script's
 * variant, tries the answer against the tolerance and then every partial-credit rule (best credit
 * wins, never more than the question's marks), and decides the status: a manual question waits
 * for a TA, a blank one gets 0, an uncertain read goes to review with the mark it would get.
 */
public final class Scorer {
    private static final double FORMULA_TOLERANCE = 1e-6;
    /** The rule of a formula right once misreadings with one sure undoing are undone. */
    private static final String FORMULA_UNDONE = "formula, misreadings undone";
    /** The rule of a formula that could not be compared with the reference: always for review. */
    private static final String FORMULA_NOT_COMPARED = "formula not compared";
    private final Engine engine;

    public Scorer(Engine engine) {
        this.engine = engine;
    }

    /** A scorer on the project's own {@link ReferenceEngine}. */
    public Scorer() {
        this(new ReferenceEngine());
    }

    /**
     * Marks every question of {@code rubric}, in rubric order.
     *
     * @param answersById the extracted answers by question id; a missing entry counts as blank
     * @param variant     the script's variant code, or null/empty for the rubric's default parameters
     * @throws IllegalArgumentException for a variant the rubric does not define
     */
    public List<Mark> score(Rubric rubric, Map<String, Answer> answersById, String variant) {
        return score(rubric, answersById, variant, false);
    }

    /**
     * @param scannedPrint the script is print read by OCR ({@code ScriptText#isScannedPrint}): there a
     *                     formula whose only doubt is its OCR confidence, and whose misreadings each
     *                     have one sure undoing that makes it right, is marked without review
     *                     ({@link OcrFormulaReadings#unambiguous})
     */
    public List<Mark> score(Rubric rubric, Map<String, Answer> answersById, String variant, boolean scannedPrint) {
        Map<String, Object> params = rubric.paramsFor(variant);
        Map<String, Scored> done = new HashMap<>();
        for (Question q : dependencyOrder(rubric)) {
            Answer answer = answersById.getOrDefault(q.id(), Answer.blank(q.id()));
            done.put(q.id(), scoreOne(q, answer, params, done, scannedPrint));
        }
        List<Mark> marks = new ArrayList<>();
        for (Question q : rubric.questions()) marks.add(done.get(q.id()).mark());
        return marks;
    }

    /**
     * A mark with the value it was given for and the marks it would have had (for review), which a
     * later carried-forward rule may need.
     */
    private record Scored(Mark mark, Value value, double proposed) {
        Scored(Mark mark, Value value) {
            this(mark, value, mark.marks());
        }
    }

    /** Why a blank was believed, when extraction gave more reason than "nothing written". */
    private static String blankFeedback(String found, Answer answer) {
        String note = answer.note();
        return note == null || note.isBlank() || note.equals(Answer.blank(answer.questionId()).note()) ? found
                : found + ": " + note;
    }

    /**
     * What the marker is told about a hand-marked answer. When nothing was found under its label but the
     * grader could not rule out that it was written elsewhere ({@code label not found; 3 lines belong to no
     * question…}), it still waits for a marker, and the marker is told where to look instead of getting an
     * empty answer with no reason.
     */
    private static String manualFeedback(Answer answer) {
        String waiting = "marked by hand: waiting for a marker's mark";
        if (!answer.isBlank() || answer.note() == null || answer.note().isBlank()) return waiting;
        return waiting + "; " + answer.note();
    }

    private Scored scoreOne(Question q, Answer answer, Map<String, Object> params, Map<String, Scored> done,
                            boolean scannedPrint) {
        Candidate chosen = answer.chosen().orElse(null);
        double confidence = chosen == null ? 0 : chosen.confidence();
        Evidence evidence = chosen == null ? Evidence.NONE : new Evidence(chosen.source().page(),
                chosen.source().box(), chosen.raw(), chosen.source().words());
        String shown = chosen == null ? answer.text() : chosen.value().display();
        if (q.isManual() && answer.isBlank() && !answer.uncertain()) {
            return new Scored(new Mark(q.id(), Status.BLANK, 0, q.marks(), "", "marked by hand", 0, Evidence.NONE,
                    "blank", blankFeedback("no answer found under this question's label", answer), "", List.of()), null);
        }
        if (q.isManual()) {
            return new Scored(new Mark(q.id(), Status.MANUAL, 0, q.marks(), answer.text(), "marked by hand",
                    confidence, evidence, "manual", manualFeedback(answer), "", List.of()), null);
        }
        Evaluated ref;
        String refShown;
        List<Computation> refCalls = new ArrayList<>();
        if (q.reference() instanceof Reference.Formula f) {
            ref = null;
            refShown = f.expression();
        } else {
            ref = evaluate(q, params);
            refShown = ref.value().display();
            if (ref.call() != null) refCalls.add(computation(ref));
            else if (ref.result() != null) refCalls.add(new Computation(ref.result().op(), params, ref.result().result(),
                    ref.result().working()));
        }
        String working = ref == null ? "" : ref.working();
        if (answer.isBlank() && !answer.uncertain()) {
            return new Scored(new Mark(q.id(), Status.BLANK, 0, q.marks(), "", refShown, 0, Evidence.NONE, "blank",
                    blankFeedback("no answer found", answer), working, refCalls), null);
        }
        if (chosen == null) {
            return new Scored(new Mark(q.id(), Status.REVIEW, 0, q.marks(), shown, refShown, confidence, evidence,
                    "unreadable", "proposed 0 — no value could be read (" + orElse(answer.note(), "unreadable")
                    + "); check the script", working, refCalls), null);
        }
        Verdict v = stepOfTheWorking(working, chosen.value(), formDoesNotFit(ref, chosen.value(),
                uncheckableCarryForward(q, judge(q, ref, chosen, params, done), done)));
        List<Computation> calls = new ArrayList<>(refCalls);
        calls.addAll(v.computations());
        String fullWorking = v.working().isEmpty() ? working : working + "\n" + v.working();
        double marks = Math.min(1.0, Math.max(0.0, v.credit())) * q.marks();
        boolean onlyOcrDoubtUndone = scannedPrint && v.rule().equals(FORMULA_UNDONE)
                && answer.note().equals(Extractor.lowConfidenceNote(chosen));
        if ((answer.uncertain() && !onlyOcrDoubtUndone) || !v.reviewNote().isEmpty()) {
            String why = answer.uncertain() ? "check the read: " + orElse(answer.note(), "uncertain read")
                    : v.reviewNote();
            String feedback = "proposed " + fmt(marks) + " of " + fmt(q.marks()) + " (" + v.rule() + ") — " + why
                    + ". " + v.feedback();
            return new Scored(new Mark(q.id(), Status.REVIEW, 0, q.marks(), shown, refShown, confidence, evidence,
                    v.rule(), feedback, fullWorking, calls), chosen.value(), marks);
        }
        return new Scored(new Mark(q.id(), Status.GRADED, marks, q.marks(), shown, refShown, confidence, evidence,
                v.rule(), v.feedback(), fullWorking, calls), chosen.value());
    }

    private Verdict judge(Question q, Evaluated ref, Candidate chosen, Map<String, Object> params,
                          Map<String, Scored> done) {
        Value answer = chosen.value();
        String raw = chosen.raw();
        if (q.reference() instanceof Reference.Formula f) {
            Verdict asRead = judgeFormula(q, f, answer);
            if (!(answer instanceof Value.Formula formula) || chosen.confidence() >= 100) return asRead;
            java.util.Optional<String> undone = OcrFormulaReadings.unambiguous(formula.expression(),
                    signsToldByShape(chosen.source().words()), f.ranges().keySet());
            if (undone.isPresent() && FormulaComparison.equal(f, undone.get(), relativeFor(q.tolerance()))) {
                return new Verdict(1, FORMULA_UNDONE, "correct: read as '" + formula.expression() + "', which is '"
                        + undone.get() + "' once the usual misreadings of print are undone (o for σ, : for ·, — for −, a look-alike for a variable such as 2 for z"
                        + (formula.expression().contains("^") ? "; carets told from asterisks by their shape" : "") + ");"
                        + " equal to " + f.expression() + " at every point tried", "", List.of());
            }
            if (asRead.credit() >= 1) return asRead;
            List<String> readings = OcrFormulaReadings.of(formula.expression(), f.ranges().keySet());
            for (String reading : readings) {
                if (FormulaComparison.equal(f, reading, relativeFor(q.tolerance()))) {
                    return new Verdict(1, "formula, as OCR misreads", "correct if the script shows '" + reading
                            + "': equal to " + f.expression() + " at every point tried", "", List.of())
                            .needingReview("OCR read '" + formula.expression() + "', which "
                                    + (asRead.rule().equals(FORMULA_NOT_COMPARED) ? "could not be compared" : "is " + asRead.rule())
                                    + "; with the usual misreadings of scanned formulas (o for σ, * or % for ^, : for ·, 2 for z) it reads '"
                                    + reading + "'; check which the script shows");
                }
            }
            List<String> undoneFirst = new ArrayList<>();
            undone.ifPresent(undoneFirst::add);
            readings.stream().filter(r -> !undoneFirst.contains(r)).forEach(undoneFirst::add);
            return wrongUnderEveryReading(q, f, undoneFirst, asRead);
        }
        if (Comparison.matches(q.kind(), ref.value(), answer, q.tolerance(), raw)) {
            return new Verdict(1, q.tolerance().isExact() ? "exact" : "tolerance",
                    q.tolerance().isExact() ? "correct" : "correct (" + q.tolerance().describe() + ")", "", List.of());
        }
        Verdict best = null;
        for (Rule rule : q.rules()) {
            Verdict v = apply(rule, q, ref, answer, raw, params, done);
            if (v == null) continue;
            boolean countOnly = best != null && best.credit() == 0
                    && (best.rule().startsWith("component") || best.rule().startsWith("set"));
            if (best == null || v.credit() > best.credit() || (v.credit() == best.credit() && countOnly)) best = v;
        }
        return best != null ? best : wrong(q, ref.value().display());
    }

    /** Whether every word that holds a {@code *}, {@code %} or {@code ^} had those signs told apart by shape. */
    private static boolean signsToldByShape(List<Word> words) {
        return words.stream().filter(w -> w.text().matches(".*[*%^].*")).allMatch(Word::signsCheckedByShape);
    }

    private Verdict apply(Rule rule, Question q, Evaluated ref, Value answer, String raw, Map<String, Object> params,
                          Map<String, Scored> done) {
        if (rule instanceof Rule.Within w) {
            return Comparison.matches(q.kind(), ref.value(), answer, w.tolerance(), raw)
                    ? new Verdict(w.credit(), "band: " + w.tolerance().describe(),
                    orElse(w.feedback(), "close to " + ref.value().display() + " but not within "
                            + q.tolerance().describe()), "", List.of()) : null;
        }
        if (rule instanceof Rule.Components c) {
            int n = References.numbers(ref.value()).size();
            int correct = Comparison.correctComponents(ref.value(), answer, q.tolerance());
            if (correct < 0) return null;
            return new Verdict(c.credit() * correct / n, "component " + correct + "/" + n,
                    correct + " of " + n + " components correct" + (c.feedback().isEmpty() ? ""
                            : "; " + c.feedback()) + " (reference " + ref.value().display() + ")", "", List.of());
        }
        if (rule instanceof Rule.SetCredit s) {
            return setCredit(s, q, ref, answer);
        }
        if (rule instanceof Rule.Alternative a) {
            return alternative(a, q, ref, answer, raw, params);
        }
        if (rule instanceof Rule.CarriedForward cf) {
            return carriedForward(cf, q, answer, raw, params, done);
        }
        return null;
    }

    private Verdict setCredit(Rule.SetCredit s, Question q, Evaluated ref, Value answer) {
        List<Double> reference = References.numbers(ref.value());
        List<Double> listed = Comparison.distinct(References.numbers(answer), q.tolerance());
        int correct = 0, wrong = 0;
        for (double a : listed) {
            if (reference.stream().anyMatch(r -> q.tolerance().matches(r, a, null))) correct++;
            else wrong++;
        }
        int n = Comparison.distinct(reference, q.tolerance()).size();
        double credit = Math.max(0, s.credit() * (correct - wrong) / n);
        return new Verdict(credit, "set: " + correct + " correct, " + wrong + " wrong",
                correct + " correct and " + wrong + " wrong of " + ref.value().display()
                        + (s.feedback().isEmpty() ? "" : "; " + s.feedback()), "", List.of());
    }

    private Verdict alternative(Rule.Alternative a, Question q, Evaluated ref, Value answer, String raw,
                                Map<String, Object> params) {
        String defaultFeedback = a.accepted() ? "accepted: " + a.name() : "common mistake: " + a.name();
        if (a.loneComponent()) {
            List<Double> components = References.numbers(ref.value());
            List<Double> nonZero = components.stream().filter(x -> Math.abs(x) > 1e-12).toList();
            List<Double> written = References.numbers(answer);
            boolean match = nonZero.size() == 1 && written.size() == 1
                    && q.tolerance().matches(nonZero.get(0), written.get(0), raw);
            return match ? new Verdict(a.credit(), a.ruleName(), orElse(a.feedback(), defaultFeedback), "", List.of())
                    : null;
        }
        Evaluated alt;
        try {
            alt = a.key() != null ? References.evaluate(engine, a.key(), q.kind(), params)
                    : References.compute(engine, a.compute().derive(q.reference()), q.kind(), params);
        } catch (EngineException | IllegalArgumentException e) {
            return null;
        }
        if (!Comparison.matches(q.kind(), alt.value(), answer, q.tolerance(), raw)) return null;
        List<Computation> calls = alt.call() == null ? List.of() : List.of(computation(alt));
        String working = alt.call() == null ? "" : a.ruleName() + ": " + alt.working();
        return new Verdict(a.credit(), a.ruleName(), orElse(a.feedback(), defaultFeedback), working, calls);
    }

    private Verdict carriedForward(Rule.CarriedForward cf, Question q, Value answer, String raw,
                                   Map<String, Object> params, Map<String, Scored> done) {
        Scored earlier = done.get(cf.from());
        if (earlier == null || earlier.value() == null || earlier.proposed() >= earlier.mark().maxMarks()) {
            return null;
        }
        Status earlierStatus = earlier.mark().status();
        if (earlierStatus != Status.GRADED && earlierStatus != Status.REVIEW) return null;
        Reference.Compute call = cf.compute() != null ? cf.compute().derive(q.reference())
                : (Reference.Compute) q.reference();
        Evaluated recomputed;
        try {
            recomputed = References.compute(engine, call.with(cf.into(),
                    RubricValidator.asArgument(earlier.value())), q.kind(), params);
        } catch (EngineException | IllegalArgumentException | ClassCastException e) {
            return null;
        }
        if (!Comparison.matches(q.kind(), recomputed.value(), answer, q.tolerance(), raw)) return null;
        String rule = "carried_forward from " + cf.from();
        String feedback = orElse(cf.feedback(), "follows correctly from your answer to " + cf.from())
                + " (with " + cf.from() + " = " + earlier.value().display() + ": " + recomputed.value().display() + ")";
        Verdict v = new Verdict(cf.credit(), rule, feedback, rule + ": " + recomputed.working(),
                List.of(computation(recomputed)));
        return earlierStatus == Status.REVIEW
                ? v.needingReview("the credit carried forward from " + cf.from() + " holds only if " + cf.from()
                + " was read right (it is in review)") : v;
    }

    /**
     * A zero for an answer that is one of the results inside the reference's own working ({@code 1,900,848}, the depthwise
     * step of the 3,088,878 total; {@code 1,568}, the products of one output): more often a step the student wrote on the
     * way, read where the final answer was lost (a wrapped line, a misread sign), than their answer. A person looks
     * before it counts. Small results (under 100) are left alone: a wrong count can be any small number.
     */
    private static Verdict stepOfTheWorking(String working, Value answer, Verdict v) {
        if (v.credit() > 0 || !v.reviewNote().isEmpty() || !(answer instanceof Value.Scalar scalar)) return v;
        double value = scalar.value();
        if (Math.abs(value) < 100) return v;
        java.util.regex.Matcher result = WORKING_RESULT.matcher(working);
        while (result.find()) {
            double step = Double.parseDouble(result.group(1).replace(",", ""));
            if (Math.abs(step - value) < 1e-9 * Math.max(1, Math.abs(step))) {
                return v.needingReview("the answer read (" + answer.display() + ") is a step of the working to the reference, "
                        + "not its end; the student's final answer may be written after it");
            }
        }
        return v;
    }

    /** A result in the reference's working: the number after an "=" ({@code 199·199·3·16 = 1,900,848}). */
    private static final java.util.regex.Pattern WORKING_RESULT = java.util.regex.Pattern.compile("=\\s*(\\d[\\d,]*(?:\\.\\d+)?)");

    /**
     * A zero for an answer whose form does not fit the question (a lone number where a shape or
     * vector is asked, a shape with fewer dimensions than the reference) is more often a read that
     * lost part of what was written than a student's answer: a person looks before it counts.
     */
    private static Verdict formDoesNotFit(Evaluated ref, Value answer, Verdict v) {
        if (ref == null || v.credit() > 0 || !v.reviewNote().isEmpty()) return v;
        Value expected = ref.value();
        boolean misfit = false;
        if (expected instanceof Value.Shape s) {
            misfit = !(answer instanceof Value.Shape a) || a.dims().size() != s.dims().size();
        } else if (expected instanceof Value.Vector vec) {
            misfit = !(answer instanceof Value.Vector a) || a.components().size() != vec.components().size();
        } else if (expected instanceof Value.NumberSet) {
            misfit = !(answer instanceof Value.NumberSet);
        }
        return misfit ? v.needingReview("the answer read (" + answer.display() + ") does not have the form of the "
                + "reference (" + expected.display() + "); part of it may not have been read") : v;
    }

    /**
     * A question that could earn carried-forward credit from an earlier one in review cannot be
     * marked down yet: the credit depends on what a person reads there.
     */
    private static Verdict uncheckableCarryForward(Question q, Verdict v, Map<String, Scored> done) {
        if (!v.reviewNote().isEmpty()) return v;
        for (Rule r : q.rules()) {
            if (!(r instanceof Rule.CarriedForward cf) || v.credit() >= cf.credit()) continue;
            Scored earlier = done.get(cf.from());
            if (earlier != null && earlier.mark().status() == Status.REVIEW) {
                return v.needingReview("carried-forward credit from " + cf.from() + " cannot be checked until "
                        + cf.from() + " (in review) is read by a person");
            }
        }
        return v;
    }

    private Evaluated evaluate(Question q, Map<String, Object> params) {
        if (q.reference() instanceof Reference.None) {
            throw new IllegalStateException("question " + q.id() + " has no reference: load rubrics with RubricLoader,"
                    + " which refuses that");
        }
        return References.evaluate(engine, q.reference(), q.kind(), params);
    }

    /**
     * A formula as written: right, wrong, or, when it cannot be read, names a symbol the question
     * does not define or cannot be evaluated, for a person to judge (proposed 0, never marked 0).
     */
    private static Verdict judgeFormula(Question q, Reference.Formula f, Value answer) {
        if (!(answer instanceof Value.Formula formula)) return wrong(q, f.expression());
        FormulaComparison.Outcome outcome = FormulaComparison.compare(f, formula.expression(), relativeFor(q.tolerance()));
        return switch (outcome.agreement()) {
            case EQUAL -> new Verdict(1, "formula", "correct: equal to " + f.expression() + " at every point tried",
                    "", List.of());
            case DIFFERENT -> wrong(q, f.expression());
            case UNDECIDED -> new Verdict(0, FORMULA_NOT_COMPARED, "the formula could not be compared with "
                    + f.expression(), "", List.of()).needingReview(outcome.doubt() + "; check the script");
        };
    }

    /**
     * A read from OCR that could not be compared as it stands (o for σ names an undefined o) is
     * proposed as wrong when each reading with the usual misreadings undone is wrong: the person who
     * reviews it sees the proposal the undone formula earns, not only that it was not compared.
     */
    private static Verdict wrongUnderEveryReading(Question q, Reference.Formula f, List<String> readings, Verdict asRead) {
        if (!asRead.rule().equals(FORMULA_NOT_COMPARED) || readings.isEmpty()) return asRead;
        for (String reading : readings) {
            if (FormulaComparison.compare(f, reading, relativeFor(q.tolerance())).agreement()
                    != FormulaComparison.Agreement.DIFFERENT) return asRead;
        }
        return wrong(q, f.expression()).needingReview(asRead.reviewNote() + "; with the usual misreadings of scanned"
                + " formulas undone it reads '" + readings.get(0) + "', which is wrong");
    }

    private static Verdict wrong(Question q, String reference) {
        return new Verdict(0, "wrong", orElse(q.feedback(), "does not match the reference " + reference), "",
                List.of());
    }

    private static Computation computation(Evaluated e) {
        return new Computation(e.call().op(), e.call().args(), e.result().result(), e.result().working());
    }

    private static double relativeFor(Tolerance t) {
        return t.relative() != null ? t.relative() : FORMULA_TOLERANCE;
    }

    /** Questions ordered so that a carried-forward target is scored before the question using it. */
    private static List<Question> dependencyOrder(Rubric rubric) {
        Map<String, Question> byId = new LinkedHashMap<>();
        rubric.questions().forEach(q -> byId.putIfAbsent(q.id(), q));
        List<Question> order = new ArrayList<>();
        java.util.Set<String> placed = new java.util.HashSet<>();
        for (Question q : rubric.questions()) place(q, byId, placed, order, new java.util.HashSet<>());
        return order;
    }

    private static void place(Question q, Map<String, Question> byId, java.util.Set<String> placed,
                              List<Question> order, java.util.Set<String> visiting) {
        if (placed.contains(q.id()) || !visiting.add(q.id())) return;
        for (Rule r : q.rules()) {
            if (r instanceof Rule.CarriedForward cf && byId.containsKey(cf.from())) {
                place(byId.get(cf.from()), byId, placed, order, visiting);
            }
        }
        placed.add(q.id());
        order.add(q);
    }

    /** Marks as feedback shows them, to two decimals at most ({@code proposed 0.67 of 1}). */
    public static String fmt(double v) {
        return Values.format(Math.round(v * 100) / 100.0);
    }

    private static String orElse(String s, String fallback) {
        return s == null || s.isBlank() ? fallback : s;
    }
}
