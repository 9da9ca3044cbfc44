package examgrader.segment;

import examgrader.rubric.Question;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shares the text written under one label among the questions that label belongs to, by cue
 * words: a line that mentions "addition" goes to the additions question, and the lines after it
 * in the same sub-item follow it until another cue appears. A question whose cues appear nowhere
 * gets the lines that mention no cue at all (preferring sub-items, such as ① of ①②③, in which no
 * cue appears), with a doubt, so its answer goes to review. On a typed page, where cue words are
 * read exactly, lines beside other questions' cues are not its answer: with no cue-free sub-item
 * the question is unanswered; and when every other question sharing the label was found by its
 * cues and exactly one cue-free sub-item is left ({@code ①} of {@code ①②③} beside a
 * multiplications item and an additions item), that item is the remaining question's by
 * elimination, without doubt. A label written after its answer that names the quantity
 * ({@code 198 x 198 x 10   [5 pointwise output]}) says whose its lines are, whatever cues the working under it names.
 */
final class CueSplit {
    private CueSplit() {}

    /**
     * The questions a line is about. When it names several, and the words before its first
     * {@code =} or {@code :} name only one, that one is its subject ({@code adds: the same as the
     * multiplications = ...} is about additions), or the last clause of those words names only one
     * ({@code one addition per multiplication, so additions =}); the others are noted as mentioned in passing.
     */
    private static Set<Question> subjectOf(List<Question> sharing, String text, Map<Question, String> asides) {
        Set<Question> hits = mentioning(sharing, text);
        if (hits.size() < 2) return hits;
        int sep = firstSeparator(text);
        if (sep < 0) return subjectOfTheOnlyStatement(sharing, text, hits, asides);
        Set<Question> before = mentioning(sharing, text.substring(0, sep));
        Set<Question> subject = before.size() > 1 ? mentioning(sharing, lastClause(text.substring(0, sep))) : before;
        if (subject.size() != 1) return hits;
        hits.stream().filter(q -> !subject.contains(q)).forEach(q -> asides.putIfAbsent(q, text.strip()));
        return subject;
    }

    /**
     * The questions whose cues the text mentions. A symbol found only inside a longer one that is
     * another question's cue is not mentioned: {@code C_{t-1} -> 1} names {@code C_{t-1}}, not {@code C_t}.
     */
    static Set<Question> mentioning(List<Question> questions, String text) {
        Set<Question> hits = new LinkedHashSet<>();
        for (Question q : questions) {
            if (q.cues().stream().anyMatch(c -> Cues.mentions(text, c))) hits.add(q);
        }
        Set<Question> inside = new LinkedHashSet<>();
        for (Question outer : hits) {
            for (String longer : outer.cues()) {
                if (!Cues.mentions(text, longer)) continue;
                String rest = Cues.without(text, longer);
                hits.stream().filter(q -> q.cues().stream().anyMatch(c -> Cues.holds(longer, c)))
                        .filter(q -> q.cues().stream().noneMatch(c -> Cues.mentions(rest, c)))
                        .forEach(inside::add);
            }
        }
        hits.removeAll(inside);
        return hits;
    }

    /** What starts a clause in the words before an {@code =}: a comma, semicolon or closing bracket, or "so". */
    private static final java.util.regex.Pattern CLAUSE_START =
            java.util.regex.Pattern.compile("(?i)[,;)]|\\b(?:so|hence|thus|therefore)\\b");

    /**
     * The clause the words before an {@code =} end with, after the last comma, bracket or "so"
     * ({@code one addition per multiplication (from 0), so additions =}): the clause that states the result names its
     * subject; the words before it are the reasoning, and a cue there is named in passing.
     */
    private static String lastClause(String words) {
        return words.substring(lastStart(words, CLAUSE_START));
    }

    /** Where the last match of {@code starts} in {@code words} ends: the last clause starts there; 0 with none. */
    private static int lastStart(String words, java.util.regex.Pattern starts) {
        java.util.regex.Matcher m = starts.matcher(words);
        int start = 0;
        while (m.find()) start = m.end();
        return start;
    }

