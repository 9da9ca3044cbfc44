package examgrader.extract;

import examgrader.rubric.AnswerKind;
import examgrader.rubric.Question;
import examgrader.segment.Cues;
import examgrader.segment.Fragment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Scores each value in one chain of working as the student's possible final answer. The weights
 * say how strongly a sign marks a final answer; the reasons are kept in words for the audit trail.
 */
final class Scoring {
    static final String ARITHMETIC_AGREES = "the working computes to it";
    static final String ARITHMETIC_DISAGREES = "the working does not compute to it";
    /** How a candidate's reason starts to say which of the question's cue words are beside it. */
    static final String NEXT_TO = "next to ";
    static final String WORKED_OUT = "a number worked out, not a ";
    static final String LONE_NUMBER = "a lone number where a ";
    static final String PRODUCT = "a product worked out, not a shape";
    static final String END_OF_CHAIN_REASON = "end of an = chain";
    static final String UNDERLINED = "underlined or boxed";
    static final String LISTED = "one of several results listed in one line";
    static final String IN_A_REMARK = "in a remark in brackets after the working";
    static final String ROUNDING = "a rounding of the exact result before it";
    static final String OPERAND_LATER = "taken as an operand by later working";
    static final String PART_OF_A_TOTAL = "adds up with other results to the total stated";
    static final String PER_PART_REASON = "worked out for each part, with a statement after it";
    static final String RESTATED = "looks like the question's data restated";
    static final String OF_AN_EXPRESSION = "the values of an expression of the unknown, not of the unknown";
    /**
     * A left side that works on a named unknown ({@code n-7 = 45..48}, {@code (n - 7)/3 = 15}): the values
     * after it are the expression's, a step towards the unknown's ({@code n = 52, 53, 54}).
     */
    private static final java.util.regex.Pattern EXPRESSION_OF_UNKNOWN =
            java.util.regex.Pattern.compile("(?<![A-Za-z])[A-Za-z]\\s*[-+*/]\\s*\\d+\\)?\\s*(?:/\\s*\\d+\\s*)?$");
    /**
     * "each", "per" or "every" before a chain's working ({@code each gate has 15 + 3 + 3 = 21}): its
     * result is for one part, a step towards a total stated after it ({@code the four gates
     * together have 84}).
     */
    private static final java.util.regex.Pattern PER_PART = java.util.regex.Pattern.compile("(?i)\\b(?:each|per|every)\\b");

    static final double END_OF_CHAIN = 3, STATED_ALONE = 1, LEFT_SIDE = -2, MARKED = 5, THEREFORE = 3,
            PER_CUE = 1.5, DATA = -2, LONE = -2, PRODUCT_NOT_SHAPE = -4, WORKED_OUT_NUMBER = -1, LATER = 1, REMARK = -4, USED_LATER = -3,
            STEP_TOWARDS_RESULT = -3, WITHDRAWN = -10, CLOSE_CALL = Extractor.CLOSE_CALL;

    /** Why a value the student took back ({@code scratch that}) is not their answer. */
    static final String WITHDRAWN_REASON = "taken back by the student later in the answer";

    private Scoring() {}

    /** A number and a word opening a line: {@code 5 pointwise out 199 x 199 x 10}. */
    private static final java.util.regex.Pattern NUMBER_THEN_WORD = java.util.regex.Pattern.compile("\\s*(\\d{1,2})\\s+([A-Za-z]+)");

    /**
     * The line without the question's own number opening it, {@code 5 pointwise out 199 x 199 x 10} under question 5:
     * a label written again that was not believed as one (5 was used before), which left in made two values of the line
     * and none its answer. Not a count of things ({@code 5 filters of 1 x 1 x 3}): a plural word after it keeps it.
     */
    private static Optional<String> withoutOwnNumber(Question q, String part) {
        java.util.regex.Matcher m = NUMBER_THEN_WORD.matcher(part);
        if (!m.lookingAt() || q.label().isEmpty() || !m.group(1).equals(q.label().get(0)) || m.group(2).endsWith("s")) {
            return Optional.empty();
        }
        return Optional.of(part.substring(m.end(1)));
    }

