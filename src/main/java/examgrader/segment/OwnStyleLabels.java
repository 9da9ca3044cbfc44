package examgrader.segment;

import examgrader.ocr.ScriptText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whole-path labels in a style of the script's own, read level by level by position into the
 * rubric's numbering: a task numbered with capital roman numerals ({@code **I.a.1**} for 1(a)(i),
 * {@code II-1.} for Task 2.1, {@code V.} for question 5), each level in brackets ({@code [1][a][ii]},
 * {@code [5]}), in words ({@code Task one, question three:}), or an item numbered with small roman
 * numerals after its task's number ({@code 1.iv<TAB>...} for item 1.4 where the rubric numbers items
 * 1..6), or in plain numbers after a part letter ({@code 1.a.2  8} for 1(a)(ii)), or at every level ({@code 1.1.3} for
 * 1(a)(iii), {@code 2.1} for 2(a)), task and question
 * joined by a slash ({@code **2/3**} for 2.3), by "pt" ({@code Qn 2 pt 3:}) or by a dash after a question word
 * ({@code Q2-4-(i)}), a task numbered in capital roman numerals after a heading word ({@code Task II}), items numbered with a spaced
 * dash or in square brackets under their task's heading ({@code 2 - 31 x 30}, {@code [3] "Calculate sigma'(z)"}), or a task numbered with a capital letter before its
 * item ({@code B-iii:} for item 2.3, also further along a line: {@code B-i: (26, 28)   B-ii: (32, 30)}). Without this, {@code V.} reads as item (v) of some question and {@code 1.iv} as item 1 with
 * the text "iv ...".
 *
 * <p>A capital numeral is a task number (but after a heading word, {@code Task II}, where the word
 * says so), and a number in brackets a label, only in a script whose own style says so: two lines or more starting with such a label over a longer path
 * ({@code I.a.1} and {@code II.b}; {@code [3][a]} and {@code [1][b][i]}), as a pronoun "I", a matrix
 * "V" or a citation {@code [1]} never are. In a script numbering its tasks in capitals a bare
 * {@code V.} at a line start is question 5, never an item v. Every path read here must lead to a
 * question of the rubric, or it is not taken.
 */
