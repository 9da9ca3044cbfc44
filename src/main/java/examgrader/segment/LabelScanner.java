package examgrader.segment;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds question labels in one line of an answer script: the labels a line starts with
 * ({@code 1. (a) i)}, {@code ## Task 2.}, {@code $$(b)(i)}, {@code Q2.4}) and the sub-labels
 * written further along it ({@code ... 4 ii) 5 iii) 8}, {@code ①}).
 *
 * <p>Markup that wraps labels in transcriptions (dollar signs, markdown hashes and stars, the
 * {@code >} of a quoted block and the type of an Obsidian callout there ({@code > [!note] (b)}), the bullet and box of a GitHub checklist item {@code - [x] **2.1** ...}, the word
 * "part" before a label, maybe with an ordinal ({@code **First part (a)**}) or before a spaced double dash ({@code *** part ii -- hidden state}),
 * {@code \quad}) is blanked out first, keeping every character's position so the answer text
 * and its words can be cut from the original line.
 */
final class LabelScanner {
    private static final Pattern MARKUP = Pattern.compile(
            "(?i)^\\s*[-*+]\\s+\\[[ x]](?=\\s)|\\b(?:(?:first|second|third|fourth|fifth|sixth|last)\\s+)?(?:sub-?part|sub-?question|part|solution|soln|sol)\\b\\.?(?=\\s*\\(?[a-z0-9]{1,4}(?:[).:]|\\s+(?:--|[–—])\\s))|\\$|#|\\*|\\\\q?quad|\\\\[;,!]|\\\\\\(|\\\\\\)|\\\\\\[|\\\\]|\\\\textbf\\{|\\\\mathbf\\{|\\\\text\\{|^\\s*>(?:\\s*>)*"
            + "|(?<=^\\s{0,3}>\\s{0,3})\\[![A-Za-z-]{1,20}][+-]?");
    /**
     * LaTeX pasted as typed that wraps a label: {@code \\item[2.1]}, {@code \\section*{Task 1}}, {@code \\paragraph{2.1}}. The
     * command and its brackets are blanked, so the label reads as if written bare.
     */
    private static final Pattern LATEX_LABEL_WRAP = Pattern.compile(
            "\\\\item\\[(?=[^\\]\\s]{1,12}\\])|(?<=\\\\item\\[[^\\]\\s]{1,12})\\]"
            + "|\\\\(?:(?:sub){0,2}section|(?:sub)?paragraph)\\*?\\{(?=[^}]{1,20}})"
            + "|(?<=\\\\(?:(?:sub){0,2}section|(?:sub)?paragraph)\\*?\\{[^}]{1,20})}");
    /**
     * A label in square brackets opening a line, {@code [3c] 72 parameters}, {@code [1b-i] C_t = ...}, {@code [Q2]}: the
     * brackets are blanked, so the label reads as if written bare. Only a label's shape inside (a number, then letters,
     * roman numerals or digits each set off at most by a dot, dash or bracket), so a vector opening a line
     * ({@code [0.7,0.2,0.05]}) keeps its brackets; a bare number needs a question word ({@code [Q2]}), for {@code [1]}
     * is read as a bracketed number already, one level of whatever the script numbers.
     */
    private static final String BRACKETED_LABEL_INSIDE = "(?:(?i:q|t|task\\s?|ans\\.?\\s?)\\d{1,2}(?:[.\\-(]?(?:[a-h]|[ivx]{1,4}|\\d)\\)?){0,3}"
            + "|\\d{1,2}(?:[.\\-(]?(?:[a-h]|[ivx]{1,4}|\\d)\\)?){1,3})";
    private static final Pattern BRACKETED_LEADING_LABEL = Pattern.compile(
            "^\\s{0,3}(\\[)" + BRACKETED_LABEL_INSIDE + "(])(?=\\s)");
    /**
     * A rule of equals signs drawn around a label, as in a code comment {@code # ===== Q2 (a) =====}: at the
     * line's start (after a comment's hash) or its end, never inside working ({@code a === b}).
     */
    private static final Pattern RULE_AROUND_LABEL = Pattern.compile("(?<=^[\\s#]{0,8})={3,}|(?<=\\s)={3,}(?=\\s*$)");
    /**
     * A rule of dashes drawn on both sides of a label, {@code ---- 4(a) ----}, {@code --- Q2 ---}: only with a rule at each end
     * and text between, as a single rule of dashes is a Markdown line and a dash before a number may be a minus.
     */
    private static final Pattern DASHES_AROUND_LABEL = Pattern.compile("^(\\s*-{3,})\\s+\\S.*?\\s(-{3,})\\s*$");
    /**
     * The equals signs of an AsciiDoc section title, {@code == Task 2}, {@code == Question 1}: two or more at the
     * line's start, then a space and the title (three or more are a {@link #RULE_AROUND_LABEL} already). A single
     * {@code =} is not taken: it is the document's title in AsciiDoc, and a line of working goes on with it
     * ({@code = (0.7, 0.2, 0.05)}).
     */
    private static final Pattern ASCIIDOC_TITLE = Pattern.compile("^\\s*={2}(?=\\s+[^\\s=])");
    /**
     * The hashes of a Markdown heading titled by a number: {@code ## 5}, {@code ### 2.}, {@code # **3**}; or a number sign
     * before an item's number, in bold too: {@code #1}, {@code **#2**}.
     */
    private static final Pattern NUMBER_HEADING_HASHES = Pattern.compile("\\s*(?:\\*\\*|__)?(#{1,6})(?=[\\s*]*\\d{1,2}(?:[\\s.):*]|$))");
    /**
     * The word for "number" between a question word and its number, {@code Q. No. 3}, {@code Question number 2},
     * as question papers print them, or the identifier a form export names each answer by, {@code Question ID: 1(a)(i)};
     * with the separators after it.
     */
    private static final String NUMBER_WORD = "(?:(?:no|number|num|id)\\b\\.?[\\s:#\\-]*)?";
    /**
     * Words a student opens an answer with to name the question it answers, when a question word and its number follow
     * ({@code For question 1(a) part i: ...}, {@code Regarding Q3(c): ...}); a bare number after them is working
     * ({@code For 2 gates ...}). A counter the student numbers their answers by before them ({@code 7. For question 1(b)(i):})
     * is blanked with them: the question they name is the label.
     */
    private static final String WORDS_NAMING_THE_ANSWERED = "(?:for|regarding|concerning)\\b\\s*:?(?=\\s*(?:q|question|ques|qn|problem|exercise|task|part|item)[\\s.#:\\-]*"
            + NUMBER_WORD + "\\d)";
    /**
     * The words that open a line before its label, {@code Ans. to Q1(i)}, {@code Answer to Question 3},
     * {@code Soln. for 2(b)}, {@code Answer to item 1(a)(i)}, {@code Correction to T2-Q3}, {@code Update on 3(c)}, {@code edit: t2q2 ...}, {@code ignore my earlier answer to 3c}
     * (see {@link Corrections}), and an answer moved to the end, {@code (continued from Q1) — part (a)}: blanked like markup, so the label after them is read as if the line started with it;
     * only before a question word and its number, or a number set off as a label ({@code correction: 3 (c)}; {@code Answer to 3 decimal places} is text).
     */
    private static final Pattern ANSWER_TO = Pattern.compile(
            "(?i)[\\s\\-–—>]*((?:\\d{1,2}[.)]\\s+)?(?:" + WORDS_NAMING_THE_ANSWERED + ")|(?:(?:answer|ans|solution|soln|sol|correction)\\.?\\s*(?:to|for|of)|(?:update|revision|amendment)\\s+(?:on|to|for|of)"
            + "|\\(?\\s*(?:continued|contd|cont'd|continuing|continuation)\\.?\\s+(?:from|of|with)|" + Corrections.DISOWNED_ANSWER + "\\s+(?:to|for|of))\\b|(?:edit(?:ed)?|correction|update)\\s*:)"
            + "(?=\\s*(?:(?:q|question|ques|qn|problem|exercise|task|part|item|t)[\\s.#:\\-]*" + NUMBER_WORD + "\\d|\\d{1,2}(?:[.:)](?!\\d)|\\(|\\s\\((?:[a-h]|[ivx]{1,4})\\)|[a-h]\\b|\\s*$)))");
    private static final String END = "(?=\\s|$|\\(|\\\\|/\\s*\\()";
    /**
     * The task and question words of students who write in Spanish, German or French ({@code TAREA 1} / {@code Punto 3},
     * {@code Aufgabe 2}, {@code Exercice 4}): a heading word as "Task" or "Question" is (see {@link #FOREIGN_TASK_WORDS}).
     */
    static final String FOREIGN_QUESTION_WORDS = "punto|pregunta|ejercicio|frage|exercice";
    /** The foreign words among {@link #FOREIGN_HEADING_WORDS} that head a task, whose numbered questions are its items. */
    static final String FOREIGN_TASK_WORDS = "tarea|aufgabe";
    static final String FOREIGN_HEADING_WORDS = FOREIGN_TASK_WORDS + "|" + FOREIGN_QUESTION_WORDS;
    /**
     * The heading words as students misspell them when typing fast: {@code Tsk 2}, {@code Taks 1} for "Task"; for "Question"
     * any reordering of its letters with at most one left out ({@code Qeustion 3}, {@code Quesiton 5}, {@code Qustion 2}), and
     * the same for "Problem" ({@code Porblem 4}). Taken only where a number follows, as any heading word is.
     */
    static final String MISSPELT_TASK_WORDS = "tsk|taks|tsak";
    static final String MISSPELT_HEADING_WORDS = MISSPELT_TASK_WORDS
            + "|q(?=[uestion]{5,7}\\b)(?=[a-z]*s)(?=[a-z]*t)(?=[a-z]*n)[uestion]{5,7}"
            + "|p(?=[roblem]{5,6}\\b)(?=[a-z]*b)(?=[a-z]*l)(?=[a-z]*m)[roblem]{5,6}";
    /**
     * A heading word ("Item" too, as AsciiDoc writers title the questions under a task; "Prob." for "Problem") or a Markdown heading's hashes, and its number. OCR reads a 1 after a heading word as {@code l}, {@code I} or
     * {@code |} ("Ql.", also glued to its part, "Qlb)i)", "Qla:", or before its bracketed part, "Ql(a)"), a dot twice ("Q4..") or as a colon or comma ("Q2:3", "Task 2,"), a speck
     * after it as an underscore ("Answer 4_"), and drops the space after it ("Q5.params"); "T" counts as a heading word only in upper case
     * before a dotted number ({@code T2.1}, or one space apart, {@code T 2.2}), alone on its line ({@code **T1**}), before a colon and a numbered item ({@code T1: 1) ...}), a question word and its number ({@code T1 Q3}, {@code T2-Q4}) or a
     * bracketed part ({@code T2(i)}) or item ({@code T1 (3)}), so a
     * variable {@code t2} is not a label; a small "t" only glued to a question word and its number
     * ({@code t2q4:}, task 2 item 4, as a chat message keys its answers). After an answer word and a dot, a number that ends the
     * line is the answer, not a heading ({@code Ans. 4} under 3(c)). A capital "A" (answer) glued to a number
     * is a heading word before a bracketed part ({@code A1(a)(i)}), before a dot, colon or bracket, or before
     * a word ({@code A5 Depthwise ...}), never before an operator ({@code A2 = A1 + B}); it is read as a
     * {@link Label.Kind#ANSWER_PREFIXED} label, believed only where a question number is expected.
     */
    private static final Pattern HEADING = Pattern.compile(
            "(?i)(?:(?:task|part|section|question|ques|qn|problem|prob|exercise|item|q|solution|soln|sol|" + FOREIGN_HEADING_WORDS + "|"
            + MISSPELT_HEADING_WORDS + ")[\\s.:#\\-]*" + NUMBER_WORD
            + "|(?-i:t)(?=\\d{1,2}\\s*[-.,:]?\\s*q\\s*\\d{1,2}(?:[.:)]|\\s|$))"
            + "|(?-i:T)\\s(?=\\d{1,2}\\.\\d{1,2}(?:[.:)]?\\s(?!\\s*[=+\\-*/×])|[.:)]?$))"
            + "|(?-i:T)(?=\\d{1,2}(?:[.:]?\\s*$|:\\s*\\(?\\d{1,2}[.)]\\s|\\s?>\\s?\\d{1,2}(?:\\s|$)|\\.\\d|\\s*[-.,:]?\\s*(?:q|question)\\s*\\.?\\s*\\d|\\s?\\((?:[a-z]|[ivx]{1,4})\\)|\\s?\\(\\d{1,2}\\)(?=\\s)|-(?:[a-h]|[ivx]{1,4})\\b))"
            + "|(?-i:A)(?=\\d{1,2}(?:\\((?:[a-h]|[ivx]{1,4})\\)|[.:)]?(?:\\s+[A-Za-z(]|\\s*$)))"
            + "|(?:answer|ans)(?:(?:\\.|\\s*-)(?!\\s*\\d{1,2}\\s*$))?\\s*|#{1,6}\\s*)(\\d{1,2}|[lI|](?=[\\s.:)\\-(]|[a-h][):]|$))((?:[.:]\\d{1,2})*)"
            + "(?:\\.?([a-h])(?:\\.?([ivx]{1,4}))?)?\\s*[.,:)\\]\\-_]{0,2}(?:" + END + "|(?<=[.:)]|(?<!\\s)-)(?=[A-Za-z])|(?<=\\d)(?=[qQ]\\d))");
    /**
     * A pictograph a typist sets before a label as a bullet, {@code 🔹 (a)(i)}, {@code ▶ Q2}, {@code ✅ (b)}: a
     * symbol from the blocks of shapes, dingbats and emoji (with its emoji variation selector). Not an
     * arrow ({@code ➜ 5 filters} goes on with working), nor {@code ©} or {@code ®}, which OCR reads for a
     * circled number (see LabelWalker's lost labels).
     */
    private static final String PICTOGRAPH_BULLET =
            "[\\p{So}&&[^\\x{0}-\\x{21FF}\\x{2794}-\\x{27BF}\\x{27F0}-\\x{27FF}\\x{2900}-\\x{297F}\\x{1F800}-\\x{1F8FF}]]\\x{FE0F}?";
    /**
     * What OCR puts before a label that is not part of it: specks read as {@code _ ' ~ - . |}, a bracket
     * a typist put around it ({@code [T1.3]}), a pictograph bullet that print or OCR turned into {@code ?}
     * ({@code ? (a)(i)} for {@code 🔹 (a)(i)}),
     * or a stray capital glued to a parenthesised label ({@code U(b)(ii)} for {@code 1(b)(ii)}); and a
     * typist's {@link #PICTOGRAPH_BULLET}.
     */
    private static final Pattern JUNK_BEFORE_LABEL = Pattern.compile(
            "(?:[_'‘’\"“”~\\-—–|.,·•`\\[?]\\s*){1,3}|[A-Z](?=\\((?:[a-h]|[ivx]{1,4})\\))|" + PICTOGRAPH_BULLET + "\\s*");
    private static final Pattern TEXTCIRCLED = Pattern.compile("\\\\textcircled\\{\\s*(\\d{1,2})\\s*}");
    /**
     * Circled numbers: {@code ①}, and the dingbats {@code ❶} (negative), {@code ➀} (sans-serif) and {@code ➊}
     * (negative sans-serif), each block counting from 1 to 10 (see {@link #circledNumber}).
     */
    private static final Pattern CIRCLED = Pattern.compile("[\\u2460-\\u2473\\u2776-\\u2793]");
    /**
     * {@code **[Sun 21:40] Lukas Schmidt:**}: the time stamp in brackets and the sender's name before each message of a
     * chat export, maybe in emphasis. Not part of the message: its label, if any, comes after it, and its numbers
     * ({@code 21:40}) are no answer.
     */
    private static final Pattern CHAT_PREFIX = Pattern.compile(
            "\\s*(?:\\*\\*|__)?\\[[^\\]]{0,25}\\b\\d{1,2}:\\d{2}\\b[^\\]]{0,10}]\\s*\\p{L}[\\p{L}.'\\- ]{0,40}:(?:\\*\\*|__)?");
    /** {@code 2.1}, {@code 2.4.}, {@code 1.3)}, and in brackets: {@code (1.3)}. */
    private static final Pattern DOTTED = Pattern.compile(
            "(?:\\((?=[\\d.]+\\)))?(\\d{1,2})((?:\\.\\d{1,2})+)\\s*\\)?[.:]?(?=\\s|$)");
    /**
     * {@code No. 5} after another label ({@code Part 2 / No. 5}): the word for "number" and the item's number. Never at
     * a line's start, where "No." opens an answer ({@code No. 3 is wrong}).
     */
    private static final Pattern NUMBER_WORD_AFTER_LABEL = Pattern.compile("(?i)(?:no|nr|num|number)\\b\\.?\\s*#?(\\d{1,2})[.:)]?(?=\\s|$)");
    /**
     * {@code 1-4:}, {@code 2-4-b (mults):}: the levels of a label joined by dashes, starting a line. Only before a colon,
     * dot or bracket, or a bracketed word and then one ({@code (mults):}), so that a range or a difference in working
     * ({@code 1-4 = -3}) is no label. A letter after the numbers is the student's own count of the answers one numbered
     * question asks for ({@code 2-4-a (params)}, {@code 2-4-b (mults)}), not a level of the paper: it is passed over,
     * and the words after it tell the answers apart.
     */
    private static final Pattern DASHED = Pattern.compile(
            "(?i)(\\d{1,2}(?:-\\d{1,2}){1,2})(?:-([a-h]))?(?:\\s*[:.)](?=\\s|$)|(?=\\s+\\([a-z][a-z ]{0,20}\\)\\s*:))");
    /**
     * A label's levels parted as a student's own keys, opening a line: {@code 1-a-(i)}, {@code 3-(c)}, {@code 1-(b)-(ii)}, {@code q1a_iii:},
     * {@code q5_total:} (the word after the underscore is the answer's own name, read as text). Not a key set equal to
     * its value, {@code q1b_ii = [0.6044, 0, 0]} under a comment {@code # Q1(b)(ii)}: read as a label there, it opened
     * the question a second time, and the working above it was read as the answer. Keys without an underscore
     * ({@code q3c}) are headings ({@link #HEADING}). The keys of a JSON or YAML block of answers, before their colon:
     * {@code "1a_i": 5,}, {@code "3c": 84,}, {@code "5_total_mults": 3088878,}, and unquoted with an underscore,
     * {@code 1b_ii: [0.6044, 0, 0]}, {@code 5_depthwise_out: 199x199x3}. A task's item as a key: {@code Q2_3 ->}, and in a
     * closing listing of variables, {@code t2_q3 = [52, 53, 54]}, {@code t2_q4_mults = 2508800} (the name after the
     * underscore read as text).
     */
    private static final Pattern LEVELS_APART = Pattern.compile(
            "(\\d{1,2})-(?:([a-h])-\\(([ivx]{1,4})\\)|\\(([a-h])\\)(?:-\\(([ivx]{1,4})\\))?)(?:[:.)](?=\\s|$)|(?=\\s|$))"
            + "|(?i:q)(\\d{1,2})(?:([a-h])_([ivx]{1,4})|(?=_[a-z]))(?!\\s*=)(?:\\s*:(?=\\s|$)|(?=_[a-z]|\\s|$))"
            + "|[\"'“](\\d{1,2})(?:([a-h])(?:_([ivx]{1,4}))?)?(?:[\"'”]\\s*:(?=\\s|$)|(?=_[a-z]\\w*[\"'”]\\s*:(?=\\s|$)))"
            + "|(\\d{1,2})([a-h])_([ivx]{1,4})\\s*:(?=\\s|$)|(\\d{1,2})(?=_[a-z]\\w*\\s*:(?=\\s|$))"
            + "|(?i:q)(\\d{1,2})_(\\d{1,2})(?=\\s*(?:->|→|=>|:)(?=\\s|$)|\\s*$)"
            + "|(?i:t)(\\d{1,2})_(?i:q)(\\d{1,2})(?=(?:_[a-z]+)?\\s*[=:](?=\\s))");
    /**
     * A task's number and its item's in a shape of their own, opening a line: {@code T1-4} (a dash, before a space,
     * colon, dot or bracket, so {@code T1-4 = -3} is no label), {@code (T1)(3)}, {@code Task2/Q1}, {@code T2 / Q 4}, and
     * {@code 1(3)} before a colon, the line's end or words (not {@code 2(3) + 1}, {@code 4(6 + 3)} in working), and
     * {@code (2/5)} alone on its line or before a colon (not {@code (1/2) · x} in working).
     */
    private static final Pattern TASK_AND_ITEM = Pattern.compile(
            "T(\\d{1,2})-(\\d{1,2})(?:\\s*[:.)](?=\\s|$)|(?=\\s(?!\\s*[=+\\-*/×])|$))"
            + "|\\(T(\\d{1,2})\\)\\s?\\((\\d{1,2})\\)[:.]?(?=\\s|$)"
            + "|(?i:t(?:ask)?)\\s?(\\d{1,2})\\s?/\\s?(?i:q)\\s?(\\d{1,2})[:.)]?(?=\\s|$)"
            + "|(\\d{1,2})\\((\\d{1,2})\\)(?:[:.](?=\\s|$)|(?=\\s*$|\\s(?!\\s*[-=+*/×x·^(\\d])))"
            + "|\\((\\d{1,2})\\s?/\\s?(\\d{1,2})\\)(?:[:.]?(?=\\s*$)|:(?=\\s))");
    /**
     * {@code 1a}, {@code 1.a.iii}, and with dashes: {@code 1a-iii}, {@code 3a-}; in a sentence, closed by a comma
     * ({@code ignore my earlier answer to 3c, the right one is 72}).
     */
    private static final Pattern COMPACT = Pattern.compile(
            "(?i)(\\d{1,2})[.\\-]?([a-h])(?:[.\\-]?([ivx]{1,4}))?\\s*[.):,\\-]?(?=\\s|$)");
    /**
     * A {@link #COMPACT} label inside a line, after a space ({@code 1a-i. 4     1a-ii. 5     1a-iii. 8}): read only in
     * the shapes the script starts its lines with (see {@link #compactShapesStartingLines}).
     */
    private static final Pattern INLINE_COMPACT = Pattern.compile("(?i)(?<=\\s)" + COMPACT.pattern().substring(4).replace("[.):,\\-]", "[.):\\-]"));
    /**
     * {@code 1 a ii - 5}, {@code 3 a - W_f is 3 x 5}: the levels of a label set apart by spaces. A number, a
     * lower-case letter and a roman numeral; or a number and a letter closed by a dash, colon or bracket, or standing
     * alone on their line as a heading ({@code 1 b} above its items), or set off from the answer by a gap of two spaces
     * or more, as a column ({@code 3 a  3 x 5}, {@code 2 b  0}), so that working ({@code 2 a + b}) is no label.
     */
    private static final Pattern SPACED = Pattern.compile(
            "(\\d{1,2})\\s+([a-h])(?:\\s+([ivx]{1,4})(?:\\s*[.):\\-–](?=\\s|$)|(?=\\s|$))|\\s*[.):\\-–](?=\\s|$)|\\s*$"
            + "|(?=[ \\t]{2,}[^\\s+\\-*/=×·^<>]))");
    /**
     * {@code (1a)}, {@code (2b)(ii)}: a question number and its part in one bracket, before a space that does not
     * go on into working ({@code (2a) + 3b}), the line's end, or a bracketed sub-label.
     */
    private static final Pattern BRACKETED_COMPACT = Pattern.compile(
            "\\((\\d{1,2})([a-h])\\)[.:]?(?=\\s*$|\\s+(?![=+\\-*/×·^<>])|\\((?:[a-h]|[ivx]{1,4})\\)(?=[\\s.:]|$))");
    /**
     * {@code Part A (LSTM)}, {@code Section B}: a heading word and a capital letter for the task's number, at the
     * line's end or before a bracket, a dash or a capitalised word. Read as a {@link Label.Kind#LETTER_HEADING}.
     */
    private static final Pattern LETTER_HEADING = Pattern.compile(
            "(?i:part|task|section)\\s+([A-H])(?=\\s*$|\\s*[(\\-–—]|\\s+[A-Z])");
    /**
     * {@code Lai)} or {@code i(a)i)} for {@code 1(a)(i)}: OCR drops brackets of a question 1 label
     * and reads the 1 as a look-alike letter; a closing bracket after a letter-then-roman body
     * makes it a label, and so does a dot ({@code l(a)iv.}) or a dash before the answer ({@code laiv-3}).
     */
    private static final Pattern GLUED_ONE = Pattern.compile(
            "[Ll|Ii](?:([a-h])|\\(([a-h])\\))\\(?([ivx]{1,4})(?:\\)|\\.|-(?=\\s*\\S))(?=\\s|$|[A-Za-z(\\d\\-])");
    /**
     * {@code l.a.iii}, {@code l(b) —}, {@code la)ft=4}: a dotted question 1 label, or a part of it in brackets, whose 1 OCR
     * read as l, I or |. Read as a {@link Label.Kind#DOTTED_ONE}, believed only before any question or inside question 1
     * (a bracketed item, {@code l(a)(iv)}, is a {@link #GLUED_ONE}, believed only as the next item). A capital I before a
     * bracketed part is left to be passed over as a stray capital ({@link #JUNK_BEFORE_LABEL}): typed, {@code I(a)} ...
     * {@code III(a)} number the questions in roman.
     * A letter without a bracket or dot after it ({@code lav}) is not taken: glued labels are read by the quantity
     * they name (LabelWalker), and one read here with the next left unread gave the next item's value to this one.
     */
    private static final Pattern DOTTED_ONE = Pattern.compile("[lI|]\\.([a-h])(?:\\.([ivx]{1,4}))?\\s*[.):]?(?=\\s|$)"
            + "|[l|](?:\\(([a-h])\\)(?=\\s|$|[A-Za-z])|([a-h])\\)(?=\\s|$|[A-Za-z]))");
    /**
     * {@code 71.2}: a {@code T1.2} label whose T OCR read as a 7. Read as a
     * {@link Label.Kind#SEVEN_FOR_T}, believed only as the next sibling after a T label.
     */
    private static final Pattern SEVEN_FOR_T = Pattern.compile("7(\\d)((?:\\.\\d{1,2})+)\\s*[.):]?(?=\\s|$)");
    /**
     * {@code 2,} alone on its line (a question number whose dot OCR read as a comma), or {@code 5-} and
     * {@code 5 -} before a space (a question number set off by a dash, as in working {@code 5 - 3}).
     */
    private static final Pattern LOOSE_NUMBER = Pattern.compile("(\\d{1,2})(?:,\\s*$|\\s?[-–](?=\\s))");
    /** {@code Answer:}, {@code Answers:}, {@code Ans.} at the start of a line. */
    private static final Pattern ANSWER_WORD = Pattern.compile("(?i)(?:answers?|ans)\\b\\s*[.:\\-]?\\s*");
    /** {@code 5} alone on its line: a question number written as a heading, or an answer. */
    private static final Pattern LONE_NUMBER = Pattern.compile("(\\d{1,2})\\s*$");
    /** {@code ivy Ct: 3}: a roman numeral whose closing bracket OCR read as y, j, } or ]. */
    private static final Pattern ROMAN_BAD_BRACKET = Pattern.compile("([ivx]{1,4})[yj}\\]](?=\\s)");
    /**
     * {@code (ili)o_t}, {@code iji)o_t}, {@code iii,o_t}: a roman numeral with an i read as l or j, or its dot or bracket
     * read as a comma. Read as a {@link Label.Kind#MISREAD_ROMAN}, believed only as the next sibling.
     */
    private static final Pattern ROMAN_MISREAD = Pattern.compile("\\(?([ivxlj]{2,4})([)\\]},.])(?=\\s|$|[A-Za-z_])");
    /** {@code 5 Input 200 x 200}, {@code 3  (x_t: 2, c_t: 3)}: a question number with nothing after it but a space and a word, or a wide gap and a bracketed remark. */
    private static final Pattern BARE_NUMBER = Pattern.compile("(\\d{1,2})(?:\\s+(?=[A-Za-z])(?![xX]\\s*\\d|by\\b)|\\s{2,}(?=\\((?!\\s*\\d)))");
    /**
     * {@code 1.}, {@code 2)}, {@code (4)}, and a number before a part label: {@code 1(b)}, {@code 1 b)}, a capital letter in brackets {@code 2(A)}. A number
     * closing a bracket before a division or power ({@code 5)/2) + 1 = 30}, the rest of {@code floor((64 − 5)/2)}
     * wrapped onto a line of its own) is arithmetic, not a label.
     */
    private static final Pattern NUMBER = Pattern.compile(
            "(?:\\((\\d{1,2})\\)[:.]?|(\\d{1,2})\\s*(?:[.:](?!\\d)|\\)(?!\\d|\\s*[/÷^]))|(\\d{1,2})(?=\\s?\\(?(?:[a-z]|[ivx]{1,4}|\\([A-H])\\)))");
    /**
     * A bare letter or roman numeral right after another label on the line: joined to it by a dash
     * ({@code T2-iv}), after the word part ({@code Ques 1 (a) part i :- 4}), or, after a label with no
     * closing bracket or dot, set off by spaces before a separator, the line's end or another such label
     * ({@code Q.1 a i : 4}), or by two spaces or more before its answer, as a column ({@code Q 1 a iii   o_t = 5}), or
     * opening a run of items answered with their numbers ({@code Ans 1a - i 4, ii 5, iii 6}). After {@code ii)} a letter and a colon is the answer ({@code ii) i: 3}).
     * Tried before the other kinds after a label, so {@code part i} is not read as a heading "Part 1".
     */
    private static final Pattern CHAINED = Pattern.compile(
            "(?i)(?:(?<=-)([a-h]|[ivx]{1,4})(?=[\\s:)\\-]|$)|(?:sub-?)?part\\s+([a-h]|[ivx]{1,4})\\b"
            + "|(?<=[\\w\\s])([a-h]|[ivx]{1,4})(?=\\s*(?::-|[:,\\-–—→⇒]|=>|$)|\\s+\\(?(?:[a-h]|[ivx]{1,4})\\b|\\s{2,}\\S"
            + "|(?<=i)\\s+\\d{1,2}\\s*,\\s*ii\\s+\\d))");
    /**
     * {@code 4 gates (f, i, o, C~): 4 x (6 + 3) = 36}, {@code 4 weight matrices, each 3 x 5 = 15}: a number before a
     * plural noun in small letters, on a line
     * that works something out, counts things in working; it is not question 4's bare label (a heading has a
     * title, {@code 5 Depthwise separable convolution}, not a count).
     */
    private static final Pattern COUNT_OF_THINGS = Pattern.compile("\\d{1,2}\\s+(?:[a-z]+\\s+)?[a-z]{2,}s\\b(?=.*(?:[=×*]|\\bx\\s*\\(?\\d))");