    /** The candidates in {@code chain}, one of the answer's {@code chains} (its place there tells which working comes later). */
    static List<Candidate> candidates(Question q, Statements.Chain chain, List<Statements.Chain> chains) {
        int chainsInAnswer = chains.size();
        List<Statements.Part> parts = chain.parts();
        if (parts.isEmpty()) return List.of();
        List<Optional<ValueReader.Reading>> readings = new ArrayList<>();
        int last = -1;
        for (int i = 0; i < parts.size(); i++) {
            Optional<ValueReader.Reading> r = ValueReader.pureValue(parts.get(i).text(), q.kind());
            if (r.isEmpty() && i == 0) r = withoutOwnNumber(q, parts.get(i).text()).flatMap(t -> ValueReader.pureValue(t, q.kind()));
            readings.add(r);
            if (r.isPresent()) last = i;
        }
        int rounded = last;
        last = exactBeforeRoundings(parts, readings, last);
        List<Candidate> found = new ArrayList<>();
        String chainText = chain.text();
        boolean listed = isList(parts, readings);
        for (int i = 0; i < parts.size(); i++) {
            if (readings.get(i).isEmpty() || namesItsQuantity(q, parts.get(i).text())) continue;
            ValueReader.Reading r = readings.get(i).get();
            double score = 0;
            List<String> reasons = new ArrayList<>();
            if (parts.size() == 1) {
                score += STATED_ALONE;
                reasons.add("stated on its own");
            } else if (i == last && (i > 0 || last < rounded)) {
                score += END_OF_CHAIN;
                reasons.add(END_OF_CHAIN_REASON);
            } else if (i == 0) {
                score += LEFT_SIDE;
                reasons.add("left side of an =");
            } else if (i > last && i <= rounded) {
                reasons.add(ROUNDING);
            } else {
                reasons.add("intermediate step");
            }
            if (r.marked()) {
                score += MARKED;
                reasons.add(UNDERLINED);
            }
            String before = i == 0 ? beforeValue(parts.get(0).text(), r.raw()) : chain.lead();
            if (Extractor.isTherefore(before)) {
                score += THEREFORE;
                reasons.add("after 'therefore'");
            }
            boolean scanned = parts.get(i).fragment().minConfidence() < 100;
            List<String> cues = q.cues().stream().filter(c -> Cues.mentions(chain.subjectText(), c)
                    || scanned && Cues.mentionsOnAScan(chain.subjectText(), c)).toList();
            if (!cues.isEmpty()) {
                score += PER_CUE * cues.size();
                reasons.add(NEXT_TO + String.join(", ", cues.stream().map(c -> "'" + c + "'").toList()));
            }
            if (i == last && i > 0 && q.kind() == AnswerKind.SET && EXPRESSION_OF_UNKNOWN.matcher(parts.get(i - 1).text().strip()).find()) {
                score += STEP_TOWARDS_RESULT;
                reasons.add(OF_AN_EXPRESSION);
            }
            if (i == last && chain.order() + 1 < chainsInAnswer && PER_PART.matcher(chain.lead()).find()
                    && q.cues().stream().noneMatch(c -> PER_PART.matcher(c).find())) {
                score += STEP_TOWARDS_RESULT;
                reasons.add(PER_PART_REASON);
            }
            if (PER_UNIT_AFTER.matcher(afterValue(parts.get(i).text(), r.raw())).lookingAt()
                    && q.cues().stream().noneMatch(c -> PER_PART.matcher(c).find())) {
                score += STEP_TOWARDS_RESULT;
                reasons.add(PER_UNIT_REASON);
            }
            Optional<String> counted = Extractor.otherThingCounted(q, afterValue(parts.get(i).text(), r.raw()));
            if (counted.isPresent()) {
                score += STEP_TOWARDS_RESULT;
                reasons.add(COUNTS_OTHER_THINGS + counted.get());
            }
            if (chain.aside()) {
                score += REMARK;
                reasons.add(IN_A_REMARK);
            }
            if (chain.withdrawn()) {
                score += WITHDRAWN;
                reasons.add(WITHDRAWN_REASON);
            }
            if (Extractor.restatesData(chainText)) {
                score += DATA;
                reasons.add(RESTATED);
            }
            if (r.lone()) {
                score += LONE;
                reasons.add(LONE_NUMBER + q.kind().name().toLowerCase(java.util.Locale.ROOT) + " is asked");
            }
            if (q.kind() == AnswerKind.SHAPE && r.value() instanceof Value.Shape && besideNumber(readings, parts, i)) {
                score += PRODUCT_NOT_SHAPE;
                reasons.add(PRODUCT);
            }
            score += LATER * (chain.order() + 1.0) / chainsInAnswer;
            Optional<Boolean> check = arithmetic(parts, i, r);
            if (check.isPresent()) reasons.add(check.get() ? ARITHMETIC_AGREES : ARITHMETIC_DISAGREES);
            if (i == last && r.value() instanceof Value.Scalar sc) {
                if (operandOfLaterWorking(q, sc.value(), chain, chains)) {
                    score += USED_LATER;
                    reasons.add(OPERAND_LATER);
                } else if (partOfATotal(q, sc.value(), chain, chains)) {
                    score += USED_LATER;
                    reasons.add(PART_OF_A_TOTAL);
                }
            }
            if (check.isPresent() && r.lone() && q.kind() != AnswerKind.SET) {
                score += WORKED_OUT_NUMBER;
                reasons.add(WORKED_OUT + q.kind().name().toLowerCase(java.util.Locale.ROOT));
            }
            if (listed) reasons.add(LISTED);
            Statements.Part part = parts.get(i);
            Fragment source = Extractor.valueSource(r.raw(), part.fragment());
            found.add(new Candidate(r.value(), r.raw(), source.minValueConfidence(), source, String.join(", ", reasons), score));
        }
        return found;
    }

