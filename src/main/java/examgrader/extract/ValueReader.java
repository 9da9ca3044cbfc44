package examgrader.extract;

import examgrader.rubric.AnswerKind;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the value a piece of plain text states, in the form the question's kind asks for:
 * {@code 3,088,878}, {@code 3.089 × 10^6}, {@code 2.5088e6}, {@code [0.7, 0.2, 0.05]},
 * {@code 199 × 199 × 3}, {@code (26, 28)}, {@code 52 53 54}; a shape's dimensions may name what they count
 * ({@code 3 rows × 5 cols}). A piece counts only when it is one
 * value and words around it; a piece with several numbers or operators is working, not an answer.
 */
final class ValueReader {
    /** A value read from a piece of text. {@code lone} marks a bare number where a vector, shape or set is asked. */
    record Reading(Value value, String raw, boolean marked, boolean lone) {}

    /**
     * Thousands grouped by points, as German and other styles write them ({@code 3.088.878}): two points or more, each
     * before three digits, which no decimal number has. A single point ({@code 1.900}) is a decimal one.
     */
    private static final String DOT_GROUPED = "\\d{1,3}(?:\\.\\d{3}){2,}(?![\\d]|[.,]\\d)";
    static final Pattern DOT_THOUSANDS = Pattern.compile("(?<![\\d.,])" + DOT_GROUPED);

    /** {@code text} with each number grouped by {@link #DOT_THOUSANDS} written without its points. */
    static String withoutDotThousands(String text) {
        return DOT_THOUSANDS.matcher(text).replaceAll(m -> m.group().replace(".", ""));
    }