final class OwnStyleLabels {
    private static final String ROMAN_TASK_NUMERAL = "(X|IX|VIII|VII|VI|V|IV|III|II|I)";
    private static final String PART = "(?:[a-h]|\\d{1,2}|[ivx]{1,4})";
    /**
     * {@code I.a.1}, {@code II.b}, {@code II-1.}, {@code IV.a)} and a bare {@code V.}, {@code III)}: a capital
     * numeral, then a path of lower labels joined by dots or dashes, or a closing dot or bracket on its own.
     * Never {@code I.e.}; never a capital numeral without punctuation ({@code I think}).
     */
    private static final Pattern ROMAN_TASK = Pattern.compile(
            "\\s*" + ROMAN_TASK_NUMERAL + "(?!\\.e\\.)(?:[.\\-](" + PART + "(?:[.\\-]" + PART + ")*)[.):]?|[.):])(?=\\s|$)");
    /**
     * {@code Task II}, {@code Question IV:}, {@code Part III (convolutions)}: a heading word and the task's
     * number in capital roman numerals, alone on its line or set off by a dot, a colon, a bracket or a dash,
     * so that prose ({@code Question IV asks ...}) is not a label; maybe with the item after a dash ({@code Task II – 3.}).
     * Before a lone {@code I} the word must be capitalised: {@code question I} opening a line is a sentence wrapped
     * before its pronoun ({@code For the gate} / {@code question I think ...}). Without this, {@code Task II} is no label
     * and the items under it ({@code (I)}, {@code (II)}) are read as the first task's items again.
     */
    private static final Pattern WORD_AND_ROMAN_TASK = Pattern.compile(
            "\\s*(?i:(task|part|section|question|ques|problem|exercise|" + LabelScanner.MISSPELT_TASK_WORDS + "))\\s+" + ROMAN_TASK_NUMERAL
            + "(?:\\s*[-–—]\\s*(\\d{1,2})[.):]?(?=\\s|$)|\\s*[.:](?=\\s|$)|(?=\\s*$|\\s*[(\\-–—]))");
    /** {@code [1][a][ii]}, {@code [3][b]}, {@code [5]}: each level of the path in square brackets. */
    private static final Pattern BRACKETED = Pattern.compile("\\s*\\[(\\d{1,2})]((?:\\[" + PART + "])*)(?=\\s|$)");
    private static final List<String> NUMBER_WORDS = List.of("one", "two", "three", "four", "five", "six", "seven", "eight",
            "nine", "ten", "eleven", "twelve");
    private static final String NUMBER_WORD = "(" + String.join("|", NUMBER_WORDS) + ")";
    private static final List<String> ORDINALS = List.of("first", "second", "third", "fourth", "fifth", "sixth", "seventh",
            "eighth", "ninth", "tenth");
    /**
     * {@code FIRST TASK}, {@code Second question:}, {@code Fifth question:} alone on its line: an ordinal and a heading
     * word, the student's own numbering in words. Under a task so written, a question so written is the task's item.
     */
    private static final Pattern ORDINAL = Pattern.compile("(?i)\\s*(" + String.join("|", ORDINALS)
            + ")\\s+(?:task|question|problem|exercise)\\s*(?:[:.]\\s*)?$");
    /**
     * {@code First part}, {@code Second part:} alone on its line: a question's parts counted in words, as a student
     * writes them under {@code Question One}; read as the part's letter where the rubric letters its parts.
     */
    private static final Pattern ORDINAL_PART = Pattern.compile("(?i)\\s*(" + String.join("|", ORDINALS)
            + ")\\s+(?:part|sub-?part)\\s*(?:[:.]\\s*)?$");
    /**
     * {@code Task one, question three:}, {@code Question two.}, {@code Problem four} alone on its line: a
     * heading word and a number in words, maybe a second pair for the item; a colon, a dot, the line's
     * end or a bracketed part label after it ({@code Question One (a) part (i):}), so prose ({@code Question two is
     * harder}) is not a label. "Part one:" alone is not
     * taken for a question: students divide an answer into parts of their own.
     */
    private static final Pattern WORDED = Pattern.compile("(?i)\\s*(?:task|question|problem|exercise|q)\\s+"
            + NUMBER_WORD + "(?:\\s*[,;\\-]?\\s*(?:question|part|item|sub-?part|q)\\s+" + NUMBER_WORD + ")?\\s*(?:[:.]|$|(?=[,;\\-]?\\s*(?:(?:sub-?)?part\\s*)?\\((?:[a-h]|[ivx]{1,4})\\)))");
    /**
     * {@code item one   (f_t):  position 5}, {@code item four:}, {@code sub-question two -}: an item counted in words under
     * its part's heading ({@code Question One, part (a)}), set off from its answer by a colon, a dash, a bracket, two spaces or
     * the line's end, so prose ({@code item one is the forget gate}) is not a label. Read as the item's roman numeral, believed
     * (as a spaced-off roman item is) only as the first or the next item under its parent.
     */
    private static final Pattern WORDED_ITEM = Pattern.compile("(?i)\\s*(?:item|sub-?question|sub-?part)\\s+" + NUMBER_WORD
            + "(?:\\s*[:.)\\-–—](?=\\s|$)|(?=\\s{2,}|\\s*$|\\s+\\())");
    /**
     * {@code A-i:}, {@code B-iii:}, {@code B.2)}: a capital letter for the task ("Part B" is the second task) and
     * the item's number, small roman or plain, joined by a dash or a dot. Read only in a script that writes
     * such labels under two letters or more (see {@link #startsLinesAsPaths}), as {@code A-1 is the inverse}
     * may start a line of working.
     */
    private static final Pattern LETTER_TASK = Pattern.compile("\\s*([A-H])[.\\-]([ivx]{1,4}|\\d{1,2})[.):]?(?=\\s|$)");
    /**
     * A {@link #LETTER_TASK} label further along a line, after a space and closed by a colon, a bracket or a
     * dot: {@code B-i: out = (26, 28)       B-ii: out = (32, 30)}.
     */
    private static final Pattern LETTER_TASK_INLINE = Pattern.compile("(?<=\\s)([A-H])[.\\-]([ivx]{1,4}|\\d{1,2})[.):](?=\\s|$)");
    /** {@code 1.i}, {@code 2.iii)}, {@code 1.iv:}: a task number, a dot and a small roman item number. */
    private static final Pattern NUMBER_ROMAN = Pattern.compile("\\s*(\\d{1,2})\\.([ivx]{1,4})[.):]?(?=\\s|$)");
    /**
     * {@code 1.a.1}, {@code 1.a.2)}, also as a list's item ({@code - 1.a.3 o_t → 8}): a task number, a part letter and the
     * item in plain numbers where the rubric numbers items with roman numerals; the item's number is its position.
     */
    private static final Pattern LETTER_NUMBERED_ITEM = Pattern.compile(
            "\\s*(?:[-*+•]\\s+)?(\\d{1,2})\\.([a-h])\\.(\\d{1,2})[.):]?(?=\\s|$)");
    /**
     * {@code 1.1.3}, {@code 2.1}: every level in plain numbers, each its position, where the rubric numbers a level
     * with letters ({@code 1.1.3} for 1(a)(iii), {@code 2.1} for 2(a)). Read only in a script that numbers so (see
     * {@link #startsLinesWithNumberedPaths}), as a line of working may start {@code 1.2 + 0.5}.
     */
    private static final Pattern NUMBERED_PATH = Pattern.compile("\\s*(\\d{1,2})((?:\\.\\d{1,2}){1,2})[.):]?(?=\\s|$)");
    /**
     * {@code 3 - sigma(1 - sigma)}: a number set off from its answer by a spaced dash, as items listed under a
     * task's heading. Read only in a script that numbers its items so (see {@link #startsLinesWithDashedItems}),
     * as a line of working may start {@code 1 - 0.2 = 0.8}.
     */
    private static final Pattern DASHED_ITEM = Pattern.compile("\\s*(\\d{1,2})\\s?[-–](?=\\s+\\S)");

