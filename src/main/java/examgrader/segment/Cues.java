package examgrader.segment;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a piece of text mentions a rubric's cue word. Students and rubric authors write the
 * same word in many forms ("multiplication", "multiplications", "mults"; "pointwise",
 * "Point-wise"), so matching is case-insensitive and works on word stems and abbreviations.
 * A cue with non-letters (a symbol such as {@code W_f}) is matched as written, ignoring braces,
 * dollar signs and spaces, so {@code $W_{F}$} mentions {@code W_f}.
 */
public final class Cues {
    private static final Pattern WORD = Pattern.compile("[a-z]+");
    private static final List<String> SUFFIXES = List.of("ications", "ication", "ations", "ation", "ions", "ion",
            "ers", "er", "ings", "ing", "es", "s", "e");
    /** {@code \tilde{c}}, {@code \widetilde c}: a tilde over a letter written as a LaTeX command. */
    private static final Pattern TILDE_COMMAND = Pattern.compile("\\\\(?:wide)?tilde\\s*\\{?\\s*([a-z])\\s*}?");

    /**
     * A space between a letter, digit or closing brace and a word ({@code f_t is 4}): the symbol ends there,
     * though spaces are taken out to compare symbols ({@code W_{ f }}), so it stays apart from the word after it
     * ({@code f_tis4} would name no {@code f_t}). Not after a LaTeX command that takes the letter ({@code \tilde C}).
     */
    private static final Pattern WORD_AFTER_SPACE = Pattern.compile("(?<=[\\p{L}\\p{N}}])(?<!\\\\(?:wide)?tilde|\\\\mathrm|\\\\mathbf|\\\\text)\\s+(?=\\p{L})");
    private static final String WORD_BREAK = "\u0001";

    private Cues() {}