    static final String NUM = "-?(?:\\d{1,2}(?:,\\d{2})+,\\d{3}(?![\\d])|" + DOT_GROUPED + "|\\d{1,3}(?:,\\d{3})+(?![\\d])|\\d{1,3}(?:[ \\u2009\\u202f]\\d{3})+(?![\\d.,])|\\d+(?:\\.\\d+)?|\\.\\d+)"
            + "(?:\\s*[x×*·]\\s*10\\s*\\^\\s*\\(?\\s*-?\\d+\\s*\\)?|[eE][-+]?\\d+)?"
            + Scales.SUFFIX + "?";
    private static final Pattern SCALAR = Pattern.compile("(?<![\\w.^])" + NUM + "(?![A-Za-z_\\d])");
    private static final String PLAIN = "-?(?:\\d+(?:\\.\\d+)?|\\.\\d+)(?:[eE][-+]?\\d+)?";
    /**
     * A vector's entries parted by commas or by semicolons, one of the two all through: in {@code (0,7; 0,2; 0,05)}
     * the commas are decimal ones the semicolons part, and read as separators too they made six entries of three.
     */
    private static final String ONE_SEPARATOR_ENTRIES = PLAIN + "(?:(?:\\s*,\\s*" + PLAIN + ")+|(?:\\s*;\\s*" + PLAIN + ")+)";
    private static final Pattern VECTOR = Pattern.compile(
            "[\\[{(]\\s*" + ONE_SEPARATOR_ENTRIES + "\\s*[\\]})]|\\[\\s*" + PLAIN + "(?:\\s+" + PLAIN + ")+\\s*]");
    /**
     * {@code C_t = 0.7, 0.2, 0.05  ✅}: a vector's entries written without brackets, each comma followed by a space
     * (so {@code 3,088,878} is no list), as the whole of what is stated, a tick or other mark after it at most;
     * no operator anywhere ({@code 0.2+0.5 , 0.2+0} is working); or parted by spaces alone as the whole of what is
     * stated, {@code c t = 0.7 0.2 0.05}, as a row vector is typed without brackets.
     */
    private static final Pattern VECTOR_UNBRACKETED = Pattern.compile(
            "^\\s*" + PLAIN + "(?:\\s*,\\s+" + PLAIN + ")+(?=[^\\w.,+\\-*/×=^()\\[\\]{}]*$)"
            + "|^\\s*" + PLAIN + "(?:[ \\t]+" + PLAIN + ")+(?=\\s*$)");
    /**
     * "by" between two dimensions, with or without the spaces OCR may drop ({@code 3 by1}): no
     * letter touches it. The shape pattern and the splitting of a shape into dimensions use the same.
     */
    private static final String BY = "(?<![A-Za-z])by(?![A-Za-z])";
    private static final Pattern SHAPE = Pattern.compile(
            "(?<![\\d.^])\\d+(?:\\s*(?:[×xX*]|" + BY + ")\\s*\\d+)+(?![\\w^]|\\.\\d|\\s*\\^)");
    private static final Pattern TUPLE = Pattern.compile("[(\\[]\\s*\\d+\\s*(?:,\\s*\\d+\\s*)+[)\\]]");
    private static final Pattern SET_BRACED = Pattern.compile("[{\\[]\\s*" + ONE_SEPARATOR_ENTRIES + "\\s*[}\\]]");
    private static final Pattern SET_LIST = Pattern.compile(
            "(?<![\\w.,^])\\d+(?:\\.\\d+)?(?:(?:\\s*,\\s*|\\s+or\\s+|\\s+and\\s+|\\s+)\\d+(?:\\.\\d+)?)+(?![\\w^]|\\.\\d)");
    /**
     * A shape given by its sides' names, {@code height 26, width 28}, {@code height = 31 and width = 30}: the two sides
     * in that order. The names in brackets after the sides, {@code 26 (H) x 28 (W)}, are taken out.
     */
    private static final String HEIGHT_AND_WIDTH = "(?i)\\bheight\\s*(?:[:=]|is|of)?\\s*(\\d+)\\s*[,;]?\\s*(?:and\\s+)?width\\s*(?:[:=]|is|of)?\\s*(\\d+)";
    /**
     * A closed interval of whole numbers where a set is asked: {@code n ∈ [52, 54]}, {@code [52, 54] (integers)}. Read as
     * a set of two, {@code 53} was lost.
     */
    private static final Pattern INTERVAL = Pattern.compile("(?:∈|\\bin)\\s*\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*]"
            + "|\\[\\s*(\\d+)\\s*,\\s*(\\d+)\\s*]\\s*\\(?\\s*(?i:integers|whole\\s+numbers)\\b\\)?");
    /**
     * Three whole numbers or more parted by slashes, rising, where a set is asked: {@code 51/52/53}, as "or" is written
     * in a hurry. Not rising ({@code 156/3/1}), they are a division.
     */
    private static final Pattern SET_SLASHED = Pattern.compile("(?<![\\w.,^/])\\d+(?:/\\d+){2,}(?![\\w^/]|\\.\\d)");
    /**
     * Whole numbers given as a range where a set of them is asked: {@code 52 ≤ n ≤ 54},
     * {@code 52 <= n < 55}, {@code 52-54}, {@code 52 to 54}. A lower bound above the upper one is
     * no range ({@code 64 - 3} is working).
     */
    private static final Pattern RANGE = Pattern.compile("(?<![\\w.,^])(\\d+)\\s*(?:(<=|≤|⩽|<)\\s*[A-Za-z]\\w*\\s*(<=|≤|⩽|<)"
            + "|(?:-|–|—|\\.\\.|to))\\s*(\\d+)(?![\\w^]|\\.\\d)");
    /** The most whole numbers a range may stand for: a wider one is not a list of answers. */
    private static final int MAX_RANGE = 50;
    /**
     * A whole number written as a power where a whole number is asked ({@code 512*128 = 2^16},
     * {@code 2^{16}}): its value, 65536. Not a power of ten after a mantissa, which {@link #NUM} reads.
     */
    private static final Pattern POWER = Pattern.compile("(?<![\\w.^×x*·]\\s?)(\\d{1,3})\\s*\\^\\s*\\(?(\\d{1,2})\\)?(?![\\w.^])");
    /**
     * Words saying zero read as one 0: the first such word is the value, and more of them in the
     * same piece ({@code none — the score adds zero extra parameters}) only say it again. Where
     * digits are written too ({@code No extra parameters are needed, answer 0}) "none" and "no
     * extra" only explain them.
     */
    /**
     * "zero" as a value; not after an article or a preposition that makes it a thing's name or a starting point
     * ({@code accumulate into a zero register}, {@code with zero padding}, {@code starting from zero}): read as 0 there,
     * it outranked the count written after it.
     */
    private static final String ZERO = "(?i)(?<!\\b(?:a|an|the|from|with|into)\\s{1,3})\\bzero\\b";

