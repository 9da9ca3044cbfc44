package examgrader.segment;

import examgrader.ocr.Line;
import examgrader.ocr.PageText;
import examgrader.ocr.ScriptText;
import examgrader.ocr.Word;
import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A mail reply that quotes each question and answers under it with no label at all:
 * <pre>{@code
 * > Calculate sigma'(z), the derivative of the sigmoid
 *
 * sigma'(z) = e^{-z} / (1 + e^{-z})^2
 * }</pre>
 * The quoted words are the question paper's, so the rubric's title and cue words for a question name
 * it: a quoted line whose words name one label's questions clearly more than any other's
 * ({@code sigma}, {@code derivative} for 1.3; the data {@code (78, 84), kernel (5,5), stride 3} for 2.1)
 * gets that label written before it, and the walk reads it as a student's label. A line that names
 * none goes on with the question quoted above it. A quoted question with nothing under it is then
 * that question left blank, as under any label.
 * <p>
 * Only a reply none of whose quotes opens with a label of its own is read this way: a student who
 * numbers the quotes ({@code > 5. ... image of shape 200x200x3}) is left to those numbers. A quoted question
 * wrapped before a number ({@code > 64 kernel channels, no padding}) goes on with the quote; that number labels nothing. Where the
 * label is shared by questions the rubric tells apart by cue words ({@code trainable parameters},
 * {@code multiplications}), the quoted lines are kept as written lines, not quotes: their cue words
 * are what tells which lines under the label answer which question.
 * <p>
 * Every quote after the first that names a question must name a new one (or another of the questions sharing its
 * label): a quote naming none, or the question of the quote before it again, would leave its answer to that earlier question and the question it copies out
 * blank. Then no quote is read for a label, and the answers wait for a person as unlabelled lines do.
 */
