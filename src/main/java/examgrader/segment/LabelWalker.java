package examgrader.segment;

import examgrader.ocr.Line;
import examgrader.ocr.ScriptText;
import examgrader.ocr.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads a script line by line and keeps track of which label the text is under. A sub-label
 * carries its parents: after {@code 1. (a) i)}, a later {@code (b)(i)} is 1.b.i and a bare
 * {@code ii)} is 1.b.ii; a new top-level number starts afresh. Whether a bare number is a
 * top-level question or an item of the current task, and whether {@code i)} is a letter or a
 * roman numeral, is decided from the rubric's numbering and from what came before.
 */
final class LabelWalker {
    /**
     * Text written under one label path; {@code section} counts the labels placed so far, and
     * {@code readByOcr} says its page came from OCR (its labels may be misread); {@code line}
     * counts the script's lines from 0; {@code lostLabel} says the line starts with what looks like
     * a label that could not be read, so its text may belong to another question.
     */
    record Piece(int page, String text, List<Word> words, List<String> path, String written, int section,
                 boolean readByOcr, int line, boolean lostLabel) {
        /** The text from {@code start} to {@code end}, with the words read there, under the same label. */
        Piece part(int start, int end) {
            List<int[]> offsets = wordOffsets(text, words);
            List<Word> inPart = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                if (offsets.get(i)[0] < end && offsets.get(i)[1] > start) inPart.add(words.get(i));
            }
            return new Piece(page, text.substring(start, end).strip(), inPart, path, written, section, readByOcr, line,
                    lostLabel && start == 0);
        }

