package examgrader.rubric;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A formula answer as a student states it: the formula (the right-hand side of the last "=" of the
 * statement) and what the student defines on the way, as in {@code let s = σ(z). Then σ'(z) = s(1 - s)}
 * or {@code σ'(z) = s(1 - s), where s = σ(z)}. Without this, the formula of the first is {@code s(1 - s)}
 * in a symbol the question does not know, and that of the second is {@code σ(z)}, which is wrong.
 * Extraction reads it from the script and keeps the definitions with the formula ({@link #text()});
 * {@link FormulaExpression} reads that again and substitutes them.
 *
 * @param formula       the formula, definitions left out; empty when the text only defines
 * @param rightHandSide whether the formula is the right-hand side of an equation
 * @param definitions   what the text defines, in the order written
 */
public record WrittenFormula(String formula, boolean rightHandSide, List<Definition> definitions) {
    public WrittenFormula {
        definitions = List.copyOf(definitions);
    }

    /**
     * {@code s = σ(z)}: a name ({@code s}, {@code \alpha}) given a value, or a function's value
     * stated ({@code σ(z) = 1/(1+e^{-z})}), which is a claim to check rather than a substitution.
     */
    public record Definition(String name, String expression) {
        /** Whether {@link #name} is a name to substitute (one letter or a command such as {@code \alpha}). */
        public boolean isName() {
            return name.matches("[A-Za-z]|\\\\[A-Za-z]+");
        }

        @Override
        public String toString() {
            return name + " = " + expression;
        }
    }

    private static final String KEYWORD = "(?:\\\\text\\{\\s*)?\\b(?:let|where|with|for|and|set)\\b(?:\\s*})?";
    private static final String NAME = "(\\\\[A-Za-z]+|[A-Za-z]|(?:\\\\?[A-Za-z]+|σ)\\s*\\([^()=]*\\))";
    private static final String VALUE = "([^=,;\\n]+?)";
    private static final String ENDS = "(?=\\s*(?:[,;\\n]|\\.(?:\\s|$)|\\\\text\\{|\\\\quad|$|\\b(?:then|so|hence|thus|and|where|with)\\b))";
    /**
     * {@code let s = σ(z)}, {@code where s = σ(z)}, {@code \text{with } s = ...}, {@code s := σ(z)}; and, after a comma that
     * follows the answer, one letter set to a function of something, {@code σ'(z) = s(1-s), s = sigma(z)}: the student
     * names what the letter stands for, as "where" does. Read as the last "=", {@code sigma(z)} alone was the formula.
     * A letter set to a number after the comma ({@code , z = 0}) is a point, not a definition.
     */
    private static final Pattern CLAUSE = Pattern.compile(KEYWORD + "\\s+" + NAME + "\\s*(?::=|≔|=)\\s*" + VALUE + ENDS
            + "|" + NAME + "\\s*(?::=|≔)\\s*" + VALUE + ENDS
            + "|(?<==[^=]{1,200},)\\s*([A-Za-z])\\s*=\\s*([^=,;\\n(]*\\p{L}\\s*\\([^=,;\\n]*?)" + ENDS, Pattern.CASE_INSENSITIVE);
    /**
     * What closes a formula and is no part of it: punctuation, and a student's doubt about it, a lone question mark or a
     * bracketed remark ({@code σ(z)(1 − σ(z)) ?}, {@code ... (not sure)}), which left in made the formula unreadable.
     */
    private static final Pattern TRAILING = Pattern.compile(
            "(?<!\\\\)(?:[\\s,;.:]|\\s*\\?+|\\s*\\((?i:not\\s+sure|unsure|i\\s+think|\\?+)\\))+$");

    /**
     * Reads {@code text} as written: definitions out, then the right-hand side of the last "=", or of an arrow
     * after it that leads from working to its result ({@code quotient rule on 1/(1+e^{-z}) → σ(z)(1 - σ(z))}), or of a
     * "therefore" ({@code ∴}, as a table's answer column is read after its working column).
     */
    public static WrittenFormula read(String text) {
        text = withoutCheckAtAPoint(withoutReasonAfter(text));
        List<Definition> definitions = new ArrayList<>();
        StringBuilder statement = new StringBuilder();
        Matcher m = CLAUSE.matcher(text);
        int from = 0;
        while (m.find()) {
            int named = m.group(1) != null ? 1 : m.group(3) != null ? 3 : 5;
            String name = m.group(named);
            String value = m.group(named + 1);
            definitions.add(new Definition(name.replaceAll("\\s+", ""), value.strip()));
            statement.append(text, from, m.start()).append(' ');
            from = m.end();
        }
        statement.append(text.substring(from));
        String s = statement.toString();
        int eq = Math.max(Math.max(s.lastIndexOf('='), s.lastIndexOf('∴')), Math.max(s.lastIndexOf('→'), s.lastIndexOf('⇒')));
        String formula = TRAILING.matcher(eq >= 0 ? s.substring(eq + 1) : s).replaceAll("").strip();
        return new WrittenFormula(formula, eq >= 0, definitions);
    }

    /**
     * A reason given after the answer, {@code σ'(z) = σ(z)σ(-z), since σ(-z) = 1 - σ(z)}, {@code ... = σ(z)(1 - σ(z))
     * because e^{-z}/(1+e^{-z}) = 1 - σ(z)}, {@code ..., using the quotient rule}: it backs the formula and is no part
     * of it. Kept, its own "=" was the last and its right side ({@code 1 - σ(z)}) read as the answer, or its words made
     * the formula unreadable. Only after an "=" has stated the answer, so a reason leading in ({@code using the chain
     * rule, σ' = ...}) stays; and only a reason with at most its own "=" after it, so an answer stated again after the
     * reason ({@code ..., and since e^{-z}/(1+e^{-z}) = 1 - σ(z), this is σ'(z) = σ(z) - σ(z)²}) is the one read. Facts
     * the reason joins with "and", each with its own "=" ({@code , from σ' = e^{−z}/(1+e^{−z})² and 1 − σ = e^{−z}/(1+e^{−z})}),
     * are still one reason.
     */
    private static final Pattern REASON_AFTER = Pattern.compile(
            "(?i)(?<=\\S)\\s*[,;]?\\s+(?:since|because|using|via|which|by\\s+(?:the|using)|from)\\b");

    private static String withoutReasonAfter(String text) {
        Matcher reason = REASON_AFTER.matcher(text);
        int from = 0;
        while (reason.find(from)) {
            boolean answerStatedAgainAfter = java.util.Arrays.stream(text.substring(reason.end()).split("\\band\\b"))
                    .anyMatch(clause -> clause.chars().filter(c -> c == '=').count() > 1);
            if (text.substring(0, reason.start()).contains("=") && !answerStatedAgainAfter) return text.substring(0, reason.start());
            from = reason.start() + 1;
        }
        return text;
    }

    /** Where a sentence ends and another starts: a full stop before a capital, or a semicolon. */
    private static final Pattern SENTENCE_END = Pattern.compile("\\.\\s+(?=\\p{Lu})|;\\s+");
    /** A function evaluated at a number and set equal to something: {@code σ'(0) =}, {@code f(2.5) =}. */
    private static final Pattern AT_A_POINT = Pattern.compile("[\\p{L}]'*\\s*\\(\\s*[-+]?\\d+(?:\\.\\d+)?\\s*\\)\\s*=");
    /** A function of a variable set equal to something: {@code σ'(z) =}, the formula stated again. */
    private static final Pattern OF_A_VARIABLE = Pattern.compile("[\\p{L}]'*\\s*\\(\\s*\\p{L}\\s*\\)\\s*=");

    /**
     * The text without sentences after the answer that check it at a point ({@code ... = σ(z)(1 - σ(z)). Quick check
     * at z = 0: σ(0) = 0.5, so σ'(0) = 0.5 * 0.5 = 0.25.}): their last "=" gave the number 0.25 as the formula. Only
     * after an "=" has stated the answer, and only when no later sentence states a function of the variable again.
     */
    private static String withoutCheckAtAPoint(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        while (end.find()) {
            String before = text.substring(0, end.start()), after = text.substring(end.end());
            if (before.contains("=") && checksAtAPoint(after)) return before;
        }
        return text;
    }

    /**
     * Whether the text evaluates the function at a number and states it of no variable ({@code e.g. σ'(0) = 0.5 × 0.5 =
     * 0.25}): a check of a formula, or an example, on a line of its own after the formula.
     */
    public static boolean checksAtAPoint(String text) {
        return AT_A_POINT.matcher(text).find() && !OF_A_VARIABLE.matcher(text).find();
    }

    /** The same formula with {@code more} definitions after its own (each written once). */
    public WrittenFormula withDefinitions(List<Definition> more) {
        LinkedHashSet<Definition> all = new LinkedHashSet<>(definitions);
        all.addAll(more);
        return new WrittenFormula(formula, rightHandSide, new ArrayList<>(all));
    }

    /** The formula with its definitions, as {@link #read} reads it back: {@code s(1 - s), where s = σ(z)}. */
    public String text() {
        if (definitions.isEmpty()) return formula;
        return formula + ", where " + definitions.stream().map(Definition::toString).collect(Collectors.joining(" and "));
    }
}