    private static String zeroInWords(String text, AnswerKind kind) {
        boolean countInWords = (kind == AnswerKind.INTEGER || kind == AnswerKind.REAL) && !text.matches("(?s).*\\d.*");
        Matcher m = Pattern.compile(countInWords ? ZERO + "|" + NONE : ZERO).matcher(text);
        StringBuilder out = new StringBuilder();
        boolean first = true;
        while (m.find()) {
            m.appendReplacement(out, (first ? "0" : " ") + " ".repeat(m.group().length() - 1));
            first = false;
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * Words that say a count is zero where a number is asked: {@code **none** — the dot product
     * adds no extra parameters}, {@code no additional weights}.
     */
    private static final String NONE = "(?i)\\bnone\\b|\\bno(?=\\s+(?:extra|additional|new|more|trainable)\\b)";
    /**
     * A power of ten after a mantissa written with the dot operator, Python's power or a plus sign, {@code 2.5088 ⋅ 10⁶},
     * {@code 2.5088 x 10**6}, {@code 2.5088×10⁺⁶}: read as the {@code ·} and {@code ^} {@link #NUM} knows. Unread, the
     * answer was found to hold no value.
     */
    private static final String DOT_OPERATOR_BEFORE_TEN = "(?<=\\d)\\s*⋅\\s*(?=10\\s*(?:\\^|\\*\\*))";
    private static final String POWER_SPELLED_OTHERWISE = "(?<=\\d\\s?[x×*·]\\s?10)\\s*\\*\\*\\s*\\+?(?=-?\\d)|(?<=10\\^)\\+(?=\\d)";
    private static final Pattern OPERATOR = Pattern.compile("[-+×*/·⊙^<>≤≥≠√]|\\d");
    private static final Pattern WORD_AFTER = Pattern.compile("^\\s*([A-Za-z%]+)");
    /** Units that say a number is a size or a time, not a count. */
    private static final Set<String> UNITS = Set.of("b", "kb", "mb", "gb", "tb", "kib", "mib", "gib", "byte", "bytes",
            "bit", "bits", "%", "s", "ms", "sec", "secs", "seconds", "mins", "hours", "mbs", "gbs");

    private ValueReader() {}

    /**
     * A value, a comma and words that explain it ({@code = 9, a 3 by 3 score matrix W_a}), or a
     * value and a reason ({@code 3 x 2 since x_t has 2 entries}): the value is the statement, the
     * numbers in the explanation are not another answer. "As well" gives no reason: in {@code about
     * 2.5 million as well (2,507,200)} what follows is the value again, not an explanation of it.
     */
    private static final Pattern APPOSITION = Pattern.compile(
            "^([^,;]*\\d[^,;]*?)(?:\\s*[,;]\\s+(?=[A-Za-z]{1,}\\b)|\\s+(?=(?i:since|because|as(?!\\s+well\\b)|where)\\s))");

    /**
     * A value with a comma inside its brackets, then a reason ({@code W_f is (3, 5)   because it acts on h_(t-1) (3)
     * and x_t (2)}): as {@link #APPOSITION}'s reason, which stops at the first comma. Not a comma and words after such a
     * value: {@code Input (78, 84), kernel (5, 5)} lists the question's data.
     */
    private static final Pattern BRACKETED_VALUE_THEN_REASON = Pattern.compile(
            "^((?:[^,;(]|\\([^()]*\\))*?\\([^()]*\\d[^()]*\\)(?:[^,;(]|\\([^()]*\\))*?)\\s+(?=(?i:since|because|as(?!\\s+well\\b)|where)\\s)");

    /**
     * The one value {@code part} states, if it states exactly one and is not arithmetic; else the one
     * value marked in it; or, where a single number is asked, the value before an explanation set off by a comma.
     */
    static Optional<Reading> pureValue(String part, AnswerKind kind) {
        Optional<Reading> whole = wholeValue(part, kind);
        if (whole.isPresent()) return whole;
        Optional<Reading> marked = markedValue(part, kind);
        if (marked.isPresent()) return marked;
        Optional<Reading> restated = restatedAfterWorking(part, kind);
        if (restated.isEmpty()) restated = beforeRemark(part, kind);
        if (restated.isPresent() || kind == AnswerKind.SET || kind == AnswerKind.VECTOR) return restated;
        Matcher apposition = APPOSITION.matcher(part);
        if (apposition.find()) return wholeValue(apposition.group(1), kind);
        Matcher reason = BRACKETED_VALUE_THEN_REASON.matcher(part);
        return reason.find() ? wholeValue(reason.group(1), kind) : whole;
    }

    /**
     * A clause closing the piece, after a comma, that states one value in the form asked
     * ({@code = 30, output 31 x 30}, {@code = 199, which gives 199 × 199 × 3}): the per-dimension
     * working ends before it, and the shape, vector or set the clause states is the result. A lone
     * number in such a clause is not taken: it may be a side note.
     */
    private static Optional<Reading> restatedAfterWorking(String part, AnswerKind kind) {
        if (kind != AnswerKind.SHAPE && kind != AnswerKind.VECTOR && kind != AnswerKind.SET) return Optional.empty();
        Matcher clause = CLOSING_CLAUSE.matcher(part);
        if (!clause.find()) return Optional.empty();
        return wholeValue(clause.group(1), kind).filter(r -> !r.lone());
    }

    /**
     * The shape, vector or set stated before a remark in brackets that closes the piece and starts with a word
     * ({@code input sizes {52, 53, 54}  (floor makes 3 values work)}): the remark explains the value, as a clause
     * after "since" does, and a count in it is no answer. A remark that may give another answer ({@code (or 55)},
     * {@code (maybe 55 too)}) is not passed over, nor a lone number before it.
     */
    private static Optional<Reading> beforeRemark(String part, AnswerKind kind) {
        if (kind != AnswerKind.SHAPE && kind != AnswerKind.VECTOR && kind != AnswerKind.SET) return Optional.empty();
        Matcher remark = CLOSING_REMARK.matcher(part);
        if (!remark.matches()) return Optional.empty();
        return wholeValue(remark.group(1), kind).filter(r -> !r.lone());
    }

    private static final Pattern CLOSING_REMARK = Pattern.compile(
            "(.*\\d.*?)\\s*\\(\\s*(?!(?i:or|maybe|perhaps|also|and|not|else|unless|if|plus|but|either|possibly)\\b)[A-Za-z]{2,}\\b[^()]*\\)\\s*\\.?\\s*");

    private static final Pattern CLOSING_CLAUSE = Pattern.compile("[,;]\\s+([A-Za-z][^,;]*)$");

    /**
     * The value the student boxed or made bold in a piece that states more than one
     * ({@code ten 1×1×3 filters, output ⟦199 × 199 × 10⟧}): the mark says which is the result.
     */
    private static Optional<Reading> markedValue(String part, AnswerKind kind) {
        Matcher m = Latex.MARKED.matcher(part);
        if (!m.find()) return Optional.empty();
        String inside = m.group(1);
        if (m.find()) return Optional.empty();
        return wholeValue(Latex.MARK_OPEN + inside + Latex.MARK_CLOSE, kind);
    }

    private static Optional<Reading> wholeValue(String part, AnswerKind kind) {
        boolean marked = part.indexOf(Latex.MARK_OPEN) >= 0;
        String text = zeroInWords(part.replace(Latex.MARK_OPEN, ' ').replace(Latex.MARK_CLOSE, ' '), kind)
                .replaceAll("(?<=[A-Za-z])-(?=[A-Za-z])", " ")
                .replaceAll("(?:\\.\\.\\.|…)", "   ")

                .replaceAll("(?<=at|is)(?=\\d)", " ")
                .replaceAll(DOT_OPERATOR_BEFORE_TEN, "·")
                .replaceAll(POWER_SPELLED_OTHERWISE, "^")
                .replaceAll(PART_NAMED, " ")
                .replaceAll(kind == AnswerKind.SHAPE ? "(?i)(?<=\\d)\\s+(?:rows?|cols?|columns?)\\b(?=\\s*(?:[×xX*]|by\\b|[.,;)]|$))" : "(?!)", "")
                .replaceAll(kind == AnswerKind.SHAPE ? HEIGHT_AND_WIDTH : "(?!)", "$1 x $2")
                .replaceAll(kind == AnswerKind.SHAPE ? "(?<=\\d)\\s*\\((?:[HW]|(?i:height|width))\\)" : "(?!)", "")
                .replaceAll("(?<=\\d)\\s*[0O]r\\s*(?=\\d)", " or ")
                .replaceAll("(?<=\\d)\\.(?=(?:or|and|by|x)\\b|[x×]\\s*\\d)", " ")
                .replaceAll("\\s[-–—](?=\\s+[A-Za-z]{2,}\\s+[A-Za-z])", "  ");
        List<int[]> spans = new ArrayList<>();
        List<Value> values = new ArrayList<>();
        List<Boolean> lone = new ArrayList<>();
        String masked = text;
        for (Pattern structured : structuredFor(kind)) {
            Matcher m = structured.matcher(masked);
            while (m.find()) {
                Value v = structuredValue(kind, m.group());
                if (v == null) continue;
                spans.add(new int[] {m.start(), m.end()});
                values.add(v);
                lone.add(false);
                masked = blank(masked, m.start(), m.end());
                m = structured.matcher(masked);
            }
        }
        Matcher power = POWER.matcher(masked);
        if (kind == AnswerKind.INTEGER && power.find()) {
            double v = Math.pow(Double.parseDouble(power.group(1)), Double.parseDouble(power.group(2)));
            if (v < 1e15) {
                spans.add(new int[] {power.start(), power.end()});
                values.add(new Value.Scalar(v));
                lone.add(false);
                masked = blank(masked, power.start(), power.end());
            }
        }
        Matcher m = SCALAR.matcher(masked);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
            values.add(new Value.Scalar(parseScalar(m.group())));
            lone.add(kind == AnswerKind.VECTOR || kind == AnswerKind.SHAPE || kind == AnswerKind.SET);
        }
        if (values.size() != 1) return Optional.empty();
        int[] span = spans.get(0);
        String outside = blank(text, span[0], span[1]);
        if (OPERATOR.matcher(outside).find()) return Optional.empty();
        if (values.get(0) instanceof Value.Scalar && isFunctionArgument(text, span[0])) return Optional.empty();
        if (hasForeignUnit(text.substring(span[1]), kind)) return Optional.empty();
        return Optional.of(new Reading(values.get(0), text.substring(span[0], span[1]).strip(), marked, lone.get(0)));
    }

    /**
     * A number naming a part of the paper, {@code **Derivation for item 2.**}, {@code see question 3}, or an item the
     * student numbered in brackets, {@code see (4)}, {@code the layer in (4)}: a label the student refers to, never a
     * value, though a heading's bold made it look marked as one.
     */
    private static final String PART_NAMED = "(?i)(?<=\\b(?:item|question|task|exercise|problem|part)\\s{1,3})\\d+(?:\\.\\d+)*(?![\\d.,]?\\d)"
            + "|(?<=\\b(?:see|cf\\.?|in|from)\\s{1,3}\\()\\d{1,2}(?=\\))";

    /** Numbers in a piece of working, for the arithmetic check: the value of an expression such as {@code 5 × 5 × 100352}. */
    static Optional<Double> evaluate(String part) {
        String text = part.replace(Latex.MARK_OPEN, ' ').replace(Latex.MARK_CLOSE, ' ').strip();
        if (!text.matches(".*\\d.*") || !text.matches("[\\d\\s.,()\\[\\]+\\-×*/·^x]*|.*int\\(.*")) return Optional.empty();
        return Arithmetic.evaluate(text);
    }

    static double parseScalar(String raw) {
        String s = withoutDotThousands(raw).replace(",", "").replaceAll("[\\s\\u2009\\u202f]+", "");
        Scales.Scaled scaled = Scales.split(s);
        if (scaled != null) return parseScalar(scaled.mantissa()) * scaled.factor();
        Matcher sci = Pattern.compile("(.+?)[x×*·]10\\^\\(?(-?\\d+)\\)?").matcher(s);
        if (sci.matches()) return Double.parseDouble(sci.group(1)) * Math.pow(10, Integer.parseInt(sci.group(2)));
        return Double.parseDouble(s);
    }

    private static List<Pattern> structuredFor(AnswerKind kind) {
        return switch (kind) {
            case VECTOR -> List.of(VECTOR, VECTOR_UNBRACKETED);
            case SHAPE -> List.of(SHAPE, TUPLE);
            case SET -> List.of(INTERVAL, RANGE, SET_BRACED, SET_SLASHED, SET_LIST);
            default -> List.of();
        };
    }

    private static boolean rising(List<String> numbers) {
        for (int i = 1; i < numbers.size(); i++) {
            if (Double.parseDouble(numbers.get(i)) <= Double.parseDouble(numbers.get(i - 1))) return false;
        }
        return true;
    }

    private static Value structuredValue(AnswerKind kind, String raw) {
        Matcher range = RANGE.matcher(raw);
        if (kind == AnswerKind.SET && range.matches()) return range(range);
        Matcher interval = INTERVAL.matcher(raw);
        if (kind == AnswerKind.SET && interval.matches()) {
            int g = interval.group(1) != null ? 1 : 3;
            return wholeNumbersFrom(Long.parseLong(interval.group(g)), Long.parseLong(interval.group(g + 1)));
        }
        List<String> numbers = new ArrayList<>();
        Matcher m = Pattern.compile(PLAIN).matcher(raw.replaceAll("(?i)\\b(?:or|and|by)\\b|(?<=\\d)by(?=\\d)", " "));
        while (m.find()) numbers.add(m.group());
        if (numbers.size() < 2) return null;
        if (kind == AnswerKind.SET && SET_SLASHED.matcher(raw).matches() && !rising(numbers)) return null;
        return switch (kind) {
            case VECTOR -> new Value.Vector(numbers.stream().map(Double::parseDouble).toList());
            case SET -> new Value.NumberSet(numbers.stream().map(Double::parseDouble).toList());
            case SHAPE -> shape(raw);
            default -> null;
        };
    }

    /** The whole numbers a range stands for, its strict bounds ({@code <}) left out; null when it is none. */
    private static Value range(Matcher range) {
        long low = Long.parseLong(range.group(1)) + ("<".equals(range.group(2)) ? 1 : 0);
        long high = Long.parseLong(range.group(4)) - ("<".equals(range.group(3)) ? 1 : 0);
        return wholeNumbersFrom(low, high);
    }

    /** The whole numbers from {@code low} to {@code high}; null when there are none or too many to be a set asked for. */
    private static Value wholeNumbersFrom(long low, long high) {
        if (low > high || high - low >= MAX_RANGE) return null;
        List<Double> members = new ArrayList<>();
        for (long n = low; n <= high; n++) members.add((double) n);
        return new Value.NumberSet(members);
    }

    private static Value shape(String raw) {
        List<Long> dims = Arrays.stream(raw.replaceAll("[()\\[\\]]", " ").split("(?i)\\s*(?:[×x*,]|" + BY + ")\\s*"))
                .map(String::strip).filter(s -> !s.isEmpty()).map(Long::parseLong).toList();
        return dims.size() < 2 ? null : new Value.Shape(dims);
    }

    /**
     * Whether the number at {@code start} is the argument of a function ({@code tanh(0.7)},
     * {@code f (2)}, {@code exp (1)}). A word set apart from a bracketed number is no function
     * unless it names one: {@code no parameters are required (0)} states 0.
     */
    private static boolean isFunctionArgument(String text, int start) {
        int i = start - 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        if (i < 0 || text.charAt(i) != '(') return false;
        i--;
        int nameEnd = i + 1;
        while (i >= 0 && text.charAt(i) == ' ') i--;
        if (i < 0 || !Character.isLetter(text.charAt(i))) return false;
        if (i + 1 == nameEnd) return true;
        int nameStart = i;
        while (nameStart > 0 && Character.isLetter(text.charAt(nameStart - 1))) nameStart--;
        String name = text.substring(nameStart, i + 1);
        return name.length() == 1 || FUNCTION_NAMES.contains(name.toLowerCase(Locale.ROOT));
    }

    private static final Set<String> FUNCTION_NAMES = Set.of("tanh", "exp", "log", "ln", "sqrt", "sigma", "sigmoid",
            "softmax", "relu", "max", "min", "floor", "ceil", "round", "int", "abs", "sin", "cos", "sech");

    private static boolean hasForeignUnit(String after, AnswerKind kind) {
        if (kind == AnswerKind.REAL) return false;
        Matcher m = WORD_AFTER.matcher(after);
        return m.find() && UNITS.contains(m.group(1).toLowerCase(Locale.ROOT));
    }

    private static String blank(String s, int from, int to) {
        return s.substring(0, from) + " ".repeat(to - from) + s.substring(to);
    }
}
