package examgrader.extract;

import examgrader.segment.Fragment;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Cuts an answer into chains of equalities, the way a student's working reads:
 * {@code total = 5 × 5 × 100352 = 2508800}. A line that starts with "=" continues the chain of
 * the line before (aligned working); "∴", "⇒", "so", "therefore", "hence" and "thus" start a new one,
 * except an arrow that goes on from an "=" of its own statement to a number that ends the line,
 * which is one more "=" ({@code 7 · 7 · 32 = 1,568 products → 2,508,800} ends in 2,508,800); a ":"
 * stating a result is such an "=" ({@code additions: one per product, starting from 0 → 2,508,800}).
 * A statement of bare working that such a word starts names nothing itself: it is about what its
 * line names before it ({@link Chain#topic}). A line ending in "=" is continued by the next line, which then
 * reads as if it opened with that "=" ({@code 7 · 7 · 32 =} / {@code 1,568 products → 2,508,800} ends in
 * 2,508,800, as on one line), and lines that a wrap cut are joined first ({@link WrappedLines}).
 * "->", ":" and "is" stating a result count as "="; the "=" of {@code <=} and {@code >=} does not
 * ({@code 52 <= n <= 54} is one statement).
 */
final class Statements {
    /**
     * One side of an equality, with the fragment it was written in; {@code approximate} when "≈"
     * or "~" comes before it ({@code = 3,088,878 ≈ 3.1 million}).
     */
    record Part(String text, Fragment fragment, boolean approximate) {}

    /**
     * Parts joined by "=", in writing order. {@code order} numbers the chains through the answer;
     * {@code aside} marks a remark in brackets after a line's working ({@link #TRAILING_ASIDE}).
     * {@code topic} is what the line names before a chain of bare working that an arrow or "so"
     * starts ({@code additions: 1567 per output -> 5*5*64*1567 = 2,507,200}): the working is
     * about it, though it names nothing itself. Empty for any other chain. {@code withdrawn}: the
     * student took it back later in the answer ({@code scratch that}, see {@link #RETRACTION}).
     */
    record Chain(List<Part> parts, int order, boolean aside, String topic, boolean withdrawn) {
        String text() {
            return String.join(" = ", parts.stream().map(Part::text).toList());
        }

        /** The chain's text with the topic it takes from its line: what its cue words are looked for in. */
        String subjectText() {
            return topic.isEmpty() ? text() : topic + " " + text();
        }

        String lead() {
            return parts.get(0).text();
        }
    }

    /**
     * An HTML tag left in text that reached the extractor without being read as HTML (an answer box's source printed, or
     * a text layer holding it): {@code 7<br>}, {@code C<sub>t</sub>}. It parts words; it is never part of a value.
     */
    private static final java.util.regex.Pattern HTML_TAG = java.util.regex.Pattern.compile(
            "(?i)</?(?:p|br|b|i|u|em|strong|sub|sup|li|ol|ul|div|span|td|tr|th|table|h[1-6]|code|pre)(?:\\s[^<>]*)?/?>");

    /** Dashes, bars and tildes standing apart at either end of a side: specks and rules, not minus signs. */
    private static final java.util.regex.Pattern SPECKS =
            java.util.regex.Pattern.compile("^(?:[-—–|~_]+\\s+)+|(?:\\s+[-—–|~_]+)+\\s*$");

    /**
     * Words and signs students use for "=" when stating a result: {@code f_t -> 4}, {@code b_f: 3},
     * {@code W_f is 3 x 5} (also glued by OCR: {@code Wfis3}), {@code Final answer – 32 × 30}, {@code Ans- 36 parameters} (not before working: {@code Ans- 16 = (n+2-9)/3 + 1}). A colon between digits (a time, a
     * ratio) is not one. A spaced dash after the symbol a line opens with, before a small number that ends it
     * ({@code f_t - 4}, {@code C_{t-1} -- position 1}), is one too: no working subtracts a position from a symbol
     * (and see {@link #DASH_AFTER_A_SUBSCRIPTED_SYMBOL}).
     */
    private static final java.util.regex.Pattern ANSWER_SEPARATOR = java.util.regex.Pattern.compile(
            "->|→|⟶|(?<!\\d):|:(?!\\d)|\\bis\\b|(?<=[A-Za-z_}])is(?=\\d)|(?<=(?i:\\banswer|\\bans))(?:\\s+-\\s+|[-–—]\\s+(?=[^=\\n]*$))"
            + "|(?<=^\\s{0,3}[A-Za-z~\\\\{}]{1,8}_\\{?[A-Za-z0-9+\\-−]{1,4}}?)\\s+(?:--?|–)\\s+(?=(?:position\\s+|at\\s+)?\\d{1,2}\\s*$)");

    /**
     * Prose in brackets closing a line, after its working: {@code = 2507200 (or 2508800 if each
     * product is added into an accumulator starting at 0)}, {@code = 65,536 (no bias, padding 2 only
     * changes the output size)}. It is read as a remark of its own, so its "is" and its numbers do
     * not go on with the working. Prose means two words of two letters or more, after a word, number
     * or bracket: a unit or a word ({@code (million)}, {@code (additions)}), a function's argument
     * ({@code tanh(0.7)}) and a right-hand side ({@code = (tanh 0.7, tanh 0.2)}) are not remarks.
     */
    static final java.util.regex.Pattern TRAILING_ASIDE = java.util.regex.Pattern.compile(
            "(?<=[\\w)\\]⟧%]\\s?)(?<![A-Za-z^_])\\((?=[^()]*[A-Za-z]{2}[^()]*\\s[^()]*[A-Za-z]{2})[^()]*\\)[\\s.,;:!]*$");

    /**
     * A full stop and a capital starting the next sentence: {@code +1 → 28. Output (26, 28)},
     * {@code ... = 199, which gives 199 × 199 × 3. In the pointwise step ...}. Each sentence is a
     * statement of its own, so a result stated after the working is not glued to the working's
     * last number, and the cue words of one sentence do not vouch for the values of the next.
     * A decimal point ({@code 3. 089}) has a digit after it, not a capital; the stop of an
     * abbreviation ({@code 52 ≤ n ≤ 54, i.e. L = 52, 53 or 54}) ends no sentence.
     */
    /**
     * Words by which a student takes back what they wrote before ({@code -- scratch that, the kernel
     * is 1x1:}, {@code ignore the above}): every chain before them is withdrawn. Words that may
     * point forward ({@code ignore this}) are not among them. A statement opening with a correction's word
     * ({@code EDIT: 72 not 60, I forgot the biases}, {@code Correction - ...}, {@code correct answer:}) replaces what came before it too,
     * and so does one opening with a second thought ({@code actually I forgot o_t}, {@code wait, ...}), though inside a
     * sentence those words only stress it ({@code this is actually 72}). Right under or beside a value crossed out
     * ({@code = +3,108,030+ 3,088,878} then {@code (first time I used 200*200 positions, that was wrong)})
     * they speak of the crossed-out value, already gone, and take back nothing else.
     */
    static final java.util.regex.Pattern RETRACTION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:scratch|strike)\\s+that\\b|\\b(?:ignore|disregard)\\s+(?:that|the\\s+above|(?:everything|all|what\\s+I\\s+wrote)\\s+above|above)\\b"
                    + "|\\b(?:that|the\\s+above)(?:\\s+(?:is|was)|['’]s)\\s+wrong\\b"
                    + "|^[\\s*_#>\\-]*(?:edit(?:ed)?|correction|corrected|update|revised|revision|correct\\s+answer)\\b[\\s*_]*[:\\-–—]"
                    + "|^[\\s*_#>\\-(]*(?:actually|wait|oops|no\\s+wait)\\b[\\s,:!\\-–—]");

    /**
     * Where a line takes back its own start, {@code o_t : 9 — scratch that, I misread the arrow, o_t is at 8}: a statement
     * starts there, so the value before it is withdrawn ({@link #RETRACTION}) and the one after it stands.
     */
    private static final String RETRACTION_INSIDE_A_LINE = "(?<=\\S\\s{0,3}[—–\\-,;:]?\\s{0,3})(?=(?i:\\b(?:scratch|strike)\\s+that\\b))";
    /**
     * {@code => 26 by 28 is my answer for part 1, not 25 by 27}: what follows a value called the answer is about it (which
     * part it answers, what it replaces), not more working; read on, its "is" made the value a step and a number after it
     * the result.
     */
    private static final java.util.regex.Pattern CALLED_THE_ANSWER = java.util.regex.Pattern.compile(
            "(?i)(?<=\\d)\\s+is\\s+(?:my|the)\\s+(?:final\\s+|real\\s+|correct\\s+)?answer\\b.*$");
    /**
     * {@code 72 not 60}, {@code 72, not 60}, {@code 72 (not 60)}: a value with the one it replaces named beside it. The
     * rejected value is no candidate: it is taken out before the line is read.
     */
    private static final java.util.regex.Pattern VALUE_REJECTED_BESIDE = java.util.regex.Pattern.compile(
            "(?i)(?<=\\d)(?:\\s*,\\s*|\\s+)(?:\\(\\s*not\\s+\\d[\\d,.]*\\s*\\)|not\\s+\\d[\\d,.]*(?![\\d.,]*\\s*[x×*/+\\-]))");
    /** Where a value is restated in other words ({@code 52 ≤ n ≤ 54, i.e. 52, 53 or 54}): a statement starts there. */
    private static final String RESTATEMENT = "(?=(?i:\\bi\\.\\s?e\\.|\\bnamely\\b))";
    /**
     * A full stop before a capital, or before a sentence in brackets ({@code = 2,507,200. (Parameters unchanged,
     * 100,352.)}), which is a statement of its own, not more of the chain before it.
     */
    private static final String SENTENCE_END = "(?<=[\\w)\\]}])(?<!\\b(?i:i\\.e|e\\.g|viz|cf|vs|resp))\\.\\s+(?=[A-Z]|\\([A-Za-z]{2})";

    /**
     * A line of nothing but counts each named by the word after it, {@code 2508800 multiplications, 2507200 additions}:
     * two statements, each number beside its own name, rather than one list of results. Only a whole line of them
     * ({@code 199 × 199 × 3 input, 10 filters of 1 × 1 × 3 → ...} is working), and only on typed text, where the names
     * are read as written.
     */
    private static final java.util.regex.Pattern NAMED_COUNTS_LISTED = java.util.regex.Pattern.compile(
            "\\s*\\d[\\d,]*\\s+[A-Za-z]{3,20}(?:,\\s+\\d[\\d,]*\\s+[A-Za-z]{3,20})+\\s*\\.?\\s*");
    /**
     * A comma and "and" opening a clause that gives a total: {@code each gate has 15 + 3 + 3 = 21
     * parameters, and the four gates together have 84}. The clause is a statement of its own; left
     * in the chain, its number was words after the chain's end and never a candidate. Any other
     * clause after ", and" stays in its chain ({@code = 2,508,800, and the number of additions is
     * … = 2,507,200} is a line listing two results, which sends either to review).
     */
    private static final String TOTAL_CLAUSE_AFTER_COMMA =
            "(?<=[\\w)\\]}]),\\s+(?=and\\s+[A-Za-z][^=,;]*\\b(?i:together|altogether|in total|in all|overall)\\b)";

    /**
     * A comma and a word giving a reason, opening a clause with an "=" of its own: {@code h_t = (0.6044, 0, 0), because
     * o_t = (1, 0, 0) and tanh(0.7) = 0.6044} (a German script's {@code weil}, a Spanish one's {@code porque}). The
     * clause is the reason's own statement: left in the chain, the value before it looked like one of several results
     * listed with labels lost between them.
     */
    /**
     * A comma and "each" or "every" opening a clause with an "=" (or "is", "has") of its own: {@code so 5 * 5 * 64 = 1600 output
     * values, each a dot product of length 7*7*32 = 1568}, {@code = 1600 outputs, and each one is 1568 products}. The clause works out a size for one part, a statement of its own: left in the
     * chain, its result ended a chain that "so" opened and was taken for the sentence's result.
     */
    private static final String PER_PART_CLAUSE_AFTER_COMMA =
            "(?<=[\\w)\\]}]),\\s+(?=(?i:(?:and\\s+)?(?:each|every)\\s[^,;=]*(?:=|\\bis\\b|\\bhas\\b|\\bneeds\\b)))";

    /**
     * "and" after a result, then another named result: {@code multiplications = 5 · 5 · 64 · 1568 = 2,508,800 and additions
     * = 5 · 5 · 64 · 1567 = 2,507,200}. Each is a statement of its own; as one chain, the second result ended the first's.
     */
    private static final String NAMED_RESULT_AFTER_AND =
            "(?<=\\d)\\s+(?=and\\s+(?:the\\s+)?[A-Za-z][A-Za-z_ ]{0,30}\\s*=)";

    /**
     * "and" after a result and the word for what it counts, then another computation: {@code In total 1600 · 1568 =
     * 2,508,800 multiplications and 1600 · 1567 = 2,507,200 additions.} Each is a statement of its own; as one chain, the
     * additions ended the multiplications' chain and were taken for them.
     */
    private static final String COUNTED_RESULT_AFTER_AND =
            "(?<=\\d\\s[A-Za-z]{3,30})\\s+(?=and\\s+[\\d(][^=;]{0,40}=)";

    /**
     * A comma after a shape, then the working of a count: {@code pointwise: 200 × 200 × 10, 200·200·3·10 = 1,200,000} (a
     * table's row {@code | pointwise | 200 × 200 × 10 | 200·200·3·10 = 1,200,000 |} as a line), or a count with its
     * thousands written out and what it counts ({@code 200 × 200 × 10, 1,200,000 mults}). The shape is a result
     * stated on its own, the count a statement of its own; as one chain, the shape was the left side of the count's "="
     * and no value.
     */
    private static final String WORKING_AFTER_A_SHAPE =
            "(?<=\\d\\s{0,2}[x×]\\s{0,2}\\d{1,4}),\\s+(?=\\d[\\d\\s·*×x^()+\\-/.,]{0,60}=|\\d{1,3}(?:,\\d{3})+\\s+[A-Za-z])";

    private static final String REASON_CLAUSE_AFTER_COMMA =
            "(?<=[\\w)\\]}]),\\s+(?=(?i:because|since|weil|denn|porque|puisque|car)\\s[^,;=]*=)";

    /**
     * A comma and a clause that gives the result of the sentence's working, a number and what it counts, closing the
     * sentence: {@code so there are 5 × 5 × 64 = 1,600 output values, each needing 1,568 products, for 2,508,800
     * multiplications.} ({@code giving}, {@code making}, {@code totalling}, {@code which gives us 84 in total} too). Left in
     * the chain, the number was words
     * after the chain's end, no candidate, and the sentence's first result (an output side of 5) was taken.
     */
    private static final String RESULT_CLAUSE_AFTER_COMMA =
            "(?<=[\\w)\\]}]),\\s+(?=(?:(?i:for|giving|making|totall?ing)\\s+(?:a\\s+total\\s+of\\s+)?\\d[\\d,]*(?:\\.\\d+)?\\s+[A-Za-z]"
            + "|(?i:(?:which|that|this)\\s+(?:gives|makes|comes\\s+to|adds\\s+up\\s+to)(?:\\s+(?:us|you|me))?|giving\\s+(?:us|you|me))"
            + "\\s+(?:a\\s+total\\s+of\\s+)?\\d[\\d,]*(?:\\.\\d+)?(?:\\s+[A-Za-z]|[.!]?\\s*$))(?:[A-Za-z \\-]{2,40})?[.!]?\\s*$)";

    /**
     * A question or part label left at the start of a line of the answer, a number with a letter
     * or roman part in brackets ({@code 2.4(a) trainable parameters = ...}, a Markdown list's
     * {@code 1. (a) e_kj = s_{k-1} · h_j}): the label names the part, and its number is never a value.
     */
    private static final java.util.regex.Pattern LEFTOVER_LABEL = java.util.regex.Pattern.compile(
            "^\\s*(?:[-*+]\\s+)?(?:Q\\s?)?\\d{1,2}(?:\\.\\d{1,2})*\\.?\\s?\\((?:[a-h]|[ivx]{1,4})\\)\\s*");

    private Statements() {}

    /**
     * OCR reads the caret of {@code 3.089 x 10^6} as {@code *} and may put a space after the
     * decimal point ({@code 3. 089 x 10*6}); both are put back before the value is read.
     */
    static String ocrPowers(String text) {
        return text.replaceAll("(\\d)\\.\\s(\\d{1,4})(?=\\s*[x×]\\s*10\\s*[*^])", "$1.$2")
                .replaceAll("(?<=\\d)(\\s*)[x×](\\s*)10\\s*\\*\\s*(-?\\d{1,2})(?![\\d.])", "$1×$210^$3");
    }

    /**
     * Signs OCR misreads in print, put back on a page it read: a lone {@code >} between two values
     * is an arrow whose shaft was lost ({@code pad 2 > 26 x 28} for {@code pad 2 ⇒ 26 x 28}; a
     * comparison has a name on one side, {@code n > 52}), and so is one between a word and the number ending the line
     * ({@code one addition per product > 2,508,800}, {@code 10 of them > 199 x 199 x 10}); a dot right after a comma, before a
     * number with a decimal point of its own, is a speck ({@code (0.7,.0.2, 0.05)}); a semicolon or colon
     * before a group of three digits and a comma is a thousands comma misread ({@code = 3; 088,878}); a dot between a
     * shape's times sign and its next size is a speck ({@code 199 x 199 x.3}); and a lone bar before a small word, the
     * only bar of the line, is the pronoun I ({@code additions: | accumulate each product ...}), which read as a bar
     * split the statement from its value; and the "therefore" sign misread ({@link #THEREFORE_MISREAD}).
     */
    static String ocrMisreads(String text) {
        if (text.indexOf('|') >= 0 && text.indexOf('|') == text.lastIndexOf('|')) text = PRONOUN_READ_AS_BAR.matcher(text).replaceAll("I");
        text = THEREFORE_MISREAD.matcher(text).replaceAll("$1∴ ");
        return text.replaceAll("(?<=[\\d)\\]])(\\s+)>(\\s+)(?=[\\d(\\[])", "$1⇒$2")
                .replaceAll("(?<=[A-Za-z]{3})(\\s+)>(\\s+)(?=\\d[\\d,.]*(?:\\s*[x×]\\s*\\d[\\d,.]*)*\\s*$)", "$1⇒$2")
                .replaceAll(",(\\s*)\\.(?=\\d+\\.\\d)", ",$1")
                .replaceAll("(?<![\\d.,])(\\d{1,3})[;:]\\s?(\\d{3},\\d{3})(?![\\d,])", "$1,$2")
                .replaceAll("(?<=\\d\\s?[x×])\\.(?=\\d)", " ");
    }

    /**
     * The "therefore" sign {@code ∴} opening a line, as OCR reads its three dots: an opening quote with a space after it
     * and no closing quote on the line ({@code “ Wfis 3 x 2}), a dot glued to the word after it ({@code .Wfis3 x5}), or
     * {@code .:} / {@code :.}. Lost, the conclusion it marks ranked below the working above it ({@code (3 x 2)(2x1)=3x1}).
     */
    private static final java.util.regex.Pattern THEREFORE_MISREAD = java.util.regex.Pattern.compile(
            "(?m)^(\\s*)(?:[“\"]\\s+(?=[^”\"\\n]*$)|\\.(?=[A-Za-z])|\\.:\\s*|:\\.\\s*)");

    /**
     * A bar standing alone, not after a number, before two small words that are no named quantity: {@code | accumulate each},
     * {@code | count one}; never a separator between values ({@code mults = 2508800 | adds = ...}).
     */
    private static final java.util.regex.Pattern PRONOUN_READ_AS_BAR = java.util.regex.Pattern.compile(
            "(?<!\\d\\s)(?<=^|\\s)\\|(?=\\s+[a-z]{2,}\\s+[a-z]{2,}\\b(?!\\s*[=:]))");

    static String trimSpecks(String side) {
        return SPECKS.matcher(side.strip()).replaceAll("").strip();
    }

    /**
     * A semicolon ends a statement, unless it separates the entries of a bracketed list, as where decimal commas are
     * written ({@code (0,7; 0,2; 0,05)}): a closing bracket follows it before any opening one.
     */
    private static final String SEMICOLON_OUTSIDE_BRACKETS = ";(?![^()\\[\\]{}]*[)\\]}])";

    /**
     * A number between underscores that OCR read unevenly ({@code _65536__} for a printed {@code __65536__}): the
     * student's underline of the answer. Read as written, no value was found in the word, and the question's data
     * restated on another line was taken for the answer.
     */
    private static final java.util.regex.Pattern UNEVEN_UNDERLINE =
            java.util.regex.Pattern.compile("(?<![\\w])_{1,3}(\\d[\\d,.]*\\d|\\d)_{1,3}(?![\\w])");

    /**
     * A letter with a one-letter subscript (maybe {@code t-1}, its 1 read as l or I), as OCR reads it: the underscore kept,
     * lost, or read as a dot or a space, the braces kept or lost ({@code f.t}, {@code it}, {@code C t}, {@code C {t-l}},
     * {@code C~_t}).
     */
    /** A one- or two-digit number that ends the line, maybe with one sign or speck after it ({@code 6 ©}). */
    private static final String SMALL_NUMBER_ENDING_THE_LINE = "(?=\\d{1,2}\\s*[^\\w\\s]?\\s*$)";
    private static final String SYMBOL_AS_OCR_READS_IT = "[A-Za-z]~?(?:[._ ]?\\{|[._ ]|_)?[a-z](?:[-−][1lI])?}?";

    /**
     * A dash between a subscripted symbol opening the line and a small number ending it, glued to either, as OCR reads
     * {@code f_t - 4} ({@code f.t-4}, {@code it-5}, {@code C t-3}, {@code C_{t-1} -1}, {@code C~_t-7}): it sets the value off, as
     * the spaced dash of {@link #ANSWER_SEPARATOR} does. Read before subscripts with digits are dropped (which left
     * {@code C -1}); read as a minus, the answer was negative.
     */
    private static final java.util.regex.Pattern DASH_AFTER_A_SUBSCRIPTED_SYMBOL = java.util.regex.Pattern.compile(
            "(?m)(?<=^\\s{0,3}" + SYMBOL_AS_OCR_READS_IT + ")\\s*-\\s*" + SMALL_NUMBER_ENDING_THE_LINE);

    /**
     * On a scan, the arrow between such a symbol and its small number as OCR reads it: {@code ft + 4}, {@code Ct>7},
     * {@code C t> 7}, {@code C {t-l} >1}, {@code ot —8} for {@code f_t → 4}. Read as a sum or a comparison, no value was.
     */
    private static final java.util.regex.Pattern ARROW_AFTER_A_SUBSCRIPTED_SYMBOL = java.util.regex.Pattern.compile(
            "(?m)(?<=^\\s{0,3}" + SYMBOL_AS_OCR_READS_IT + ")\\s*(?:[>+»]|-»|—)\\s*" + SMALL_NUMBER_ENDING_THE_LINE);

    /**
     * A double implication arrow opening a line before a name, {@code => W_f : 3 x 5} under lines of working (on a scan
     * maybe after a speck, {@code . => Wf:3x5}): the student's conclusion, as "∴" marks one. Before a number or a bracket
     * the arrow goes on with the working above instead ({@code => 4 x 18 = 72}), as it did before. Read before LaTeX and
     * arrows are made plain, which turns {@code ->} into "⇒" too: a plain arrow opening a line only leads on
     * ({@code -> multiplications: ...} under a heading whose number may be the student's own).
     */
    private static final java.util.regex.Pattern IMPLIES_OPENING_A_NAMED_RESULT = java.util.regex.Pattern.compile(
            "(?m)^\\s*(?:\\.\\s*)?(?:=>|⇒|⟹)\\s*(?=[A-Za-z])");

    static List<Chain> chains(List<Fragment> fragments) {
        List<List<Part>> chains = new ArrayList<>();
        java.util.Set<List<Part>> asides = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Map<List<Part>, String> topics = new java.util.IdentityHashMap<>();
        int withdrawnBefore = 0;
        boolean struckAbove = false;
        boolean lineLeftOpen = false;
        for (Fragment f : WrappedLines.join(ColumnVectors.join(fragments))) {
            String text = HTML_TAG.matcher(examgrader.ingest.CharacterReferences.decode(f.text())).replaceAll(" ");
            String read = f.minConfidence() < 100 ? UNEVEN_UNDERLINE.matcher(text).replaceAll("__$1__") : text;
            boolean struckHere = Latex.crossesOut(read);
            boolean takesBackWhatIsStruck = struckHere || struckAbove;
            struckAbove = struckHere;
            read = IMPLIES_OPENING_A_NAMED_RESULT.matcher(DASH_AFTER_A_SUBSCRIPTED_SYMBOL.matcher(read).replaceAll(" = ")).replaceAll("∴ ");
            if (f.minConfidence() < 100) read = ARROW_AFTER_A_SUBSCRIPTED_SYMBOL.matcher(read).replaceAll(" = ");
            String plain = ocrPowers(Latex.toPlain(SPACE_AFTER_CARET.matcher(NumberWords.inDigits(read)).replaceAll("^"))
                    .replace("<=", "≤").replace(">=", "≥").replace("=>", "⇒"));
            if (f.minConfidence() < 100) plain = ocrMisreads(plain);
            for (String line : statementLines(plain)) {
                boolean tableRow = isTableRow(line);
                line = LEFTOVER_LABEL.matcher(withoutTableBorders(line)).replaceFirst("");
                if (tableRow) line = SPACED_BAR.matcher(SPACED_BAR.matcher(line).replaceFirst(":")).replaceAll(";");
                line = exactAfterItsRounding(line);
                line = VALUE_REJECTED_BESIDE.matcher(CALLED_THE_ANSWER.matcher(line).replaceAll("")).replaceAll("");
                line = withCommentedValueAsResult(line);
                if (f.minConfidence() >= 100 && NAMED_COUNTS_LISTED.matcher(line).matches()) line = line.replace(", ", "; ");
                boolean goesOnFromAnOpenEquals = lineLeftOpen && !line.isBlank() && !line.strip().matches("[=≈~].*");
                lineLeftOpen = line.strip().matches(".*[=≈]");
                if (goesOnFromAnOpenEquals) line = "= " + line.strip();
                int asideAt = asideStart(line);
                boolean hasAside = asideAt >= 0;
                if (!hasAside) line = explanationAfterDashParted(line);
                StringBuilder lineSoFar = new StringBuilder();
                for (String statement : (hasAside ? line.substring(0, asideAt) : line)
                        .split(SEMICOLON_OUTSIDE_BRACKETS + "|(?=∴)|(?=⇒)(?!(?<=(?:=|(?<!\\d):(?!\\d))[^⇒;]{0,200})⇒\\s*\\d(?:[\\d,]|\\s(?=\\d{3}(?!\\d)))*(?:\\.\\d+)?\\s*$)|(?=(?i:\\b(?:so|therefore|hence|thus)\\b))|" + RESTATEMENT + "|" + RETRACTION_INSIDE_A_LINE + "|" + SENTENCE_END + "|" + TOTAL_CLAUSE_AFTER_COMMA
                                + "|" + REASON_CLAUSE_AFTER_COMMA + "|" + RESULT_CLAUSE_AFTER_COMMA + "|" + PER_PART_CLAUSE_AFTER_COMMA
                                + "|" + NAMED_RESULT_AFTER_AND + "|" + COUNTED_RESULT_AFTER_AND + "|" + WORKING_AFTER_A_SHAPE)) {
                    java.util.regex.Matcher retraction = RETRACTION.matcher(statement);
                    boolean retracts = retraction.find() && !takesBackWhatIsStruck;
                    if (retracts) withdrawnBefore = chains.size();
                    List<Part> started = add(chains, asides, topics, statement, f);
                    if (retracts && statement.substring(0, retraction.start()).matches("(?s).*\\d.*")) withdrawnBefore = chains.size();
                    if (started != null && isBareWorkingAfterConnective(statement) && !lineSoFar.toString().isBlank()) {
                        topics.put(started, lineSoFar.toString().strip());
                    }
                    lineSoFar.append(statement).append(' ');
                }
                if (hasAside) {
                    String remarkText = line.substring(asideAt).strip();
                    if (RETRACTION.matcher(remarkText).find() && !takesBackWhatIsStruck) withdrawnBefore = chains.size();
                    java.util.regex.Matcher rounded = roundedByRemark(line.substring(0, asideAt), remarkText);
                    if (rounded != null) {
                        List<Part> result = new ArrayList<>(List.of(part(rounded.group(1), f, false), part(withoutApproxSign(remarkText), f, true)));
                        chains.add(result);
                        topics.put(result, line.substring(0, rounded.start()).strip());
                    } else {
                        List<Part> remark = parts(remarkText, f);
                        chains.add(remark);
                        asides.add(remark);
                    }
                }
            }
        }
        java.util.Set<String> kept = keptNumbers(chains, withdrawnBefore);
        List<Chain> result = new ArrayList<>();
        for (int i = 0; i < chains.size(); i++) {
            result.add(new Chain(List.copyOf(chains.get(i)), i, asides.contains(chains.get(i)), topics.getOrDefault(chains.get(i), ""),
                    i < withdrawnBefore && !endsIn(chains.get(i), kept)));
        }
        return result;
    }

    /**
     * Words by which a correction says a result of the working it takes back still stands: {@code Update: forgot the +1
     * ... (Parameters unchanged, 100,352.)}, {@code the parameter count stays 100,352}.
     */
    private static final java.util.regex.Pattern STILL_STANDS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:unchanged|unaffected|stays|still|remains|same\\s+as\\s+before)\\b");
    private static final java.util.regex.Pattern NUMBER = java.util.regex.Pattern.compile("\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?");

    /**
     * The numbers that chains after a retraction say still stand (see {@link #STILL_STANDS}), digits only: a chain before the
     * retraction that ends in one of them is not taken back.
     */
    private static java.util.Set<String> keptNumbers(List<List<Part>> chains, int withdrawnBefore) {
        java.util.Set<String> kept = new java.util.HashSet<>();
        for (int i = withdrawnBefore; i < chains.size(); i++) {
            String text = String.join(" = ", chains.get(i).stream().map(Part::text).toList());
            if (!STILL_STANDS.matcher(text).find()) continue;
            java.util.regex.Matcher number = NUMBER.matcher(withoutSubscripts(text));
            while (number.find()) kept.add(number.group().replace(",", ""));
        }
        return kept;
    }

    private static boolean endsIn(List<Part> chain, java.util.Set<String> numbers) {
        if (numbers.isEmpty() || chain.isEmpty()) return false;
        java.util.regex.Matcher number = NUMBER.matcher(chain.get(chain.size() - 1).text());
        String last = null;
        while (number.find()) last = number.group().replace(",", "");
        return last != null && numbers.contains(last);
    }

    /**
     * A table row's cell with the bars that open and close the row ({@code | h_t = 0.604 (only
     * non-zero entry)   |}, the question's cell already cut off) read as the text it holds, so a
     * remark in brackets still closes its line. Bars between cells stay; a line with one bar, or
     * with bars not set apart by spaces ({@code |x| = 3}), is not a table row.
     */
    /** A space OCR put between a caret and its exponent ({@code 10^ {6}}): the power is {@code 10^{6}}. */
    private static final java.util.regex.Pattern SPACE_AFTER_CARET = java.util.regex.Pattern.compile("\\^\\s+(?=[{\\d])");

    /**
     * A bar with a space on each side. Outside a table's row it parts statements, each then read as a line of its own
     * ({@link #statementLines}; {@code params = 100352 | mults = 2508800 | adds =} / {@code 2507200}: read as one chain,
     * the additions' count wrapped onto the next line ended the multiplications' chain). A bar glued to what it encloses
     * ({@code ||U||}) is a norm and stays. Inside a table's row as a printed page gives it (a transcription's tables are
     * rewritten before this, by {@code ingest.MarkdownTables}), {@code | multiplications | 5*5*64*(7*7*32) | 2508800 |},
     * the first bar between cells is a colon after the row's name and the others part statements: read with its bars,
     * no value was found in the row.
     */
    private static final java.util.regex.Pattern SPACED_BAR = java.util.regex.Pattern.compile("(?<=\\s)\\|(?=\\s)");

    /**
     * The lines of a fragment's text, a line that is no table row broken at each spaced bar: {@code pointwise out = 199 x 199
     * x 10 (10 filters of 1x1x3) | mults: ...} is two statements, each read as a line of its own, so the bracketed remark
     * closing the first is a remark at its line's end, not the start of a value that runs on into the next statement.
     */
    private static List<String> statementLines(String plain) {
        List<String> lines = new ArrayList<>();
        for (String line : SHAPE_BEFORE_WRAP_COMMA.matcher(plain).replaceAll("$1").split("\n")) {
            if (isTableRow(line)) lines.add(line);
            else lines.addAll(java.util.Arrays.asList(SPACED_BAR_BETWEEN.split(line)));
        }
        return lines;
    }

    /**
     * A shape given as a result ({@code output 199×199×3,}, {@code = 31 x 30,}) closing its line with the comma of a sentence
     * the page wrapped ({@code mults = ...} below, given to another question): the comma goes on to the next clause, and
     * left on, no shape was read. Data listed with commas ({@code filter 4x4,}) is left as written.
     */
    private static final java.util.regex.Pattern SHAPE_BEFORE_WRAP_COMMA =
            java.util.regex.Pattern.compile("(?m)((?:=|(?i:output|out|shape|size)\\s*:?)\\s*\\d+\\s*[x×]\\s*\\d+(?:\\s*[x×]\\s*\\d+)*)\\s*,\\s*$");

    private static final java.util.regex.Pattern SPACED_BAR_BETWEEN = java.util.regex.Pattern.compile("\\s+\\|\\s+");

    /** A line of a table as a printed page gives it: opening or closing with a bar. */
    private static boolean isTableRow(String line) {
        return line.stripLeading().startsWith("|") || line.stripTrailing().endsWith("|");
    }

    static String withoutTableBorders(String line) {
        if (line.chars().filter(c -> c == '|').count() < 2) return line;
        return TABLE_ROW_END.matcher(TABLE_ROW_START.matcher(line).replaceFirst("")).replaceFirst("");
    }

    private static final java.util.regex.Pattern TABLE_ROW_START = java.util.regex.Pattern.compile("^\\s*\\|\\s+");
    private static final java.util.regex.Pattern TABLE_ROW_END = java.util.regex.Pattern.compile("\\s+\\|\\s*$");

    /**
     * A number closing a line's working, at most two words before a remark that only rounds it:
     * {@code which gives 4,194,304 weights (about 4.2 million)}, a table row's
     * {@code 8·8·65,536, 4,194,304 (roughly 4.19 million)}. The remark says the number is the result
     * the student worked out, so the number is stated as a chain of its own, the remark as its "≈"
     * ({@link Scoring#exactBeforeRoundings}), with what the line says before it as its topic:
     * the rounding is not read as the answer in place of the exact value. Returns the match, whose
     * group 1 is the number, or null when the remark is not a rounding of the number before it.
     */
    private static java.util.regex.Matcher roundedByRemark(String working, String remark) {
        java.util.regex.Matcher number = NUMBER_BEFORE_REMARK.matcher(working);
        return number.find() && rounds(withoutApproxSign(remark), number.group(1)) ? number : null;
    }

    /** Whether {@code rounding} reads as a number that rounds the whole number {@code exact} ({@link Scoring#rounds}). */
    private static boolean rounds(String rounding, String exact) {
        Optional<ValueReader.Reading> approx = ValueReader.pureValue(rounding, examgrader.rubric.AnswerKind.REAL);
        return approx.isPresent() && approx.get().value() instanceof Value.Scalar a
                && Scoring.rounds(a.value(), approx.get().raw(), ValueReader.parseScalar(exact));
    }

    /**
     * A rounding with the exact number in brackets after it, closing the line
     * ({@code multiplications: about 4.2 million (4,194,304)}), written the other way round:
     * {@code about 4,194,304 ≈ 4.2 million}, so the exact number ends the working and the
     * rounding only rounds it ({@link Scoring#exactBeforeRoundings}). The bracket may say the
     * number is exact, and a unit may follow it ({@code Total = about 3.09 million (exactly
     * 3,088,878) multiplications.}). Left as written when the bracket's number is not what the
     * rounding rounds.
     */
    static String exactAfterItsRounding(String line) {
        java.util.regex.Matcher m = ROUNDING_THEN_EXACT.matcher(line);
        if (!m.find() || !rounds(m.group(1), m.group(2))) return line;
        return line.substring(0, m.start()) + m.group(2) + " ≈ " + m.group(1) + line.substring(m.end());
    }

    /**
     * A number with a scale word, then a bracket holding only a whole number (maybe said to be
     * exact), closing the line but for at most two words: {@code 4.2 million (4,194,304)},
     * {@code 3.09 million (exactly 3,088,878) multiplications}.
     */
    private static final java.util.regex.Pattern ROUNDING_THEN_EXACT = java.util.regex.Pattern.compile(
            "(?<![\\w.,^_{}])(\\d+(?:\\.\\d+)?" + Scales.SUFFIX + ")\\s*\\(\\s*(?:(?i:exactly|precisely|exact|=)\\s*:?\\s*)?"
                    + "(\\d{1,3}(?:,\\d{3})+|\\d+)\\s*\\)(?=(?:\\s+[A-Za-z]+){0,2}[\\s.,;:!]*$)");

    /** {@code (≈ 65.5 thousand)} as {@code ( 65.5 thousand)}: the remark's chain part is already approximate. */
    private static String withoutApproxSign(String remark) {
        return remark.replaceAll("[≈~]", " ");
    }

    /** A bracket closing a line, with no bracket inside: {@code (≈ 65.5 thousand)}, {@code (3.1M)}. */
    private static final java.util.regex.Pattern CLOSING_BRACKET = java.util.regex.Pattern.compile("\\([^()]*\\)[\\s.,;:!]*$");

    /** A number ending the text, then at most two words: {@code a total of 3,088,878 multiplications}. */
    private static final java.util.regex.Pattern NUMBER_BEFORE_REMARK = java.util.regex.Pattern.compile(
            "(?<![\\w.,^_{}])(\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?)(?:\\s+[A-Za-z]+){0,2}\\s*$");

    /**
     * Where a remark in brackets closing the line starts ({@link #TRAILING_ASIDE}, {@link #TRAILING_REASON},
     * or a bracket holding only a rounding of the number before it, {@code 65,536 (≈ 65.5 thousand)});
     * -1 when none does.
     */
    private static int asideStart(String line) {
        int wholeLine = wholeLineRemark(line);
        if (wholeLine >= 0) return wholeLine;
        java.util.regex.Matcher comment = CODE_COMMENT.matcher(line);
        if (comment.find()) return comment.start();
        java.util.regex.Matcher aside = TRAILING_ASIDE.matcher(line);
        if (aside.find()) return aside.start();
        java.util.regex.Matcher dashed = DASHED_REMARK.matcher(line);
        if (dashed.find() && !withoutSubscripts(line.substring(dashed.end())).matches("(?s).*[\\d=:→⇒].*")
                && !DOUBT.matcher(line.substring(dashed.end())).find()) return dashed.start();
        java.util.regex.Matcher reason = TRAILING_REASON.matcher(line);
        while (reason.find()) {
            int i = closingBracket(line, reason.start());
            if (i < 0) continue;
            String inside = line.substring(reason.start() + 1, i);
            boolean closesLine = line.substring(i + 1).matches("[\\s.,;:!]*");
            if (closesLine && (reason.group(1) != null || inside.contains("=") && !inside.strip().matches("^[=≈].*"))) return reason.start();
        }
        java.util.regex.Matcher bracket = CLOSING_BRACKET.matcher(line);
        if (bracket.find() && roundedByRemark(line.substring(0, bracket.start()), bracket.group()) != null) return bracket.start();
        return -1;
    }

    /**
     * A line that is all one remark in brackets, in words: {@code (x_t is 2, c_t and h_t are 3, so [h_{t-1}, x_t] is
     * 5 long; four gates ...)} under a question's answers explains them, as a remark after a value does; its
     * numbers are the working's, not another answer. A bracketed value ({@code (26, 28)}) has no two words and stays
     * a value. Returns where the remark opens, or -1.
     */
    private static int wholeLineRemark(String line) {
        int open = 0;
        while (open < line.length() && Character.isWhitespace(line.charAt(open))) open++;
        if (open >= line.length() || line.charAt(open) != '(') return -1;
        int i = closingBracket(line, open);
        boolean closesLine = i >= 0 && line.substring(i + 1).matches("[\\s.]*");
        return closesLine && WORDS.matcher(withoutSubscripts(line.substring(open, i))).find() ? open : -1;
    }

    /** Where the bracket ({@code (} or {@code [}) at {@code open} is closed, brackets of its kind inside counted; -1 when it is not. */
    private static int closingBracket(String line, int open) {
        char opening = line.charAt(open), closing = opening == '(' ? ')' : ']';
        int depth = 0;
        for (int i = open; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == opening) depth++;
            if (c == closing && --depth == 0) return i;
        }
        return -1;
    }

    private static final java.util.regex.Pattern WORDS = java.util.regex.Pattern.compile("[A-Za-z]{2,}\\W+[A-Za-z]{2,}\\W+[A-Za-z]{2,}");

    /** Nothing but digits, signs, separators and brackets to the line's end: what a comment of a value holds. */
    private static final String VALUE_SIGNS_TO_THE_END = "[-\\d\\s,.;()\\[\\]{}]*$";
    /**
     * A code comment closing a line of a YAML or Python answer, {@code total_mults: ~3.09 million   # 199*199*3*16 + ...}:
     * what follows the "#" explains the value, as a remark in brackets does, and its working does not go on with it.
     * A "#" opening the line is a Markdown heading, not a comment; a comment of nothing but a value is what the code
     * before it prints ({@code print(params5)   # 65536}), the line's result, and stays with it.
     */
    private static final java.util.regex.Pattern CODE_COMMENT =
            java.util.regex.Pattern.compile("(?<=\\S)\\s+#(?=\\s)(?!" + VALUE_SIGNS_TO_THE_END + ")");
    /**
     * A comment of nothing but a value after code that works it out, {@code out_h = (78 + 2*2 - 5)//3 + 1   # 26}: what
     * the code gives, one more "=" of the line (left as a comment, the working's operators hid the value). Only after
     * arithmetic: after a call ({@code o = out(19, 7, 1, 0)   # 13}) the comment stays the line's result, and the call's
     * arguments are no value.
     */
    private static String withCommentedValueAsResult(String line) {
        java.util.regex.Matcher comment = VALUE_COMMENT.matcher(line);
        if (!comment.find()) return line;
        String code = line.substring(0, comment.start());
        String lastSide = code.substring(code.lastIndexOf('=') + 1);
        return OPERATOR_BETWEEN_NUMBERS.matcher(lastSide).find() ? code + " = " + line.substring(comment.end()) : line;
    }

    private static final java.util.regex.Pattern VALUE_COMMENT =
            java.util.regex.Pattern.compile("(?<=\\S)\\s+#\\s+(?=[-\\[({]?\\d" + VALUE_SIGNS_TO_THE_END + ")");

    /**
     * A spaced dash after a value, then prose to the end of the line: {@code 4   -- f_t, the first
     * sigmoid from the left}, {@code 199 × 199 × 3 — one map per input channel}. The student answers
     * first and says why after the dash, so the prose is a remark, as in brackets: its words do not
     * go on with the value. The remark must hold two words, no number or sign of a result of its
     * own but in a subscript ({@code 1 -- C_{t-1}, upper line at the entry}) and no word of doubt
     * ({@link #DOUBT}); a dash between values ({@code (1 — o(z))}) is a minus sign.
     */
    private static final java.util.regex.Pattern DASHED_REMARK = java.util.regex.Pattern.compile(
            "(?<=[\\d)\\]}*])\\s+(?:--|—|–)\\s+(?=[^\\n]*[A-Za-z]{2,}\\W+[A-Za-z]{2,})");

    /**
     * A value, a spaced double hyphen or em dash, then words that explain it with working of their own:
     * {@code W_f is 3 x 5 -- it multiplies [h_{t-1}, x_t], which has 3 + 2 = 5 entries}. Unlike a
     * {@link #DASHED_REMARK} the explanation holds numbers, so it is not set aside; but it is a statement of its
     * own, or the value before the dash would be read as one with it and lost. An en dash is often a minus
     * ({@code 5 – 3}), so it does not part; nor does a remark that doubts the value ({@link #DOUBT}).
     */
    private static final java.util.regex.Pattern EXPLANATION_AFTER_DASH = java.util.regex.Pattern.compile(
            "(?<=[\\d)\\]}*])\\s+(?:--|—)\\s+(?=[A-Za-z]{2,}\\b)");

    private static String explanationAfterDashParted(String line) {
        java.util.regex.Matcher dash = EXPLANATION_AFTER_DASH.matcher(line);
        if (!dash.find() || DOUBT.matcher(line.substring(dash.end())).find()) return line;
        return line.substring(0, dash.start()) + "; " + line.substring(dash.end());
    }

    /**
     * Words by which a remark after a dash may take back or doubt the value before it
     * ({@code 200 × 200 — wrong, the filter is applied only at the output positions}): such a
     * remark is not set aside, so the value is not read as if it stood alone. "No" doubts only as a word
     * of its own ({@code — no, 3 x 2}, {@code no idea}), not as the remark's own "no"
     * ({@code 0 -- the dot-product score has no learnable weights}), which explains the value.
     */
    private static final java.util.regex.Pattern DOUBT = java.util.regex.Pattern.compile(
            "(?i)\\b(?:wrong|mistake|incorrect|error|typo|ignore|scratch|not|no(?=\\s*[,.;:!]|\\s*$|\\s+idea\\b)|oops|actually|wait|instead|should|maybe|unsure|guess)\\b|\\?");

    /** {@code C_{t-1}} and {@code x_1} without their subscripts: the digits of a name are not numbers of the text. */
    private static String withoutSubscripts(String text) {
        return text.replaceAll("_\\{[^{}]*}|_\\w+", "");
    }

    /**
     * A bracket closing a line after a value, that gives a reason or works the value out, and may
     * hold brackets of its own: {@code Depthwise output = 199 × 199 × 3 (since (200 + 2 − 4) + 1 = 199)},
     * {@code depthwise -> 199x199x3 (200 - 4 + 2 + 1 = 199)}, {@code **(199, 199, 3)** [ (200 + 2 − 4)/1 + 1 = 199 ]}.
     * Its result is the working's, a side of the answer, not another answer after it. A bracket
     * after "=", or one that opens with "=" ({@code 5 × 5 × 64 × 1568 (= 2508800)}), gives the
     * result itself, not a remark.
     */
    private static final java.util.regex.Pattern TRAILING_REASON = java.util.regex.Pattern.compile(
            "(?<=[\\w)\\]}⟧]\\s{0,3})[(\\[](?=\\s*((?i:since|because|as|from|using|via|by|i\\.e\\.|e\\.g\\.)\\s)?)");

    /**
     * A statement that an arrow, "∴", "so", "therefore", "hence" or "thus" starts, and that has no
     * word of its own after it: bare working or a bare number ({@code -> 5*5*64*1567 = 2,507,200},
     * {@code so 1600 × 1567 = 2507200}).
     */
    private static boolean isBareWorkingAfterConnective(String statement) {
        java.util.regex.Matcher connective = CONNECTIVE.matcher(statement);
        return connective.lookingAt() && statement.substring(connective.end()).matches(".*\\d.*")
                && !statement.substring(connective.end()).matches(".*[A-Za-z]{2}.*");
    }

    private static final java.util.regex.Pattern CONNECTIVE =
            java.util.regex.Pattern.compile("\\s*(?:⇒|∴|(?i:so|therefore|hence|thus)\\b)");

    /**
     * Adds a statement to the chains: as a new chain, or going on with the last one (never with a
     * remark). Returns the chain it starts, or null when it starts none.
     */
    private static List<Part> add(List<List<Part>> chains, java.util.Set<List<Part>> asides, java.util.Map<List<Part>, String> topics,
                                  String statement, Fragment f) {
        String st = ANSWER_SEPARATOR.matcher(statement.strip().startsWith("⇒") ? statement.replaceFirst("⇒", " ") : statement.replace("⇒", " = ")).replaceAll(" = ").strip();
        if (st.isEmpty()) return null;
        List<Part> parts = parts(st, f);
        boolean continues = st.startsWith("=") || st.startsWith("≈") || st.startsWith("~ ");
        List<Part> last = chains.stream().filter(c -> !asides.contains(c)).reduce((a, b) -> b).orElse(null);
        if (statement.strip().startsWith("⇒") && last != null && (endsInWorking(last) || isCountOfThings(last)) && st.matches("[\\d(\\[].*")) {
            last.addAll(parts);
            return null;
        }
        if (!continues && last != null && isWordsBeforeAColon(last) && namesItsOwnSubject(parts)) {
            chains.remove(last);
            chains.add(parts);
            topics.put(parts, String.join(" ", last.stream().map(Part::text).toList()).strip());
            return parts;
        }
        if (!continues && last != null && last.size() > 1 && last.get(last.size() - 1).text().isEmpty()) {
            last.remove(last.size() - 1);
            last.addAll(parts);
        } else if (continues && last != null) {
            if (last.size() > 1 && last.get(last.size() - 1).text().isEmpty()) last.remove(last.size() - 1);
            last.addAll(parts.subList(1, parts.size()));
        } else {
            if (continues) parts.remove(0);
            if (!parts.isEmpty()) {
                chains.add(parts);
                return parts;
            }
        }
        return null;
    }

    /**
     * Whether a chain ends in working with no result after it ({@code total multiplications = 1 900 848 + 1 188 030}):
     * an arrow opening the next line then gives that working's result ({@code → 3 088 878}), one more "=" of the
     * chain, not a statement of its own; alone, the result lost the chain's subject and its working's check.
     */
    private static boolean endsInWorking(List<Part> chain) {
        String end = chain.get(chain.size() - 1).text();
        return OPERATOR_BETWEEN_NUMBERS.matcher(end).find() && ValueReader.evaluate(end).isPresent();
    }

    /**
     * Whether a chain is only a count of things, {@code 4 gates}, {@code 10 filters}: an arrow after it gives what that
     * many come to ({@code 4 gates -> 72}), one more "=" of it. Alone, the result lost the count it is a multiple of.
     */
    private static boolean isCountOfThings(List<Part> chain) {
        return chain.size() == 1 && COUNT_OF_THINGS.matcher(chain.get(0).text()).matches();
    }

    /**
     * A count of two or more and the things counted, in up to three words of which the first has three letters or more:
     * {@code 4 gates}, {@code 4 weight matrices}; not a name OCR split ({@code 0 x} for {@code o_x}).
     */
    static final java.util.regex.Pattern COUNT_OF_THINGS =
            java.util.regex.Pattern.compile("\\s*([2-9]|[1-9]\\d{1,2})\\s+[A-Za-z][A-Za-z~_]{2,}(?:\\s+[A-Za-z][A-Za-z~_]*){0,2}\\s*");

    private static final java.util.regex.Pattern OPERATOR_BETWEEN_NUMBERS =
            java.util.regex.Pattern.compile("[\\d)]\\s*[-+×*/·^x]\\s*[\\d(]");

    /**
     * A chain that is only words ending in ":" ({@code the kernel is 1x1, not 3x3:}), no result of
     * its own, left open for the next line, unless those words announce the answer ({@code Answer:}).
     */
    private static boolean isWordsBeforeAColon(List<Part> chain) {
        if (chain.size() < 2 || !chain.get(chain.size() - 1).text().isEmpty()) return false;
        String words = String.join(" ", chain.stream().map(Part::text).toList());
        return !words.matches(".*\\d.*") && !Extractor.isTherefore(words);
    }

    /**
     * A statement with a named subject of its own before its "=" ({@code trainable parameters = 1*1*512*128
     * = 65536}): the words on the line above are its topic, not the start of its chain. Joined, they
     * made the line's subject "the kernel", and the result looked like the question's data restated.
     */
    private static boolean namesItsOwnSubject(List<Part> parts) {
        return parts.size() > 1 && parts.get(0).text().matches(".*[A-Za-z]{2,}.*");
    }

    private static List<Part> parts(String statement, Fragment f) {
        List<Part> parts = new ArrayList<>();
        java.util.regex.Matcher equals = EQUALS.matcher(statement);
        int from = 0;
        boolean approximate = false;
        while (equals.find()) {
            parts.add(part(statement.substring(from, equals.start()), f, approximate));
            approximate = !equals.group().equals("=");
            from = equals.end();
        }
        parts.add(part(statement.substring(from), f, approximate));
        return parts;
    }

    private static Part part(String side, Fragment f, boolean approximate) {
        return new Part(Latex.closeMarks(trimSpecks(side)), f, approximate);
    }

    /** What joins the sides of a chain: "=", and "≈" or a spaced "~" for "about equal". */
    private static final java.util.regex.Pattern EQUALS = java.util.regex.Pattern.compile("[=≈]|\\s~\\s");
}
