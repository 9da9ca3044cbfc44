package examgrader.samples;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A script as an OCR service such as Mathpix types it up from a photo: Markdown with the maths in
 * LaTeX. Lines that are all maths become display maths ({@code $$(b)(i) C_t = ...$$}, the label
 * inside, as Mathpix does); in a sentence only the maths at its end goes into {@code $...$}.
 * Decimal vectors become column {@code bmatrix}es, products {@code \times}, floors {@code \lfloor},
 * {@code ∴} {@code \therefore}, and some final numbers are doubly underlined. Every rewrite keeps
 * the value written, so the expected marks of the script do not change.
 */
final class Transcript {
    /** Letter runs that are maths, not words, when they stand before a bracket or alone. */
    private static final Set<String> MATH_NAMES = Set.of("tanh", "floor", "sigma", "exp", "dot", "softmax", "sum",
            "max", "argmax", "out", "in", "dz", "dh", "dc", "dL", "df", "do", "di", "du", "ln", "log");
    private static final Pattern WORD = Pattern.compile("(?<![\\\\_^A-Za-z{])(?![ivx]+\\b)[A-Za-z]{2,}(?![_^A-Za-z(])");
    /** Label tokens right after a word ({@code Task 2: 1)}) stay in the text, outside the maths. */
    private static final Pattern LEADING_LABEL = Pattern.compile(
            "[\\s,:)]*(?:(?:\\d+[.:)](?!\\d)|\\(\\d+\\)|\\(?[a-z]{1,4}[.)]|[\u2460-\u2473])[\\s,:)]*)*");
    private static final Pattern DECIMAL_VECTOR = Pattern.compile(
            "[\\[(]\\s*((?:[-\\d.]+|tanh\\([\\d.]+\\))(?:\\s*,\\s*(?:[-\\d.]+|tanh\\([\\d.]+\\))){2,})\\s*[\\])]");
    private static final Pattern FLOOR = Pattern.compile("floor\\(\\(([^()]*)\\)/(\\d+)\\)");
    private static final Pattern OVER_BRACKET = Pattern.compile("(?<![\\w}])([\\w^{}.-]+)/\\(([^()]*)\\)(\\^2)?");
    private static final Pattern LAST_NUMBER = Pattern.compile("= (\\d[\\d,]*(?:\\.\\d+)?)$");
    private static final Pattern LABEL_ONLY = Pattern.compile("(?:Task|TASK|Part|Answer|Ans|Q\\.?)?\\s*\\d+[.:)]?");

    private Transcript() {}

    static List<String> markdown(ScriptContent content, Random rng) {
        List<String> out = new ArrayList<>();
        List<String> header = content.header();
        out.add("# " + header.get(0));
        out.add("");
        for (String line : header.subList(1, header.size())) {
            out.add(line);
            out.add("");
        }
        boolean underline = rng.nextBoolean();
        for (List<String> block : content.blocks()) {
            for (String line : joinColumnVectors(block)) {
                out.add(paragraph(line.strip(), underline, rng));
                out.add("");
            }
        }
        return out;
    }