    /**
     * With no {@code =} or {@code :}, the subject of a line that names several questions but states one value: the
     * question named in the clause stating it ({@code the line above is the pointwise output, I typed it in the
     * wrong place. Depthwise output is 199 × 199 × 3} is about depthwise). The clause runs from the last comma,
     * semicolon, "so" or sentence's end before the value. Digits elsewhere in the line (two statements) leave it about all it names.
     */
    private static Set<Question> subjectOfTheOnlyStatement(List<Question> sharing, String text, Set<Question> hits,
                                                           Map<Question, String> asides) {
        int firstDigit = 0;
        while (firstDigit < text.length() && (text.charAt(firstDigit) < '0' || text.charAt(firstDigit) > '9')) firstDigit++;
        if (firstDigit == text.length()) return hits;
        int start = lastStart(text.substring(0, firstDigit), STATEMENT_START);
        Set<Question> subject = mentioning(sharing, text.substring(start));
        if (subject.size() != 1 || start == 0) return hits;
        hits.stream().filter(q -> !subject.contains(q)).forEach(q -> asides.putIfAbsent(q, text.strip()));
        return subject;
    }

    /** Where the clause stating a value may start: after a comma, semicolon or "so", or a sentence's full stop. */
    private static final java.util.regex.Pattern STATEMENT_START =
            java.util.regex.Pattern.compile("(?i)[,;]\\s|\\b(?:so|hence|thus|therefore)\\b|(?<![\\d.])\\.\\s+(?=[A-Z])");

    private static int firstSeparator(String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("[=:]").matcher(text);
        return m.find() ? m.start() : -1;
    }

    /**
     * A line that answers two of the questions one after the other, each named by its cue
     * ({@code output after depthwise: 199x199x3, after pointwise: 199x199x10}), cut where the
     * later one's clause starts. A clause starts after a comma or semicolon outside brackets and
     * formulas; it starts another answer when it names exactly one question other than the one the
     * line is about so far, names it and then gives a value, and the text
     * before it gave one too. A cue named in passing ({@code adds: one fewer than the
     * multiplications}) starts no clause and is left to {@link #subjectOf}. With {@code atSentences}, a sentence's end
     * starts a clause too ({@link #clauseEnds(String, boolean)}).
     */
    static List<Segmenter.Assigned> cutAtLaterCues(List<Question> sharing, Segmenter.Assigned a, boolean atSentences) {
        String text = a.piece().text();
        List<Segmenter.Assigned> parts = new ArrayList<>();
        int from = 0;
        Set<Question> about = Set.of();
        int clause = 0;
        for (int end : clauseEnds(text, atSentences)) {
            String part = text.substring(clause, end);
            Set<Question> named = mentioning(sharing, part);
            boolean startsAnother = named.size() == 1 && !about.isEmpty() && !about.containsAll(named)
                    && namedBeforeItsValue(part, named.iterator().next()) && hasDigit(text.substring(from, clause));
            if (startsAnother) {
                parts.add(new Segmenter.Assigned(a.piece().part(from, clause - 1), a.doubt()));
                from = clause;
                about = named;
            } else if (about.isEmpty()) {
                about = named;
            }
            clause = end;
        }
        if (from == 0) return List.of(a);
        parts.add(new Segmenter.Assigned(a.piece().part(from, text.length()), a.doubt()));
        return parts;
    }

    /**
     * A line that a wrap cut from the sentence of the line right above it, which ends in a word
     * ({@code ... Pointwise conv has 10 filters of 1x1x3 and gives} / {@code 199x199x10, with
     * 199*199*3*10 = 1,188,030 multiplications.}): its first clause (up to a comma, semicolon or
     * full stop), naming no question, ends that sentence, so it is cut off and follows the line
     * above; the rest of the line goes by its own cues. So does the head of a line under one the page cut inside its
     * working, after an operator ({@code Multiplications: 1024 ×} / {@code 1568 = 1,605,632. Additions: 1024 × 1567 =}).
     */
    static List<Segmenter.Assigned> cutWrappedHeads(List<Question> sharing, List<Segmenter.Assigned> pieces) {
        List<Segmenter.Assigned> out = new ArrayList<>();
        Segmenter.Assigned above = null;
        for (Segmenter.Assigned a : pieces) {
            String text = a.piece().text();
            int head = above != null && wrapsOnto(above.piece(), a.piece()) ? headEnd(text) : -1;
            int tail = above != null && wrapsAfterANumber(above.piece(), a.piece()) ? sentenceTailEnd(text) : -1;
            if (tail > 0 && tail < text.length() && !mentioning(sharing, text.substring(tail)).isEmpty()) {
                out.add(new Segmenter.Assigned(a.piece().part(0, tail), a.doubt()));
                out.add(new Segmenter.Assigned(a.piece().part(tail, text.length()), a.doubt()));
            } else if (head > 0 && head < text.length() && mentioning(sharing, text.substring(0, head)).isEmpty()
                    && !mentioning(sharing, text.substring(head)).isEmpty()) {
                out.add(new Segmenter.Assigned(a.piece().part(0, head), a.doubt()));
                out.add(new Segmenter.Assigned(a.piece().part(head, text.length()), a.doubt()));
            } else {
                out.add(a);
            }
            above = a;
        }
        return out;
    }

