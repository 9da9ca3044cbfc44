package examgrader.extract;

import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an answer written with LaTeX markup (transcriptions, typed scripts) into plain text that
 * value patterns can read: {@code \times} becomes ×, matrices become {@code [a, b, c]},
 * {@code \frac{a}{b}} becomes {@code (a)/(b)}, the braced comma of {@code 100{,}352} (LaTeX's
 * thousands separator, braced so that no space follows it) becomes a plain one and that of a decimal comma
 * ({@code 0{,}7}) a point, aligned rows become
 * lines, subscripts (names, never values) are dropped, and what is underlined twice, boxed or (in
 * Markdown) made bold is wrapped in ⟦ ⟧ because students mark their final answer that way.
 * Crossed-out text ({@code ~~...~~}, {@code <del>...</del>}, org-mode's {@code +...+}) is removed.
 */
final class Latex {
    static final char MARK_OPEN = '⟦';
    static final char MARK_CLOSE = '⟧';
    /** Text a student marked as the answer, as {@link #markAnswers} writes it: the group is what is inside. */
    static final Pattern MARKED = Pattern.compile(MARK_OPEN + "([^" + MARK_CLOSE + "]*)" + MARK_CLOSE);

    /**
     * Crossed-out text: Markdown's {@code ~~72~~}, HTML's {@code <del>72</del>} ({@code <s>}, {@code <strike>}) and
     * org-mode's {@code +3,108,030+}, a plus at each end touching what it encloses and set apart from what is around it
     * ({@code 4 + 3}, {@code = +5} and {@code 1+2+3} are arithmetic).
     */
    private static final Pattern STRIKE = Pattern.compile(
            "~~.*?~~|(?i)<(del|s|strike)>.*?</\\1>|(?<!\\S)\\+(?=[^\\s+])[^+=\\n]*?(?<=[^\\s+])\\+(?!\\S)");
    /**
     * Markdown bold, {@code = **2508800**} or {@code __3 × 1__}: the typed form of a box around the
     * answer. Neither end touches a letter or digit, so {@code 2**10} and {@code x**2 + y**2} stay powers.
     */
    private static final Pattern BOLD = Pattern.compile("(?<![\\w*\\\\])(\\*\\*|__)(?=[^\\s*_])(.+?)(?<=[^\\s*_\\\\])\\1(?![\\w*])");
    /**
     * Markdown italics with one star, {@code = *72*}: read as the text inside. A star touching a
     * letter, digit or bracket on its outer side, or with a space on its inner side, is a
     * multiplication sign ({@code 5*5*64}, {@code (a+b)*c}, {@code 5 * 5}), not emphasis. Stars
     * around a number alone are emphasis only where they end the line: inside working they are
     * multiplications whose spaces OCR lost ({@code 1 *.1* 512} for {@code 1 * 1 * 512}).
     */
    private static final Pattern ITALIC = Pattern.compile("(?<![\\w*)\\]\\\\])\\*(?=[^\\s*])(?=[^*\n]*[A-Za-z]|[^*\n]*\\*\\s*[.,;]?\\s*$)"
            + "([^*\n]+?)(?<=[^\\s*])\\*(?![\\w*(\\[])", Pattern.MULTILINE);
    private static final Pattern MATRIX = Pattern.compile(
            "\\\\begin\\{[bpvBV]?matrix}(.*?)\\\\end\\{[bpvBV]?matrix}", Pattern.DOTALL);
    private static final Pattern TRANSPOSE = Pattern.compile("\\^\\s*(?:\\{\\s*(?:T|\\\\top|\\\\intercal)\\s*}|T\\b|\\\\top\\b|⊤)");
    /** {@code \mathbb{R}^{3 \times 5}}: the shape is the exponent. */
    private static final Pattern REAL_SPACE = Pattern.compile("(?:\\\\mathbb\\{R}|ℝ|\\bR)\\s*\\^\\s*\\{([^{}]*)}");
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    private static final Pattern ENVIRONMENT = Pattern.compile("\\\\(?:begin|end)\\{[a-zA-Z*]+}");
    /**
     * Subscripts with digits, a name's and never a value: {@code _{t-1}}, {@code _2}, and on a scan
     * {@code C {t-1}} whose underscore OCR lost (see {@code ocr.Subscripts}).
     */
    private static final Pattern SUBSCRIPT = Pattern.compile("_(?:\\{[^{}]*\\d[^{}]*}|\\d+)|(?<=[A-Za-z]\\s?)\\{[A-Za-z][-+]\\d{1,2}}");
    private static final Pattern COMMAND = Pattern.compile("\\\\([A-Za-z]+)");
    private static final Map<String, String> SYMBOLS = Map.ofEntries(
            Map.entry("times", " × "), Map.entry("cdot", " · "), Map.entry("odot", " ⊙ "), Map.entry("circ", " ⊙ "),
            Map.entry("therefore", " ∴ "), Map.entry("because", " ∵ "), Map.entry("Rightarrow", "\n⇒ "),
            Map.entry("implies", "\n⇒ "), Map.entry("to", " ⇒ "), Map.entry("rightarrow", " ⇒ "),
            Map.entry("approx", " ≈ "), Map.entry("leq", " ≤ "), Map.entry("le", " ≤ "),
            Map.entry("geq", " ≥ "), Map.entry("ge", " ≥ "), Map.entry("neq", " ≠ "), Map.entry("quad", " "),
            Map.entry("qquad", " "), Map.entry("left", ""), Map.entry("right", ""), Map.entry("lfloor", ""),
            Map.entry("rfloor", ""), Map.entry("lceil", ""), Map.entry("rceil", ""), Map.entry("div", " / "),
            Map.entry("ldots", "..."), Map.entry("dots", "..."), Map.entry("cdots", "..."), Map.entry("in", " in "), Map.entry("top", ""));

    /**
     * What opens and closes inline and display math: {@code $}, and the {@code \( … \)} and
     * {@code \[ … \]} that Mathpix writes ({@code 3) \( \sigma'(z)=\frac{1}{2} \)}). Layout, not
     * part of a formula or value; a LaTeX line break before a bracket ({@code \\[2pt]}) is not one.
     */
    private static final Pattern MATH_DELIMITER = Pattern.compile("\\$|(?<!\\\\)\\\\[()\\[\\]]");

    private Latex() {}

    /** {@code text} with its math delimiters ({@link #MATH_DELIMITER}) turned into spaces. */
    static String withoutMathDelimiters(String text) {
        return MATH_DELIMITER.matcher(text).replaceAll(" ");
    }

    /**
     * Digits grouped in threes by underscores, as Python and code write them ({@code 2_508_800}): one
     * number. Read as LaTeX, the underscore made the first group a base with a subscript ({@code 2}).
     * A subscript's own digits ({@code x_1}, {@code W_100}) follow a letter and are left alone.
     */
    private static final Pattern UNDERSCORE_GROUPS = Pattern.compile("(?<![\\w.])\\d{1,3}(?:_\\d{3})+(?!\\w)");

    /**
     * The braced comma of a decimal comma, {@code 0{,}7} and {@code 0{,}6044} as German and other styles write
     * 0.7 and 0.6044: after a lone 0, or before a run of digits other than three, it cannot group thousands
     * ({@code 100{,}352} stays a thousands separator).
     */
    private static final Pattern DECIMAL_BRACED_COMMA = Pattern.compile(
            "(?<=^0|[^\\d}.]0)\\{,}(?=\\d)|(?<=\\d)\\{,}(?=\\d{1,2}(?!\\d)|\\d{4})");

    /**
     * A bracketed list whose entries a semicolon parts ({@code (0,7; 0,2; 0,05)}, {@code (0,6044; 0; 0)}): where the
     * semicolon separates the entries, a comma between digits inside them cannot be one more separator. Group 0 is the list.
     */
    private static final Pattern SEMICOLON_LIST = Pattern.compile(
            "[(\\[{]\\s*-?\\d+(?:,\\d+)?(?:\\s*;\\s*-?\\d+(?:,\\d+)?)+\\s*[)\\]}]");

    /**
     * In a {@link #SEMICOLON_LIST}, the comma of a decimal comma ({@code 0,7}, {@code 0,05}, {@code 12,5}): after a lone
     * 0, or before a run of digits other than three, as {@link #DECIMAL_BRACED_COMMA} has it. {@code (1,188; 2)} may group
     * thousands and is left as written, so no value is read from it.
     */
    private static final Pattern DECIMAL_COMMA_IN_ENTRY = Pattern.compile("(?<=(?<![\\d,])0),(?=\\d)|(?<=\\d),(?=\\d{1,2}(?!\\d)|\\d{4})");

    /** {@code text} with the decimal commas of each {@link #SEMICOLON_LIST} written as points. */
    private static String decimalCommasInSemicolonLists(String text) {
        return SEMICOLON_LIST.matcher(text).replaceAll(m -> Matcher.quoteReplacement(
                DECIMAL_COMMA_IN_ENTRY.matcher(m.group()).replaceAll(".")));
    }

    /**
     * Markdown footnotes ({@code 26 × 28[^3]}, and below the answers {@code [^3]: ⌊(78 + 4 − 5)/3⌋ + 1 = 26 ...}):
     * a reference glued to a value is no part of it, and a footnote's own line is working or a remark kept apart from
     * the answers, never an answer.
     */
    private static final Pattern FOOTNOTE_LINE = Pattern.compile("(?m)^[ \\t]*\\[\\^[\\w-]+]:.*$");
    private static final Pattern FOOTNOTE_REFERENCE = Pattern.compile("\\[\\^[\\w-]+](?!:)");

    /**
     * A real space with a bare exponent, {@code b_f ∈ ℝ^3}: a vector of that length, read as its length (whether a bare
     * length answers a shape is the rubric's business). Only {@code ℝ} and {@code \mathbb{R}}: a plain {@code R^3} may
     * be a power.
     */
    private static final Pattern REAL_SPACE_LENGTH = Pattern.compile("(?:\\\\mathbb\\{R}|ℝ)\\s*\\^\\s*(\\d+)(?![\\d.])");

    /** Whether the text crosses something out ({@code ~~72~~ 78}). */
    static boolean crossesOut(String text) {
        return STRIKE.matcher(text).find();
    }

    static String toPlain(String text) {
        String s = FOOTNOTE_REFERENCE.matcher(FOOTNOTE_LINE.matcher(text).replaceAll("")).replaceAll("");
        s = markAnswers(STRIKE.matcher(s).replaceAll(" "));
        s = decimalCommasInSemicolonLists(s);
        s = UNDERSCORE_GROUPS.matcher(s).replaceAll(m -> m.group().replace("_", ""));
        s = DECIMAL_BRACED_COMMA.matcher(s).replaceAll(".");
        s = s.replace("{,}", ",").replace("\\{", "\u2983").replace("\\}", "\u2984").replace("\\,", " ").replace("\\;", " ").replace("\\!", "")
                .replaceAll("(?<!\\\\)\\\\ ", " ")
                .replace("\\%", "%").replace('−', '-').replace('–', '-');
        s = replaceMatrices(s);
        s = TRANSPOSE.matcher(s).replaceAll(" ");
        s = REAL_SPACE.matcher(s).replaceAll(" $1 ");
        s = REAL_SPACE_LENGTH.matcher(superscriptDigits(s)).replaceAll(" $1 ");
        s = withArguments(s, "overset", 2, a -> a[1]);
        s = withArguments(s, "underset", 2, a -> a[1]);
        s = withArguments(s, "frac", 2, a -> "(" + a[0] + ")/(" + a[1] + ")");
        s = withArguments(s, "dfrac", 2, a -> "(" + a[0] + ")/(" + a[1] + ")");
        s = withArguments(s, "sqrt", 1, a -> "sqrt(" + a[0] + ")");
        for (String keep : new String[] {"text", "mathrm", "textbf", "mathbf", "operatorname", "textit", "mathit"}) {
            s = withArguments(s, keep, 1, a -> a[0]);
        }
        s = ENVIRONMENT.matcher(s).replaceAll(" ");
        s = s.replace("\\\\", "\n").replace("&", " ");
        s = SUBSCRIPT.matcher(s).replaceAll("");
        s = replaceCommands(s);
        s = withoutMathDelimiters(s).replace("∴", " ∴ ").replace("=>", "⇒").replace("->", "⇒").replace("→", "⇒")
                .replace("⟹", "⇒");
        s = s.replaceAll("\\^\\{([^{}]*)}", "^($1)");
        s = s.replace('\u2983', '{').replace('\u2984', '}');
        return s.replaceAll("[ \\t]+", " ").replaceAll(" *\n *", "\n").strip();
    }

    /**
     * {@code text} with only the student's marks of a final answer turned into ⟦ ⟧ (a box, a
     * double underline, Markdown bold) and Markdown italics unwrapped; all other markup is kept,
     * so a formula answer ({@code = \boxed{\sigma(z)(1-\sigma(z))}}) can be read as written.
     */
    static String markAnswers(String text) {
        String s = markdownEmphasis(text);
        s = withArguments(s, "boxed", 1, a -> MARK_OPEN + a[0] + MARK_CLOSE);
        s = withArguments(s, "underline", 1, a -> MARK_OPEN + a[0] + MARK_CLOSE);
        return s.replace(String.valueOf(MARK_OPEN) + MARK_OPEN, String.valueOf(MARK_OPEN))
                .replace(String.valueOf(MARK_CLOSE) + MARK_CLOSE, String.valueOf(MARK_CLOSE));
    }

    /**
     * Bold around something with a digit marks it as the answer ({@code **4**}, {@code **[0.6044, 0, 0]**});
     * bold words alone ({@code **Roll No.**}, {@code **Answer:**}) are a heading's emphasis and only lose their stars,
     * as italics do.
     */
    private static String markdownEmphasis(String s) {
        Matcher bold = BOLD.matcher(s);
        StringBuilder out = new StringBuilder();
        while (bold.find()) {
            String inside = bold.group(2);
            String replacement = inside.matches("(?s).*\\d.*") ? MARK_OPEN + inside + MARK_CLOSE : inside;
            bold.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        bold.appendTail(out);
        return ITALIC.matcher(out.toString()).replaceAll("$1");
    }

    /**
     * A mark opened on one side of an "=" and closed on another ({@code ⟦C_t = [0.7, 0.2, 0.05]⟧},
     * the box around a whole equation) marks each side it spans, so the value on the right is
     * marked as its own part; a mark left with nothing in it ({@code ⟦Answer: ⟧ 4}) marks nothing.
     */
    static String closeMarks(String side) {
        String s = side;
        int open = s.indexOf(MARK_OPEN);
        int close = s.indexOf(MARK_CLOSE);
        if (close >= 0 && (open < 0 || close < open)) s = MARK_OPEN + s;
        if (s.lastIndexOf(MARK_OPEN) > s.lastIndexOf(MARK_CLOSE)) s = s + MARK_CLOSE;
        return s.replaceAll(MARK_OPEN + "\\s*" + MARK_CLOSE, " ").strip();
    }

    private static String superscriptDigits(String s) {
        StringBuilder out = new StringBuilder();
        boolean inExponent = false;
        for (char c : s.toCharArray()) {
            int digit = SUPERSCRIPTS.indexOf(c);
            boolean minus = c == '⁻';
            boolean plus = c == '⁺';
            if (digit >= 0 || minus || plus) {
                if (!inExponent) out.append('^');
                if (!plus) out.append(minus ? '-' : (char) ('0' + digit));
                inExponent = true;
            } else {
                out.append(c);
                inExponent = false;
            }
        }
        return out.toString();
    }

    private static String replaceMatrices(String s) {
        Matcher m = MATRIX.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String body = m.group(1).strip().replaceAll("\\s*(?:\\\\\\\\|&)\\s*", ", ");
            m.appendReplacement(out, Matcher.quoteReplacement("[" + body + "]"));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static String replaceCommands(String s) {
        Matcher m = COMMAND.matcher(s);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String name = m.group(1);
            m.appendReplacement(out, Matcher.quoteReplacement(SYMBOLS.getOrDefault(name, " " + name)));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Replaces {@code \name{a}{b}} (braces matched, nesting allowed) by what {@code rewrite} makes of the arguments. */
    static String withArguments(String s, String name, int arity, Function<String[], String> rewrite) {
        String command = "\\" + name;
        int at = indexOfCommand(s, command, 0);
        while (at >= 0) {
            int pos = at + command.length();
            String[] args = new String[arity];
            boolean ok = true;
            for (int i = 0; i < arity && ok; i++) {
                while (pos < s.length() && s.charAt(pos) == ' ') pos++;
                if (pos >= s.length() || s.charAt(pos) != '{') {
                    ok = false;
                    break;
                }
                int close = matchingBrace(s, pos);
                if (close < 0) {
                    ok = false;
                    break;
                }
                args[i] = s.substring(pos + 1, close);
                pos = close + 1;
            }
            if (!ok) {
                at = indexOfCommand(s, command, at + command.length());
                continue;
            }
            String replacement = rewrite.apply(args);
            s = s.substring(0, at) + replacement + s.substring(pos);
            at = indexOfCommand(s, command, at);
        }
        return s;
    }

    private static int indexOfCommand(String s, String command, int from) {
        int at = s.indexOf(command, from);
        while (at >= 0) {
            int end = at + command.length();
            if (end >= s.length() || !Character.isLetter(s.charAt(end))) return at;
            at = s.indexOf(command, at + 1);
        }
        return -1;
    }

    private static int matchingBrace(String s, int open) {
        int depth = 0;
        for (int i = open; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '{' && (i == 0 || s.charAt(i - 1) != '\\')) depth++;
            else if (c == '}' && (i == 0 || s.charAt(i - 1) != '\\')) {
                depth--;
                if (depth == 0) return i;
            }
        }
        return -1;
    }
}