    /** True when {@code text} mentions {@code cue} in any of its usual forms. */
    public static boolean mentions(String text, String cue) {
        String c = cue.toLowerCase(Locale.ROOT).replace("-", "").trim();
        if (c.isEmpty()) return false;
        if (!c.chars().allMatch(Character::isLetter)) return symbolIn(text, cue.trim());
        String stem = stem(c);
        Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT).replaceAll("(?<=[a-z])-(?=[a-z])", ""));
        while (m.find()) {
            String w = m.group();
            if (w.startsWith(stem) || isAbbreviation(w, c)) return true;
        }
        return false;
    }

    /** How many of the cues the text mentions. */
    public static int count(String text, List<String> cues) {
        return (int) cues.stream().filter(c -> mentions(text, c)).count();
    }

    private static boolean isAbbreviation(String word, String cue) {
        String w = word.endsWith("s") ? word.substring(0, word.length() - 1) : word;
        return w.length() >= 3 && cue.startsWith(w);
    }

    private static String stem(String cue) {
        for (String suffix : SUFFIXES) {
            if (cue.endsWith(suffix) && cue.length() - suffix.length() >= 4) {
                return cue.substring(0, cue.length() - suffix.length());
            }
        }
        return cue;
    }

    private static boolean symbolIn(String text, String cue) {
        String t = squeeze(WORD_AFTER_SPACE.matcher(text).replaceAll(WORD_BREAK));
        String c = squeeze(cue);
        int at = t.indexOf(c);
        while (at >= 0) {
            boolean startOk = at == 0 || !Character.isLetterOrDigit(t.charAt(at - 1));
            int end = at + c.length();
            boolean endOk = end >= t.length() || !Character.isLetterOrDigit(t.charAt(end));
            if (startOk && endOk) return true;
            at = t.indexOf(c, at + 1);
        }
        return false;
    }

    /**
     * The text with every occurrence of a symbol cue taken out, to see what else it names
     * ({@code C_{t-1} -> 1} without {@code C_{t-1}} no longer names {@code C_t}); a word cue leaves it as it is.
     */
    static String without(String text, String cue) {
        String c = cue.toLowerCase(Locale.ROOT).replace("-", "").trim();
        if (c.isEmpty() || c.chars().allMatch(Character::isLetter)) return text;
        return squeeze(text).replace(squeeze(cue), " ");
    }

    /** Whether symbol cue {@code longer} has the symbol {@code shorter} inside it ({@code C_{t-1}} holds {@code C_t}). */
    static boolean holds(String longer, String shorter) {
        String a = squeeze(longer), b = squeeze(shorter);
        return a.length() > b.length() && a.contains(b) && !b.chars().allMatch(Character::isLetter);
    }

    /**
     * The symbol as compared: lower case, without braces, dollar signs, spaces and font commands; a minus sign
     * as a hyphen ({@code C_{t−1}} as typed by a word processor is {@code C_{t-1}}), and a LaTeX tilde over a
     * letter as the combining tilde a word processor types ({@code \tilde{C}_t} is {@code C̃_t}). An ASCII
     * {@code C~_t} is left as written: a tilde after a letter may be an approximation or a negation.
     */
    private static String squeeze(String s) {
        String t = s.toLowerCase(Locale.ROOT).replace('\u2212', '-');
        t = TILDE_COMMAND.matcher(t).replaceAll("$1\u0303");
        return t.replaceAll("[{}$\\s]|\\\\(?:mathrm|mathbf|text)", "");
    }

    /**
     * Whether the text starts by naming a symbol cue and giving its value ({@code it=5},
     * {@code f.t: 4}, {@code o tat8}, {@code h t = ...} for the cues {@code i_t}, {@code f_t}, {@code h_t}): OCR
     * drops or changes a subscript's underscore, so base and subscript may be joined by nothing,
     * a space or a dot. The value may follow "=", ":", "->", "at" or "is", as students state it.
     */
    public static boolean namesAtStart(String text, String cue) {
        String symbol = symbolAsOcrReadsIt(cue);
        if (symbol == null) return false;
        Pattern named = Pattern.compile("\\s*" + symbol + "\\s*(?:[=:]|->|→|at(?![a-z])|is(?![a-z]))", Pattern.CASE_INSENSITIVE);
        return named.matcher(text.toLowerCase(Locale.ROOT)).lookingAt();
    }

    /**
     * A subscripted symbol cue ({@code f_t}, {@code C_{t-1}}) as a pattern of what OCR makes of it: base and subscript
     * joined by nothing, spaces, dots or underscores, the subscript's braces kept or lost, a 1 in it read as l, I or |
     * ({@code C_{t-l}}). Null for a cue that is no such symbol.
     */
    private static String symbolAsOcrReadsIt(String cue) {
        String c = cue.replaceAll("[{}$]", "");
        int underscore = c.indexOf('_');
        if (underscore <= 0 || underscore == c.length() - 1) return null;
        StringBuilder subscript = new StringBuilder();
        for (char ch : c.substring(underscore + 1).toCharArray()) {
            subscript.append(ch == '1' ? "[1lI|]" : Pattern.quote(String.valueOf(ch)));
        }
        return Pattern.quote(c.substring(0, underscore)) + "[\\s._]*\\{?" + subscript + "}?";
    }

    /**
     * Short English words a subscripted symbol read without its underscore spells ({@code i_t} as "it"): after one of
     * them, "is" or "at" is prose ({@code it is 5}), not the symbol given a value.
     */
    private static final java.util.Set<String> SYMBOLS_THAT_ARE_WORDS = java.util.Set.of(
            "it", "at", "is", "in", "on", "of", "to", "as", "be", "by", "an", "or", "if", "so", "do", "no", "up", "we", "he");

    /**
     * As {@link #namesAtStart}, for a line read by OCR from a list of symbols and values ({@code - ft: 4},
     * {@code ft —: position 4}, {@code Ct=3}): a bullet may come first and a dash before the value. The symbol must
     * be given its value by a sign, or by "is" or "at" only when, read without its subscript's underscore, it is no
     * English word: {@code it is at position 5} may be prose about anything.
     */
    public static boolean namesAtStartOnAScan(String text, String cue) {
        String symbol = symbolAsOcrReadsIt(cue);
        if (symbol == null) return false;
        Matcher m = Pattern.compile("\\s*(?:[-•*▪]\\s*)?(" + symbol + ")\\s*(?:(?:[=:]|->|→|[—–])|(at|is)(?![a-z]))",
                Pattern.CASE_INSENSITIVE).matcher(text.toLowerCase(Locale.ROOT));
        if (!m.lookingAt()) return false;
        return m.group(2) == null || !SYMBOLS_THAT_ARE_WORDS.contains(m.group(1).replaceAll("[\\s._{}]", ""));
    }

    /**
     * Whether a line read by OCR is the symbol cue and a small number, joined by any sign a scan leaves of "=", ":" or an
     * arrow ({@code ot > 8}, {@code ft + 4}, {@code Ct-3}, {@code it: position 5}), as a list of items answers: looser
     * than {@link #namesAtStartOnAScan}, for telling which item a line answers, not for taking its value.
     */
    static boolean givesASmallNumberOnAScan(String line, String cue) {
        String symbol = symbolAsOcrReadsIt(cue);
        if (symbol == null) return false;
        return Pattern.compile("\\s*(?:[-•*▪]\\s*)?" + symbol + "\\s*(?:[=:>+»—–-]|->|→)\\s*(?:position\\s*)?\\d{1,2}\\W{0,3}",
                Pattern.CASE_INSENSITIVE).matcher(line.toLowerCase(Locale.ROOT)).matches();
    }

    /** {@link #TILDE_COMMAND} over a letter of either case, as a cue is written before it is compared. */
    private static final Pattern TILDE_COMMAND_ANY_CASE = Pattern.compile(TILDE_COMMAND.pattern(), Pattern.CASE_INSENSITIVE);

    /** The cue without a tilde over or after its letter ({@code C~_t}, {@code \\tilde{C}_t}, {@code C̃_t} as {@code C_t}): what a scan that lost the tilde reads. */
    static String withoutTilde(String cue) {
        return TILDE_COMMAND_ANY_CASE.matcher(cue).replaceAll("$1").replace("~", "").replace("\u0303", "");
    }

    /**
     * Whether text read by OCR mentions the subscripted symbol cue as a scan leaves it, its underscore lost or read as a
     * dot or space ({@code Wf} for {@code W_f}), as a word of its own. Not where the symbol so read spells an English word
     * ({@code it} for {@code i_t}): prose mentions those anywhere.
     */
    public static boolean mentionsOnAScan(String text, String cue) {
        String symbol = symbolAsOcrReadsIt(cue);
        if (symbol == null || SYMBOLS_THAT_ARE_WORDS.contains(cue.replaceAll("[_{}$\\s]", "").toLowerCase(Locale.ROOT))) return false;
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + symbol + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE).matcher(text).find();
    }
}