    private static boolean countsThingsInWorking(String s, int pos) {
        return COUNT_OF_THINGS.matcher(s).region(pos, s.length()).lookingAt();
    }

    /** {@code ii → 5}, {@code iv -> 3}: a bare roman numeral set off from its answer by an arrow. */
    private static final Pattern ROMAN_ARROW = Pattern.compile("([ivx]{1,4})\\s*(?=→|->|⟶|=>)");
    /** {@code - ii} alone on its line (its answer on the next): a bare roman numeral, maybe after a list's bullet. */
    private static final Pattern LONE_ROMAN = Pattern.compile("([ivx]{1,4})\\s*:?\\s*$");
    /** {@code iv)C_t}, {@code ii)i_t = 5}: OCR often drops the space after a label's bracket. */
    private static final Pattern LETTER = Pattern.compile(
            "(?i)(?:\\(([a-z]|[ivx]{2,4})\\)[:.]?|([a-z]|[ivx]{2,4})\\)[:.]?(?:" + END + "|(?=\\w)))");
    /**
     * {@code a. 4}, {@code i.} ending a line ({@code 1 b) i.} with its working below), and {@code a.i. 4} where OCR lost
     * the space between a letter and its roman sub-label.
     */
    private static final Pattern LETTER_DOT = Pattern.compile("(?i)([a-h]|[ivx]{1,4})\\.(?=\\s|$|[ivx]{1,4}\\.(?:\\s|\\d|[a-z]))");
    /** {@code b: 3 x 1}, {@code ii: 5}: a small part letter or roman numeral closed by a colon (see {@link Label.Kind#COLON_LETTER}). */
    private static final Pattern LETTER_COLON = Pattern.compile("([a-h]|[ivx]{1,4}):(?=\\s|$)");
    /** {@code (a)i.f_t}: after another label, OCR may glue a dotted sub-label to its answer. */
    private static final Pattern LETTER_DOT_GLUED = Pattern.compile("(?i)([a-h]|[ivx]{1,4})\\.(?=[A-Za-z\\d])");
    /** {@code iv.C_t: 3} or {@code v.1} at the start of a line: a dotted roman glued to its answer, believed only as the next sibling. */
    private static final Pattern ROMAN_DOT_GLUED = Pattern.compile("(?i)([ivx]{1,4})\\.(?=[A-Za-z]|\\d(?![\\d.,]*\\s*[x×*]))");
    /**
     * A dash glued between an item's numeral and its one- or two-digit answer, before the next item or the line's end
     * ({@code i-4; ii-5}): it sets the answer off, as a spaced dash does, and is no minus sign.
     */
    private static final String DASH_BEFORE_ITS_NUMBER = "-(?=\\d{1,2}(?![\\d.,])\\s*(?:[;,|]|$))";
    private static final Pattern GLUED_DASH_BEFORE_ITS_NUMBER = Pattern.compile(DASH_BEFORE_ITS_NUMBER);
    /**
     * Sub-labels inside a line ({@code 4 ii) 5}, {@code 4  ii. 5}, {@code 4  .iii 8}); a parenthesised one, or a
     * roman one with its closing bracket or dot, may be glued to its answer by OCR ({@code , (b)b_f: 3}, {@code ii)it 5},
     * {@code iv)3}, {@code iii.o t=8}),
     * and so may a dotted letter ({@code 3x5, b.b fis3x1}). A bare roman numeral after a comma, before a dash, colon,
     * arrow or its number, runs a list of items ({@code (a) i – 4, ii – 5, iii – 8}, {@code i 4, ii 5}); so does one
     * after a semicolon or a bar ({@code i-4; ii-5}, {@code | ii => ...}), its dash glued to its number taken with the
     * label. Only the next sibling is believed (see LabelWalker).
     */
    private static final Pattern INLINE = Pattern.compile(
            "(?i)(?<=[\\s,;])(?:\\(([a-z]|[ivx]{2,4})\\)|([a-z]|[ivx]{2,4})[).](?=\\s|$|(?-i:[A-Z]))|\\.([a-z]|[ivx]{2,4})(?=\\s)"
            + "|([ivx]{2,4}(?=\\)[a-z])|[ivx]{1,4}(?=\\)\\d))\\)|([ivx]{1,4}(?=\\.\\d)|[ivx]{2,4}(?=\\.[a-z]))\\.|(?-i:([a-h]))\\.(?=[a-z])"
            + "|(?<=[,;|]\\s{1,3})(?-i:([ivx]{1,4}))(?:(?=\\s*(?:[–—:=→]|->|-(?!\\d))\\s*\\S|\\s+\\d)|" + DASH_BEFORE_ITS_NUMBER + "))");