final class QuotedQuestions {
    /** A label as a line of the student's own text may open with it: {@code 5.}, {@code (b)}, {@code Q2}, {@code Task 2:}, {@code ii)}. */
    static final String LABEL_AT_START = "(?:(?:q|question|task|part|t)\\s*\\d|\\(?\\d{1,2}(?:[.):]|\\s|$)|\\(?(?:[a-h]|[ivx]{1,4})[.):])";
    /**
     * What marks a line as the question's words rather than the student's: a mail's {@code >}, or the word that opens a
     * question copied out ({@code Question:}, see {@link RestatedQuestions}).
     */
    private static final Pattern QUOTE_MARK = Pattern.compile("(?i)^\\s*>\\s?|^\\s*[*_]*(?:question|q|problem|exercise)[*_]*\\s*[:\\-–][*_]*\\s*");
    /** A label opening a quoted line: {@code > 5.}, {@code > (b)}, {@code > Q2}, {@code > Task 2:}, {@code > ii)}. */
    private static final Pattern OWN_LABEL = Pattern.compile("(?i)\\s*>\\s*" + LABEL_AT_START);
    /**
     * A word of a question's text: letters, digits and the marks of a symbol ({@code h_{t-1}}, {@code W^f}), and a
     * derivative's prime ({@code sigma'}, a symbol of its own), but not a possessive {@code 's}.
     */
    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_{}^\\-]+(?:'+(?!s\\b))?");
    private static final Set<String> COMMON = Set.of("the", "of", "in", "on", "is", "are", "and", "or", "to", "for",
            "what", "how", "many", "does", "do", "it", "its", "that", "this", "as", "at", "by", "with", "which", "give",
            "gives", "write", "down", "calculate", "compute", "be", "an", "from", "when", "will", "you", "your");
    /**
     * The end of a quoted line that closes its sentence ({@code ?}, {@code .}, {@code :}). A quoted line that does not
     * ({@code ... as a function of di_t/dh_{t-1},}) wraps onto the next, which then names no question of its own once an earlier line of the quote has named one,
     * however many of another question's symbols it holds ({@code > df_t/dh_{t-1}, do_t/dh_{t-1}}).
     */
    private static final Pattern SENTENCE_END = Pattern.compile("[?.:!]\\s*$");
    /** How much more a symbol or number names a question than a plain word does. */
    private static final int SYMBOL_WEIGHT = 2;
    /** The least weight of words a quoted line must share with a question to name it. */
    private static final int NAMES_AT_LEAST = 2;

    private QuotedQuestions() {}

    /** The script with the labels its quoted questions name written before them; the script itself when there are none to write. */
    static ScriptText labelled(ScriptText script, Rubric rubric) {
        Map<List<String>, List<Question>> byLabel = byLabel(rubric);
        Set<Integer> quoted = QuotedMail.quotedQuestionLines(script, byLabel);
        if (quoted.isEmpty()) return script;
        List<Line> lines = script.lines();
        for (int i : quoted) {
            boolean opensAQuote = !quoted.contains(i - 1);
            if (opensAQuote && OWN_LABEL.matcher(lines.get(i).text()).lookingAt()) return script;
        }
        Map<Integer, String> rewritten = new LinkedHashMap<>();
        List<String> current = null;
        boolean quoteNamedOne = false;
        for (int i = 0; i < lines.size(); i++) {
            if (!quoted.contains(i)) continue;
            String text = lines.get(i).text();
            if (!quoted.contains(i - 1)) {
                if (namesNothingNew(quoteNamedOne, current, byLabel)) return script;
                quoteNamedOne = false;
            }
            boolean wrapped = quoted.contains(i - 1) && !SENTENCE_END.matcher(lines.get(i - 1).text()).find();
            List<String> named = wrapped && quoteNamedOne ? null : named(text, byLabel);
            boolean opens = named != null && !named.equals(current);
            boolean namesAnotherOfItsQuestions = named != null && named.equals(current) && byLabel.get(named).size() > 1;
            if (opens || namesAnotherOfItsQuestions) quoteNamedOne = true;
            boolean continues = !opens && current != null && quoted.contains(i - 1);
            if (opens) current = named;
            else if (!continues && !namesAnotherOfItsQuestions) continue;
            boolean shared = byLabel.get(current).size() > 1;
            String body = QUOTE_MARK.matcher(text).replaceFirst("");
            String prefix = shared ? "" : text.substring(0, text.length() - body.length());
            if (opens) rewritten.put(i, prefix + written(current) + " " + body);
            else if (shared) rewritten.put(i, body);
        }
        if (namesNothingNew(quoteNamedOne, current, byLabel)) return script;
        return withLines(script, rewritten);
    }

    /**
     * Whether the quote just read left its answer to the question of the quote before it: it named no question, and
     * that question's label is its alone (under a label several questions share, the cue words in the answers tell
     * them apart, {@code multiplications = ...}).
     */
    private static boolean namesNothingNew(boolean quoteNamedOne, List<String> current, Map<List<String>, List<Question>> byLabel) {
        return !quoteNamedOne && current != null && byLabel.get(current).size() == 1;
    }

    /** The script with the lines numbered in {@code rewritten} (counted over the script from 0) replaced by their new text. */
    static ScriptText withLines(ScriptText script, Map<Integer, String> rewritten) {
        if (rewritten.isEmpty()) return script;
        List<PageText> pages = new ArrayList<>();
        int lineNo = 0;
        for (PageText page : script.pages()) {
            List<Line> out = new ArrayList<>();
            for (Line line : page.lines()) {
                String text = rewritten.get(lineNo++);
                out.add(text == null ? line : new Line(line.page(), text, typedWords(text)));
            }
            pages.add(new PageText(page.page(), page.engine(), page.imageSha256(), out, page.droppedMarkersSought()));
        }
        return new ScriptText(script.source(), script.sha256(), pages);
    }

    /** The rubric's questions by label, in rubric order. */
    static Map<List<String>, List<Question>> byLabel(Rubric rubric) {
        Map<List<String>, List<Question>> byLabel = new LinkedHashMap<>();
        rubric.questions().forEach(q -> byLabel.computeIfAbsent(q.label(), k -> new ArrayList<>()).add(q));
        return byLabel;
    }

    /**
     * The label whose questions the quoted line names clearly more than any other label's; null when none does. Two
     * labels named equally are told apart by the first symbol of the line that only one of them has: the paper names a
     * question's own quantity before the terms it is expressed in ({@code the derivative dh_t/dh_{t-1} expressed as a
     * function of ... df_t/dh_{t-1} ...} is 1.2's, whose title is {@code dh_t/dh_{t-1}}, not 1.4's, {@code df_t/dh_{t-1}}).
     */
    static List<String> named(String text, Map<List<String>, List<Question>> byLabel) {
        List<String> inOrder = tokensInOrder(text);
        Set<String> words = new HashSet<>(inOrder);
        Map<List<String>, Set<String>> ownByLabel = new LinkedHashMap<>();
        Map<List<String>, Integer> weights = new LinkedHashMap<>();
        for (var entry : byLabel.entrySet()) {
            Set<String> own = new HashSet<>();
            for (Question q : entry.getValue()) {
                own.addAll(tokens(q.title()));
                q.cues().forEach(c -> own.addAll(tokens(c)));
            }
            ownByLabel.put(entry.getKey(), own);
            int weight = 0;
            for (String w : own) if (words.contains(w)) weight += isSymbol(w) ? SYMBOL_WEIGHT : 1;
            weights.put(entry.getKey(), weight);
        }
        int bestWeight = weights.values().stream().max(Integer::compare).orElse(0);
        if (bestWeight < NAMES_AT_LEAST) return null;
        List<List<String>> best = weights.entrySet().stream().filter(e -> e.getValue() == bestWeight).map(Map.Entry::getKey).toList();
        if (best.size() == 1) return best.get(0);
        if (best.size() > 2) return null;
        return namedFirstBySymbol(inOrder, best.get(0), ownByLabel.get(best.get(0)), best.get(1), ownByLabel.get(best.get(1)));
    }

    /** Of two labels, the one owning the line's first symbol that only one of them owns; null when a word comes first or none. */
    private static List<String> namedFirstBySymbol(List<String> inOrder, List<String> one, Set<String> oneOwn,
                                                   List<String> other, Set<String> otherOwn) {
        for (String t : inOrder) {
            boolean inOne = oneOwn.contains(t), inOther = otherOwn.contains(t);
            if (inOne == inOther) continue;
            if (!isSymbol(t)) return null;
            return inOne ? one : other;
        }
        return null;
    }

    /** The words of a text as {@link #TOKEN}s, with the symbols a paper may print either way written out ({@code ∂h_t} as {@code dh_t}, {@code σ} as {@code sigma}). */
    private static Set<String> tokens(String text) {
        return new HashSet<>(tokensInOrder(text));
    }

    /** {@link #tokens} in the order the text has them, each once. */
    private static List<String> tokensInOrder(String text) {
        Set<String> tokens = new java.util.LinkedHashSet<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT).replace("∂", "d").replace("σ", "sigma"));
        while (m.find()) {
            String t = m.group().replaceAll("^-+|-+$", "");
            if (t.isEmpty() || COMMON.contains(t) || t.length() == 1 && !Character.isDigit(t.charAt(0))) continue;
            tokens.add(t);
        }
        return new ArrayList<>(tokens);
    }

    private static boolean isSymbol(String token) {
        return token.matches(".*[0-9_{}^'].*");
    }

    /** A label as students write it: {@code 2.4}, {@code 1(a)(i)}, {@code 5.}. */
    static String written(List<String> label) {
        StringBuilder s = new StringBuilder(label.get(0));
        for (String part : label.subList(1, label.size())) s.append(part.matches("\\d+") ? "." + part : "(" + part + ")");
        return label.size() == 1 ? s + "." : s.toString();
    }

    private static List<Word> typedWords(String text) {
        List<Word> words = new ArrayList<>();
        for (String token : text.strip().split("\\s+")) words.add(new Word(token, 100.0, examgrader.ocr.Box.NONE));
        return words;
    }
}