    /**
     * A line under one that a wrap cut after a word no sentence ends with ({@code additions: each
     * output needs one fewer, so} / {@code multiplications − outputs = … = 2,507,200}): the sentence
     * above goes on, and so does its question, whatever cue the line names. A line above that ends
     * in any other word ({@code … --> 5 x 5 x 64 outputs} / {@code multiplications = …}) may be
     * complete, and the next line goes by its own cues; so does one under a sentence that started
     * at the end of the line above without naming the question ({@code … after the depthwise
     * convolution. The} / {@code pointwise step then …}).
     */
    private static final java.util.regex.Pattern ENDS_MID_SENTENCE = java.util.regex.Pattern.compile(
            "(?is).*\\b(?:so|and|or|the|a|an|of|to|is|are|be|with|by|for|than|as|then|that|which|gives|giving|hence|thus|"
            + "therefore|because|since|from|into|per|each|its|their|we|get|gets)$");
    private static final java.util.regex.Pattern STARTS_SMALL = java.util.regex.Pattern.compile("\\s*[a-z]{2,}\\b");
    /**
     * A word going on with a sentence cut after a comma ({@code ... one addition fewer than products,} /
     * {@code so multiplications − outputs = ...}): the line is still about the question above, whatever it names
     * after. A line cut after a comma that opens with a name of its own ({@code additions = ...}) starts anew.
     */
    private static final java.util.regex.Pattern STARTS_CONNECTIVE = java.util.regex.Pattern.compile(
            "\\s*(?:so|and|which|then|giving|hence|thus|because|since|i\\.e\\.)\\b");

    private static boolean sentenceGoesOn(LabelWalker.Piece above, LabelWalker.Piece line, Set<Question> context) {
        boolean cutAfterAComma = above.text().strip().endsWith(",") && STARTS_CONNECTIVE.matcher(line.text()).lookingAt();
        if (!wrapsOnto(above, line) || !(ENDS_MID_SENTENCE.matcher(above.text().strip()).matches() || cutAfterAComma)
                || !STARTS_SMALL.matcher(line.text()).lookingAt()) return false;
        String[] sentences = above.text().split("(?<=[\\w)\\]}])\\.\\s+(?=[A-Z])");
        String last = sentences[sentences.length - 1];
        return context.stream().anyMatch(q -> q.cues().stream().anyMatch(c -> Cues.mentions(last, c)));
    }

    /**
     * A line of prose the page wrapped right after a number ({@code ... Each one is a dot product of 1568 numbers: 1568
     * multiplications and 1567} / {@code additions. In total 1600 · 1568 = 2,508,800 multiplications and ...}): the next
     * line opens with a small word, and the words up to its first full stop, holding no number, end the sentence above.
     */
    private static boolean wrapsAfterANumber(LabelWalker.Piece above, LabelWalker.Piece line) {
        return rightBelow(above, line) && above.text().strip().matches("(?s).*[A-Za-z]{2,}\\s+[^\\s]*\\d")
                && STARTS_SMALL.matcher(line.text()).lookingAt();
    }

    /** Whether {@code line} is the next line of the page after {@code above}, under the same label. */
    private static boolean rightBelow(LabelWalker.Piece above, LabelWalker.Piece line) {
        return above.page() == line.page() && above.section() == line.section() && line.line() == above.line() + 1;
    }

    /**
     * Where the words ending a sentence wrapped from the line above stop ({@link #wrapsAfterANumber}): after the first
     * full stop, when no digit comes before it; -1 otherwise. Those words close the sentence above, whichever
     * question they name ({@code additions.}), and what follows is a statement of its own.
     */
    private static int sentenceTailEnd(String text) {
        java.util.regex.Matcher m = SENTENCE_END.matcher(text);
        if (!m.find() || hasDigit(text.substring(0, m.start()))) return -1;
        return m.end();
    }