    /**
     * {@code (continued from Q3)} opening a line whose label follows in words of its own ({@code (continued from Q3)
     * **ignore my earlier answer to 3c, ...}): a remark on where the answer belongs, blanked so the label after it is read.
     */
    private static final Pattern CONTINUATION_REMARK = Pattern.compile("(?i)\\s*\\(\\s*(?:continued|contd|cont'd)\\.?\\s+(?:from|of)\\b[^)]{0,30}\\)");

    /**
     * {@code Task 1 = Q1, Task 2 = Q2, ...}: a key to the script's own numbering, one label named as another. It
     * opens no answer; read as the heading "Task 1", it would put every later {@code Q1(a)} under task 1 as item 1.
     */
    private static final Pattern NUMBERING_KEY = Pattern.compile(
            "(?i)(?:task|part|section|question|problem|q)\\s*\\.?\\s*\\d{1,2}\\s*(?:=|:=|≡|→|->|=>|⇒|means\\b|stands\\s+for\\b)"
            + "\\s*(?:task|part|section|question|problem|q)\\s*\\.?\\s*\\d{1,2}\\b");

    private LabelScanner() {}

    /**
     * The line with label-wrapping markup blanked out, same length as the line, and the words that
     * open a line before its label ({@code Ans. to}, see {@link #ANSWER_TO}). The hashes of a
     * Markdown heading whose title is a number ({@code ## 5}) are kept: they make the number a
     * heading, as a heading word does.
     */
    static String blankMarkup(String line) {
        StringBuilder sb = new StringBuilder(line);
        for (int i = 0; i < chatPrefixEnd(line); i++) sb.setCharAt(i, ' ');
        Matcher bbcode = BBCODE_TAG.matcher(line);
        while (bbcode.find()) {
            for (int i = bbcode.start(); i < bbcode.end(); i++) sb.setCharAt(i, ' ');
        }
        Matcher heading = NUMBER_HEADING_HASHES.matcher(line);
        boolean hashesKept = heading.lookingAt();
        Matcher m = MARKUP.matcher(line);
        while (m.find()) {
            if (hashesKept && m.start() >= heading.start(1) && m.start() < heading.end(1)) continue;
            for (int i = m.start(); i < m.end(); i++) sb.setCharAt(i, ' ');
        }
        Matcher rule = RULE_AROUND_LABEL.matcher(line);
        while (rule.find()) {
            for (int i = rule.start(); i < rule.end(); i++) sb.setCharAt(i, ' ');
        }
        Matcher dashes = DASHES_AROUND_LABEL.matcher(line);
        if (dashes.matches()) {
            for (int g = 1; g <= 2; g++) for (int i = dashes.start(g); i < dashes.end(g); i++) sb.setCharAt(i, ' ');
        }
        Matcher asciiDoc = ASCIIDOC_TITLE.matcher(line);
        if (asciiDoc.lookingAt()) {
            for (int i = asciiDoc.start(); i < asciiDoc.end(); i++) sb.setCharAt(i, ' ');
        }
        Matcher bracketed = BRACKETED_LEADING_LABEL.matcher(line);
        if (bracketed.find()) {
            sb.setCharAt(bracketed.start(1), ' ');
            sb.setCharAt(bracketed.start(2), ' ');
        }
        Matcher latex = LATEX_LABEL_WRAP.matcher(line);
        while (latex.find()) {
            for (int i = latex.start(); i < latex.end(); i++) sb.setCharAt(i, ' ');
        }
        Matcher remark = CONTINUATION_REMARK.matcher(sb);
        if (remark.lookingAt() && ANSWER_TO.matcher(sb).region(remark.end(), sb.length()).lookingAt()) {
            for (int i = remark.start(); i < remark.end(); i++) sb.setCharAt(i, ' ');
        }
        Matcher answerTo = ANSWER_TO.matcher(sb);
        if (answerTo.lookingAt()) {
            for (int i = answerTo.start(1); i < answerTo.end(1); i++) sb.setCharAt(i, ' ');
        }
        return sb.toString();
    }