    /**
     * {@code [3] "Calculate sigma'(z)"}: an item's number alone in square brackets, as a console numbers its
     * lines, under its task's heading. Read only in a script that numbers its items so under two headings or
     * more (see {@link #startsLinesWithItemsUnderHeadings}), as a citation {@code [1]} or a list of
     * references at the end of a script is not.
     */
    private static final Pattern BRACKETED_ITEM = Pattern.compile("\\s*\\[(\\d{1,2})](?=\\s+\\S)");

    /**
     * {@code 1/3}, {@code 2/4:}: the task's number, a slash and the question's number, maybe a sub-answer's
     * letter of the student's own after another slash ({@code 2/4/b}: the second part of the answers 2.4 asks
     * for, shared out among them by their cues). Read only in a
     * script that writes its labels so (see {@link #startsLinesWithTwoLevelLabels}), as a fraction
     * {@code 1/2} starting a line of working is not a label. Group 3 is the sub-answer's letter, which tells
     * {@code 2/4/a} and {@code 2/4/b} apart as different labels.
     */
    private static final Pattern SLASHED = Pattern.compile("\\s*(\\d{1,2})/(\\d{1,2})(/[a-h])?[.):]?(?=\\s|$)");
    /**
     * A {@link #SLASHED} label after a list's bullet, {@code - 2/3: n ∈ {52, 53, 54}}, as in a list of final
     * answers after the working; read in a script whose lines start with its bare labels.
     */
    private static final Pattern SLASHED_AFTER_BULLET = Pattern.compile("\\s*[-*+•]\\s+" + SLASHED.pattern().substring(3));
    /**
     * {@code Qn 2 pt 3:}, {@code Q1 pt. 5}: a question word with the task's number, then "pt" and the
     * question's number. Read only in a script that writes its labels so, as "pt" may be a unit or a
     * word of prose.
     */
    private static final Pattern POINTED = Pattern.compile(
            "(?i)\\s*(?:q|qn|ques|question|task)\\s*\\.?\\s*(\\d{1,2})\\s*[,;\\-]?\\s*pt\\.?\\s*(\\d{1,2})\\s*[.):]?(?=\\s|$)");
    /**
     * {@code Q2-4}, {@code Q2-4-(i)}, {@code Question 1-3:}: a question word with the task's number, a dash and
     * the question's number, maybe a part of the student's own glued on after another dash. Read only in a
     * script that writes its labels so (see {@link #startsLinesWithTwoLevelLabels}), as {@code Q1-2} may be
     * working on a quantity Q. Group 3 is what is glued on after it ({@code -(i)}), which tells
     * {@code Q2-4-(i)} and {@code Q2-4-(ii)} apart as different labels.
     */
    private static final Pattern DASHED_QUESTION = Pattern.compile(
            "(?i)\\s*(?:q|qn|ques|question|task)\\s*\\.?\\s*(\\d{1,2})-(\\d{1,2})[.):]?(?=\\s|$|-)(?=(\\S*))");
    /**
     * {@code ii  6}, {@code iv<TAB>C_t}: a bare small roman numeral at the line's start set off from its answer
     * by a tab or two spaces or more, as items listed under a part's heading {@code 1.a}.
     */
    private static final Pattern SPACED_ROMAN = Pattern.compile("\\s*([ivx]{1,4})(?:\\t|\\s{2,})(?=\\S)");
    /** An item in a script that lists them spaced off ({@link #SPACED_ROMAN}), where a column aligned by hand may leave one space: {@code iii 8}. */
    private static final Pattern SPACED_ROMAN_ITEM = Pattern.compile("\\s*([ivx]{1,4})[ \\t]+(?=\\S)");
    /**
     * {@code ii - 5}, {@code iv – C_t}, {@code iii: 8}: a bare small roman numeral at the line's start set off from its
     * answer by a dash or a colon with a space after it, as items listed under a part's heading {@code Q1A}
     * ({@code i -4} is working).
     */
    private static final Pattern DASHED_ROMAN = Pattern.compile("\\s*([ivx]{1,4})\\s*[-–—:]\\s+(?=\\S)");

    /**
     * The BBCode of a forum post: a numbered list's start {@code [list=1]} (or {@code [list=a]}), a bulleted one's {@code [list]},
     * a list's end and its items {@code [*]}, in the order written.
     */
    private static final Pattern BBCODE_LIST_TAG = Pattern.compile("(?i)\\[list(=[^\\]\\s]{1,3})?]|\\[/list]|\\[\\*]");

