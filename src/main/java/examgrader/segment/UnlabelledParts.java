package examgrader.segment;

import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Parts of a question answered under its own label without theirs, each named by its cue:
 * {@code Ans 1(a): f_t -> 4; i_t -> 5; ...}, or a table of symbols and values under {@code (a)}; or by their
 * order alone, in a list of plain numbers, one for each part ({@code 1a: 4 5 8 3 1 7}).
 * Each clause of such a line (see {@link CueSplit#clauseEnds}) that names the cue of exactly one
 * question under the label, before the value it gives, is that question's answer.
 *
 * <p>On typed pages cue symbols are read as written; on a scanned print a clause must open with the symbol
 * ({@link #namedBeforeItsValue}). Only where every question
 * under the label has cues, so no clause can be an uncued question's answer that happens to use
 * another's word; and only for questions given no text of their own by a label. A clause that
 * names none of them stays unplaced, so a part it may answer goes to review, not blank.
 */
final class UnlabelledParts {
    private UnlabelledParts() {}

    /**
     * Whether text under {@code path} may hold parts by cue: under a label some questions lie below, typed or read from
     * a scanned print ({@code scannedPrint}). Handwriting is read too loosely to tell a symbol from a word. On a scan only
     * parts with cues are sought: a list of plain numbers may have lost or merged one in reading.
     */
    static boolean mayHoldParts(Rubric rubric, LabelWalker.Piece piece, boolean scannedPrint) {
        if (piece.readByOcr() && !scannedPrint || piece.path().isEmpty() || piece.path().contains(LabelPath.ANY)) return false;
        List<Question> parts = partsUnder(rubric, piece.path());
        boolean allCued = parts.stream().allMatch(q -> !q.cues().isEmpty());
        return parts.size() > 1 && (allCued || !piece.readByOcr() && isValueList(piece.text()));
    }

    /**
     * {@code 1a: 4 5 8 3 1 7}, {@code (a) 4, 5, 8, 3, 1, 7}: plain numbers only, one for each part under the label, in
     * the parts' order. Typed with no word between them, the list can only be read in that order.
     */
    private static final java.util.regex.Pattern VALUE_LIST = java.util.regex.Pattern.compile(
            "\\s*[:\\-–—]?\\s*\\d+(?:\\.\\d+)?(?:\\s*[,;]?\\s+\\d+(?:\\.\\d+)?)+\\s*\\.?\\s*");
    private static final java.util.regex.Pattern LISTED_VALUE = java.util.regex.Pattern.compile("\\d+(?:\\.\\d+)?");

    private static boolean isValueList(String text) {
        return VALUE_LIST.matcher(text).matches();
    }

    /**
     * The entries of a list of plain numbers under a label as the answers of the parts under it, in order, when none
     * of those parts has text of its own and there are exactly as many numbers as parts; empty otherwise.
     */
    private static List<Named> byPosition(List<Question> open, List<Question> all, LabelWalker.Piece piece) {
        if (!isValueList(piece.text()) || open.size() != all.size()) return List.of();
        List<int[]> spans = new java.util.ArrayList<>();
        java.util.regex.Matcher m = LISTED_VALUE.matcher(piece.text());
        while (m.find()) spans.add(new int[] {m.start(), m.end()});
        if (spans.size() != open.size()) return List.of();
        List<Named> named = new java.util.ArrayList<>();
        for (int i = 0; i < spans.size(); i++) named.add(new Named(open.get(i), piece.part(spans.get(i)[0], spans.get(i)[1])));
        return named;
    }

    /**
     * Adds each clause of {@code pieces} that names one part to that part's group, unless the part
     * has text already, when the text under that label names two parts or more this way: a single
     * clause naming a part's cue may be the question restated, not a list of answers.
     */
    static void assign(Rubric rubric, List<LabelWalker.Piece> pieces, Map<String, List<Segmenter.Assigned>> groups) {
        Set<String> labelled = Set.copyOf(groups.keySet());
        Map<Integer, List<Named>> bySection = new java.util.LinkedHashMap<>();
        Named lastOfLineAbove = null;
        for (LabelWalker.Piece piece : pieces) {
            Named carried = goesOnFrom(lastOfLineAbove, piece);
            lastOfLineAbove = null;
            if (carried != null) {
                bySection.computeIfAbsent(piece.section(), k -> new java.util.ArrayList<>()).add(carried);
                continue;
            }
            List<Question> all = partsUnder(rubric, piece.path());
            List<Question> open = all.stream().filter(q -> !labelled.contains(LabelPath.key(q.label()))).toList();
            List<Named> inOrder = byPosition(open, all, piece);
            if (!inOrder.isEmpty()) {
                bySection.computeIfAbsent(piece.section(), k -> new java.util.ArrayList<>()).addAll(inOrder);
                continue;
            }
            int start = 0;
            for (int end : CueSplit.clauseEnds(piece.text())) {
                int cut = end < piece.text().length() ? end - 1 : end;
                for (int[] span : joinedByAnd(open, piece, start, cut)) {
                    String clause = piece.text().substring(span[0], span[1]);
                    Question named = namedBeforeItsValue(open, clause, piece.readByOcr());
                    if (named != null && !AND_ANOTHER_VALUE.matcher(clause).find()) {
                        Named n = new Named(named, piece.part(span[0], span[1]));
                        bySection.computeIfAbsent(piece.section(), k -> new java.util.ArrayList<>()).add(n);
                        lastOfLineAbove = span[1] >= piece.text().stripTrailing().length() ? n : null;
                    }
                }
                start = end;
            }
        }
        for (List<Named> section : bySection.values()) {
            if (section.stream().map(Named::part).distinct().count() < 2) continue;
            for (Named n : section) {
                groups.computeIfAbsent(LabelPath.key(n.part().label()), k -> new java.util.ArrayList<>())
                        .add(new Segmenter.Assigned(n.text(), ""));
            }
        }
    }

    /** A clause left open at its line's end: its last sign a digit or an operator, no stop ({@code total = 4}). */
    private static final java.util.regex.Pattern LEFT_OPEN = java.util.regex.Pattern.compile(".*[\\d=+\\-*/×x(]\\s*");
    /** A line going on with working: a small word, then an operator or an "=" ({@code gates x (15 weights + 3 biases) = 72 params}). */
    private static final java.util.regex.Pattern GOES_ON_WORKING = java.util.regex.Pattern.compile("\\s*[a-z][a-z]+\\s*(?:[x×*·+/]|times)\\s*[\\d(].*=.*");

    /**
     * The part the line above closed with, when this line names no part and goes on with that clause's working: the page or
     * the typist wrapped the clause ({@code ... | total = 4} / {@code gates x (15 weights + 3 biases) = 72 params}). Read
     * alone, the clause's result was its first factor.
     */
    private static Named goesOnFrom(Named above, LabelWalker.Piece piece) {
        if (above == null || above.text().section() != piece.section() || above.text().line() + 1 != piece.line()) return null;
        if (!LEFT_OPEN.matcher(above.text().text()).matches() || !GOES_ON_WORKING.matcher(piece.text()).matches()) return null;
        return new Named(above.part(), piece);
    }

    /** "and" before a later value in one clause ({@code C_{t-1} is 1 and C~_t is 7}): the clause gives two answers. */
    private static final java.util.regex.Pattern AND_ANOTHER_VALUE = java.util.regex.Pattern.compile("(?i)\\band\\b\\D*\\d");

    /**
     * The clause from {@code start} to {@code end} cut at each "and" when every piece names one part before its
     * value ({@code C_{t-1} is 1 and C~_t is 7}, the last of a list); otherwise the clause whole, which is taken for
     * no part's answer if it gives another value after an "and" ({@code f_t and i_t are 4 and 5}).
     */
    private static List<int[]> joinedByAnd(List<Question> open, LabelWalker.Piece piece, int start, int end) {
        String text = piece.text();
        List<int[]> spans = new java.util.ArrayList<>();
        java.util.regex.Matcher and = java.util.regex.Pattern.compile("(?i)\\s+and\\s+").matcher(text.substring(0, end));
        int from = start;
        and.region(start, end);
        while (and.find()) {
            spans.add(new int[] {from, and.start()});
            from = and.end();
        }
        spans.add(new int[] {from, end});
        boolean eachNamesOne = spans.stream()
                .allMatch(span -> namedBeforeItsValue(open, text.substring(span[0], span[1]), piece.readByOcr()) != null);
        return spans.size() > 1 && eachNamesOne ? spans : List.of(new int[] {start, end});
    }

    /**
     * What a scanned list of symbols and values says after a symbol: a sign, then one number and a few words at most
     * ({@code ft: 4}, {@code ot —: position 8}, {@code it = 5 (input gate)}). Working that goes on, or a vector the page
     * wrapped ({@code h_t = tanh(C_t) = [0.6044,}), may hold more than the clause shows, and is left to a person.
     */
    private static final java.util.regex.Pattern SHORT_VALUE_AFTER_A_SIGN = java.util.regex.Pattern.compile(
            "[^=:→—–>]{1,16}(?:[=:]|->|→|[—–]|\\s(?:is|at)\\s)[\\s:=—–>]*(?:[A-Za-z]+\\s+){0,2}\\d{1,3}(?:\\.\\d+)?"
            + "(?:\\s*[.,;])?(?:\\s*\\([^()\\d]{0,30}\\))?\\s*");

    /**
     * The one part the clause names before the value it gives, or null. Typed, a part is named by its cue anywhere before
     * the value; read by OCR, which drops a subscript's underscore ({@code f_t} as {@code ft}), the clause must open with
     * the symbol and give it its value ({@link Cues#namesAtStartOnAScan}).
     */
    private static Question namedBeforeItsValue(List<Question> open, String clause, boolean readByOcr) {
        if (readByOcr) {
            if (!SHORT_VALUE_AFTER_A_SIGN.matcher(clause).matches()) return null;
            List<Question> named = open.stream()
                    .filter(q -> q.cues().stream().anyMatch(c -> Cues.namesAtStartOnAScan(clause, c))).toList();
            return named.size() == 1 ? named.get(0) : null;
        }
        Set<Question> named = CueSplit.mentioning(open, clause);
        if (named.size() != 1) return null;
        Question q = named.iterator().next();
        return CueSplit.namedBeforeItsValue(clause, q) ? q : null;
    }

    /** A clause and the part it names. */
    private record Named(Question part, LabelWalker.Piece text) {}

    private static List<Question> partsUnder(Rubric rubric, List<String> path) {
        return rubric.questions().stream()
                .filter(q -> q.label().size() > path.size() && LabelPath.startsWith(q.label(), path)).toList();
    }
}