    /**
     * The formatting tags of a forum post's BBCode, {@code [b]Task 1[/b]}, {@code [list=1]}, {@code [*]}, {@code [color=gray]}:
     * blanked as markup is. A one-letter tag only closed on the same line ({@code [b]Task 1[/b]}), as {@code [3][b]} is a label
     * with each level in brackets; never an opening {@code [i]} (an index in working, {@code x[i]}).
     */
    private static final Pattern BBCODE_TAG = Pattern.compile(
            "(?i)\\[/?(?:size|color|colour|font|list|quote|center)(?:=[^\\]\\s]{1,20})?]|\\[([bus])](?=.*\\[/\\1])|\\[/[bius]]|\\[\\*]");
    /** BBCode tags and spaces the line starts with, after any chat prefix: {@code [*] [color=gray]}. */
    private static final Pattern LEADING_BBCODE = Pattern.compile("(?i)(?:\\s*(?:" + BBCODE_TAG.pattern().substring(4) + "))+\\s*");

    /**
     * Where the text of the line starts past what is no part of an answer at its start: a chat message's time stamp and
     * sender ({@link #CHAT_PREFIX}) and BBCode formatting ({@code [*] [color=gray]}).
     */
    static int answerTextStart(String line) {
        int start = chatPrefixEnd(line);
        Matcher m = LEADING_BBCODE.matcher(line).region(start, line.length());
        return m.lookingAt() ? m.end() : start;
    }