    private static boolean wrapsOnto(LabelWalker.Piece above, LabelWalker.Piece line) {
        return rightBelow(above, line) && above.text().strip().matches("(?s).*(?:[A-Za-z]{2,},?|\\d\\s*[×x*·+=])");
    }

    /** Where the first clause or sentence of {@code text} ends, after its comma, semicolon or full stop; -1 when none does before the end. */
    private static int headEnd(String text) {
        java.util.regex.Matcher m = HEAD_END.matcher(text);
        while (m.find()) {
            if (!LABEL_ONLY.matcher(text.substring(0, m.end())).matches()) return m.end();
        }
        return -1;
    }

    /**
     * A full stop ending a sentence: before a space and a capital, after a number too ({@code output is 199 x 199 x 3.
     * The pointwise step ...}), for a decimal point has a digit after it, not a space; not the last dot of an ellipsis.
     */
    private static final String FULL_STOP = "(?<!\\.)\\.(?=\\s+[A-Z])";
    private static final java.util.regex.Pattern SENTENCE_END = java.util.regex.Pattern.compile(FULL_STOP);
    /** A comma or semicolon, or a {@link #FULL_STOP}. */
    private static final java.util.regex.Pattern HEAD_END = java.util.regex.Pattern.compile("[,;](?=\\s)|" + FULL_STOP);
    /** A head of nothing but a number and its stop ({@code 3. The ...}): a label, not a clause. */
    private static final java.util.regex.Pattern LABEL_ONLY = java.util.regex.Pattern.compile("\\s*\\(?\\d{1,2}[.)]");

    /**
     * The first entry of a dictionary as a notebook prints it ({@code {'f_t': 4, 'i_t': 5}}, {@code {f_t: 4, ...}}):
     * a name, maybe quoted, a colon and a value. Its entries are clauses, each naming its quantity, not the members of a set.
     */
    private static final java.util.regex.Pattern DICTIONARY_ENTRY = java.util.regex.Pattern.compile(
            "\\s*[\"'‘“]?[A-Za-z][^\"'’”:,{}\\s]{0,12}[\"'’”]?\\s*:\\s*[-\\d(\\[]");

    /**
     * {@code ... = 2,508,800 and additions = ...}: "and" after a value, opening a clause that names what it states
     * before its own "=" or ":": a clause of its own, as after a comma.
     */
    private static final java.util.regex.Pattern AND_AFTER_A_VALUE = java.util.regex.Pattern.compile(
            "and\\s+(?:the\\s+)?[A-Za-z][A-Za-z_ \\-]{0,30}\\s*(?:=|:)");

    /**
     * Words that correct what was written before ({@code Update: forgot the +1 ... Corrected: multiplications = ...},
     * {@code EDIT}, {@code scratch that}): an answer holding them anywhere is not cut at its sentences' ends. A
     * correction speaks to what it corrects, which a page may have wrapped onto other lines, and the sentences it
     * corrects ({@code Multiplications: ... = 1,605,632. Additions: ... = 1,604,608.}) stay together, so each
     * question they answer sees the correction after them.
     */
    private static final java.util.regex.Pattern CORRECTION = java.util.regex.Pattern.compile(
            "(?i)\\b(?:update[d]?|edit(?:ed)?|correct(?:ed|ion)|revised?|revision|erratum|scratch\\s+that|actually|wait|oops|mistake|wrong)\\b");

    /**
     * Where each clause of the text ends: after a comma or semicolon and its space, or a bar with a space on each
     * side ({@code params = 100352 | mults = 2508800}), outside brackets (but inside a dictionary's braces) and $...$, and at the end. A bar glued to
     * what it encloses ({@code |x|}, {@code ||U||}) is a norm, and the bars of a table's row ({@code | $f_t$ | 4 |})
     * divide its cells, not clauses.
     */
    static List<Integer> clauseEnds(String text) {
        return clauseEnds(text, false);
    }