    /**
     * A chain's result that a later chain, about this question as much, multiplies or adds on
     * ({@code per gate: W (6) + U (9) + b (3) = 18}, then {@code all four gates: 4 × 18 = 72}) is a
     * step of the working, not an answer competing with the later result. A later chain that ends
     * in a number already written ({@code check: 72 / 4 = 18}) only checks it, and one that names
     * the question less ({@code mults = 5 × 5 × 100352} after {@code params = 100352}) works out
     * another question's answer from it: neither makes the result working. Bare working after an
     * arrow is about what its line names ({@code additions: 1567 per output -> 5*5*64*1567 = 2,507,200}).
     * A value stated on its own before the working ({@code 72}, then {@code working: per gate 3·5 + 3
     * = 18; 4 × 18 = 72}) is the answer written first: working that ends in it derives it, and does
     * not only check.
     */
    private static boolean operandOfLaterWorking(Question q, double value, Statements.Chain chain, List<Statements.Chain> chains) {
        int cues = Cues.count(chain.subjectText(), q.cues());
        java.util.Set<Double> writtenSoFar = new java.util.HashSet<>();
        for (Statements.Chain earlier : chains) {
            boolean answerWrittenFirst = earlier.order() < chain.order() && statesAValueAlone(earlier);
            if (earlier.order() <= chain.order() && !answerWrittenFirst) writtenSoFar.addAll(numbersIn(earlier.text()));
        }
        for (Statements.Chain later : chains) {
            if (later.order() <= chain.order() || later.aside() || later.parts().size() < 2) continue;
            if (later.order() == chain.order() + 1 && countTimesValue(value, later)) return true;
            if (Cues.count(later.subjectText(), q.cues()) < cues) continue;
            List<Statements.Part> parts = later.parts();
            Optional<ValueReader.Reading> end = result(later);
            if (end.isEmpty() || !(end.get().value() instanceof Value.Scalar result)
                    || writtenSoFar.stream().anyMatch(n -> close(n, result.value()))) continue;
            for (Statements.Part part : parts.subList(0, parts.size() - 1)) {
                if (ValueReader.evaluate(part.text()).isPresent() && part.text().matches(".*\\d\\s*[-+×*/·x]\\s*\\(?\\d.*|.*\\d\\)?\\s*[-+×*/·x]\\s*\\d.*")
                        && numbersIn(part.text()).stream().anyMatch(n -> close(n, value))) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The next chain counts things and gives what that many of the value come to: {@code each gate 3*5 + 3 = 18},
     * then {@code 4 gates -> 72}. The product is not written out, but the count times the value is the result, so the
     * value is one thing's share, a step of the working, whatever the next chain names.
     */
    private static boolean countTimesValue(double value, Statements.Chain next) {
        java.util.regex.Matcher count = Statements.COUNT_OF_THINGS.matcher(next.lead());
        if (!count.matches() || value == 0) return false;
        int things = Integer.parseInt(count.group(1));
        Optional<ValueReader.Reading> end = result(next);
        return things > 1 && end.isPresent() && end.get().value() instanceof Value.Scalar result && close(things * value, result.value());
    }

    /**
     * Where the question asks for a total (a cue such as "total"), a result that adds up, with one
     * or two other chains' results, to the value a chain stating the total gives: {@code mults:
     * 198*198*3*16 = 1881792}, {@code 198*198*3*10 = 1176120}, {@code TOTAL = 3057912}; or, in an
     * answer table above its working, {@code total | ~3.09 million multiplications} with
     * {@code depthwise mults = ... = 1,900,848} and {@code pointwise mults = ... = 1,188,030} below.
     * The result is a part of that total, a step the student did not write out as {@code A + B},
     * not an answer competing with it. The total's chain must name the question at least as much, and use the
     * question's own word for a total or come after the result, the sum stated later in other words ({@code Adding
     * the two parts, ... needs 3,108,030 multiplications}); a rounded total ({@code 3.09 million}) said to be the
     * total is matched to the digits it keeps, one said to be the total exactly or nearly, and one not said to be the
     * total exactly ({@code 16 + 1,920,000 + 1,188,030} is not the 3,108,030 of the sentence after them). A value that is the total on its own
     * (the total worked out again) is no part of it, nor a part of another.
     */
    private static boolean partOfATotal(Question q, double value, Statements.Chain chain, List<Statements.Chain> chains) {
        List<String> totalCues = q.cues().stream().filter(c -> TOTAL_WORD.matcher(c).matches()).toList();
        if (totalCues.isEmpty() || value == 0) return false;
        int cues = Cues.count(chain.subjectText(), q.cues());
        for (Statements.Chain total : chains) {
            boolean saysTotal = totalCues.stream().anyMatch(c -> Cues.mentions(total.subjectText(), c));
            if (total == chain || total.aside() || !saysTotal && total.order() < chain.order()
                    || Cues.count(total.subjectText(), q.cues()) < cues) continue;
            Optional<ValueReader.Reading> stated = result(total);
            if (stated.isEmpty() || !(stated.get().value() instanceof Value.Scalar t)) continue;
            boolean rounded = saysTotal && writtenAsRounding(total.parts().get(total.parts().size() - 1), stated.get());
            java.util.function.DoublePredicate isTheTotal = sum -> (saysTotal ? close(sum, t.value()) : Math.abs(sum - t.value()) < 1e-9)
                    || rounded && rounds(t.value(), stated.get().raw(), sum);
            if (isTheTotal.test(value)) continue;
            List<Double> others = new ArrayList<>();
            for (Statements.Chain other : chains) {
                if (other == chain || other == total || other.aside()) continue;
                result(other).filter(r -> r.value() instanceof Value.Scalar sc && sc.value() != 0 && !isTheTotal.test(sc.value()))
                        .ifPresent(r -> others.add(((Value.Scalar) r.value()).value()));
            }
            for (int a = 0; a < others.size(); a++) {
                if (isTheTotal.test(value + others.get(a))) return true;
                for (int b = a + 1; b < others.size(); b++) {
                    if (isTheTotal.test(value + others.get(a) + others.get(b))) return true;
                }
            }
        }
        return false;
    }

    /** The words students and rubrics use for a total. */
    private static final java.util.regex.Pattern TOTAL_WORD = java.util.regex.Pattern.compile("(?i)total|sum|overall|altogether");

    /** The value ending a chain, as written. */
    private static Optional<ValueReader.Reading> result(Statements.Chain chain) {
        return ValueReader.pureValue(chain.parts().get(chain.parts().size() - 1).text(), AnswerKind.REAL);
    }

    /** A chain that is one value and nothing else to work it out: {@code 72}, {@code **72**}, {@code 84 parameters}. */
    private static boolean statesAValueAlone(Statements.Chain chain) {
        return chain.parts().size() == 1 && !chain.aside()
                && ValueReader.pureValue(chain.lead(), AnswerKind.REAL).isPresent()
                && !chain.lead().matches(".*\\d\\s*[-+×*/·x^]\\s*\\d.*");
    }

    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("(?<![\\w.^_{])(?:\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?![\\w^}])");

    private static List<Double> numbersIn(String text) {
        List<Double> numbers = new ArrayList<>();
        java.util.regex.Matcher m = NUMBER.matcher(ValueReader.withoutDotThousands(text));
        while (m.find()) numbers.add(Double.parseDouble(m.group().replace(",", "")));
        return numbers;
    }

    /**
     * Where a chain ends in approximations of the exact result before them ({@code = 3,088,878 ≈
     * 3.1 million}), the index of that exact result: the "≈" only rounds it, and the student's
     * answer is the value worked out. An approximation that does not round the value before it
     * ({@code ≈ 3.2 million}) is a result of its own and keeps the end. A number restated in
     * millions or as a power of ten is such an approximation after a plain "=" too
     * ({@code = 3,088,878 = 3.1 million}, as OCR reads the "≈" of print): the change of notation
     * only rounds. A plain "=" to fewer digits of the same notation may be working
     * ({@code (64 - 5)/2 + 1 = 30.5 = 30} floors), and keeps the end.
     */
    static int exactBeforeRoundings(List<Statements.Part> parts, List<Optional<ValueReader.Reading>> readings, int last) {
        int end = last;
        while (end > 0 && writtenAsRounding(parts.get(end), readings.get(end).get())
                && readings.get(end - 1).isPresent()
                && readings.get(end).get().value() instanceof Value.Scalar approx
                && readings.get(end - 1).get().value() instanceof Value.Scalar exact
                && rounds(approx.value(), readings.get(end).get().raw(), exact.value())) {
            end--;
        }
        return end;
    }

    /** Whether a chain's part reads as a rounding: after "≈", or written in millions or as a power of ten ({@link #SCALED}). */
    private static boolean writtenAsRounding(Statements.Part part, ValueReader.Reading reading) {
        return part.approximate() || SCALED.matcher(reading.raw()).find();
    }

    /** A number written with a scale word or a power of ten: {@code 3.1 million}, {@code 3.09 × 10^6}, {@code 2.5e6}. */
    private static final java.util.regex.Pattern SCALED =
            java.util.regex.Pattern.compile("(?:" + Scales.WORD + "|[MKk]|10\\s*\\^\\s*\\(?\\s*-?\\d+\\s*\\)?|\\d[eE][-+]?\\d+)\\s*$");

    /**
     * Whether {@code approx}, written as {@code raw}, is {@code exact} rounded or cut to the
     * significant digits written ({@code 3.1 million} for 3,088,878, {@code 3.089 × 10^6}).
     */
    static boolean rounds(double approx, String raw, double exact) {
        String mantissa = raw.replaceAll("\\s*(?:[x×*·]\\s*10\\s*\\^.*|[eE][-+]?\\d+|" + Scales.WORD + "|[MKk])\\s*$", "");
        String digits = mantissa.replaceAll("\\D", "").replaceFirst("^0+", "");
        if (!mantissa.contains(".")) digits = digits.replaceFirst("0+$", "");
        if (digits.isEmpty() || approx == 0) return false;
        double lastPlace = Math.pow(10, Math.floor(Math.log10(Math.abs(approx))) - digits.length() + 1);
        return Math.abs(exact - approx) <= lastPlace * (1 + 1e-9);
    }

    /**
     * The question's own symbol with its letter o read as a zero ({@code 0 t} for {@code o_t}, as OCR
     * reads a typed o): the name of the quantity, not a value of 0.
     */
    static boolean namesItsQuantity(Question q, String part) {
        String text = part.strip();
        if (text.length() > 8 || !text.matches(".*0.*[A-Za-z].*|.*[A-Za-z].*0.*")) return false;
        String name = squeezed(text.replace('0', 'o'));
        return q.cues().stream().filter(c -> c.contains("_")).anyMatch(c -> squeezed(c).equals(name));
    }

    private static String squeezed(String s) {
        return s.toLowerCase(java.util.Locale.ROOT).replaceAll("[\\s_{}]", "");
    }

    /**
     * {@code f = 4 i = 5 o = 8}: several parts in the middle of one chain are each a number with
     * words after it, or one is a value closed by a comma before more words ({@code W is 3 by 5, .b
     * b = 3 by 1}), so the line lists several results (labels lost between them), not working. A
     * value that words come before is inside a sentence of prose ({@code additions: I add each
     * product to a sum starting from 0, one addition per product → 2,508,800}), not listed. A
     * number that the shape, vector or set ending the chain is made of is a step towards it
     * ({@code ... = 26, 1 + int((84+2*2-5)/3) = 28, output = 26 x 28}), not a result listed; nor is a
     * value that "i.e." says again ({@link #RESTATING}).
     */
    private static boolean isList(List<Statements.Part> parts, List<Optional<ValueReader.Reading>> readings) {
        int worded = 0;
        List<Double> summed = readings.get(parts.size() - 1).map(r -> components(r.value())).orElse(List.of());
        for (int i = 1; i < parts.size() - 1; i++) {
            if (readings.get(i).isEmpty()) continue;
            if (readings.get(i).get().value() instanceof Value.Scalar sc && summed.stream().anyMatch(c -> close(c, sc.value()))) continue;
            String text = FUNCTION_CALL.matcher(parts.get(i).text()).replaceAll("(");
            String raw = readings.get(i).get().raw();
            String before = text.substring(0, Math.max(0, text.indexOf(raw)));
            String after = text.substring(Math.max(0, text.indexOf(raw)) + raw.length());
            if (after.matches("\\s*[,;].*[A-Za-z].*") && !after.matches(RESTATING) && !before.matches(".*[A-Za-z]{2}.*")) return true;
            if (text.replace(raw, "").matches(".*[A-Za-z].*")) worded++;
        }
        return worded >= 2;
    }

    /**
     * A clause that says the value again in other words ({@code 52 ≤ n ≤ 54, i.e. n = 52, 53 or
     * 54}): the value and its restatement are one result, not results listed.
     */
    private static final String RESTATING = "(?i)\\s*[,;]\\s*(?:i\\.\\s?e|e\\.\\s?g|that is|viz)\\b.*";

    /** The numbers a shape, vector or set is made of; none for a single number. */
    private static List<Double> components(Value v) {
        return v instanceof Value.Scalar ? List.of() : examgrader.rubric.References.numbers(v);
    }

    /**
     * A function applied in working ({@code 26, 1 + int((84+2*2-5)/3)}, {@code floor(...)}): its
     * name is arithmetic, not the words of a result listed with its label.
     */
    private static final java.util.regex.Pattern FUNCTION_CALL =
            java.util.regex.Pattern.compile("(?i)\\b(?:int|floor|ceil|round|max|min|tanh|exp|sqrt|log)\\s*\\(");

    private static String afterValue(String text, String raw) {
        int at = text.indexOf(raw);
        return at < 0 ? "" : text.substring(at + raw.length());
    }

    /**
     * A count given for one unit, the value then a few words and "per" ({@code 1567 per output},
     * {@code 18 parameters for each gate}): a step towards a total, not the total a question asks for.
     */
    private static final java.util.regex.Pattern PER_UNIT_AFTER =
            java.util.regex.Pattern.compile("(?i)\\s*(?:[a-z]+\\s+){0,2}?(?:per|for\\s+(?:each|every|one))\\s+[a-z]");
    static final String PER_UNIT_REASON = "a count per unit";
    /**
     * A whole number followed by what it counts, when that is not what the question asks for ({@code = 1600 outputs, each a
     * dot product ...} under a question of multiplications): a size on the way to the answer.
     */
    static final String COUNTS_OTHER_THINGS = "counts something else: ";

    private static String beforeValue(String text, String raw) {
        int at = text.indexOf(raw);
        return at < 0 ? text : text.substring(0, at);
    }

    /**
     * A shape-like product with a number as its result: the number after it ({@code 3 x 3 x 7 x 7
     * x 4 = 1764}), or a number before it that it computes to ({@code 1764 = 3 x 3 x 7 x 7 x 4}).
     * A number before it that it does not compute to is one of its dimensions worked out
     * ({@code (64 - 5)/2 + 1 = 30 for both sides = 30 x 30}), and the shape the result.
     */
    private static boolean besideNumber(List<Optional<ValueReader.Reading>> readings, List<Statements.Part> parts, int i) {
        if (i + 1 < parts.size() && ValueReader.pureValue(parts.get(i + 1).text(), AnswerKind.INTEGER).isPresent()) return true;
        if (i == 0) return false;
        Optional<ValueReader.Reading> before = ValueReader.pureValue(parts.get(i - 1).text(), AnswerKind.INTEGER);
        if (before.isEmpty() || !(before.get().value() instanceof Value.Scalar result)) return false;
        return readings.get(i).get().value() instanceof Value.Shape shape
                && close(shape.dims().stream().mapToDouble(Long::doubleValue).reduce(1, (a, b) -> a * b), result.value());
    }

    /** Whether the working on either side of a number computes to it; empty when there is no such working. */
    private static Optional<Boolean> arithmetic(List<Statements.Part> parts, int i, ValueReader.Reading r) {
        if (!(r.value() instanceof Value.Scalar s)) return Optional.empty();
        for (int j : new int[] {i - 1, i + 1}) {
            if (j < 0 || j >= parts.size()) continue;
            Optional<Double> worked = ValueReader.evaluate(parts.get(j).text());
            if (worked.isEmpty() || parts.get(j).text().strip().matches("[\\d.,\\s]+")) continue;
            if (agrees(worked.get(), s.value(), r.raw())) return Optional.of(true);
            return Optional.of(readingsOfTheWorking(parts.get(j).text()).stream()
                    .map(ValueReader::evaluate)
                    .anyMatch(w -> w.isPresent() && agrees(w.get(), s.value(), r.raw())));
        }
        return Optional.empty();
    }

    /**
     * Other ways to read working that, as read, does not compute to the number after it: without specks read as dots
     * ({@link #SPECK_BEFORE_DIGIT}); with the product dots of {@code 7 · 7 · 32 · 64} that a scan read as minus signs
     * ({@code 7 - 7 - 32 -64 = 100 352}) read as products again, when every operator is such a minus; and only the
     * working after a comma and a space, which ends a clause ({@code 5x5, 5*5*64*1568 = 2508800}) rather than
     * separating thousands. A reading is evidence only when it computes to the number exactly, to its digits: a
     * subtraction whose difference happens to equal the product of its terms is not written by anyone.
     */
    private static List<String> readingsOfTheWorking(String working) {
        List<String> readings = new ArrayList<>();
        readings.add(SPECK_BEFORE_DIGIT.matcher(working).replaceAll(""));
        if (MINUS_FOR_PRODUCT_DOT.matcher(working.strip()).matches()) readings.add(working.replace('-', '*'));
        int clause = working.lastIndexOf(", ");
        if (clause >= 0) readings.add(working.substring(clause + 2));
        return readings;
    }

    /** Numbers joined only by minus signs ({@code 7 - 7 - 32 -64}, {@code 512 - 128}): products as a scan reads their dots. */
    private static final java.util.regex.Pattern MINUS_FOR_PRODUCT_DOT =
            java.util.regex.Pattern.compile("\\d+(?:\\s*-\\s*\\d+)+");

    /**
     * A dot between an operator and a digit: on a scan, mostly a speck read as a dot
     * ({@code 1 *.1* 512}, {@code (7*7*32 -.1)}). Working that computes to the number written only
     * without such dots still vouches for the number's digits.
     */
    private static final java.util.regex.Pattern SPECK_BEFORE_DIGIT = java.util.regex.Pattern.compile("(?<=[*x×·+\\-/(]\\s?)\\.(?=\\d)");

    /** Whether working that computes to {@code worked} agrees with the number written, to the digits written. */
    static boolean agrees(double worked, double written, String raw) {
        if (raw.matches(".*(?:[eE^]).*")) return close(worked, written);
        int dot = raw.indexOf('.');
        int decimals = dot < 0 ? 0 : raw.replaceAll("[^\\d.]", "").length() - raw.replaceAll("[^\\d.]", "").indexOf('.') - 1;
        return Math.abs(worked - written) <= 0.5 * Math.pow(10, -decimals) + 1e-9 * Math.abs(written);
    }

    static boolean close(double a, double b) {
        return Math.abs(a - b) <= 1e-9 + 1e-4 * Math.max(Math.abs(a), Math.abs(b));
    }

    static boolean sameValue(Value a, Value b) {
        if (a instanceof Value.Scalar x && b instanceof Value.Scalar y) return close(x.value(), y.value());
        if (a instanceof Value.Vector x && b instanceof Value.Vector y) return closeAll(x.components(), y.components());
        if (a instanceof Value.NumberSet x && b instanceof Value.NumberSet y) {
            return closeAll(x.members().stream().sorted().toList(), y.members().stream().sorted().toList());
        }
        return a.equals(b);
    }

    private static boolean closeAll(List<Double> a, List<Double> b) {
        if (a.size() != b.size()) return false;
        for (int i = 0; i < a.size(); i++) if (!close(a.get(i), b.get(i))) return false;
        return true;
    }
}