    /** BBCode tags and spaces the line ends with: {@code ... = 28[/color]}. */
    private static final Pattern TRAILING_BBCODE = Pattern.compile("(?i)(?:\\s*(?:" + BBCODE_TAG.pattern().substring(4) + "))+\\s*$");

    /** Where the text of the line ends before the BBCode formatting it ends with ({@code [/color]}), or its length. */
    static int answerTextEnd(String line) {
        Matcher m = TRAILING_BBCODE.matcher(line);
        return m.find() ? m.start() : line.length();
    }

    /** Where the {@link #CHAT_PREFIX} the line starts with ends, or 0 when it has none: the message starts there. */
    static int chatPrefixEnd(String line) {
        Matcher m = CHAT_PREFIX.matcher(line);
        return m.lookingAt() ? m.end() : 0;
    }

    /**
     * The labels the line starts with, in order (possibly none). An answer word before letter or
     * roman sub-labels is passed over ({@code Answer: i) 4  ii) 5}): the sub-answers are listed
     * under the question's heading.
     */
    static List<Label> leading(String cleaned) {
        List<Label> labels = new ArrayList<>();
        int pos = skipSpaces(cleaned, 0);
        if (NUMBERING_KEY.matcher(cleaned).region(pos, cleaned.length()).lookingAt()) return labels;
        Matcher junk = JUNK_BEFORE_LABEL.matcher(cleaned).region(pos, cleaned.length());
        if (labelAt(cleaned, pos, true) == null && junk.lookingAt()
                && labelAt(cleaned, skipSpaces(cleaned, junk.end()), true) != null) {
            pos = skipSpaces(cleaned, junk.end());
        }
        Matcher answer = ANSWER_WORD.matcher(cleaned).region(pos, cleaned.length());
        if (answer.lookingAt() && isSubLabel(labelAt(cleaned, answer.end(), true))) pos = answer.end();
        boolean afterSlash = false;
        while (pos < cleaned.length()) {
            Label label = labels.isEmpty() ? null : chained(cleaned, pos, labels.get(labels.size() - 1), afterSlash);
            if (label == null) label = labelAt(cleaned, pos, labels.isEmpty());
            if (label == null) break;
            labels.add(label);
            pos = skipSpaces(cleaned, label.end());
            afterSlash = false;
            Label item = pos < cleaned.length() ? breadcrumbItem(cleaned, pos, label) : null;
            if (item != null) {
                labels.add(item);
                pos = skipSpaces(cleaned, item.end());
            }
            if (pos == label.end() && isSubLabel(label)
                    && GLUED_DASH_BEFORE_ITS_NUMBER.matcher(cleaned).region(pos, cleaned.length()).lookingAt()) {
                labels.set(labels.size() - 1, new Label(label.kind(), label.parts(), label.raw(), label.start(), pos + 1));
                break;
            }
            if (pos < cleaned.length() && (cleaned.charAt(pos) == ',' || cleaned.charAt(pos) == '/' || spacedDash(cleaned, pos)
                    || gluedDashBeforeSubLabel(cleaned, pos, label) || colonBeforeBracketedLabel(cleaned, pos))) {
                afterSlash = cleaned.charAt(pos) == '/';
                pos = skipSpaces(cleaned, pos + 1);
            }
        }
        return labels;
    }