    /** A column vector written over three lines ({@code [0.7]} / {@code C_t = [0.2]} / {@code [0.05]}) as one line. */
    static List<String> joinColumnVectors(List<String> block) {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < block.size(); i++) {
            if (i + 2 < block.size() && isLoneEntry(block.get(i)) && isLoneEntry(block.get(i + 2))
                    && block.get(i + 1).matches(".*\\[[-\\d.]+]\\s*$")) {
                String middle = block.get(i + 1).stripTrailing();
                int open = middle.lastIndexOf('[');
                out.add(middle.substring(0, open) + "[" + entry(block.get(i)) + ", "
                        + middle.substring(open + 1, middle.length() - 1) + ", " + entry(block.get(i + 2)) + "]");
                i += 2;
            } else {
                out.add(block.get(i));
            }
        }
        return out;
    }

    private static boolean isLoneEntry(String line) {
        return line.strip().matches("\\[[-\\d.]+]");
    }

    private static String entry(String line) {
        String s = line.strip();
        return s.substring(1, s.length() - 1);
    }

    static String paragraph(String line, boolean underline, Random rng) {
        if (LABEL_ONLY.matcher(line).matches() && !line.matches("\\d+")) {
            return "## " + line;
        }
        if (line.contains(" by ")) {
            return textOnly(line);
        }
        int mathFrom = mathSuffixStart(line);
        String text = line.substring(0, mathFrom).stripTrailing();
        String maths = line.substring(mathFrom).strip();
        if (maths.isEmpty() || !looksLikeMaths(maths)) {
            return textOnly(line);
        }
        String latex = latex(maths);
        if (underline) {
            latex = underlineLastNumber(latex);
        }
        if (text.isEmpty()) {
            return rng.nextBoolean() ? "$$" + latex + "$$" : "$" + latex + "$";
        }
        return textOnly(text) + " $" + latex + "$";
    }

    /** Where the trailing run of the line without any word starts (the whole line if it has no words). */
    static int mathSuffixStart(String line) {
        Matcher words = WORD.matcher(line);
        int from = 0;
        while (words.find()) {
            if (!MATH_NAMES.contains(words.group())) {
                from = words.end();
            }
        }
        if (from > 0) {
            Matcher label = LEADING_LABEL.matcher(line).region(from, line.length());
            if (label.lookingAt()) {
                from = label.end();
            }
        }
        return from;
    }

    private static boolean looksLikeMaths(String text) {
        return text.matches(".*([=_^\u00d7*\\[{\u2299\u00b7/]|\\d\\s*x\\s*\\d).*");
    }

    private static String textOnly(String text) {
        return text.replace("\u2234", "\\therefore").replace("\u00d7", "$\\times$");
    }

    /** The LaTeX Mathpix would type for a run of maths in the generator's plain notation. */
    static String latex(String maths) {
        String s = maths.replace("\u2212", "-");
        s = s.replaceAll("(?<![_^])\\{([^{}]*)}", "\\\\{$1\\\\}");
        s = FLOOR.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
                "\\left\\lfloor \\frac{" + m.group(1) + "}{" + m.group(2) + "} \\right\\rfloor"));
        s = DECIMAL_VECTOR.matcher(s).replaceAll(m -> m.group(1).contains(".")
                ? Matcher.quoteReplacement("\\begin{bmatrix} " + String.join(" \\\\ ", m.group(1).split("\\s*,\\s*"))
                        + " \\end{bmatrix}")
                : Matcher.quoteReplacement(m.group()));
        s = s.replaceAll("([Cc])~_(\\{[^}]*}|t)", "\\\\tilde{$1}_$2")
                .replaceAll("([Cc])(?:~t|_t~)", "\\\\tilde{$1}_t");
        s = s.replaceAll("\\^\\(([^()]*)\\)", "^{$1}").replaceAll("\\^(\\d+\\.\\d+)", "^{$1}")
                .replaceAll("\\^-([a-z0-9])", "^{-$1}");
        s = s.replaceAll("_([A-Za-z]{2,})", "_{$1}");
        s = s.replaceAll("(?<=\\d)\\s*[x\u00d7]\\s*(?=\\d)", " \\\\times ").replaceAll("(?<=\\d) x (?=\\()", " \\\\times ")
                .replace("\u00d7", "\\times");
        s = s.replaceAll("(?<=[\\d)])\\s*\\*\\s*(?=[\\d(])", " \\\\times ").replace(" * ", " \\cdot ");
        s = s.replace("\u00b7", " \\cdot ").replace("\u2299", "\\odot").replace(" . ", " \\cdot ");
        s = s.replace("\u03c3", "\\sigma ").replaceAll("(?<![\\\\a-z])sigma", "\\\\sigma").replace("\\sigma (", "\\sigma(")
                .replace("\\sigma '", "\\sigma'");
        s = s.replaceAll("(?<![\\\\a-z])tanh", "\\\\tanh").replace("\u2234", "\\therefore").replace("=>", "\\Rightarrow")
                .replace("<=", "\\leq").replace(" ~ ", " \\approx ").replace("||", "\\|");
        s = OVER_BRACKET.matcher(s).replaceAll(m -> Matcher.quoteReplacement(m.group(3) == null
                ? "\\frac{" + m.group(1) + "}{" + m.group(2) + "}"
                : "\\frac{" + m.group(1) + "}{(" + m.group(2) + ")^{2}}"));
        s = s.replace("d/dz ", "\\frac{d}{dz} ").replace("->", "\\rightarrow");
        return s;
    }

    private static String underlineLastNumber(String latex) {
        Matcher m = LAST_NUMBER.matcher(latex);
        if (!m.find()) {
            return latex;
        }
        return latex.substring(0, m.start(1)) + "\\underline{\\underline{" + m.group(1) + "}}";
    }
}