    /** {@code q1:} alone on its line at the left margin: a question's key in a YAML-like submission. */
    private static final Pattern YAML_QUESTION_KEY = Pattern.compile("(?i)q\\d{1,2}:\\s*$");
    /**
     * {@code   a:}, {@code     iii: 8   # o_t}, {@code   b: |}: a part's letter or an item's roman numeral as an indented
     * key of a YAML-like submission, its answer after the colon or in the lines below it (the {@code |} that opens such a
     * block is part of the key).
     */
    private static final Pattern YAML_PART_KEY = Pattern.compile("(\\s+)([a-h]|[ivx]{1,4}):(?:\\s*[|>][-+]?(?=\\s*$))?(?=\\s|$)");
    /** A YAML comment: a hash at the line's start or after a space, to the line's end ({@code 4   # f_t}). */
    private static final Pattern YAML_COMMENT = Pattern.compile("(?:^|\\s)#");

    private final LabelSchema schema;
    /**
     * The script is a YAML-like submission: questions as keys at the margin ({@code q1:}), their parts and items as
     * keys indented below ({@code   a:}, {@code     i: 4}).
     */
    private final boolean yamlKeys;
    /**
     * For each line that starts an item of a BBCode numbered list ({@code [list=1]} then {@code [*] ...}), the item's
     * number, its position in that list; items of a bulleted list nested in one ({@code [*] [list] [*] params ...})
     * are parts of the numbered item they stand in, not numbered.
     */
    private final java.util.Map<Integer, Integer> numberedListItems;
    /** The script numbers its items with a number and a spaced dash ({@code 1 - no}, {@code 2 - ...}). */
    private final boolean dashedItems;
    /** The script numbers the items under each task's heading in square brackets ({@code [1] ...}, {@code [2] ...}). */
    private final boolean bracketedItems;
    /** The script numbers its tasks with capital roman numerals. */
    private final boolean romanTasks;
    /** The script numbers its tasks with capital letters before their items ({@code A-i:}, {@code B-ii:}). */
    private final boolean letterTasks;
    /** The script writes each level of its labels in square brackets. */
    private final boolean bracketedPaths;
    /** The script numbers the items under a part letter with plain numbers ({@code 1.a.1}, {@code 1.a.2}). */
    private final boolean letterNumberedItems;
    /** The script writes its labels as task, slash, question ({@code 1/3}). */
    private final boolean slashedPaths;
    /** The script writes its labels as question word, task, "pt", question ({@code Qn 2 pt 3}). */
    private final boolean pointedPaths;
    /** The script writes its labels as question word, task, dash, question ({@code Q2-4}). */
    private final boolean dashedQuestions;
    /** The script numbers every level of its labels with plain numbers where the rubric letters one ({@code 1.1.3}). */
    private final boolean numberedPaths;
    /** The script lists items as bare roman numerals spaced off from their answers ({@code i   4}, {@code ii  6}). */
    private final boolean spacedRomanItems;
    /** The script lists items as bare roman numerals dashed off from their answers ({@code i - 4}, {@code ii - 6}). */
    private final boolean dashedRomanItems;

    OwnStyleLabels(LabelSchema schema, ScriptText script) {
        this.schema = schema;
        List<String> written = script.lines().stream().map(examgrader.ocr.Line::text).toList();
        List<String> lines = written.stream().map(LabelScanner::blankMarkup).toList();
        this.dashedItems = startsLinesWithItemsUnderHeadings(lines, DASHED_ITEM, 1);
        this.bracketedItems = startsLinesWithItemsUnderHeadings(lines, BRACKETED_ITEM, 2);
        this.romanTasks = startsLinesAsPaths(lines, ROMAN_TASK);
        this.letterTasks = startsLinesAsPaths(lines, LETTER_TASK);
        this.bracketedPaths = startsLinesAsPaths(lines, BRACKETED);
        this.letterNumberedItems = startsLinesWithItems(lines);
        this.slashedPaths = startsLinesWithTwoLevelLabels(lines, SLASHED);
        this.pointedPaths = startsLinesWithTwoLevelLabels(lines, POINTED);
        this.dashedQuestions = startsLinesWithTwoLevelLabels(lines, DASHED_QUESTION);
        this.spacedRomanItems = startsLinesWithRomans(lines, SPACED_ROMAN) || startsLinesWithARunOfRomans(lines);
        this.dashedRomanItems = startsLinesWithRomans(lines, DASHED_ROMAN);
        this.numberedPaths = startsLinesWithNumberedPaths(lines);
        this.yamlKeys = writtenAsYamlKeys(written);
        this.numberedListItems = numberedListItems(written);
    }

    /**
     * Whether two lines or more start with different three-level {@link #NUMBERED_PATH}s ({@code 1.1.1},
     * {@code 1.2.1}) that lead to questions of the rubric only with their numbers read as positions: the
     * script's own numbering, as a decimal has no second dot and a section number of the question paper's
     * own would fit the rubric as written.
     */
    private boolean startsLinesWithNumberedPaths(List<String> lines) {
        if (schema.depthOf(LabelSchema.Level.LETTER) < 0) return false;
        Set<String> items = new HashSet<>();
        for (Matcher m : linesStarting(lines, NUMBERED_PATH)) {
            List<String> written = numberedParts(m);
            if (written.size() == 3 && inRubricNumbering(written, false) == null && inRubricNumbering(written, true) != null) {
                items.add(String.join(".", written));
            }
        }
        return items.size() >= 2;
    }