    /**
     * {@code Q1 part a: (i) f_t -> 4}: a colon after a label whose level is written bare ({@code part a}), then a
     * bracketed label, goes on with the label rather than opening the answer. A bracketed label keeps its colon
     * ({@code (a): (i)}); a bare letter cannot, since the colon ends the label pattern. What follows must itself read
     * as a label, so {@code part a: (0.7, 0.2)} stays an answer.
     */
    private static boolean colonBeforeBracketedLabel(String cleaned, int pos) {
        if (cleaned.charAt(pos) != ':') return false;
        int next = skipSpaces(cleaned, pos + 1);
        return next < cleaned.length() && cleaned.charAt(next) == '(' && isSubLabel(labelAt(cleaned, next, false));
    }

    /** Circled numbers anywhere after {@code from}: they are never anything but labels. */
    static List<Label> circled(String cleaned, int from) {
        List<Label> found = new ArrayList<>();
        Matcher m = CIRCLED.matcher(cleaned).region(from, cleaned.length());
        while (m.find()) {
            int n = circledNumber(m.group().charAt(0));
            found.add(new Label(Label.Kind.CIRCLED, List.of(String.valueOf(n)), m.group(), m.start(), m.end()));
        }
        m = TEXTCIRCLED.matcher(cleaned).region(from, cleaned.length());
        while (m.find()) {
            found.add(new Label(Label.Kind.CIRCLED, List.of(m.group(1)), m.group(), m.start(), m.end()));
        }
        return found;
    }

    /** The number a {@link #CIRCLED} character stands for: {@code ⑫} is 12, {@code ❸} and {@code ➌} are 3. */
    private static int circledNumber(char c) {
        if (c <= '\u2473') return c - '\u2460' + 1;
        return (c - '\u2776') % 10 + 1;
    }

    /**
     * The shapes of the compact labels ({@code 1a-i.}, {@code 2b)}) that start two lines or more with different
     * labels, written with a dot, dash or bracket: the script's own style of label, which it may then also write
     * inside a line after another answer ({@code 1a-iv. 1    1a-v. 3}). A shape keeps the punctuation and puts
     * {@code 9}, {@code a} and {@code i} for the number, letter and roman numeral ({@code 9a-i.}).
     */
    static java.util.Set<String> compactShapesStartingLines(List<String> cleanedLines) {
        java.util.Map<String, java.util.Set<String>> labelsByShape = new java.util.HashMap<>();
        for (String line : cleanedLines) {
            Matcher m = COMPACT.matcher(line).region(skipSpaces(line, 0), line.length());
            if (!m.lookingAt()) continue;
            String shape = compactShape(m);
            if (shape.matches("[9ai]+")) continue;
            labelsByShape.computeIfAbsent(shape, k -> new java.util.HashSet<>()).add(m.group().strip().toLowerCase(Locale.ROOT));
        }
        java.util.Set<String> shapes = new java.util.HashSet<>();
        labelsByShape.forEach((shape, labels) -> {
            if (labels.size() >= 2) shapes.add(shape);
        });
        return shapes;
    }

    /** Compact labels inside a line, after {@code from}, in one of {@code shapes} ({@link #compactShapesStartingLines}). */
    static List<Label> inlineCompact(String cleaned, int from, java.util.Set<String> shapes) {
        List<Label> found = new ArrayList<>();
        if (shapes.isEmpty()) return found;
        Matcher m = INLINE_COMPACT.matcher(cleaned).region(from, cleaned.length());
        m.useTransparentBounds(true);
        while (m.find()) {
            if (!shapes.contains(compactShape(m))) continue;
            List<String> parts = new ArrayList<>(List.of(m.group(1), m.group(2).toLowerCase(Locale.ROOT)));
            if (m.group(3) != null) parts.add(m.group(3).toLowerCase(Locale.ROOT));
            found.add(label(Label.Kind.DOTTED, parts, m));
        }
        return found;
    }