    /**
     * As {@link #clauseEnds(String)}, and with {@code sentences}, also after each sentence's full stop before a capital
     * ({@code ... the depthwise output is 199 x 199 x 3. The pointwise step uses 10 filters of 1 x 1 x 3, so its output
     * is 199 x 199 x 10.}): a line of prose that answers two questions one sentence each.
     */
    static List<Integer> clauseEnds(String text, boolean sentences) {
        List<Integer> ends = new ArrayList<>();
        java.util.Deque<Boolean> open = new java.util.ArrayDeque<>(); // per open bracket: whether it nests (a dictionary's does not)
        boolean inMath = false;
        boolean tableRow = text.stripLeading().startsWith("|");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '$') inMath = !inMath;
            else if ("([{".indexOf(c) >= 0) {
                open.push(!(c == '{' && DICTIONARY_ENTRY.matcher(text).region(i + 1, text.length()).lookingAt()));
            } else if (")]}".indexOf(c) >= 0 && !open.isEmpty()) {
                open.pop();
            }
            else if ((c == ',' || c == ';' || c == '|' && !tableRow && i > 0 && Character.isWhitespace(text.charAt(i - 1)))
                    && !open.contains(Boolean.TRUE) && !inMath && i + 1 < text.length() && Character.isWhitespace(text.charAt(i + 1))) {
                ends.add(i + 1);
            } else if (sentences && c == '.' && i > 0 && open.isEmpty() && !inMath
                    && SENTENCE_END.matcher(text).region(i, text.length()).useTransparentBounds(true).lookingAt()) {
                ends.add(i + 1);
            } else if (c == 'a' && !open.contains(Boolean.TRUE) && !inMath && AND_AFTER_A_VALUE.matcher(text).region(i, text.length()).lookingAt()
                    && i >= 2 && text.charAt(i - 1) == ' ' && Character.isDigit(text.charAt(i - 2))) {
                ends.add(i);
            }
        }
        ends.add(text.length());
        return ends;
    }

    /**
     * Whether {@code clause} names a cue of {@code q} and then gives a value: a digit follows the
     * cue ({@code after pointwise: 199x199x10}, {@code C_{t-1} -> 1}), not only precedes it
     * ({@code then 1x1 pointwise filters}).
     */
    static boolean namedBeforeItsValue(String clause, Question q) {
        for (int i = clause.length() - 1; i >= 0; i--) {
            if (!Character.isDigit(clause.charAt(i))) continue;
            String before = clause.substring(0, i);
            return q.cues().stream().anyMatch(c -> Cues.mentions(before, c));
        }
        return false;
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    /**
     * {@code sumas: 4 · 4 · 64 · 1567 = 1 604 608} under a line about multiplications: a line that names its quantity
     * before a colon, in words that are none of the cues. It follows the line above as working, but it may answer
     * a question whose cue the student wrote in other words (another language, a synonym), so a question left
     * without a line is doubted, not found blank.
     */
    private static final java.util.regex.Pattern NAMES_ITS_QUANTITY = java.util.regex.Pattern.compile(
            "\\s*\\p{L}[\\p{L}\\s\\-]{1,30}:\\s*\\S");

    /**
     * A line naming no cue that ends with a colon ({@code Output side 5, so 1600 outputs, each of length 1568:}) leads
     * in to the line after it: it is that line's working, not the one above it's, though it follows a cued line.
     */
    private static final java.util.regex.Pattern LEAD_IN = java.util.regex.Pattern.compile(":\\s*$");

    /** The line goes to each of the questions. */
    private static void give(Segmenter.Assigned line, Set<Question> questions, Map<Question, List<Segmenter.Assigned>> byQuestion) {
        questions.forEach(q -> byQuestion.get(q).add(line));
    }

    /**
     * A line that works something out and ends with a count of things ({@code weights per kernel: 7 × 7 × 32 = 1,568;
     * with 64 kernels: 100,352 weights}): naming none of the questions sharing a label, it may answer the one left
     * without a line in other words than its cues ("weights" for parameters), so that one is doubted, not blank.
     * Working that ends in a shape or a bare number ({@code side = 3, so 3 x 3 x 8}) counts nothing and leaves it blank.
     */
    private static final java.util.regex.Pattern WORKED_RESULT = java.util.regex.Pattern.compile(
            "(?:=|->|→|⇒|:).*\\d[\\d,]*\\s+\\p{L}{3,}s\\s*\\.?\\s*$");

    static void assign(List<Question> sharing, List<Segmenter.Assigned> written,
                       Map<Question, List<Segmenter.Assigned>> byQuestion, Map<Question, Set<String>> doubts) {
        if (sharing.size() == 1) {
            byQuestion.get(sharing.get(0)).addAll(written);
            return;
        }
        boolean corrected = written.stream().anyMatch(a -> CORRECTION.matcher(a.piece().text()).find());
        List<Segmenter.Assigned> pieces = cutWrappedHeads(sharing,
                written.stream().flatMap(a -> cutAtLaterCues(sharing, a, !corrected).stream()).toList());
        Map<Question, String> asideMentions = new java.util.LinkedHashMap<>();
        List<Segmenter.Assigned> uncued = new ArrayList<>();
        Set<Integer> cuedSections = new java.util.HashSet<>();
        List<String> namedWithoutCue = new ArrayList<>();
        Set<Question> context = Set.of();
        int lastSection = -1;
        Segmenter.Assigned above = null;
        Segmenter.Assigned leadIn = null;
        for (Segmenter.Assigned a : pieces) {
            if (a.piece().section() != lastSection && leadIn != null) {
                give(leadIn, context, byQuestion);
                leadIn = null;
            }
            if (a.piece().section() != lastSection) context = Set.of();
            lastSection = a.piece().section();
            boolean goesOn = above != null && !context.isEmpty() && sentenceGoesOn(above.piece(), a.piece(), context);
            above = a;
            Set<Question> byLabel = mentioning(sharing, TrailingLabels.quantityNamed(a.piece().written()));
            Set<Question> hits = byLabel.size() == 1 ? byLabel : goesOn ? Set.of() : subjectOf(sharing, a.piece().text(), asideMentions);
            if (leadIn != null) {
                give(leadIn, !hits.isEmpty() ? hits : context, byQuestion);
                leadIn = null;
            }
            if (!hits.isEmpty()) {
                cuedSections.add(lastSection);
                give(a, hits, byQuestion);
                context = hits.size() == 1 ? hits : Set.of();
            } else if (!context.isEmpty() && LEAD_IN.matcher(a.piece().text()).find()) {
                leadIn = a;
            } else if (!context.isEmpty()) {
                give(a, context, byQuestion);
                if (NAMES_ITS_QUANTITY.matcher(a.piece().text()).lookingAt()) namedWithoutCue.add(a.piece().text().strip());
            } else {
                uncued.add(a);
            }
        }
        if (leadIn != null) give(leadIn, context, byQuestion);
        int labelDepth = sharing.get(0).label().size();
        List<Segmenter.Assigned> inCueFreeSubItems = uncued.stream()
                .filter(a -> !cuedSections.contains(a.piece().section()) && a.piece().path().size() > labelDepth).toList();
        boolean typed = pieces.stream().noneMatch(a -> a.piece().readByOcr());
        List<Segmenter.Assigned> fallback = !inCueFreeSubItems.isEmpty() ? inCueFreeSubItems
                : typed && !cuedSections.isEmpty() ? List.of() : uncued;
        long unanswered = sharing.stream().filter(q -> byQuestion.get(q).isEmpty()).count();
        boolean byElimination = typed && unanswered == 1 && fallback == inCueFreeSubItems
                && inCueFreeSubItems.stream().map(a -> a.piece().section()).distinct().count() == 1;
        for (Question q : sharing) {
            if (byQuestion.get(q).isEmpty() && fallback.isEmpty() && asideMentions.containsKey(q)) {
                doubts.get(q).add("its cue is written only in passing, in a line about another question: '"
                        + asideMentions.get(q) + "'");
            }
            if (byQuestion.get(q).isEmpty() && fallback.isEmpty() && !namedWithoutCue.isEmpty()) {
                doubts.get(q).add("none of the cues " + q.cues() + " was written, while a line names a quantity in other words: '"
                        + namedWithoutCue.get(0) + "'");
            }
            if (byQuestion.get(q).isEmpty() && fallback.isEmpty()) {
                uncued.stream().map(a -> a.piece().text().strip()).filter(t -> WORKED_RESULT.matcher(t).find()).findFirst()
                        .ifPresent(t -> doubts.get(q).add("none of the cues " + q.cues() + " was written, while a line naming"
                                + " none of the questions works out a value: '" + t + "'"));
            }
            if (!byQuestion.get(q).isEmpty() || fallback.isEmpty()) continue;
            byQuestion.get(q).addAll(fallback);
            if (byElimination) continue;
            doubts.get(q).add("label " + String.join(".", q.label()) + " is shared by " + sharing.size()
                    + " questions and none of the cues " + q.cues() + " was written; taken from lines without cues");
        }
    }
}