    private static List<String> numberedParts(Matcher m) {
        List<String> parts = new ArrayList<>(List.of(m.group(1)));
        parts.addAll(Arrays.asList(m.group(2).substring(1).split("\\.")));
        return parts;
    }

    /** The matches of {@code style} at the start of the script's lines, markup blanked ({@link LabelScanner#blankMarkup}). */
    private static List<Matcher> linesStarting(List<String> lines, Pattern style) {
        List<Matcher> found = new ArrayList<>();
        for (String line : lines) {
            Matcher m = style.matcher(line);
            if (m.lookingAt()) found.add(m);
        }
        return found;
    }

    /**
     * Whether three lines or more start with items in {@code style} ({@link #DASHED_ITEM}, {@link #BRACKETED_ITEM})
     * whose numbers go up under each heading, under {@code headingsNeeded} headings or more ({@code Task 1},
     * {@code 1 -}, {@code 2 -}, {@code 5 -}, {@code Task 2}, {@code 1 -}, ...): the script's own numbering. A line
     * of working starting {@code 1 - x} goes back among them, and then none is believed.
     */
    private static boolean startsLinesWithItemsUnderHeadings(List<String> lines, Pattern style, int headingsNeeded) {
        int last = 0;
        int items = 0;
        int headings = 0;
        for (String cleaned : lines) {
            Matcher m = style.matcher(cleaned);
            if (m.lookingAt()) {
                int n = Integer.parseInt(m.group(1));
                if (n <= last) return false;
                if (last == 0) headings++;
                last = n;
                items++;
                continue;
            }
            List<Label> leading = LabelScanner.leading(cleaned);
            if (!leading.isEmpty() && leading.get(0).kind() == Label.Kind.HEADING) last = 0;
        }
        return items >= 3 && headings >= headingsNeeded;
    }

    /**
     * Whether {@code style}'s two-level labels start two lines or more, under two different tasks, and
     * never the same label twice ({@code 1/1}, {@code 1/3}, {@code 2/1}; {@code Q2-4-(i)} and {@code Q2-4-(ii)}
     * are two, by the part glued on): the script's own numbering.
     * Fractions starting lines of working ({@code 1/2 of it}, {@code 1/2 again}) repeat or stay
     * under one number.
     */
    private static boolean startsLinesWithTwoLevelLabels(List<String> lines, Pattern style) {
        Set<String> tops = new HashSet<>();
        Set<String> labels = new HashSet<>();
        for (Matcher m : linesStarting(lines, style)) {
            String gluedOn = m.groupCount() >= 3 && m.group(3) != null ? m.group(3) : "";
            if (!labels.add(m.group(1) + "/" + m.group(2) + gluedOn)) return false;
            tops.add(m.group(1));
        }
        return tops.size() >= 2;
    }

    /**
     * Whether three lines in a row (blank lines apart) start with {@code i}, {@code ii} and {@code iii}, each with one space
     * after it ({@code i f_t 4} / {@code ii i_t 5} / {@code iii o_t 8}, as typed on a phone): the script's own list of
     * items. One space is too little to tell {@code i} from a pronoun in a line or two, but not in a run counted out. The
     * run may start at {@code ii} when {@code i} stands after its part's label ({@code (a)  i   f_t   4} / {@code ii  i_t  5}).
     */
    private static boolean startsLinesWithARunOfRomans(List<String> lines) {
        for (List<String> expected : List.of(List.of("i", "ii", "iii"), List.of("ii", "iii", "iv"))) {
            int next = 0;
            for (String line : lines) {
                if (line.isBlank()) continue;
                Matcher m = SPACED_ROMAN_ITEM.matcher(line);
                String numeral = m.lookingAt() ? m.group(1) : null;
                if (expected.get(next).equals(numeral)) {
                    next++;
                    if (next == expected.size()) return true;
                } else {
                    next = expected.get(0).equals(numeral) ? 1 : 0;
                }
            }
        }
        return false;
    }

    /**
     * Whether a line starts with {@code i} set off in {@code style} ({@link #SPACED_ROMAN}, {@link #DASHED_ROMAN})
     * and another with {@code ii}: the script's own list of items, where a lone line starting {@code i  } or
     * {@code i - } could be a pronoun or a variable.
     */
    private static boolean startsLinesWithRomans(List<String> lines, Pattern style) {
        Set<String> numerals = new HashSet<>();
        for (Matcher m : linesStarting(lines, style)) numerals.add(m.group(1));
        return numerals.contains("i") && numerals.contains("ii");
    }