    /** A {@link #COMPACT} match with its number, letter and numeral put as {@code 9}, {@code a} and {@code i}. */
    private static String compactShape(Matcher m) {
        StringBuilder shape = new StringBuilder(m.group().strip());
        int offset = m.start() + (m.group().length() - m.group().stripLeading().length());
        for (int g = 3; g >= 1; g--) {
            if (m.group(g) == null) continue;
            shape.replace(m.start(g) - offset, m.end(g) - offset, g == 1 ? "9" : g == 2 ? "a" : "i");
        }
        return shape.toString().toLowerCase(Locale.ROOT);
    }

    /**
     * Numbered items inside a line, set off from what comes before by two spaces or a semicolon
     * ({@code 1) 26 x 28   2) 32 x 30   3) 52, 53, 54}, {@code (1) (26, 28)   (2) (31, 29)}): one space before {@code 2)} is too often a
     * number of the working ({@code (n - 2) 3}).
     */
    private static final Pattern INLINE_NUMBERED = Pattern.compile(
            "(?<=\\S\\s{2,9}|;\\s{0,9}|\\s\\|\\s{1,9})(?:(\\d{1,2})[).]|\\((\\d{1,2})\\))(?=\\s+\\S)");

    static List<Label> inlineNumbered(String cleaned, int from) {
        List<Label> found = new ArrayList<>();
        Matcher m = INLINE_NUMBERED.matcher(cleaned).region(from, cleaned.length());
        m.useTransparentBounds(true);
        while (m.find()) found.add(label(Label.Kind.NUMBER, List.of(m.group(1) != null ? m.group(1) : m.group(2)), m));
        return found;
    }