        /** This piece placed under another label, as a later reading of the script decides (its text, words and line kept). */
        Piece withPath(List<String> other) {
            return new Piece(page, text, words, other, written, section, readByOcr, line, lostLabel);
        }
    }

    private final LabelSchema schema;
    private List<String> path = new ArrayList<>();
    private List<String> written = new ArrayList<>();
    private boolean underHeading;
    private boolean underTaskWord;
    private final java.util.Set<String> seenTop = new java.util.HashSet<>();
    /** The lines of a mail that quote the questions ({@link QuotedMail}): their labels are followed, their text is no answer. */
    private Set<Integer> quotedQuestions = Set.of();
    /** Question numbers placed so far with a question word ({@code Q.3}, {@code Task 2}), and in any other way. */
    private int topWithWord, topOtherwise;
    private final java.util.Set<Integer> backwardSections = new java.util.HashSet<>();
    private final java.util.Set<Integer> afterRestartSections = new java.util.HashSet<>();
    private final java.util.Set<Integer> reopenedMidSentence = new java.util.HashSet<>();
    /**
     * The script was read by OCR and does not read like print: its labels are misread so often
     * that any label going back among its siblings is taken as numbering that starts again.
     */
    private boolean handwritten;
    /** The parent whose numbering went back to an earlier sibling, while the walk is still under it; null otherwise. */
    private List<String> restartedUnder;
    private int circledDepth = -1;
    /** The words of the line being read and where each stands in its text, to judge how surely a label was read. */
    private List<Word> lineWords = List.of();
    private List<int[]> lineOffsets = List.of();
    /** For each depth of {@link #path}, whether the label that set it was read surely ({@link #readSurely}). */
    private final List<Boolean> sureAtDepth = new ArrayList<>();
    private final List<List<String>> sectionPaths = new ArrayList<>(List.of(List.of()));
    /** OCR lines that start with an unreadable marker and no label, with the section they fell in. */
    private final List<MarkerRuns.MarkerLine> markerLines = new ArrayList<>();
    /** Labels given to marker lines by position, by line number (second walk only). */
    private Map<Integer, Label> markerItems = Map.of();
    private boolean lostLineSeen;
    private final Set<String> passedOverOnScans = new java.util.LinkedHashSet<>();
    /** The page being walked is typed text (a text layer or transcription), whose labels are as written. */
    private boolean typedPage;
    /** Some text was read under the label placed last: a number alone on a line after it is no longer its answer. */
    private boolean sectionAnswered;
    /** The label that follows the one being placed at the start of its line ({@code (iv)} after {@code Q2}), or null. */
    private Label nextOnLine;
    /**
     * How far the line being read is indented, and where the label that opened the current question ends
     * ({@code -1} before any): a Markdown list is nested under that question's line when indented past it.
     */
    private int lineIndent;
    /** Whether the line before was read for items answered one after another on it ({@link #numberedItemsOnTheLine}). */
    private boolean itemsRanOn;
    private int questionIndent = -1;
    /**
     * On typed text, the column where the answer began on the line of the last label placed at a line's start
     * ({@code 3(c)   each gate 3*5 + 3 = 18}: where {@code each} stands); -1 when that line held only its label.
     */
    private int answerColumn = -1;
    /**
     * On a scanned page, where the answer began on the line of the last label placed at a line's start, in pixels
     * from the page's left, and where that label began; -1 when unknown. The scan's line text keeps no indentation.
     */
    private int answerLeft = -1;
    private int labelLeft = -1;
    /** On a scanned page, where the line being read begins, in pixels; -1 when its words have no place. */
    private int lineLeft = -1;
    /**
     * The words of the first cell when the line being read is a typed table's row that starts
     * {@code 5 total  | ...}, maybe abbreviated or hyphenated ({@code 5 pointw. | ...}, {@code 5 depth-wise |}); else null.
     */
    private String tableRowWords;
    private static final java.util.regex.Pattern TABLE_ROW_NUMBER_AND_WORDS = java.util.regex.Pattern.compile(
            "\\s*(?:\\|\\s*)?\\d{1,2}\\s+([A-Za-z][A-Za-z .\\-]*)\\|\\s*\\S");
    /**
     * {@code (For 4 I used output = ⌈(19 − 7)/3⌉ + 2 = 6.)}, {@code (In Q2, ...)}: a whole line in brackets that says
     * it is about another item, by its number after a question word or before a comma, a colon or "I"/"we".
     */
    private static final java.util.regex.Pattern NOTE_ON_AN_ITEM = java.util.regex.Pattern.compile(
            "\\s*\\(\\s*(?i:for|in|re:?)\\s+(?:(?i:q|qn|question|part|item)\\s*\\.?\\s*(\\d{1,2}(?:\\.\\d{1,2})?)\\b"
            + "|(\\d{1,2}(?:\\.\\d{1,2})?)(?:\\s*[,:]|\\s+(?:I|we)\\b)).*\\)\\s*");
    /** For each depth of {@link #path}, how far the line of the label that set it was indented. */
    private final List<Integer> indentAtDepth = new ArrayList<>();
    /** The text of the line read before the current one; empty before the first and when it held a label. */
    private String previousLine = "";
    /** A line that ends in the middle of a sentence: a word or number with no stop, colon or bracket after it. */
    private static final java.util.regex.Pattern ENDS_MID_SENTENCE = java.util.regex.Pattern.compile(".*[\\p{L}\\d]\\s*");
    /** Whole-path labels in a style of this script's own ({@code I.a.1}, {@code [1][a][ii]}, {@code 1.iv}). */
    private OwnStyleLabels ownStyle;
    /** Labels this script writes at the end of their answers ({@code b_f is 3 by 1   (3b)}). */
    private TrailingLabels trailing;
    /** The shapes of compact labels this script starts its lines with, read inside a line too ({@code 1a-ii.}). */
    private java.util.Set<String> compactShapes = java.util.Set.of();

    LabelWalker(LabelSchema schema) {
        this.schema = schema;
    }

    /**
     * Sections opened by a sub-label that goes back among its siblings ({@code ii)} right after
     * {@code vi)} under the same parent): on a scan, usually a misread of another label.
     */
    java.util.Set<Integer> backwardSections() {
        return backwardSections;
    }

    /**
     * Sections opened after numbering went back to its first item under the same parent (on
     * handwriting: to any earlier item, or to the same label again), before any label above it
     * ({@code (1) ... (4)} then {@code (1) (2) ... (5)}), and a question number opened again after
     * another ({@code (2)} then {@code (1)} then {@code (2)} again) with what follows under it:
     * numbering that starts again usually belongs to another question whose heading was lost in
     * reading, so {@code (5)} there is not surely question 5.
     */
    java.util.Set<Integer> afterRestartSections() {
        return afterRestartSections;
    }

    /**
     * Sections opened by going back to a question answered already, on the line right after one that stops
     * mid-sentence ({@code ... padding 1 and stride} / {@code 1. The pointwise output ...}): the label may be a
     * number of that sentence that a line wrap put at a line's start.
     */
    java.util.Set<Integer> reopenedMidSentence() {
        return reopenedMidSentence;
    }

    private boolean goesBack(List<String> newPath, int depth) {
        if (depth < 1 || path.size() <= depth || !path.subList(0, depth).equals(newPath.subList(0, depth))) return false;
        String a = newPath.get(depth), b = path.get(depth);
        boolean romans = LabelPath.isRoman(a) && LabelPath.isRoman(b) && (a.length() > 1 || b.length() > 1);
        int now = romans ? LabelPath.romanPosition(a) : LabelPath.position(a);
        int before = romans ? LabelPath.romanPosition(b) : LabelPath.position(b);
        return now > 0 && before > 0 && now < before;
    }

    /** The path each section was opened with, indexed by {@link Piece#section()}. */
    List<List<String>> sectionPaths() {
        return sectionPaths;
    }

    /** Label paths passed over on OCR'd pages ({@code v} when {@code iv) 3 vi) 7} was read): their labels may be what OCR lost. */
    Set<String> passedOverOnScans() {
        return passedOverOnScans;
    }

    /**
     * Walks the script; when a block's items were all written with markers OCR could not read
     * (see {@link MarkerRuns}), walks it again with those markers taken as the items' labels.
     */
    List<Piece> walk(ScriptText script) {
        handwritten = script.readByOcr() && !script.isScannedPrint();
        quotedQuestions = QuotedMail.quotedQuestionLines(script, schema.questionsByLabel());
        ownStyle = new OwnStyleLabels(schema, script);
        trailing = new TrailingLabels(script);
        compactShapes = LabelScanner.compactShapesStartingLines(
                script.lines().stream().map(line -> LabelScanner.blankMarkup(line.text())).toList());
        List<Piece> pieces = walkOnce(script);
        Map<Integer, Label> items = MarkerRuns.itemLabels(markerLines, sectionPaths, schema);
        if (items.isEmpty()) items = MarkerRuns.questionLabels(markerLines, sectionPaths, pieces, schema);
        if (items.isEmpty()) return pieces;
        reset();
        markerItems = items;
        return walkOnce(script);
    }

    private List<Piece> walkOnce(ScriptText script) {
        List<Piece> pieces = new ArrayList<>();
        int lineNo = 0;
        for (var page : script.pages()) {
            boolean readByOcr = page.lines().stream().flatMap(l -> l.words().stream()).anyMatch(w -> w.confidence() < 100);
            typedPage = !readByOcr;
            for (Line line : page.lines()) pieces.addAll(readLine(page.page(), line, readByOcr, lineNo++));
        }
        return pieces;
    }

    private void reset() {
        path = new ArrayList<>();
        written = new ArrayList<>();
        underHeading = false;
        underTaskWord = false;
        seenTop.clear();
        backwardSections.clear();
        afterRestartSections.clear();
        reopenedMidSentence.clear();
        restartedUnder = null;
        circledDepth = -1;
        sureAtDepth.clear();
        sectionPaths.clear();
        sectionPaths.add(List.of());
        markerLines.clear();
        lostLineSeen = false;
        passedOverOnScans.clear();
        sectionAnswered = false;
        questionIndent = -1;
        answerColumn = -1;
        answerLeft = -1;
        labelLeft = -1;
        indentAtDepth.clear();
        previousLine = "";
    }

    private List<Piece> readLine(int page, Line line, boolean readByOcr, int lineNo) {
        int sectionsBefore = sectionPaths.size();
        String text = line.text();
        List<int[]> offsets = wordOffsets(text, line.words());
        lineWords = readByOcr ? line.words() : List.of();
        lineOffsets = readByOcr ? offsets : List.of();
        String cleaned = LabelScanner.blankMarkup(text);
        int textStart = LabelScanner.answerTextStart(text);
        Integer prevDepth = null;
        Label item = markerItems.get(lineNo);
        if (item != null) {
            prevDepth = place(item, null, false);
            if (prevDepth != null) {
                textStart = item.end();
                cleaned = " ".repeat(item.end()) + cleaned.substring(item.end());
            }
        } else {
            Label ownStyleLabel = ownStyle.at(cleaned, lineNo);
            prevDepth = ownStyleLabel == null ? null : place(ownStyleLabel, null, false);
            if (prevDepth != null) {
                item = ownStyleLabel;
                textStart = item.end();
                cleaned = " ".repeat(item.end()) + cleaned.substring(item.end());
            } else {
                int romanTaskEnd = ownStyle.romanTaskEnd(cleaned);
                if (romanTaskEnd >= 0) cleaned = " ".repeat(romanTaskEnd) + cleaned.substring(romanTaskEnd);
            }
        }
        List<Label> leading = LabelScanner.leading(cleaned);
        boolean misreadTask = readByOcr && item == null && ownStyle.misreadRomanTask(cleaned);
        if (misreadTask) leading = List.of();
        if (!readByOcr && !leading.isEmpty() && numberOnlyLooksLikeOne(leading.get(0))) leading = List.of();
        if (!leading.isEmpty() && sentenceGoesOnAfter(leading.get(leading.size() - 1), cleaned)) leading = List.of();
        int textEnd = Math.min(LabelScanner.answerTextEnd(text), ownStyle.answerEnd(text));
        if (item == null && prevDepth == null && trailing.covers(lineNo)) {
            textEnd = trailing.answerEnd(lineNo);
            cleaned = cleaned.substring(0, textEnd) + " ".repeat(text.length() - textEnd);
            Label opening = trailing.openingAt(lineNo);
            leading = opening == null ? List.of() : List.of(opening);
        }
        lineIndent = indentOf(text);
        lineLeft = readByOcr && !line.words().isEmpty() ? line.words().get(0).box().x() : -1;
        java.util.regex.Matcher row = TABLE_ROW_NUMBER_AND_WORDS.matcher(cleaned);
        tableRowWords = !readByOcr && row.lookingAt() ? row.group(1) : null;
        if (countsNestedListItem(leading)) leading = leading.subList(1, leading.size());
        if (wrappedNumber(leading, cleaned)) leading = List.of();
        String lineRead = cleaned;
        for (int i = 0; i < leading.size(); i++) {
            Label label = leading.get(i);
            if (item != null && !isSubLabel(label)) break;
            nextOnLine = i + 1 < leading.size() ? leading.get(i + 1) : null;
            Integer depth = place(label, prevDepth, false);
            if (depth == null) break;
            prevDepth = depth;
            textStart = label.end();
        }
        nextOnLine = null;
        if (readByOcr && prevDepth == null && item == null) {
            Label named = nextSiblingNamed(cleaned);
            Integer depth = named == null ? null : place(named, null, false);
            if (depth != null) {
                prevDepth = depth;
                textStart = named.end();
            }
        }
        if (prevDepth != null) textStart = pastClosingLatexWrap(text, cleaned, pastClosingEmphasis(text, textStart));
        if (prevDepth != null) {
            answerColumn = answerColumnAfter(text, textStart);
            labelLeft = lineLeft;
            answerLeft = readByOcr ? answerLeftAfter(line.words(), offsets, answerColumn) : -1;
        }
        boolean lostLabel = readByOcr && prevDepth == null && (misreadTask || looksLikeLostLabel(cleaned));
        if (lostLabel) lostLineSeen = true;
        if (readByOcr && prevDepth == null) {
            MarkerRuns.MarkerLine marker = MarkerRuns.at(cleaned, lineNo, sectionPaths.size() - 1);
            if (marker != null) markerLines.add(marker);
        }
        List<Label> inner = new ArrayList<>(LabelScanner.circled(cleaned, textStart));
        inner.addAll(LabelScanner.inline(cleaned, textStart));
        inner.addAll(ownStyle.inline(cleaned, textStart));
        if (readByOcr) inner.addAll(LabelScanner.inlineMisread(cleaned, textStart));
        if (!readByOcr) inner.addAll(LabelScanner.inlineCompact(cleaned, textStart, compactShapes));
        boolean itemsOnTheLine = !readByOcr && (numberedItemsOnTheLine(prevDepth) || itemsRunOnOntoThisLine(prevDepth));
        if (itemsOnTheLine) inner.addAll(LabelScanner.inlineNumbered(cleaned, textStart));
        itemsRanOn = itemsOnTheLine;
        inner.sort(Comparator.comparingInt(Label::start));
        List<Piece> pieces = new ArrayList<>();
        int from = textStart;
        List<String> pathNow = List.copyOf(path);
        String writtenNow = writtenLabel();
        int sectionNow = sectionPaths.size() - 1;
        for (Label label : inner) {
            if (label.start() < from) continue;
            if (label.kind() == Label.Kind.NUMBER && numberDepth(label.first(), null) != path.size() - 1) continue;
            if (place(label, null, true) == null) continue;
            addPiece(pieces, new Piece(page, "", List.of(), pathNow, writtenNow, sectionNow, readByOcr, lineNo, lostLabel), line, offsets,
                    from, label.start());
            from = label.end();
            pathNow = List.copyOf(path);
            writtenNow = writtenLabel();
            sectionNow = sectionPaths.size() - 1;
        }
        if (from == 0 && prevDepth == null && namesAnotherItem(cleaned)) pathNow = List.of();
        addPiece(pieces, new Piece(page, "", List.of(), pathNow, writtenNow, sectionNow, readByOcr, lineNo, lostLabel), line, offsets,
                from, Math.max(from, textEnd));
        previousLine = sectionPaths.size() == sectionsBefore ? lineRead : "";
        if (quotedQuestions.contains(lineNo)) return List.of();
        if (!pieces.isEmpty() && pieces.get(pieces.size() - 1).section() == sectionPaths.size() - 1) sectionAnswered = true;
        return pieces;
    }

    /**
     * A bracketed number followed by "and", "or" or "but" ({@code (3) and $b_{hh}$ (3), i.e. 21 per gate}): a sentence the
     * page wrapped before a count in brackets, going on; no label is followed by a conjunction.
     */
    private static boolean sentenceGoesOnAfter(Label label, String cleaned) {
        return label.raw().startsWith("(") && CONJUNCTION_AFTER.matcher(cleaned).region(label.end(), cleaned.length()).lookingAt();
    }

    private static final java.util.regex.Pattern CONJUNCTION_AFTER = java.util.regex.Pattern.compile("\\s+(?:and|or|but)\\s");

    /**
     * A heading whose number is a letter that looks like a 1 ({@code Ql}, {@code Q|}, {@code question I}), or a part label
     * opening with one ({@code l(a)iv.}, {@code l.a.iii}): OCR's misread of
     * a 1, but on typed text a letter, as in a sentence wrapped before its pronoun ({@code For the gate} /
     * {@code question I think ...}). Typed text has its digits as written, so there it labels nothing.
     */
    private static boolean numberOnlyLooksLikeOne(Label label) {
        return label.kind() == Label.Kind.HEADING && label.raw().chars().noneMatch(Character::isDigit)
                || label.kind() == Label.Kind.GLUED_ONE || label.kind() == Label.Kind.DOTTED_ONE;
    }

    /**
     * {@code ... padding 1, stride} then {@code 1:} alone on the next line: a line wrapped before the number that ends
     * its sentence, by the student's editor or by the page, reads like question 1's label. A question number already
     * answered, alone on its line right after a line that stops mid-sentence, is taken for that wrapped end, not for the
     * question opened again: a student going back to a question writes its number where a sentence has ended.
     */
    private boolean wrappedNumber(List<Label> leading, String cleaned) {
        if (leading.size() != 1 || path.isEmpty() || !cleaned.substring(leading.get(0).end()).isBlank()) return false;
        Label label = leading.get(0);
        if (label.parts().size() != 1 || !label.first().matches("\\d{1,2}")) return false;
        boolean reopens = seenTop.contains(label.first()) && !path.get(0).equals(label.first());
        return reopens && ENDS_MID_SENTENCE.matcher(previousLine).matches();
    }

    /**
     * {@code 1) 26 x 28   2) 32 x 30}: a number inside a typed line is the next item only when the line opened with
     * an item the rubric numbers (below a question), so that the number goes on with its siblings; a question number is
     * never read inside a line.
     */
    /**
     * A line the page wrapped from a line of items answered one after another ({@code T2: 1) ... = 28 => (26,28)   2) ...}
     * wrapped, its next line indented): the items go on there, {@code 2)} inside it as on the line it goes on from.
     * Only an indented line with no label of its own, right after a line read so.
     */
    private boolean itemsRunOnOntoThisLine(Integer prevDepth) {
        return itemsRanOn && prevDepth == null && lineIndent > 0 && numberedItemsOnTheLine(path.size() - 1);
    }

    private boolean numberedItemsOnTheLine(Integer prevDepth) {
        int depth = path.size() - 1;
        return prevDepth != null && prevDepth == depth && depth >= 1 && schema.numberAt(depth)
                && path.get(depth).matches("\\d{1,2}");
    }

    /**
     * Whether the line is a note in brackets about another item than the one being read ({@code (For 4 I used
     * output = 6.)} under 2.5, about 2.4): its numbers are not this item's answer, so it is kept under no label,
     * as text that may hold the answer of a question left without any.
     */
    private boolean namesAnotherItem(String cleaned) {
        java.util.regex.Matcher m = NOTE_ON_AN_ITEM.matcher(cleaned);
        if (path.isEmpty() || !m.matches()) return false;
        List<String> named = List.of((m.group(1) != null ? m.group(1) : m.group(2)).split("\\."));
        if (named.size() == 1 && path.size() > 1) {
            named = new ArrayList<>(path.subList(0, path.size() - 1));
            named.add(m.group(1) != null ? m.group(1) : m.group(2));
        }
        return schema.hasPrefix(named) && !LabelPath.startsWith(path, named);
    }

    /**
     * {@code     2. (b)} indented under {@code 1. LSTM cell} (past its {@code 1.}): a Markdown list nested inside a question
     * numbers its own items, so its number is the list's count of them, not question 2; the letter
     * or roman label after it, at the same position ({@code 2.} and {@code (b)}), is the label.
     */
    private boolean countsNestedListItem(List<Label> leading) {
        if (!typedPage || leading.size() < 2 || leading.get(0).kind() != Label.Kind.NUMBER) return false;
        if (questionIndent < 0 || lineIndent <= questionIndent || path.isEmpty()) return false;
        Label next = leading.get(1);
        if (!isSubLabel(next)) return false;
        int n = Integer.parseInt(leading.get(0).first());
        return n == LabelPath.position(next.first()) || n == LabelPath.romanPosition(next.first());
    }

    /**
     * {@code **Q1a(vi)** 7}: where the line opens emphasis before its label and the label is followed
     * straight away by the same run of stars or underscores, that run closes the label's emphasis, so the
     * answer starts after it ({@code 7}, not {@code ** 7}, which reads as no value).
     */
    private static int pastClosingEmphasis(String text, int labelEnd) {
        java.util.regex.Matcher open = EMPHASIS_BEFORE_LABEL.matcher(text);
        if (!open.lookingAt()) return labelEnd;
        String run = open.group(1);
        boolean closes = text.startsWith(run, labelEnd)
                && (labelEnd + run.length() == text.length() || text.charAt(labelEnd + run.length()) != run.charAt(0));
        return closes ? labelEnd + run.length() : labelEnd;
    }

    /**
     * {@code \\paragraph{2.1} $e_{kj}$}: the bracket closing LaTeX that wraps a label (blanked in {@code cleaned},
     * see LabelScanner's LaTeX label wraps) is not part of the answer.
     */
    private static int pastClosingLatexWrap(String text, String cleaned, int labelEnd) {
        int at = labelEnd;
        while (at < text.length() && cleaned.charAt(at) == ' ' && Character.isWhitespace(text.charAt(at))) at++;
        boolean wrapClosed = at < text.length() && cleaned.charAt(at) == ' ' && (text.charAt(at) == '}' || text.charAt(at) == ']');
        return wrapClosed ? at + 1 : labelEnd;
    }

    /** Spaces and Markdown heading hashes, then a run of emphasis marks: {@code # **}, {@code __}. */
    private static final java.util.regex.Pattern EMPHASIS_BEFORE_LABEL = java.util.regex.Pattern.compile("[\\s#]*(\\*{1,3}|_{1,3})(?=[^\\s*_])");

    private static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return i;
    }

    private static boolean isSubLabel(Label label) {
        return label.kind() == Label.Kind.LETTER || label.kind() == Label.Kind.ROMAN
                || label.kind() == Label.Kind.MISREAD_ROMAN || label.kind() == Label.Kind.MISREAD_LETTER;
    }

    /**
     * A circled number read as a symbol, or a heading word whose number was not read ({@code TASK }},
     * {@code ANSWER y}) or was glued to a letter ({@code ANSWER 5S}). Not a heading word before an equals sign or a colon
     * ({@code Answer = _72__}): that states the answer of the label above, and taken for a lost label it sent it to review.
     */
    private static final java.util.regex.Pattern LOST_LINE_START = java.util.regex.Pattern.compile(
            "[®@©]|(?i:task|part|section|question|answer)(?:\\s+(?:[^\\w\\s=:≈]|[A-Za-z]\\b)|\\s*\\d{1,2}[A-Za-z])");
    /** A line that continues working ({@code = {1, 0.5, 0} * ...}): an operator first, so no label was lost there. */
    private static final java.util.regex.Pattern CONTINUED_WORKING = java.util.regex.Pattern.compile("[=+*/×<>≤≥≈⇒→]");
    /**
     * Label-like first tokens: a digit read as a letter ({@code S.} for 5.), a bracket read as j or l
     * ({@code iiij}), letters closed by a bracket ({@code ji)}, {@code Q).}), a Q and its digit both
     * misread ({@code G2.}, {@code OU.}, {@code QL}), a dot read as a comma ({@code 4,}), and a whole label of question 1
     * glued or dotted, its 1 maybe read as a letter ({@code lav}, {@code Q.lavi:7}, {@code l.a.v}): under {@code laiv Ct =3}
     * the line {@code lav C_{t-l} =1} is 1(a)(v)'s, and kept under 1(a)(iv) its value was graded there.
     */
    private static final java.util.regex.Pattern LOST_TOKEN = java.util.regex.Pattern.compile(
            "[SOIlZB|][.)]|\\(\\)|[A-Za-z]{1,5}[)}\\]].{0,6}|[ivx]{2,4}[jl}\\]].*|(?:[QGO0]|q)[0-9lLISGU|}zZ][.)]?|\\d{1,2},"
            + "|(?:[Qq]\\.?)?[1lI|][.\\-]?\\(?[a-h]\\)?[.\\-]?\\(?[ivx]{1,4}\\)?(?:[.:)\\-=].*)?");

    /**
     * The first cell of a table row OCR garbled from a label, its number lost and a letter glued to its bracket
     * ({@code | Way(ii) | 5 |} for {@code | 1(a)(ii) | 5 |}): the row is another part's answer, not more of the one
     * above it.
     */
    private static final java.util.regex.Pattern GARBLED_ROW_LABEL = java.util.regex.Pattern.compile("[A-Za-z]{1,3}\\((?:[ivx]{1,4}|[a-h])\\)");

    /**
     * Whether an OCR line that yielded no label starts as if it had one: a short first token of
     * digits and letters closed by a bracket ({@code 1a){ii)}, {@code (by)}, {@code ji)}, {@code Q2ia)e},
     * {@code iiijot}, with the bracket read as j), brackets whose numeral was lost ({@code ()}), a
     * number read as a look-alike letter ({@code S.} for
     * {@code 5.}), or a dotted number
     * that begins with a label of the rubric not seen yet ({@code 2.316} for {@code 2.3 16}).
     */
    private boolean looksLikeLostLabel(String cleaned) {
        if (CONTINUED_WORKING.matcher(cleaned.strip()).lookingAt()) return false;
        if (LOST_LINE_START.matcher(cleaned.strip()).lookingAt()) return true;
        String first = cleaned.strip().replaceFirst("^[^\\w(]+", "").strip().split("\\s+")[0];
        if (LOST_TOKEN.matcher(first).matches()) return true;
        if (cleaned.strip().startsWith("|") && GARBLED_ROW_LABEL.matcher(first).matches()) return true;
        if (startsWithTheNextNumeralGlued(first) && cleaned.matches(".*\\d.*")) return true;
        if (first.length() <= 8 && first.matches("(?:[\\d(]|[Qq]\\d)[\\w(){}\\[\\].]*[)}\\]][\\w(){}\\[\\].]*") && first.matches(".*[A-Za-z].*") && !first.contains("=")) return true;
        java.util.regex.Matcher glued = java.util.regex.Pattern.compile("(\\d{1,2})\\.(\\d)[\\d.]+").matcher(first);
        if (!glued.matches()) return false;
        List<String> label = List.of(glued.group(1), glued.group(2));
        return schema.hasPrefix(label) && sectionPaths.stream().noneMatch(p -> LabelPath.startsWith(p, label));
    }

    /**
     * {@code iit 35}, {@code iiot :8} under {@code i. f_t : 4}: a first word that starts with the next item's numeral (two
     * letters or more, so not a word's first letter) and has one or two letters more, what is left of a symbol whose
     * label's dot and underscore OCR lost. Kept under the item above, its value was graded as that item's.
     */
    private boolean startsWithTheNextNumeralGlued(String first) {
        if (path.isEmpty()) return false;
        String next = LabelPath.nextRoman(path.get(path.size() - 1));
        return next.length() >= 2 && first.length() <= next.length() + 2 && first.startsWith(next)
                && first.substring(next.length()).matches("[a-z]{1,2}");
    }

    /**
     * An OCR line whose label was damaged past reading ({@code ii it: 5}, {@code iiit=1},
     * {@code jiiot=8} for {@code (iii) o_t = 8}, {@code ish t=} for {@code ii) h_t =}): when it
     * starts with the next sibling's numeral, give or take a bracket read as a letter and one
     * misread letter of the numeral, and goes straight on to name the quantity that
     * sibling asks for (its symbol cue, as {@link Cues#namesAtStart} reads it), it is
     * that sibling's label. Believed only as the next sibling, like the other misread labels.
     * A compact label glued whole ({@code lbiCt=} for {@code 1.b.i C_t =} after 1.a.vi,
     * {@code laift=4} for the script's first label) is also taken for the label that follows in
     * rubric order, when all its parts are there and its quantity is named right after.
     */
    private Label nextSiblingNamed(String cleaned) {
        if (!path.isEmpty()) {
            int depth = path.size() - 1;
            String current = path.get(depth);
            String next = schema.romanAt(depth) && LabelPath.isRoman(current) ? LabelPath.nextRoman(current) : LabelPath.next(current);
            if (!next.isEmpty()) {
                List<String> sibling = new ArrayList<>(path.subList(0, depth));
                sibling.add(next);
                java.util.regex.Matcher m = namedLabel(cleaned, sibling, false);
                if (m != null) {
                    Label.Kind kind = schema.romanAt(depth) ? Label.Kind.MISREAD_ROMAN : Label.Kind.MISREAD_LETTER;
                    return new Label(kind, List.of(next), cleaned.substring(0, m.end()).strip(), 0, m.end());
                }
            }
        }
        if (!path.isEmpty() && !schema.isLabel(path)) return null;
        if (path.isEmpty() && !(seenTop.isEmpty() && !lostLineSeen)) return null;
        List<String> after = schema.labelAfter(path);
        if (after.size() < 2) return null;
        java.util.regex.Matcher m = namedLabel(cleaned, after, true);
        if (m == null) return null;
        return new Label(Label.Kind.DOTTED, after, cleaned.substring(0, m.end()).strip(), 0, m.end());
    }

    /**
     * The start of {@code cleaned} when it is {@code label} glued together as OCR reads a compact
     * one ({@code laiiit=5} for {@code 1.a.ii i_t = 5}): its parents, each maybe followed by a dot
     * and a 1 maybe read as l, I or |, then its last numeral as {@link #numeralAsRead}, then
     * straight on the quantity that label asks for (its symbol cue). With {@code parentsNeeded} the
     * parents must be there; else they may be left out ({@code iiit=1}). Null when it is not.
     */
    private java.util.regex.Matcher namedLabel(String cleaned, List<String> label, boolean parentsNeeded) {
        List<String> cues = schema.cuesOf(label);
        if (cues.isEmpty()) return null;
        StringBuilder parents = new StringBuilder();
        for (String part : label.subList(0, label.size() - 1)) {
            parents.append(part.equals("1") ? "[1lI|]" : java.util.regex.Pattern.quote(part)).append("\\.?");
        }
        String prefix = parents.length() == 0 ? "" : "(?:" + parents + ")" + (parentsNeeded ? "" : "?");
        java.util.regex.Matcher m = java.util.regex.Pattern.compile(
                "\\s*" + prefix + "[j(|\\[{]?" + numeralAsRead(label.get(label.size() - 1)) + "[)\\]}.,j:]?\\s*",
                java.util.regex.Pattern.CASE_INSENSITIVE).matcher(cleaned);
        if (!m.lookingAt()) return null;
        String rest = cleaned.substring(m.end());
        if (cues.stream().anyMatch(c -> Cues.namesAtStart(rest, c))) return m;
        if (!parentsNeeded) return null;
        java.util.regex.Matcher dashed = DASH_AFTER_LABEL.matcher(cleaned).region(m.end(), cleaned.length());
        if (!dashed.lookingAt()) return null;
        String answer = cleaned.substring(dashed.end());
        boolean answerFollows = ANSWER_AFTER_DASH.matcher(answer).lookingAt() || cues.stream().anyMatch(c -> Cues.namesAtStart(answer, c));
        return answerFollows ? dashed : null;
    }

    /**
     * {@code lai-4}, {@code laii-5}, {@code lbi-} for {@code 1 a i - 4}: a whole label glued together by OCR (its spaces lost,
     * its 1 read as l), then the dash the student set between label and answer, then a number, a bracket, the quantity's
     * name ({@code lbii- h_t =}) or nothing. Taken only as
     * the label next in rubric order with all its parts there, like one that names its quantity; the dash is part of the
     * label, so the answer is not read as negative.
     */
    private static final java.util.regex.Pattern ANSWER_AFTER_DASH = java.util.regex.Pattern.compile("\\d|[\\[(]|\\s*$");
    private static final java.util.regex.Pattern DASH_AFTER_LABEL = java.util.regex.Pattern.compile("[-–]\\s*");

    /**
     * A numeral as OCR may have read it: as written, or, when it has two letters or more, with
     * one of them misread ({@code is} for {@code ii}, {@code ili} for {@code iii}).
     */
    private static String numeralAsRead(String numeral) {
        if (numeral.length() < 2) return java.util.regex.Pattern.quote(numeral);
        List<String> forms = new ArrayList<>();
        for (int i = 0; i < numeral.length(); i++) {
            forms.add(java.util.regex.Pattern.quote(numeral.substring(0, i)) + "[a-z]"
                    + java.util.regex.Pattern.quote(numeral.substring(i + 1)));
        }
        return "(?:" + String.join("|", forms) + ")";
    }

    /** Adds the text of {@code line} between {@code start} and {@code end}, under the place given by {@code at}. */
    private static void addPiece(List<Piece> pieces, Piece at, Line line, List<int[]> offsets, int start, int end) {
        String text = line.text().substring(start, end).strip();
        if (text.isEmpty() || text.matches("[$\\s]*|={3,}")) return; // nothing, or the rule closing a label (# == Q5 ==)
        List<Word> words = new ArrayList<>();
        for (int i = 0; i < line.words().size(); i++) {
            int[] o = offsets.get(i);
            if (o[0] < end && o[1] > start) words.add(line.words().get(i));
        }
        pieces.add(new Piece(at.page(), text, words, at.path(), at.written(), at.section(), at.readByOcr(), at.line(),
                at.lostLabel()));
    }

    /** Where each word stands in the line text ({start, end}); words not found cover the whole line. */
    private static List<int[]> wordOffsets(String text, List<Word> words) {
        List<int[]> offsets = new ArrayList<>();
        int cursor = 0;
        for (Word w : words) {
            int at = w.text().isEmpty() ? -1 : text.indexOf(w.text(), cursor);
            if (at < 0) {
                offsets.add(new int[] {0, text.length()});
            } else {
                offsets.add(new int[] {at, at + w.text().length()});
                cursor = at + w.text().length();
            }
        }
        return offsets;
    }

    /**
     * Places a label in the path; returns its depth, or null when it is not taken as a label. A
     * student may divide the rubric's deepest item once more ({@code 2.4 (a)}), but a bare number
     * below it is an answer ({@code (i) 4 (ii) 5}). A roman numeral where the rubric numbers items
     * with plain numbers is that number ({@code Part 2 (iv)} is item 2.4): it counts the same way;
     * so does, on typed pages, a letter where the rubric has no lettered level ({@code ### Task 1} then
     * {@code **(c)**} is item 1.3); on a scan a letter there may be a sub-label of an item whose marker OCR lost.
     * A whole path inside a line ({@code 1a-i. 4     1a-ii. 5}) is believed only as the item right after the current one.
     */
    private Integer place(Label label, Integer prevDepth, boolean inline) {
        Label.Kind kind = label.kind();
        String value = label.first();
        boolean colonLetter = kind == Label.Kind.COLON_LETTER;
        if (colonLetter && !typedPage) return null;
        if (colonLetter) kind = value.length() > 1 ? Label.Kind.ROMAN : Label.Kind.LETTER;
        if (kind == Label.Kind.LETTER && value.length() == 1 && LabelPath.isRoman(value) && readsAsRoman(value)) {
            kind = Label.Kind.ROMAN;
        }
        if (kind == Label.Kind.LOOSE_NUMBER) {
            boolean dashed = !label.raw().endsWith(",");
            if (prevDepth != null || !(isNextQuestion(value) || dashed && typedPage && isLaterQuestion(value))) return null;
            kind = Label.Kind.NUMBER;
            prevDepth = -1;
        }
        if (kind == Label.Kind.LONE_NUMBER) {
            if (!typedPage || !sectionAnswered || prevDepth != null || !isNextQuestion(value)) return null;
            kind = Label.Kind.HEADING;
        }
        if (kind == Label.Kind.ANSWER_PREFIXED) {
            if (!typedPage || prevDepth != null || !answerPrefixBelieved(label)) return null;
            kind = Label.Kind.HEADING;
        }
        if (kind == Label.Kind.LETTER_HEADING) {
            label = letterTask(label, prevDepth);
            if (label == null) return null;
            kind = Label.Kind.HEADING;
        }
        if (kind == Label.Kind.DOTTED_ONE) {
            boolean inQuestionOne = path.isEmpty() ? seenTop.isEmpty() : path.get(0).equals("1");
            if (!inQuestionOne) return null;
            kind = Label.Kind.DOTTED;
        }
        if (kind == Label.Kind.OWN_STYLE) {
            if (prevDepth != null || inline && !underSameParent(label.parts())) return null;
            kind = label.parts().size() == 1 ? Label.Kind.HEADING : Label.Kind.DOTTED;
            value = label.parts().get(label.parts().size() - 1);
        }
        if (kind == Label.Kind.SEVEN_FOR_T) {
            if (!nextSiblingOfATLabel(label.parts())) return null;
            kind = Label.Kind.DOTTED;
        }
        boolean arrowRoman = kind == Label.Kind.ARROW_ROMAN;
        if (arrowRoman && !typedPage) return null;
        boolean misreadRoman = kind == Label.Kind.MISREAD_ROMAN || arrowRoman;
        if (misreadRoman) kind = Label.Kind.ROMAN;
        boolean misreadLetter = kind == Label.Kind.MISREAD_LETTER;
        if (misreadLetter) kind = Label.Kind.LETTER;
        boolean bare = kind == Label.Kind.BARE_NUMBER;
        if (bare) kind = Label.Kind.NUMBER;
        boolean listItem = kind == Label.Kind.NUMBER && prevDepth == null && !inline && !partNext()
                && label.raw().matches("\\d{1,2}[.)]");
        List<String> listedPart = listItem ? nestedListPart(value) : null;
        if (listItem && listedPart == null && (numbersStepsOfWorking(value) || numbersAListInALaterAnswer(value))) return null;
        if (listedPart != null) {
            prevDepth = listedPart.size() - 2;
            value = listedPart.get(listedPart.size() - 1);
            kind = schema.romanAt(listedPart.size() - 1) ? Label.Kind.ROMAN : Label.Kind.LETTER;
        }
        if (kind == Label.Kind.NUMBER && prevDepth == null && !inline && headsNextTask(value)) kind = Label.Kind.HEADING;
        if (kind == Label.Kind.HEADING && isItemUnderTask(label, prevDepth)) {
            kind = Label.Kind.NUMBER;
            prevDepth = 0;
        }
        List<String> newPath;
        int depth;
        switch (kind) {
            case HEADING, DOTTED, GLUED_ONE -> {
                newPath = new ArrayList<>(label.parts());
                depth = newPath.size() - 1;
                if (typedPage && !DIMENSION_WORD.matcher(label.raw()).find()) lettersForNumbers(newPath);
            }
            default -> {
                depth = depthFor(kind, value, prevDepth);
                if (kind == Label.Kind.ROMAN && depth > 0 && schema.numberAt(depth)) {
                    value = String.valueOf(LabelPath.romanPosition(value));
                    kind = Label.Kind.NUMBER;
                } else if (kind == Label.Kind.LETTER && typedPage && letterStandsForNumber(depth)) {
                    value = String.valueOf(LabelPath.position(value));
                    kind = Label.Kind.NUMBER;
                }
                newPath = new ArrayList<>(path.subList(0, Math.min(depth, path.size())));
                while (newPath.size() < depth) newPath.add(LabelPath.ANY);
                newPath.add(value);
            }
        }
        if (depth > schema.depth() || (depth == schema.depth() && kind == Label.Kind.NUMBER)) return null;
        // A number after a label on its line, below a part the rubric does not divide ("Q2(b): 0. The dot product ...",
        // "Q3(c): 72."), is the answer, not a sub-label; a list inside an answer starts at 1.
        if (kind == Label.Kind.NUMBER && (inline || prevDepth != null) && !value.equals("1") && !schema.reachesAQuestion(newPath)) {
            return null;
        }
        if (bare && !bareNumberIsLabel(label, depth, prevDepth, inline)) return null;
        boolean answerWord = label.raw().toLowerCase(java.util.Locale.ROOT).startsWith("ans");
        if ((kind != Label.Kind.HEADING || answerWord) && !schema.isRelated(newPath)) return null;
        if ((kind == Label.Kind.DOTTED || kind == Label.Kind.GLUED_ONE) && !schema.hasPrefix(newPath)) return null;
        if (kind == Label.Kind.GLUED_ONE && !gluedOneBelieved(label, newPath)) return null;
        boolean misread = misreadRoman || misreadLetter;
        boolean firstOfItsLevel = (arrowRoman || inline && label.raw().startsWith("(")) && depth == path.size()
                && firstChild(kind, value)
                || colonLetter && depth == path.size() && List.of("a", "i").contains(value) && schema.hasPrefix(newPath);
        boolean continues = kind == Label.Kind.DOTTED ? comesNext(newPath) : continuesSiblings(kind, value, depth, misread);
        if ((inline || misread || colonLetter) && !firstOfItsLevel && !continues) return null;
        commit(kind, label, newPath, depth);
        return depth;
    }

    /**
     * {@code 2-D convolution}, {@code 1-d}: a number of dimensions, not question 2's item d; nor is a capital letter
     * after a number ({@code 3D}) an item letter.
     */
    private static final java.util.regex.Pattern DIMENSION_WORD = java.util.regex.Pattern.compile("\\d\\s*[-.]?\\s*[A-H]\\b|\\d-[a-h](?![A-Za-z])");

    /**
     * {@code 1 a.}, {@code 2-c} on a typed page of an exam whose items are numbered and never lettered: the student lettered
     * them, a for 1, b for 2, as a single lettered item after its question number is read too.
     */
    private void lettersForNumbers(List<String> newPath) {
        for (int i = 1; i < newPath.size(); i++) {
            if (newPath.get(i).matches("[a-h]") && letterStandsForNumber(i)) newPath.set(i, String.valueOf(LabelPath.position(newPath.get(i))));
        }
    }

    /** Whether a letter at {@code depth} of a typed label is the item's number: the exam numbers that level and letters none. */
    private boolean letterStandsForNumber(int depth) {
        return depth > 0 && schema.numberAt(depth) && schema.depthOf(LabelSchema.Level.LETTER) < 0;
    }

    /**
     * {@code Lai)} is taken for {@code 1(a)(i)} only as the script's first label, read before any
     * line that looked like a lost label, and only when it is the rubric's first question: a
     * {@code 1(a)(ii)} that lost an i reads the same, and would come after a lost {@code 1(a)(i)}.
     * With both its brackets kept ({@code l(a)(ii)} in a table of answers after {@code 1(a)(i)}), or closed by a dot or
     * a dash ({@code l(a)iv.}, {@code laiv-3}), only the 1 was misread, and it is taken where it comes next in order.
     */
    private boolean gluedOneBelieved(Label label, List<String> newPath) {
        if (!lostLineSeen && path.isEmpty() && seenTop.isEmpty() && LabelPath.equal(newPath, schema.firstLabel())) return true;
        return BRACKETED_ONE.matcher(label.raw()).lookingAt() && comesNext(newPath);
    }

    private static final java.util.regex.Pattern BRACKETED_ONE = java.util.regex.Pattern.compile(
            "[Ll|Ii](?:\\([a-h]\\)\\([ivx]{1,4}\\)|\\(?[a-h]\\)?[ivx]{1,4}[.\\-])");

    /** Whether {@code newPath} is the item after the current one: {@code 1.a.ii} after {@code 1.a.i}, {@code 1.b.i} after {@code 1.a.vi}. */
    private boolean comesNext(List<String> newPath) {
        int n = newPath.size();
        if (path.size() != n || n < 2) return false;
        if (LabelPath.sameParent(path, newPath)) return follows(path.get(n - 1), newPath.get(n - 1));
        return path.subList(0, n - 2).equals(newPath.subList(0, n - 2)) && follows(path.get(n - 2), newPath.get(n - 2))
                && List.of("i", "a", "1").contains(newPath.get(n - 1));
    }

    private static boolean follows(String before, String after) {
        return after.equals(LabelPath.next(before)) || after.equals(LabelPath.nextRoman(before));
    }

    /**
     * {@code      2. i_t → 5} under {@code   - Sub-question (a): positions}: on typed text, a numbered Markdown list
     * indented past the line of a label whose parts the rubric numbers with letters or roman numerals numbers those
     * parts, in order: its item n is part n ({@code 1.a.ii}). Only the part that comes next (the first, then each
     * one after the last) and that the rubric has; null otherwise, and the number is read as it always is.
     */
    private List<String> nestedListPart(String n) {
        if (!typedPage) return null;
        for (int d = Math.min(path.size(), indentAtDepth.size()) - 1; d >= 0; d--) {
            if (indentAtDepth.get(d) >= lineIndent) continue;
            int level = d + 1;
            if (level >= schema.depth() || schema.numberAt(level)) return null;
            boolean roman = schema.romanAt(level);
            int expected = path.size() > level
                    ? (roman ? LabelPath.romanPosition(path.get(level)) : LabelPath.position(path.get(level))) + 1 : 1;
            if (expected < 1 || Integer.parseInt(n) != expected) return null;
            String part = roman ? LabelPath.roman(expected) : String.valueOf((char) ('a' + expected - 1));
            List<String> listed = new ArrayList<>(path.subList(0, level));
            listed.add(part);
            return schema.hasPrefix(listed) ? listed : null;
        }
        return null;
    }

    /**
     * {@code    1. per gate 18} indented under {@code 3. (c)}: on typed text, a numbered list indented past the line of
     * a label that is a whole question of the rubric (nothing below it) numbers the steps of its working, unless its
     * number is a question not seen yet, numbered above the current one (which it may be, indented by accident).
     */
    private boolean numbersStepsOfWorking(String n) {
        if (!typedPage || path.isEmpty() || indentAtDepth.size() < path.size()) return false;
        return indentAtDepth.get(path.size() - 1) < lineIndent && schema.isLabel(path) && !unseenQuestionAhead(n);
    }

    /** Whether the script has written every question number so far with a question word ({@code Q.3 (c)}), two at least. */
    private boolean headsEveryQuestionWithAWord() {
        return topWithWord >= 2 && topOtherwise == 0;
    }

    /**
     * {@code 1. through h_t ...} / {@code 2. through c_{t+1} ...} in the answer to {@code Q4 (a)}: in a script that has
     * written every question number so far with a question word, a plain numbered list item whose number is a question
     * already answered, below the current one, is the student's own list inside the current answer, not a return to that
     * question (which the script would head as it headed it before). Not where the rubric numbers the level below its
     * questions: there {@code 1.} under {@code Task 2} is an item.
     */
    private boolean numbersAListInALaterAnswer(String n) {
        if (!headsEveryQuestionWithAWord() || schema.numberAt(1) || !seenTop.contains(n) || path.isEmpty() || !path.get(0).matches("\\d+")) {
            return false;
        }
        return Integer.parseInt(n) < Integer.parseInt(path.get(0));
    }

    /**
     * {@code A1(a)(i)} or {@code A5 Depthwise ...}: an answer-prefixed number is a question number when a bracketed
     * part follows it and it is the current question or one not seen yet numbered above it, or when it is such an
     * unseen question and set off as a label is (a dot, colon or bracket, or a capitalised word after it):
     * {@code A2 is invertible} stays working.
     */
    private boolean answerPrefixBelieved(Label label) {
        if (label.parts().size() != 1) return false;
        String n = label.first();
        if (partNext()) return unseenQuestionAhead(n) || !path.isEmpty() && path.get(0).equals(n);
        return unseenQuestionAhead(n) && (label.raw().matches(".*[.:)]") || Character.isUpperCase(label.followedBy()));
    }

    /**
     * {@code Part B (convolutions)} as task 2: a task written with a capital letter is the task at that position
     * only on typed text, at the line's start, where the rubric numbers its tasks and has no lettered level, and
     * as a task not seen yet numbered above the current one; null otherwise.
     */
    private Label letterTask(Label label, Integer prevDepth) {
        if (!typedPage || prevDepth != null || !schema.numberAt(0) || schema.depthOf(LabelSchema.Level.LETTER) >= 0) return null;
        String n = String.valueOf(LabelPath.position(label.first()));
        if (!unseenQuestionAhead(n)) return null;
        return new Label(Label.Kind.HEADING, List.of(n), label.raw(), label.start(), label.end());
    }

    /** Whether {@code n} is a question of the rubric not seen yet, numbered above the current one (any, before the first). */
    private boolean unseenQuestionAhead(String n) {
        if (seenTop.contains(n) || !schema.hasPrefix(List.of(n))) return false;
        return path.isEmpty() || !path.get(0).matches("\\d+") || Integer.parseInt(n) > Integer.parseInt(path.get(0));
    }

    /**
     * {@code 71.2} is taken for {@code T1.2} only right after {@code T1.1} was read with its T: the
     * same parent, the next item. A line of working that starts with a number like 71.2 is not
     * the next item after a T label by chance often enough to matter, and anywhere else it stays text.
     */
    private boolean nextSiblingOfATLabel(List<String> parts) {
        if (written.isEmpty() || !written.get(written.size() - 1).startsWith("T") || path.size() != parts.size()) return false;
        int last = parts.size() - 1;
        return path.subList(0, last).equals(parts.subList(0, last)) && parts.get(last).equals(LabelPath.next(path.get(last)));
    }

    /**
     * Whether a whole path read inside a line ({@code B-ii:} after {@code B-i: (26, 28)}) stays under the parent
     * of the label being read: then, as for any inline label, only the next item is believed.
     */
    private boolean underSameParent(List<String> parts) {
        int last = parts.size() - 1;
        return last > 0 && path.size() == parts.size() && path.subList(0, last).equals(parts.subList(0, last));
    }

    /** Whether {@code n} is the question number after the current one (or the rubric's first, before any). */
    private boolean isNextQuestion(String n) {
        if (path.isEmpty()) return seenTop.isEmpty() && !schema.firstLabel().isEmpty() && schema.firstLabel().get(0).equals(n);
        return !seenTop.contains(n) && n.equals(LabelPath.next(path.get(0))) && schema.hasPrefix(List.of(n));
    }

    /**
     * Whether {@code n} is a question not seen yet numbered above the current one ({@code 5 -}
     * after 3(c) when question 4 was left out).
     */
    private boolean isLaterQuestion(String n) {
        return !path.isEmpty() && path.get(0).matches("\\d+") && unseenQuestionAhead(n);
    }

    /**
     * {@code Q2.}, {@code Item 2} or {@code ### 2} under {@code TASK 1}: a question-word or number-only Markdown
     * heading written inside a task-word heading is an item of that task when the rubric has such an item.
     * Not when it restates the task's own number before a roman numeral ({@code Q2 (iv)} under
     * {@code Task 2}): the numeral is then the item. After a task's heading on the same line, a heading word
     * and number, "part" too, is that task's item ({@code Problem 2 / part 4} is item 2.4, not a question 4).
     */
    private boolean isItemUnderTask(Label label, Integer prevDepth) {
        boolean afterTaskOnLine = prevDepth != null && prevDepth == 0;
        if (!(underTaskWord || afterTaskOnLine) || label.parts().size() != 1 || path.isEmpty() || !schema.numberAt(1)) return false;
        boolean romanNext = partNext() && LabelPath.isRoman(nextOnLine.first());
        if (romanNext && label.first().equals(path.get(0))) return false;
        String raw = label.raw().toLowerCase(java.util.Locale.ROOT);
        boolean questionWord = raw.startsWith("q") || raw.startsWith("problem") || raw.startsWith("exercise")
                || raw.startsWith("item") || raw.startsWith("#") || afterTaskOnLine && raw.startsWith("part")
                || raw.matches("(?:" + LabelScanner.FOREIGN_QUESTION_WORDS + ")\\b.*")
                || raw.matches("\\w+\\s+(?:question|problem|exercise)\\b.*");
        return questionWord && schema.hasPrefix(List.of(path.get(0), label.first()));
    }

    /**
     * A number written without a dot or bracket ({@code 5 Input ...}) is a question number only at
     * the start of a line, the first time it is seen, and either after a lower question number or
     * before a capital ({@code 3 filters ...} under question 5 is working, not question 3). In a script
     * that has written every question number so far with a question word ({@code Q.3 (c)}), one before
     * a small letter is working too ({@code 4 gates (forget, input, ...)} under 3(c)). In the
     * first cell of a typed table's row ({@code 5 depthwise  | 199x199x3}) that names a cue of one of
     * that question's parts, the table names the question the row answers, seen before or not
     * ({@code | 3 channels | 4x4 |} in working names none of question 3's).
     */
    private boolean bareNumberIsLabel(Label label, int depth, Integer prevDepth, boolean inline) {
        if (depth != 0 || prevDepth != null || inline) return false;
        if (alignedUnderTheAnswer()) return false;
        if (tableRowWords != null && schema.cuesUnder(label.first()).stream().anyMatch(c -> Cues.mentions(tableRowWords, c))) {
            return true;
        }
        if (seenTop.contains(label.first())) return false;
        if (headsEveryQuestionWithAWord() && Character.isLowerCase(label.followedBy())) return false;
        boolean inOrder = path.isEmpty() || !path.get(0).matches("\\d+")
                || Integer.parseInt(label.first()) > Integer.parseInt(path.get(0));
        return inOrder || Character.isUpperCase(label.followedBy());
    }

    /**
     * {@code 4 gates -> 72} on a line indented to where the answer began on its label's line, {@code 3(c)   each
     * gate 3*5 + 3 = 18}: a typist sets a line of the answer under the answer (a hanging indent, a table's answer
     * column), and a new question at the margin or at its own label's indent, never under the answer above it. On
     * typed text by the spaces typed; on a scan by where the words stand, when the answer began well right of its
     * label.
     */
    private boolean alignedUnderTheAnswer() {
        if (typedPage) return answerColumn > 0 && lineIndent >= answerColumn;
        return answerLeft >= 0 && labelLeft >= 0 && answerLeft - labelLeft >= SET_IN && lineLeft >= answerLeft - SET_IN / 4;
    }

    /**
     * How far right of its label a scanned line's answer must begin for lines under it to be read as set under the
     * answer: four characters of 10-point type at 300 dpi, past a label's own space ({@code 3(c)   each gate ...}).
     */
    private static final int SET_IN = 100;

    /** Where the word at {@code column} of a scanned line begins, in pixels; -1 when no word is there. */
    private static int answerLeftAfter(List<Word> words, List<int[]> offsets, int column) {
        if (column < 0) return -1;
        for (int i = 0; i < words.size() && i < offsets.size(); i++) {
            if (offsets.get(i)[0] >= column && offsets.get(i)[1] > offsets.get(i)[0]) return words.get(i).box().x();
        }
        return -1;
    }

    /** Where the answer starts on a line whose labels end at {@code textStart}; -1 when nothing follows them. */
    private static int answerColumnAfter(String text, int textStart) {
        int at = LabelScanner.skipSpaces(text, textStart);
        return at < text.length() ? at : -1;
    }

    /**
     * Whether a one-letter {@code i}, {@code v} or {@code x} is a roman numeral rather than a letter:
     * where the rubric numbers with roman numerals, unless the letter before it ({@code h} for
     * {@code i}) was just written at the letter level; where the rubric numbers its items with plain
     * numbers only ({@code Part 1 (i)} for item 1.1), unless that letter was written at any level.
     */
    private boolean readsAsRoman(String value) {
        int letterDepth = schema.depthOf(LabelSchema.Level.LETTER);
        int romanDepth = schema.depthOf(LabelSchema.Level.ROMAN);
        String before = String.valueOf((char) (value.charAt(0) - 1));
        if (romanDepth < 0) return letterDepth < 0 && !path.contains(before);
        if (letterDepth < 0) return true;
        return !(path.size() > letterDepth && path.get(letterDepth).equals(before));
    }

    private int depthFor(Label.Kind kind, String value, Integer prevDepth) {
        return switch (kind) {
            case NUMBER -> numberDepth(value, prevDepth);
            case LETTER -> levelDepth(LabelSchema.Level.LETTER, prevDepth);
            case ROMAN -> levelDepth(LabelSchema.Level.ROMAN, prevDepth);
            default -> circledDepth(prevDepth);
        };
    }

    /**
     * Whether a number starting a line is a question (task) number or an item of the current
     * one. Under a heading it is an item; but not when it is the next task's number and a
     * letter or roman label follows it ({@code 2 (i)} after {@code T1.6}, in a rubric whose items
     * are the deepest level): that label is then the item, as it would be after {@code Part 2},
     * rather than a division of item 2 the rubric does not have. Under a task-word heading
     * ({@code Task 1}) only once that task's item 2 was written already. Nor when it restates the task's own
     * number before a roman numeral ({@code 1(ii)} under {@code Task 1}): the numeral is the item.
     */
    private int numberDepth(String n, Integer prevDepth) {
        if (prevDepth != null) return prevDepth + 1;
        boolean asItem = schema.numberAt(1) && !path.isEmpty() && schema.hasPrefix(List.of(path.get(0), n));
        boolean asTop = schema.hasPrefix(List.of(n));
        boolean itemAlreadyWritten = asItem && sectionPaths.contains(List.of(path.get(0), n));
        boolean taskBeforeItsItem = partNext() && schema.depth() <= 2 && isNextQuestion(n)
                && (!underTaskWord || itemAlreadyWritten);
        boolean restatesTask = partNext() && schema.depth() <= 2 && !path.isEmpty() && n.equals(path.get(0))
                && LabelPath.isRoman(nextOnLine.first());
        return asItem && (underHeading || !asTop) && !taskBeforeItsItem && !restatesTask ? 1 : 0;
    }

    /**
     * {@code 2.} after items 1 to 6 of task 1: a number that goes back among the task's items to one
     * already written, and is the next task's number, is that task's heading, so numbering that
     * restarts after it ({@code 1. 26 x 28}) is the next task's items, not task 1's again.
     */
    private boolean headsNextTask(String n) {
        if (!underHeading || path.size() < 2 || !isNextQuestion(n) || !schema.hasPrefix(List.of(n))) return false;
        boolean itemWritten = sectionPaths.contains(List.of(path.get(0), n));
        return itemWritten && LabelPath.position(path.get(1)) > Integer.parseInt(n);
    }

    private boolean partNext() {
        return nextOnLine != null && isSubLabel(nextOnLine);
    }

    /**
     * The depth of a letter or roman label. Where the rubric has no such level, it is one below the
     * label before it on the line, or, on a line of its own, the depth of the last label written in
     * the same style ({@code (ii)} after {@code (i)} under {@code Part 2} is its sibling), or one
     * below the current path.
     */
    private int levelDepth(LabelSchema.Level level, Integer prevDepth) {
        int d = schema.depthOf(level);
        if (d >= 0) return d;
        if (prevDepth != null) return prevDepth + 1;
        for (int k = written.size() - 1; k >= 1; k--) {
            if (writtenAs(written.get(k), level)) return k;
        }
        return path.size();
    }

    /** Whether a label as written ({@code (iv)}, {@code b.}) is a bare letter or roman numeral of {@code level}'s style. */
    private static boolean writtenAs(String raw, LabelSchema.Level level) {
        String bare = raw.replaceAll("[()\\[\\].:\\s]", "").toLowerCase(java.util.Locale.ROOT);
        return level == LabelSchema.Level.ROMAN ? LabelPath.isRoman(bare) : bare.matches("[a-z]");
    }

    private int circledDepth(Integer prevDepth) {
        if (prevDepth != null) return prevDepth + 1;
        if (circledDepth >= 0 && circledDepth <= path.size()) return circledDepth;
        return path.size();
    }

    /** An inline sub-label is believed only when it is the next one at its level: ii) after i). */
    private boolean continuesSiblings(Label.Kind kind, String value, int depth, boolean misread) {
        if (kind == Label.Kind.CIRCLED) return true;
        if (depth >= path.size()) return false;
        String current = path.get(depth);
        if (value.equals(LabelPath.next(current)) || value.equals(LabelPath.nextRoman(current))) return true;
        if (kind != Label.Kind.ROMAN || misread) return false;
        if (!skipsForward(current, value, typedPage ? Integer.MAX_VALUE : MAX_OCR_SKIP)) return false;
        if (!typedPage) {
            List<String> parent = path.subList(0, depth);
            for (int r = LabelPath.romanPosition(current) + 1; r < LabelPath.romanPosition(value); r++) {
                List<String> skipped = new ArrayList<>(parent);
                skipped.add(LabelPath.roman(r));
                passedOverOnScans.add(LabelPath.key(skipped));
            }
        }
        return true;
    }

    /**
     * Whether a roman {@code i} opens the current label's sub-parts, as the rubric has them: after an
     * arrow ({@code i → 4}), or in brackets inside prose on a typed page ({@code Question 1, part (a)}
     * then {@code For sub-part (i), f_t is at 4. For sub-part (ii), ...}; the later ones follow as
     * siblings). A bare {@code i.} inside a line is often a variable ({@code x + i.Ctilde}).
     */
    private boolean firstChild(Label.Kind kind, String value) {
        if (!typedPage || kind != Label.Kind.ROMAN || LabelPath.romanPosition(value) != 1) return false;
        List<String> child = new ArrayList<>(path);
        child.add(value);
        return schema.isLabel(child);
    }

    /** On an OCR'd page a cleanly read roman sub-label may pass over at most this many left-out siblings. */
    private static final int MAX_OCR_SKIP = 2;

    /**
     * {@code i) 4 iii) 8}: the student left (ii) out. A later roman sibling read as written is
     * believed: on a typed page at any distance; on an OCR'd page over at most
     * {@link #MAX_OCR_SKIP} siblings (the ones passed over go to review as not found, since OCR may
     * have lost their labels). A misread roman ({@code (ili)}) is believed only as the next sibling.
     */
    private static boolean skipsForward(String current, String value, int maxSkipped) {
        int from = LabelPath.romanPosition(current), to = LabelPath.romanPosition(value);
        return from > 0 && to > from && to - from - 1 <= maxSkipped;
    }

    /**
     * Whether every word of the label, on a script that reads like print, was read surely: its
     * digits checked on their own where the word as a whole was doubtful ({@link Word#valueConfidence()}).
     */
    private boolean readSurely(Label label) {
        if (handwritten || lineWords.isEmpty()) return false;
        boolean any = false;
        for (int i = 0; i < lineWords.size(); i++) {
            int[] at = lineOffsets.get(i);
            if (at[1] <= label.start() || at[0] >= label.end()) continue;
            if (lineWords.get(i).valueConfidence() < Segmenter.SURE_ON_PRINT) return false;
            any = true;
        }
        return any;
    }

    /**
     * A label that goes back to an earlier item ({@code T1.3} after {@code T1.4}) is a misread one
     * as often as not, so what follows it is doubted. Not when both it and the later item's label
     * were read surely on print and it is not the first item (numbering that starts again stays
     * doubtful): then the student answered out of order.
     */
    private boolean surelyOutOfOrder(List<String> newPath, int depth, boolean sure) {
        String item = newPath.get(depth);
        return sure && depth < sureAtDepth.size() && sureAtDepth.get(depth)
                && LabelPath.position(item) != 1 && !item.equalsIgnoreCase("i");
    }

    private void commit(Label.Kind kind, Label label, List<String> newPath, int depth) {
        if (restartedUnder != null && !(depth >= restartedUnder.size() && LabelPath.startsWith(newPath, restartedUnder))) {
            restartedUnder = null;
        }
        boolean reopened = depth == 0 && seenTop.contains(newPath.get(0)) && !path.isEmpty()
                && !path.get(0).equals(newPath.get(0));
        boolean sure = readSurely(label);
        if (goesBack(newPath, depth) && !surelyOutOfOrder(newPath, depth, sure)) {
            backwardSections.add(sectionPaths.size());
            String item = newPath.get(depth);
            if (LabelPath.position(item) == 1 || item.equalsIgnoreCase("i") || handwritten) restartUnder(newPath.subList(0, depth));
        } else if (reopened) {
            afterRestartSections.add(sectionPaths.size());
            if (ENDS_MID_SENTENCE.matcher(previousLine).matches()) reopenedMidSentence.add(sectionPaths.size());
            restartUnder(List.of(newPath.get(0)));
        } else if (handwritten && sectionPaths.stream().anyMatch(p -> p.equals(newPath))) {
            afterRestartSections.add(sectionPaths.size());
            restartUnder(newPath);
        } else if (restartedUnder != null) {
            afterRestartSections.add(sectionPaths.size());
        }
        List<String> newWritten = new ArrayList<>(written.subList(0, Math.min(depth, written.size())));
        while (newWritten.size() < depth) newWritten.add("");
        if (kind == Label.Kind.HEADING || kind == Label.Kind.DOTTED || kind == Label.Kind.GLUED_ONE) {
            newWritten = new ArrayList<>();
            for (int i = 0; i < depth; i++) newWritten.add("");
        }
        newWritten.add(label.raw());
        if (kind == Label.Kind.HEADING) underHeading = true;
        else if (depth == 0) underHeading = false;
        if (depth == 0) seenTop.add(newPath.get(0));
        if (depth == 0 && kind == Label.Kind.HEADING) topWithWord++;
        else if (depth == 0) topOtherwise++;
        if (depth == 0) questionIndent = label.end();
        if (depth == 0) underTaskWord = kind == Label.Kind.HEADING && label.raw().matches("(?i)(?:task|part|section|t\\d|" + LabelScanner.FOREIGN_TASK_WORDS + "|"
                + LabelScanner.MISSPELT_TASK_WORDS + ").*|\\w+\\s+task\\b.*");
        if (kind == Label.Kind.CIRCLED) circledDepth = depth;
        else if (depth < circledDepth) circledDepth = -1;
        while (sureAtDepth.size() > depth) sureAtDepth.remove(sureAtDepth.size() - 1);
        while (sureAtDepth.size() <= depth) sureAtDepth.add(sure);
        while (indentAtDepth.size() > depth) indentAtDepth.remove(indentAtDepth.size() - 1);
        while (indentAtDepth.size() <= depth) indentAtDepth.add(lineIndent);
        path = newPath;
        written = newWritten;
        sectionPaths.add(List.copyOf(newPath));
        sectionAnswered = false;
    }

    /** Numbering started again under {@code parent}; a restart already in force above it stays. */
    private void restartUnder(List<String> parent) {
        if (restartedUnder == null || !LabelPath.startsWith(parent, restartedUnder)) restartedUnder = List.copyOf(parent);
    }

    private String writtenLabel() {
        return String.join(" ", written.stream().filter(s -> !s.isBlank()).toList());
    }
}