    /**
     * Whether two lines or more start with {@code 1.a.1}-style labels of different items: the script's
     * own numbering of items, where one such line could be a section number or a version.
     */
    private static boolean startsLinesWithItems(List<String> lines) {
        Set<String> items = new HashSet<>();
        for (Matcher m : linesStarting(lines, LETTER_NUMBERED_ITEM)) items.add(m.group(1) + m.group(2) + "." + m.group(3));
        return items.size() >= 2;
    }

    /**
     * Whether two lines or more are question keys at the margin ({@code q1:}, {@code q2:}) and two or more are part
     * keys indented below ({@code   a:}, {@code   b: 3}): a YAML-like submission, where a line of prose starting
     * {@code a: ...} would not be indented under a key.
     */
    private static boolean writtenAsYamlKeys(List<String> lines) {
        Set<String> questions = new HashSet<>();
        Set<String> parts = new HashSet<>();
        for (String line : lines) {
            if (YAML_QUESTION_KEY.matcher(line).lookingAt()) questions.add(line.strip());
            Matcher part = YAML_PART_KEY.matcher(line);
            if (part.lookingAt()) parts.add(part.group(2));
        }
        return questions.size() >= 2 && parts.size() >= 2;
    }

    /**
     * Where the answer text of a line ends in a YAML-like submission: before its comment ({@code 3 x 5   # W_f multiplies
     * [h, x], 3 + 2 = 5 columns}), a note whose numbers are not the answer; the line's length otherwise.
     */
    int answerEnd(String line) {
        if (!yamlKeys) return line.length();
        Matcher comment = YAML_COMMENT.matcher(line);
        return comment.find() ? comment.start() : line.length();
    }

