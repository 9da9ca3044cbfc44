package examgrader.segment;

import examgrader.rubric.Question;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Text of a script that no question claimed: lines before any label (past the header with the
 * student's name and number) and lines under a label that is only a parent of questions
 * ({@code Task 1} with its items unread), and OCR lines that start with a label that could not be
 * read ({@code 1a){ii) 5}). A question whose label was not found is blank only when
 * no such text could hold its answer; otherwise the label may just have been misread, and the
 * question goes to review instead of silently scoring 0.
 */
final class Unplaced {
    /** Lines at the top of a script, before any label, that are taken as its header (title, name, number). */
    static final int HEADER_LINES = 4;
    private static final Pattern HEADER_WORDS = Pattern.compile(
            "(?i)\\b(?:name|roll|student|id|reg(?:istration)?|date|exam|test|homework|hw|course|page|week|class|quiz)\\b");

    private Unplaced() {}

    /** The pieces no label led to a question, or that start with an unreadable label; header excepted. */
    static List<LabelWalker.Piece> of(List<LabelWalker.Piece> pieces, List<List<String>> claimedPaths) {
        List<LabelWalker.Piece> unplaced = new java.util.ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            LabelWalker.Piece p = pieces.get(i);
            if (isHeader(p) || isTypedPreamble(p, pieces.subList(i + 1, pieces.size())) || holdsNoAnswer(p)) continue;
            if (p.lostLabel() || p.path().isEmpty() || claimedPaths.stream().noneMatch(c -> c.equals(p.path()))) unplaced.add(p);
        }
        return unplaced;
    }

    /**
     * Typed text that cannot be any question's answer: rules and markup alone ({@code ---}, a
     * document's LaTeX commands such as {@code \maketitle}), or the student saying a question
     * was not answered ({@code # skipped, no time}), which leaves a lost label's question blank too.
     * On a scan such a line may be a misread answer, so only typed text is passed over.
     */
    private static boolean holdsNoAnswer(LabelWalker.Piece p) {
        if (p.readByOcr()) return false;
        return p.text().lines().allMatch(line -> NO_ANSWER_LINE.matcher(line.strip()).matches())
                || NotAttempted.said(p.text(), true).isPresent();
    }

    /** A line of only rules, brackets and markup, or of LaTeX commands with no text of their own ({@code \begin{document}}). */
    private static final Pattern NO_ANSWER_LINE = Pattern.compile(
            "[\\s\\-–—=_*~#|+.{}\\[\\]]*|(?:\\\\(?:documentclass|usepackage|begin|end|maketitle|author|title|date|noindent|newpage|clearpage|tableofcontents|hrule|hline|vspace\\*?|hspace\\*?|centering|small|large|Large|bigskip|medskip|smallskip)(?:\\[[^\\]]*]|\\{[^{}]*}?)*\\s*)+");

    /**
     * Typed text under a question number and before its first sub-label ({@code 4. c_{t+1} = ...}
     * then {@code (a)}): the question restated, not an answer whose label was lost. Typed labels
     * are read exactly, so a sub-answer written there would have its label. Not when that sub-label is a later part
     * ({@code Question 2} / {@code Alignment score e_kj: ...} / {@code (b) ...}): the student answered the first part
     * without its label, unless the text is a title on the question's line ({@link #isTitle}).
     */
    private static boolean isTypedPreamble(LabelWalker.Piece p, List<LabelWalker.Piece> later) {
        if (p.readByOcr() || p.path().isEmpty() || p.path().contains(LabelPath.ANY)) return false;
        return nextSection(p, later)
                .map(next -> next.path().size() > p.path().size() && LabelPath.startsWith(next.path(), p.path())
                        && (FIRST_PART.matcher(next.path().get(p.path().size())).matches() || isTitle(p)))
                .orElse(false);
    }

    /** The first piece of {@code later} under another label than {@code p}'s. */
    private static java.util.Optional<LabelWalker.Piece> nextSection(LabelWalker.Piece p, List<LabelWalker.Piece> later) {
        return later.stream().filter(q -> q.section() != p.section()).findFirst();
    }

    /**
     * Words on a question's own line after its number that state nothing, no number and no "=" ({@code ### Part A
     * (LSTM)}), or only the marks closing a heading ({@code == Question 2 ==}).
     */
    private static boolean isTitle(LabelWalker.Piece p) {
        return !p.written().isBlank() && (!p.text().matches("(?s).*[\\d=].*") || p.text().matches("[\\s=#*_~\\-]*"));
    }

    /**
     * The label of the first part of a question, when {@code p} is typed text under the question's number before a
     * later part's label, the first part's label written nowhere ({@code Question 3} / {@code Size of W_f: 3 x 5} /
     * {@code (b) b_f: 3 x 1}): the student answered the first part without its label. Not the title on the question's
     * own line ({@code ### Part A (LSTM)}), which states nothing. Null otherwise, or when the
     * first part is no question of the rubric's (its items are: 1(a)(i)...). {@code labelsRead}: the label of each
     * section the walk read, text under it or not.
     */
    static List<String> impliedFirstPart(LabelWalker.Piece p, List<LabelWalker.Piece> later, List<List<String>> labelsRead,
                                         examgrader.rubric.Rubric rubric) {
        if (p.readByOcr() || p.path().isEmpty() || p.path().contains(LabelPath.ANY)) return null;
        if (isTitle(p)) return null;
        LabelWalker.Piece next = nextSection(p, later).orElse(null);
        if (next == null || next.path().size() != p.path().size() + 1 || !LabelPath.startsWith(next.path(), p.path())
                || FIRST_PART.matcher(next.path().get(p.path().size())).matches()) return null;
        String part = next.path().get(p.path().size());
        String first = part.matches("\\d+") ? "1" : LabelPath.isRoman(part) && part.length() > 1 ? "i" : "a";
        List<String> label = new java.util.ArrayList<>(p.path());
        label.add(first);
        boolean written = labelsRead.stream().anyMatch(l -> l.size() >= label.size() && LabelPath.equal(l.subList(0, label.size()), label));
        boolean aQuestion = rubric.questions().stream().anyMatch(q -> LabelPath.equal(q.label(), label));
        return written || !aQuestion ? null : List.copyOf(label);
    }

    /** The first part at any level: {@code a}, {@code i}, {@code 1}. */
    private static final Pattern FIRST_PART = Pattern.compile("(?i)a|i|1");

    /**
     * Why {@code q} is not simply blank, or empty when every unplaced line is elsewhere. {@code misread}
     * are lines kept under a question through a label the rubric lacks ({@code 5.(a)}): they may be any question's.
     * When no label of the script was read as {@code q}'s question (its task) at all, every unplaced line may be
     * its answer, wherever it stands: a heading read where the student wrote none ({@code Skipped a few of} /
     * {@code Task 1, sorry.}, a sentence wrapped by the page) puts the whole script under one task, and its lines
     * are not the other tasks' blanks.
     */
    static String doubtFor(Question q, boolean labelFound, List<LabelWalker.Piece> unplaced,
                           List<LabelWalker.Piece> misread, List<Question> questions, List<LabelWalker.Piece> pieces) {
        boolean numberNeverRead = pieces.stream().noneMatch(p -> !p.path().isEmpty() && p.path().get(0).equals(q.label().get(0)));
        List<LabelWalker.Piece> holding = java.util.stream.Stream.concat(
                unplaced.stream().filter(p -> p.lostLabel() ? !aboutItsOwnQuestion(p, q, questions)
                        : numberNeverRead || mayHold(q, p.path(), questions)),
                misread.stream()).toList();
        long lines = holding.stream().mapToInt(LabelWalker.Piece::line).distinct().count();
        if (lines == 0) return "";
        String what = labelFound ? "no line under label " + String.join(".", q.label()) + " is about " + q.id()
                : "label " + String.join(".", q.label()) + " not found";
        return what + "; " + lines + (lines == 1 ? " line belongs" : " lines belong")
                + " to no question and may hold its answer: " + quoted(holding);
    }

    /** The first few of those lines as read, so the person reviewing knows what to look for on the page. */
    private static String quoted(List<LabelWalker.Piece> pieces) {
        List<String> shown = pieces.stream().map(p -> p.text().strip()).filter(t -> !t.isEmpty()).distinct()
                .limit(SHOWN_LINES).map(t -> "'" + (t.length() > SHOWN_CHARS ? t.substring(0, SHOWN_CHARS - 1) + "…" : t) + "'")
                .toList();
        long more = pieces.stream().map(p -> p.text().strip()).distinct().count() - shown.size();
        return String.join(", ", shown) + (more > 0 ? " and " + more + " more" : "");
    }

    private static final int SHOWN_LINES = 3, SHOWN_CHARS = 60;

    /**
     * Text under no label, under a label with a level the student skipped ({@code vi.} with no
     * question number read), or under {@code q}'s own parent may be {@code q}'s answer; text under
     * another question's parent ({@code 3.} preamble) is that question's working. Text under a
     * label the rubric has no place for ({@code 1.a.b}, where a style of numbering was not
     * understood) may be the answer of any question under the part of that label that was
     * ({@code 1}): else a question whose label it stands for would be blank, a silent 0.
     */
    private static boolean mayHold(Question q, List<String> path, List<Question> questions) {
        if (path.isEmpty() || path.contains(LabelPath.ANY) || LabelPath.startsWith(q.label(), path)) return true;
        if (questions.stream().anyMatch(o -> LabelPath.startsWith(o.label(), path))) return false;
        int understood = path.size() - 1;
        while (understood > 0 && !underSome(questions, path.subList(0, understood))) understood--;
        return LabelPath.startsWith(q.label(), path.subList(0, understood));
    }

    private static boolean underSome(List<Question> questions, List<String> prefix) {
        return questions.stream().anyMatch(o -> LabelPath.startsWith(o.label(), prefix));
    }

    /**
     * A line with an unreadable label that names the cue words of a question it is written under
     * ({@code b) number of multiplications = ...} under {@code Q4.}), and none of {@code q}'s, is
     * that question's sub-item, not {@code q}'s answer.
     */
    private static boolean aboutItsOwnQuestion(LabelWalker.Piece p, Question q, List<Question> questions) {
        if (p.path().isEmpty() || q.cues().stream().anyMatch(c -> Cues.mentions(p.text(), c))) return false;
        return questions.stream().filter(other -> other != q)
                .filter(other -> LabelPath.startsWith(p.path(), other.label()))
                .anyMatch(other -> other.cues().stream().anyMatch(c -> Cues.mentions(p.text(), c)));
    }

    static boolean isHeader(LabelWalker.Piece p) {
        String undated = DATE_OR_TIME.matcher(p.text()).replaceAll(" ");
        boolean dated = undated.length() != p.text().length();
        return p.section() == 0 && (p.line() < HEADER_LINES || dated || HEADER_WORDS.matcher(p.text()).find())
                && !ANSWER_LIKE.matcher(undated).find();
    }

    /**
     * A date or a time of day ({@code 15/03/2021}, {@code 15.3.21}, {@code 10:00-10:30}): a header's,
     * before any label ({@code Class Test – III   Date: 15/03/2021   Time: 30 min}); its digits
     * after a colon are no values given.
     */
    private static final Pattern DATE_OR_TIME = Pattern.compile(
            "\\b\\d{1,2}[/.\\-]\\d{1,2}[/.\\-](?:\\d{4}|\\d{2})\\b|\\b\\d{1,2}:\\d{2}(?:\\s*[-–]\\s*\\d{1,2}:\\d{2})?\\b|\\b\\d+\\s*(?:min(?:ute)?s?|hrs?|hours?)\\b");

    /**
     * What a header line does not hold: a bracketed part label ({@code (a)}, {@code (iii)}) or two
     * values given ({@code ft: 4 ... ot: 8}), as a first answer line whose question number was
     * misread does ({@code Q]l (a)(i) ft: 4 (iii) ot: 8}); a vector or tuple of numbers ({@code (0.7, 0.2, 0.05)}),
     * a shape ({@code 3 x 5}), or a subscripted symbol given a value ({@code C_t = ...}), as the answers of a short
     * script with no labels at all are: else its first lines are taken for its header and every question is blank.
     */
    private static final Pattern ANSWER_LIKE = Pattern.compile(
            "\\((?:[a-h]|[ivx]{1,4})\\)|[=:]\\s*\\d[^=:]*[=:]\\s*\\d"
            + "|[(\\[{]\\s*-?\\d*\\.?\\d+\\s*(?:[,;]\\s*-?\\d*\\.?\\d+\\s*)+[)\\]}]|\\b\\d{1,4}\\s*[x×]\\s*\\d{1,4}\\b"
            + "|\\b[A-Za-z]_\\{?[A-Za-z0-9+\\-]{1,4}}?\\s*[=:]");
}