    /** Letter or roman sub-labels written inside a line, as in {@code 4 ii) 5 iii) 8}. */
    static List<Label> inline(String cleaned, int from) {
        List<Label> found = new ArrayList<>();
        Matcher m = INLINE.matcher(cleaned).region(from, cleaned.length());
        m.useTransparentBounds(true);
        while (m.find()) {
            String v = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2)
                    : m.group(3) != null ? m.group(3) : m.group(4) != null ? m.group(4)
                    : m.group(5) != null ? m.group(5) : m.group(6) != null ? m.group(6) : m.group(7)).toLowerCase(Locale.ROOT);
            found.add(new Label(letterKind(v), List.of(v), m.group(), m.start(), m.end()));
        }
        return found;
    }

    /** The groups a pattern of alternatives matched, in order, in small letters: a label's levels, whichever shape it had. */
    private static List<String> groupsMatched(Matcher m) {
        List<String> parts = new ArrayList<>();
        for (int g = 1; g <= m.groupCount(); g++) {
            if (m.group(g) != null) parts.add(m.group(g).toLowerCase(Locale.ROOT));
        }
        return parts;
    }

    private static Label labelAt(String s, int pos, boolean lineStart) {
        Matcher m = NUMBER_WORD_AFTER_LABEL.matcher(s).region(pos, s.length());
        if (!lineStart && m.lookingAt()) return label(Label.Kind.NUMBER, List.of(m.group(1)), m);
        m = DASHED.matcher(s).region(pos, s.length());
        if (lineStart && m.lookingAt()) {
            return label(Label.Kind.DOTTED, Arrays.asList(m.group(1).split("-")), m);
        }
        m = LEVELS_APART.matcher(s).region(pos, s.length());
        if (lineStart && m.lookingAt()) return label(Label.Kind.DOTTED, groupsMatched(m), m);
        m = TASK_AND_ITEM.matcher(s).region(pos, s.length());
        if (lineStart && m.lookingAt()) return label(Label.Kind.HEADING, groupsMatched(m), m);
        m = HEADING.matcher(s).region(pos, s.length());
        if (m.lookingAt()) {
            List<String> parts = new ArrayList<>(List.of(m.group(1).matches("\\d+") ? m.group(1) : "1"));
            if (!m.group(2).isEmpty()) parts.addAll(Arrays.asList(m.group(2).substring(1).split("[.:]")));
            if (m.group(3) != null) parts.add(m.group(3).toLowerCase(Locale.ROOT));
            if (m.group(4) != null) parts.add(m.group(4).toLowerCase(Locale.ROOT));
            if (m.group().matches("A\\d.*")) {
                int after = skipSpaces(s, m.end());
                return new Label(Label.Kind.ANSWER_PREFIXED, List.copyOf(parts), m.group().trim(), m.start(), m.end(),
                        after < s.length() ? s.charAt(after) : ' ');
            }
            return label(Label.Kind.HEADING, parts, m);
        }
        m = TEXTCIRCLED.matcher(s).region(pos, s.length());
        if (m.lookingAt()) return label(Label.Kind.CIRCLED, List.of(m.group(1)), m);
        m = CIRCLED.matcher(s).region(pos, s.length());
        if (m.lookingAt()) {
            return label(Label.Kind.CIRCLED, List.of(String.valueOf(circledNumber(m.group().charAt(0)))), m);
        }
        m = SEVEN_FOR_T.matcher(s).region(pos, s.length());
        if (m.lookingAt() && lineStart) {
            List<String> parts = new ArrayList<>(List.of(m.group(1)));
            parts.addAll(Arrays.asList(m.group(2).substring(1).split("\\.")));
            return label(Label.Kind.SEVEN_FOR_T, parts, m);
        }
        m = DOTTED.matcher(s).region(pos, s.length());
        if (m.lookingAt() && lineStart) {
            List<String> parts = new ArrayList<>(List.of(m.group(1)));
            parts.addAll(Arrays.asList(m.group(2).substring(1).split("\\.")));
            return label(Label.Kind.DOTTED, parts, m);
        }
        m = COMPACT.matcher(s).region(pos, s.length());
        if (m.lookingAt() && lineStart) {
            List<String> parts = new ArrayList<>(List.of(m.group(1), m.group(2).toLowerCase(Locale.ROOT)));
            if (m.group(3) != null) parts.add(m.group(3).toLowerCase(Locale.ROOT));
            return label(Label.Kind.DOTTED, parts, m);
        }
        m = SPACED.matcher(s).region(pos, s.length());
        if (m.lookingAt() && lineStart) {
            List<String> parts = new ArrayList<>(List.of(m.group(1), m.group(2)));
            if (m.group(3) != null) parts.add(m.group(3));
            return label(Label.Kind.DOTTED, parts, m);
        }
        m = BRACKETED_COMPACT.matcher(s).region(pos, s.length());
        if (m.lookingAt() && lineStart) return label(Label.Kind.DOTTED, List.of(m.group(1), m.group(2)), m);
        m = LETTER_HEADING.matcher(s).region(pos, s.length());
        if (m.lookingAt() && lineStart) return label(Label.Kind.LETTER_HEADING, List.of(m.group(1).toLowerCase(Locale.ROOT)), m);
        m = DOTTED_ONE.matcher(s).region(pos, s.length());
        if (m.lookingAt() && lineStart) {
            List<String> parts = new ArrayList<>(List.of("1"));
            parts.addAll(groupsMatched(m));
            return label(Label.Kind.DOTTED_ONE, parts, m);
        }
        m = LOOSE_NUMBER.matcher(s).region(pos, s.length());
        if (m.lookingAt() && lineStart) return label(Label.Kind.LOOSE_NUMBER, List.of(m.group(1)), m);
        m = LONE_NUMBER.matcher(s).region(pos, s.length());
        if (m.lookingAt() && lineStart) return label(Label.Kind.LONE_NUMBER, List.of(m.group(1)), m);
        m = GLUED_ONE.matcher(s).region(pos, s.length());
        if (m.lookingAt() && lineStart) {
            String letter = m.group(1) != null ? m.group(1) : m.group(2);
            return label(Label.Kind.GLUED_ONE, List.of("1", letter, m.group(3)), m);
        }
        m = NUMBER.matcher(s).region(pos, s.length());
        if (m.lookingAt()) {
            String n = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return label(Label.Kind.NUMBER, List.of(n), m);
        }
        m = BARE_NUMBER.matcher(s).region(pos, s.length());
        if (m.lookingAt() && lineStart && !countsThingsInWorking(s, pos)) return new Label(Label.Kind.BARE_NUMBER, List.of(m.group(1)), m.group(1), m.start(), m.end(), s.charAt(m.end()));
        m = LETTER.matcher(s).region(pos, s.length());
        if (m.lookingAt()) {
            String v = (m.group(1) != null ? m.group(1) : m.group(2)).toLowerCase(Locale.ROOT);
            return label(letterKind(v), List.of(v), m);
        }
        m = ROMAN_ARROW.matcher(s).region(pos, s.length());
        if (m.lookingAt() && lineStart) return label(Label.Kind.ARROW_ROMAN, List.of(m.group(1)), m);
        m = LONE_ROMAN.matcher(s).region(pos, s.length());
        if (m.lookingAt() && lineStart) return label(Label.Kind.ARROW_ROMAN, List.of(m.group(1)), m);
        m = ROMAN_BAD_BRACKET.matcher(s).region(pos, s.length());
        if (m.lookingAt() && lineStart) return label(Label.Kind.MISREAD_ROMAN, List.of(m.group(1)), m);
        m = ROMAN_MISREAD.matcher(s).region(pos, s.length());
        if (m.lookingAt() && misreadRoman(m) != null) return label(Label.Kind.MISREAD_ROMAN, List.of(misreadRoman(m)), m);
        m = (lineStart ? LETTER_DOT : LETTER_DOT_GLUED).matcher(s).region(pos, s.length());
        if (!m.lookingAt() && !lineStart) m = LETTER_DOT.matcher(s).region(pos, s.length());
        if (m.lookingAt()) {
            String v = m.group(1).toLowerCase(Locale.ROOT);
            return label(letterKind(v), List.of(v), m);
        }
        m = LETTER_COLON.matcher(s).region(pos, s.length());
        if (lineStart && m.lookingAt()) return label(Label.Kind.COLON_LETTER, List.of(m.group(1)), m);
        m = ROMAN_DOT_GLUED.matcher(s).region(pos, s.length());
        if (lineStart && m.lookingAt()) return label(Label.Kind.MISREAD_ROMAN, List.of(m.group(1).toLowerCase(Locale.ROOT)), m);
        m = LETTER_DOT_GLUED.matcher(s).region(pos, s.length());
        if (lineStart && m.lookingAt() && m.group(1).length() == 1) {
            return label(Label.Kind.MISREAD_LETTER, List.of(m.group(1).toLowerCase(Locale.ROOT)), m);
        }
        return null;
    }

    /**
     * A {@link #CHAINED} sub-label at {@code pos}, after the label {@code before} on the same line; null when there is none.
     * A bare one after a label closed by a bracket or dot is its answer ({@code ii) i: 3}), unless a slash between them
     * sets it off as the path's next level ({@code Part 1 / (a) / i    f_t — Ans: 4}).
     */
    private static Label chained(String s, int pos, Label before, boolean afterSlash) {
        Matcher m = CHAINED.matcher(s).region(pos, s.length());
        m.useTransparentBounds(true);
        if (!m.lookingAt()) return null;
        String v = (m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3)).toLowerCase(Locale.ROOT);
        if (m.group(3) != null && before.raw().matches(".*[).]") && !afterSlash && !romanAfterLetter(before, v)) return null;
        return label(letterKind(v), List.of(v), m);
    }

    /**
     * {@code 1(a) i: f_t is the first sigmoid -> 4}, a table's label cell written out: a bare roman numeral after a
     * closed part letter is its item. After a closed roman item ({@code ii) i: 3}) a bare letter is the answer, a gate's
     * name, so only a part letter ({@code a} to {@code h}) before it counts.
     */
    private static boolean romanAfterLetter(Label before, String v) {
        List<String> parts = before.parts();
        return v.matches("[ivx]{1,4}") && !parts.isEmpty() && parts.get(parts.size() - 1).matches("[a-h]");
    }

    /** Misread roman sub-labels inside a line ({@code 8 (ili) 3}), each to be believed only as the next sibling. */
    static List<Label> inlineMisread(String cleaned, int from) {
        List<Label> found = new ArrayList<>();
        Matcher m = ROMAN_MISREAD.matcher(cleaned).region(from, cleaned.length());
        m.useTransparentBounds(true);
        while (m.find()) {
            if (m.start() > 0 && !Character.isWhitespace(cleaned.charAt(m.start() - 1))) continue;
            String v = misreadRoman(m);
            if (v != null) found.add(new Label(Label.Kind.MISREAD_ROMAN, List.of(v), m.group().trim(), m.start(), m.end()));
        }
        return found;
    }

    /** The roman numeral a {@link #ROMAN_MISREAD} match stands for, or null when it is not a misread one. */
    private static String misreadRoman(Matcher m) {
        String body = m.group(1).toLowerCase(Locale.ROOT);
        if (!body.contains("l") && !body.contains("j") && !m.group(2).equals(",")) return null;
        String roman = body.replace('l', 'i').replace('j', 'i');
        return LabelPath.isRoman(roman) ? roman : null;
    }

    /**
     * A dash glued to the label before it and to a {@link #CHAINED} or bracketed sub-label after it, as the second dash of
     * {@code Q-1-a-i} or of {@code Q1-a-(i)}: the levels of one label joined by dashes throughout.
     */
    private static boolean gluedDashBeforeSubLabel(String s, int pos, Label before) {
        if (s.charAt(pos) != '-' || pos != before.end() || pos + 1 >= s.length()) return false;
        if (chained(s, pos + 1, before, false) != null) return true;
        return s.charAt(pos + 1) == '(' && isSubLabel(labelAt(s, pos + 1, false));
    }

    /**
     * {@code T2 > 4}, {@code Task 1 > 3}: a task's heading and its item's number joined by a breadcrumb's
     * {@code >}. Only after a heading and before a number that ends the line or is set off by a space, so a
     * comparison in working ({@code 0.7 > 0.5}) is not taken for one.
     */
    private static Label breadcrumbItem(String s, int pos, Label before) {
        if (s.charAt(pos) != '>' || before.kind() != Label.Kind.HEADING || before.parts().size() != 1) return null;
        Matcher m = BREADCRUMB_ITEM.matcher(s).region(pos + 1, s.length());
        if (!m.lookingAt()) return null;
        return new Label(Label.Kind.NUMBER, List.of(m.group(1)), m.group().strip(), m.start(1), m.end(1));
    }

    private static final Pattern BREADCRUMB_ITEM = Pattern.compile("\\s?(\\d{1,2})(?=\\s|$)");

    /** A dash with spaces on both sides, as between the labels of {@code Q 1 - a - i} or {@code Task II – 3}. */
    private static boolean spacedDash(String s, int pos) {
        return "-–—".indexOf(s.charAt(pos)) >= 0 && pos > 0 && Character.isWhitespace(s.charAt(pos - 1))
                && pos + 1 < s.length() && Character.isWhitespace(s.charAt(pos + 1));
    }

    private static boolean isSubLabel(Label label) {
        return label != null && (label.kind() == Label.Kind.LETTER || label.kind() == Label.Kind.ROMAN);
    }

    private static Label.Kind letterKind(String v) {
        return v.length() > 1 ? Label.Kind.ROMAN : Label.Kind.LETTER;
    }

    private static Label label(Label.Kind kind, List<String> parts, Matcher m) {
        return new Label(kind, List.copyOf(parts), m.group().trim(), m.start(), m.end());
    }

    static int skipSpaces(String s, int pos) {
        while (pos < s.length() && Character.isWhitespace(s.charAt(pos))) pos++;
        return pos;
    }
}