    /** The lines that start items of BBCode numbered lists, with each item's number ({@link #numberedListItems}). */
    private static java.util.Map<Integer, Integer> numberedListItems(List<String> lines) {
        java.util.Map<Integer, Integer> items = new java.util.HashMap<>();
        java.util.Deque<int[]> lists = new java.util.ArrayDeque<>(); // {numbered ? 1 : 0, items so far}
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = BBCODE_LIST_TAG.matcher(lines.get(i));
            while (m.find()) {
                String tag = m.group().toLowerCase(Locale.ROOT);
                if (tag.startsWith("[list")) {
                    lists.push(new int[] {m.group(1) != null ? 1 : 0, 0});
                } else if (tag.equals("[/list]")) {
                    if (!lists.isEmpty()) lists.pop();
                } else if (!lists.isEmpty() && lists.peek()[0] == 1) {
                    int n = ++lists.peek()[1];
                    if (lines.get(i).substring(0, m.start()).isBlank()) items.put(i, n);
                }
            }
        }
        return items;
    }

    /**
     * Whether two lines or more start with {@code style}'s label over a longer path, with two different
     * tops ({@code I.a.1} and {@code II.b}; {@code II-1} and {@code I-5}; {@code [3][a]} and {@code [1][a][i]}):
     * the script's own style, not a pronoun or a citation by chance.
     */
    private static boolean startsLinesAsPaths(List<String> lines, Pattern style) {
        Set<String> tops = new HashSet<>();
        for (Matcher m : linesStarting(lines, style)) {
            if (m.group(2) != null && !m.group(2).isEmpty()) tops.add(m.group(1));
        }
        return tops.size() >= 2;
    }

    /**
     * The label the cleaned line starts with, its parts already the rubric's path ({@code I.a.1}
     * gives {@code [1, a, i]} under a rubric that numbers 1(a)(i)); null when there is none or when
     * it leads to no question of the rubric. A spaced-off or dashed-off roman item ({@code ii  6},
     * {@code ii - 6}) is given as a lone {@link Label.Kind#ARROW_ROMAN}, believed, as that kind is, only as the
     * first or the next item.
     */
    Label at(String cleaned, int lineNo) {
        Matcher yamlKey = yamlKeys ? YAML_PART_KEY.matcher(cleaned) : null;
        if (yamlKey != null && yamlKey.lookingAt()) {
            String v = yamlKey.group(2);
            return new Label(v.length() > 1 ? Label.Kind.ROMAN : Label.Kind.LETTER, List.of(v), v + ":", yamlKey.start(2), yamlKey.end());
        }
        Integer listed = numberedListItems.get(lineNo);
        if (listed != null) {
            int start = cleaned.length() - cleaned.stripLeading().length();
            return new Label(Label.Kind.NUMBER, List.of(String.valueOf(listed)), "[*]", start, start);
        }
        Matcher spaced = spacedRomanItems ? SPACED_ROMAN_ITEM.matcher(cleaned) : null;
        if (spaced != null && spaced.lookingAt() && LabelPath.isRoman(spaced.group(1))) {
            return new Label(Label.Kind.ARROW_ROMAN, List.of(spaced.group(1)), spaced.group(1), spaced.start(1), spaced.end(1));
        }
        Matcher dashed = dashedRomanItems ? DASHED_ROMAN.matcher(cleaned) : null;
        if (dashed != null && dashed.lookingAt() && LabelPath.isRoman(dashed.group(1))) {
            return new Label(Label.Kind.ARROW_ROMAN, List.of(dashed.group(1)), dashed.group(1), dashed.start(1), dashed.end());
        }
        Matcher m = romanTasks ? ROMAN_TASK.matcher(cleaned) : null;
        List<String> written = new ArrayList<>();
        // A dashed item (2 - ...) is a plain number: whether it is a task or an item of the one above is the walker's to say, as for 2.
        Matcher dashedItem = dashedItems ? DASHED_ITEM.matcher(cleaned) : null;
        if (dashedItem != null && dashedItem.lookingAt()) {
            return new Label(Label.Kind.NUMBER, List.of(dashedItem.group(1)), dashedItem.group().strip(), dashedItem.start(1),
                    dashedItem.end());
        }
        Matcher bracketedItem = bracketedItems ? BRACKETED_ITEM.matcher(cleaned) : null;
        if (bracketedItem != null && bracketedItem.lookingAt()) {
            return new Label(Label.Kind.NUMBER, List.of(bracketedItem.group(1)), bracketedItem.group().strip(),
                    bracketedItem.start(1) - 1, bracketedItem.end());
        }
        if (m != null && m.lookingAt()) {
            written.add(String.valueOf(LabelPath.romanPosition(m.group(1))));
            if (m.group(2) != null) written.addAll(Arrays.asList(m.group(2).split("[.\\-]")));
        } else if (bracketedPaths && (m = BRACKETED.matcher(cleaned)).lookingAt()) {
            written.add(m.group(1));
            if (!m.group(2).isEmpty()) written.addAll(Arrays.asList(m.group(2).substring(1, m.group(2).length() - 1).split("]\\[")));
        } else if ((m = WORD_AND_ROMAN_TASK.matcher(cleaned)).lookingAt() && numbersTasks(m.group(1))
                && (!m.group(2).equals("I") || Character.isUpperCase(m.group(1).charAt(0)))) {
            written.add(String.valueOf(LabelPath.romanPosition(m.group(2))));
            if (m.group(3) != null) written.add(m.group(3));
        } else if ((m = ORDINAL_PART.matcher(cleaned)).lookingAt() && schema.depthOf(LabelSchema.Level.LETTER) >= 0) {
            String letter = String.valueOf((char) ('a' + ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT))));
            return new Label(Label.Kind.LETTER, List.of(letter), m.group().strip(), m.start(), m.end());
        } else if ((m = ORDINAL.matcher(cleaned)).lookingAt()) {
            String number = String.valueOf(ORDINALS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1);
            boolean itemOfATask = !m.group().toLowerCase(Locale.ROOT).contains("task")
                    && schema.childrenOf(List.of()).stream().anyMatch(task -> schema.hasPrefix(List.of(task, number)));
            if (itemOfATask && !schema.hasPrefix(List.of(number))) {
                return new Label(Label.Kind.OWN_STYLE, List.of(number), m.group().strip(), m.start(), m.end());
            }
            written.add(number);
        } else if ((m = WORDED_ITEM.matcher(cleaned)).lookingAt()) {
            String roman = LabelPath.roman(NUMBER_WORDS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1);
            return new Label(Label.Kind.ARROW_ROMAN, List.of(roman), m.group().strip(), m.start(), m.end());
        } else if ((m = WORDED.matcher(cleaned)).lookingAt()) {
            written.add(String.valueOf(NUMBER_WORDS.indexOf(m.group(1).toLowerCase(Locale.ROOT)) + 1));
            if (m.group(2) != null) written.add(String.valueOf(NUMBER_WORDS.indexOf(m.group(2).toLowerCase(Locale.ROOT)) + 1));
        } else if (slashedPaths && ((m = SLASHED.matcher(cleaned)).lookingAt() || (m = SLASHED_AFTER_BULLET.matcher(cleaned)).lookingAt())
                || pointedPaths && (m = POINTED.matcher(cleaned)).lookingAt()
                || dashedQuestions && (m = DASHED_QUESTION.matcher(cleaned)).lookingAt()) {
            written.addAll(List.of(m.group(1), m.group(2)));
        } else if (letterNumberedItems && (m = LETTER_NUMBERED_ITEM.matcher(cleaned)).lookingAt()) {
            written.addAll(List.of(m.group(1), m.group(2), m.group(3)));
        } else if (letterTasks && (m = LETTER_TASK.matcher(cleaned)).lookingAt()) {
            written.addAll(letterTaskPath(m));
        } else if (numberedPaths && (m = NUMBERED_PATH.matcher(cleaned)).lookingAt()) {
            List<String> path = inRubricNumbering(numberedParts(m), true);
            return path == null ? null : new Label(Label.Kind.OWN_STYLE, path, m.group().strip(), m.start(), m.end());
        } else {
            m = NUMBER_ROMAN.matcher(cleaned);
            if (!m.lookingAt() || !LabelPath.isRoman(m.group(2))) return null;
            written.add(m.group(1));
            written.add(m.group(2));
        }
        List<String> path = inRubricNumbering(written);
        return path == null ? null : new Label(Label.Kind.OWN_STYLE, path, m.group().strip(), m.start(), m.end());
    }

    /**
     * Whether a capital numeral after {@code word} ({@link #WORD_AND_ROMAN_TASK}) numbers a task: after "part" or
     * "section" only where the rubric numbers no level with roman numerals, as {@code Part II} may be a
     * question's sub-part (ii) there.
     */
    private boolean numbersTasks(String word) {
        boolean partWord = word.equalsIgnoreCase("part") || word.equalsIgnoreCase("section");
        return !partWord || schema.depthOf(LabelSchema.Level.ROMAN) < 0;
    }

    /**
     * The {@link #LETTER_TASK} labels written further along the cleaned line, after {@code from}, their parts
     * the rubric's path; none unless the script numbers its tasks so. Each is believed, as an inline label
     * is, only as the next item of the task being read (see LabelWalker).
     */
    List<Label> inline(String cleaned, int from) {
        List<Label> found = new ArrayList<>();
        if (!letterTasks) return found;
        Matcher m = LETTER_TASK_INLINE.matcher(cleaned).region(from, cleaned.length());
        m.useTransparentBounds(true);
        while (m.find()) {
            List<String> path = inRubricNumbering(letterTaskPath(m));
            if (path != null) found.add(new Label(Label.Kind.OWN_STYLE, path, m.group().strip(), m.start(), m.end()));
        }
        return found;
    }

    /** The written path of a {@link #LETTER_TASK} label: the letter's position for the task, then the item. */
    private static List<String> letterTaskPath(Matcher m) {
        return List.of(String.valueOf(LabelPath.position(m.group(1).toLowerCase(Locale.ROOT))), m.group(2));
    }

    /**
     * {@code 1-5.}, {@code |-5.}, {@code 11-2.}, {@code 1|-4.}: a task numeral made of strokes OCR reads as {@code 1},
     * {@code l}, {@code I} or {@code |}, then a dash or dot and an item, where it is not a capital numeral as written.
     */
    private static final Pattern STROKES_AND_ITEM = Pattern.compile("\\s*[(\\[]?[1lI|]{1,3}[.\\-](?:\\d{1,2}|[a-h]|[ivx]{1,4})[.):]?(?=\\s|$)");

    /**
     * Whether the line starts with what may be a capital-numeral task label misread, in a script that numbers its
     * tasks so ({@code **1-5.**} for {@code II-5}, {@code **|-5.**} for {@code I-5}): a stroke lost or added turns I
     * into II or 1, so neither the task nor the item can be trusted. Such a line is read as a lost label, and the
     * questions it may have labelled go to a person instead of taking the answer of another task's item.
     */
    boolean misreadRomanTask(String cleaned) {
        return romanTasks && !ROMAN_TASK.matcher(cleaned).lookingAt() && STROKES_AND_ITEM.matcher(cleaned).lookingAt();
    }

    /**
     * Where a capital-numeral task label the line starts with ends, in a script that numbers its
     * tasks so, or -1: such a label is never read as an item, even when it leads to no question.
     */
    int romanTaskEnd(String cleaned) {
        if (!romanTasks) return -1;
        Matcher m = ROMAN_TASK.matcher(cleaned);
        return m.lookingAt() ? m.end() : -1;
    }

    /**
     * The path in the rubric's numbering, level by level: as written where it fits the level, a
     * number for a roman numeral where the rubric numbers that level, a roman numeral for a number
     * where the rubric uses roman numerals; null when a level fits neither way or the path leads
     * to no question.
     */
    private List<String> inRubricNumbering(List<String> written) {
        return inRubricNumbering(written, false);
    }

    /** As {@link #inRubricNumbering(List)}; with {@code numbersForLetters}, a number where the rubric letters is that letter ({@code 2} for b). */
    private List<String> inRubricNumbering(List<String> written, boolean numbersForLetters) {
        List<String> path = new ArrayList<>();
        for (int d = 0; d < written.size(); d++) {
            String v = written.get(d).toLowerCase(Locale.ROOT);
            boolean letterLevel = !schema.numberAt(d) && !schema.romanAt(d) && d < schema.depth();
            if (numbersForLetters && letterLevel && v.matches("\\d{1,2}") && Integer.parseInt(v) >= 1
                    && Integer.parseInt(v) <= 26) {
                path.add(String.valueOf((char) ('a' + Integer.parseInt(v) - 1)));
            } else if (schema.fitsLevel(d, v)) {
                path.add(v);
            } else if (v.matches("\\d+") && schema.romanAt(d) && !LabelPath.roman(Integer.parseInt(v)).isEmpty()) {
                path.add(LabelPath.roman(Integer.parseInt(v)));
            } else if (LabelPath.isRoman(v) && schema.numberAt(d)) {
                path.add(String.valueOf(LabelPath.romanPosition(v)));
            } else {
                return null;
            }
        }
        return schema.hasPrefix(path) ? path : null;
    }
}
