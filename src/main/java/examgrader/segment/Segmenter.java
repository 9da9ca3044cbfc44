package examgrader.segment;

import examgrader.ocr.ScriptText;
import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Splits a script's text into one answer per rubric question, following the labels the student
 * wrote, in whatever order and style. Questions that share a label path (three counts asked in
 * one item) are told apart by their cue words; when neither label nor cues decide, the segment
 * carries a doubt so the answer goes to review instead of being guessed.
 */
public final class Segmenter {
    /**
     * How sure a word on print must be read for segmentation to rely on it (a label, or a word that
     * cannot be a misread number): what a value itself needs on print ({@code Extractor.DEFAULT_MIN_CONFIDENCE}).
     */
    static final double SURE_ON_PRINT = 85;

    /**
     * One {@link Segment} per rubric question, in rubric order; empty when the question was not
     * found, with a doubt when some text of the script belongs to no question and may be its answer.
     */
    public List<Segment> split(ScriptText script, Rubric rubric) {
        ScriptText text = RomanQuestions.labelled(QuestionColumns.labelled(QuotedQuestions.labelled(HyphenatedWords.joined(script), rubric),
                rubric), rubric);
        LabelSchema schema = new LabelSchema(rubric);
        LabelWalker walker = new LabelWalker(schema);
        List<LabelWalker.Piece> pieces = PrintedNumbering.applied(RepeatedLabels.withMisreadSiblingsRenamed(walker.walk(text),
                walker.sectionPaths(), rubric), rubric);
        boolean positionsKeyed = pieces.stream().noneMatch(LabelWalker.Piece::readByOcr) && NumberingKey.confirmsPositions(
                String.join("\n", pieces.stream().map(LabelWalker.Piece::text).toList()));
        Map<Question, List<Assigned>> byQuestion = new LinkedHashMap<>();
        Map<Question, Set<String>> doubts = new LinkedHashMap<>();
        rubric.questions().forEach(q -> {
            byQuestion.put(q, new ArrayList<>());
            doubts.put(q, new LinkedHashSet<>());
        });
        Map<String, List<Assigned>> groups = new LinkedHashMap<>();
        List<List<String>> claimedPaths = new ArrayList<>();
        List<LabelWalker.Piece> misread = new ArrayList<>();
        List<LabelWalker.Piece> underParents = new ArrayList<>();
        for (int i = 0; i < pieces.size(); i++) {
            LabelWalker.Piece piece = pieces.get(i);
            Match match = byCues(rubric, match(rubric, piece.path(), positionsKeyed), piece.text());
            List<String> implied = match.keys().isEmpty()
                    ? Unplaced.impliedFirstPart(piece, pieces.subList(i + 1, pieces.size()), walker.sectionPaths(), rubric) : null;
            if (implied != null) {
                match = new Match(List.of(LabelPath.key(implied)), "answered before "
                        + String.join(".", implied.subList(0, implied.size() - 1)) + "'s later parts with no label of its own; read as "
                        + String.join(".", implied));
            }
            if (piece.readByOcr() && !match.keys().isEmpty()) {
                Match checked = unknownPart(schema, match, piece.path());
                if (checked != match) misread.add(piece);
                match = checked;
            }
            if (piece.readByOcr() && match.keys().size() == 1) {
                String doubt = namesAnotherItemsSymbol(rubric, match.keys().get(0), piece.text());
                if (!doubt.isEmpty()) match = match.withDoubt(doubt);
            }
            if (piece.readByOcr() && walker.backwardSections().contains(piece.section()) && !match.keys().isEmpty()) {
                String doubt = "label " + piece.written() + " comes after a later sibling (misread?)";
                match = match.withDoubt(doubt);
            }
            if (piece.readByOcr() && walker.afterRestartSections().contains(piece.section()) && !match.keys().isEmpty()) {
                String doubt = "label " + piece.written() + " comes where the numbering started again (a question "
                        + "heading lost in reading?)";
                match = match.withDoubt(doubt);
            }
            if (!match.keys().isEmpty()) claimedPaths.add(piece.path());
            else if (UnlabelledParts.mayHoldParts(rubric, piece, text.isScannedPrint())) underParents.add(piece);
            for (String key : match.keys()) {
                groups.computeIfAbsent(key, k -> new ArrayList<>()).add(new Assigned(piece, match.doubt()));
            }
        }
        Overflow.moveRepeats(rubric, groups);
        UnlabelledParts.assign(rubric, underParents, groups);
        for (var group : groups.entrySet()) {
            List<Question> sharing = rubric.questions().stream()
                    .filter(q -> LabelPath.key(q.label()).equals(group.getKey())).toList();
            CueSplit.assign(sharing, group.getValue(), byQuestion, doubts);
        }
        RoughWork.setAside(rubric.questions(), byQuestion, text.lines());
        LabelsInOtherAnswers.assign(rubric.questions(), byQuestion, doubts);
        CorrectionsNamingItems.doubt(rubric.questions(), pieces, byQuestion, doubts);
        List<LabelWalker.Piece> unplaced = Unplaced.of(pieces, claimedPaths);
        List<Segment> segments = new ArrayList<>();
        Set<Integer> markersSought = new java.util.HashSet<>();
        text.pages().stream().filter(examgrader.ocr.PageText::droppedMarkersSought).forEach(p -> markersSought.add(p.page()));
        Map<String, Gap> gaps = LeftOutCheck.gaps(rubric, pieces, walker.sectionPaths(), byQuestion, markersSought);
        Map<String, String> runLines = null;
        Set<Integer> correctedSections = sectionsOpeningAsCorrections(pieces, text.lines());
        for (Question q : rubric.questions()) {
            if (byQuestion.get(q).isEmpty()) {
                String doubt = Unplaced.doubtFor(q, groups.containsKey(LabelPath.key(q.label())), unplaced, misread,
                        rubric.questions(), pieces);
                if (doubt.isEmpty()) doubt = LabelsWrittenInsideAnswers.doubtFor(q, rubric.questions(), byQuestion);
                if (doubt.isEmpty()) doubt = leftForAnEarlierQuestion(q, walker);
                if (doubt.isEmpty()) {
                    if (runLines == null) runLines = linesAnsweringRuns(text);
                    doubt = answeredInARun(q, runLines);
                }
                if (doubt.isEmpty()) doubt = ReopenedItems.doubtFor(q, walker.sectionPaths(), rubric.questions());
                if (!doubt.isEmpty()) doubts.get(q).add(doubt);
                boolean gapChecked = gaps.containsKey(q.id());
                if (doubt.isEmpty() && !gapChecked && walker.passedOverOnScans().contains(LabelPath.key(q.label()))) {
                    doubts.get(q).add("label " + String.join(".", q.label()) + " not found on a scan between its "
                            + "siblings: left out, or its label lost in reading");
                }
            }
            segments.add(segment(q, byQuestion.get(q), doubts.get(q), gaps.get(q.id()), walker.sectionPaths(), rubric,
                    text.lines(), correctedSections));
        }
        return doubtMissingWhenALabelRepeats(segments, rubric, groups, walker.sectionPaths());
    }

    /**
     * A part found blank in a question one of whose lines answers a run of its items
     * ({@code 1(a)(i)-(vi): 4, 5, 8, 1, 3, 7} on a printed page, where such a line is not written out one
     * item a line as in a transcription): only the run's first and last labels are read, so the items
     * between them may be answered there.
     */
    private static String answeredInARun(Question q, Map<String, String> runLines) {
        String question = q.label().get(0).replaceAll("\\D", "");
        String line = runLines.get(question);
        return line == null ? "" : "nothing found for " + q.id() + ", while a line answers a run of question " + question
                + "'s items at once: '" + line + "'";
    }

    /** For each question number, the first line of the script that answers a run of that question's items. */
    private static Map<String, String> linesAnsweringRuns(ScriptText text) {
        Map<String, String> runLines = new LinkedHashMap<>();
        for (var line : text.lines()) {
            examgrader.ingest.LabelRanges.questionOfARun(line.text())
                    .ifPresent(question -> runLines.putIfAbsent(question, line.text().strip()));
        }
        return runLines;
    }

    /**
     * A part found blank in a question the script left for one it had answered already, right after a line that
     * stops mid-sentence ({@code ... and stride} / {@code 1. The pointwise output ...}): the label read there may be
     * a number of the answer's text that a line wrap put at a line's start, with the rest of the answer under it,
     * so the part is not surely blank.
     */
    private static String leftForAnEarlierQuestion(Question q, LabelWalker walker) {
        List<List<String>> paths = walker.sectionPaths();
        for (int section : walker.reopenedMidSentence()) {
            List<String> left = paths.get(section - 1), opened = paths.get(section);
            if (left.isEmpty() || opened.isEmpty() || left.get(0).equalsIgnoreCase(opened.get(0))) continue;
            if (q.label().get(0).equalsIgnoreCase(left.get(0))) {
                return "nothing found for " + q.id() + ", and the script went from question " + left.get(0) + " back to question "
                        + opened.get(0) + " in mid-sentence: that label may be a number of this answer's text at a line's start";
            }
        }
        return "";
    }

    /**
     * On a page read by OCR, a label read twice is often another label misread ({@code (b)}
     * read as nothing, so its {@code (ii)} lands on {@code (a)(ii)}; {@code iii)} read as
     * {@code ii)} just after {@code ii)}): a question whose label was not
     * found there may have its answer under the repeated one, so it is not simply blank.
     */
    private static List<Segment> doubtMissingWhenALabelRepeats(List<Segment> segments, Rubric rubric,
                                                               Map<String, List<Assigned>> groups,
                                                               List<List<String>> sectionPaths) {
        List<String> repeated = new ArrayList<>();
        List<String> repeatedKeys = new ArrayList<>();
        for (var group : groups.entrySet()) {
            long opened = group.getValue().stream().filter(a -> a.piece().readByOcr())
                    .filter(a -> LabelPath.key(sectionPaths.get(a.piece().section())).equals(group.getKey()))
                    .mapToInt(a -> a.piece().section()).distinct().count();
            if (opened > 1) {
                repeated.add(group.getValue().get(0).piece().written());
                repeatedKeys.add(group.getKey());
            }
        }
        if (repeated.isEmpty()) return segments;
        List<Segment> result = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Segment s = segments.get(i);
            Question q = rubric.questions().get(i);
            if (!s.fragments().isEmpty()) {
                String shifted = readOneOff(i, segments, rubric, repeatedKeys);
                result.add(shifted.isEmpty() ? s : s.withDoubt(shifted));
                continue;
            }
            String doubt = "nothing found for " + q.id() + ", while label " + String.join(", ", repeated)
                    + " was read twice: one of them may be this label misread";
            result.add(s.withDoubt(doubt));
        }
        return result;
    }

    /**
     * A label read twice and the nearest sibling after (or before) it not found ({@code i)} {@code i)} {@code ii)} {@code iv)} for
     * {@code i) ii) iii) iv)}) often means each label between them was read one too low: the
     * {@code ii)} found may be the student's {@code iii)}, answering another question. An answer
     * found under a label between the repeated one and the missing one (either order) goes to a person.
     * Returns that doubt, or "" when the question is not between such a pair.
     */
    private static String readOneOff(int index, List<Segment> segments, Rubric rubric, List<String> repeatedKeys) {
        List<String> label = rubric.questions().get(index).label();
        for (int r = 0; r < segments.size(); r++) {
            Question repeatedQ = rubric.questions().get(r);
            if (!repeatedKeys.contains(LabelPath.key(repeatedQ.label())) || !siblings(label, repeatedQ.label())) continue;
            for (int step : new int[] {1, -1}) {
                int m = r + step;
                while (m >= 0 && m < segments.size() && !(segments.get(m).fragments().isEmpty()
                        && siblings(label, rubric.questions().get(m).label()))) {
                    m += step;
                }
                if (m < 0 || m >= segments.size()) continue;
                Question missing = rubric.questions().get(m);
                if (Math.min(r, m) < index && index < Math.max(r, m)) {
                    return "label " + String.join(".", repeatedQ.label()) + " was read twice and "
                            + String.join(".", missing.label()) + " not found: the label this answer was found under may"
                            + " be one of its neighbours misread";
                }
            }
        }
        return "";
    }

    private static boolean siblings(List<String> a, List<String> b) {
        return a.size() > 1 && LabelPath.sameParent(a, b);
    }

    /** A piece of text given to a question, with any doubt about the label it was matched by. */
    record Assigned(LabelWalker.Piece piece, String doubt) {}

    private record Match(List<String> keys, String doubt) {
        /** The same questions, with {@code more} added to what is doubted. */
        Match withDoubt(String more) {
            return new Match(keys, doubt.isBlank() ? more : doubt + "; " + more);
        }
    }

    /**
     * On a scan, a piece whose first line is a sibling item's symbol cue and a small number, and not its own
     * ({@code ot > 8} under 1(a)(ii), which asks for i_t): a label around it was lost or misread (here iii read as ii), and
     * the number is the other item's answer. Graded as this one's, it was a wrong mark; it goes to review. Only an item
     * asking the same kind of answer counts; and a symbol inside the item's own ({@code C_t} in {@code C_{t-1}}), or its own
     * with the tilde a scan loses ({@code Ct} for {@code C~_t}), is no other item's.
     */
    private static String namesAnotherItemsSymbol(Rubric rubric, String key, String text) {
        Question own = rubric.questions().stream().filter(q -> LabelPath.key(q.label()).equals(key)).findFirst().orElse(null);
        String line = text.strip().split("\n", 2)[0];
        if (own == null || own.cues().stream().anyMatch(c -> Cues.givesASmallNumberOnAScan(line, c))) return "";
        for (Question other : rubric.questions()) {
            if (other == own || other.kind() != own.kind() || !LabelPath.sameParent(other.label(), own.label())) continue;
            for (String cue : other.cues()) {
                if (own.cues().stream().noneMatch(c -> Cues.holds(c, cue) || Cues.withoutTilde(c).equals(cue))
                        && Cues.givesASmallNumberOnAScan(line, cue)) {
                    return "its line opens with " + cue + ", what " + other.id() + " asks for: a label near it may have been misread";
                }
            }
        }
        return "";
    }

    /**
     * The questions a label path leads to: exactly, as a sub-division of one ({@code 2.4.a} under
     * {@code 2.4}, unless the question number itself was never read), or by position ({@code (4)(i)} as 4.a), with a
     * doubt unless the script gives a key that says so ({@code positionsKeyed}, {@link NumberingKey}).
     */
    private static Match match(Rubric rubric, List<String> path, boolean positionsKeyed) {
        if (path.isEmpty()) return new Match(List.of(), "");
        Set<String> exact = new LinkedHashSet<>();
        Set<String> prefix = new LinkedHashSet<>();
        Set<String> byPosition = new LinkedHashSet<>();
        int longestPrefix = 0;
        for (Question q : rubric.questions()) {
            String key = LabelPath.key(q.label());
            if (LabelPath.equal(q.label(), path)) exact.add(key);
            else if (LabelPath.samePositions(q.label(), path)) byPosition.add(key);
            else if (q.label().size() < path.size() && LabelPath.startsWith(path, q.label())
                    && !path.get(0).equals(LabelPath.ANY)) {
                if (q.label().size() > longestPrefix) {
                    prefix.clear();
                    longestPrefix = q.label().size();
                }
                if (q.label().size() == longestPrefix) prefix.add(key);
            }
        }
        String shown = String.join(".", path);
        if (!exact.isEmpty()) return ambiguousOr(exact, shown, "");
        if (!prefix.isEmpty()) return ambiguousOr(prefix, shown, "");
        if (!byPosition.isEmpty()) {
            return ambiguousOr(byPosition, shown, positionsKeyed ? "" : "label " + shown + " matched to "
                    + byPosition.iterator().next() + " by position only");
        }
        return new Match(List.of(), "");
    }

    /**
     * On an OCR page, a part label the rubric does not have ({@code 5.(c)} where question 5 has no
     * parts) is as likely a misread number ({@code Q3} read as {@code Q5}) as the student's own
     * sub-division: the text is kept under the question but marked doubtful.
     */
    private static Match unknownPart(LabelSchema schema, Match match, List<String> path) {
        int depth = match.keys().get(0).split("\\.").length;
        if (depth >= path.size() || !schema.fitsLevel(depth, path.get(depth))) return match;
        String doubt = "label " + String.join(".", path) + " is not in the rubric (misread?); read as part of "
                + match.keys().get(0);
        return match.withDoubt(doubt);
    }

    /** When a label could be several questions', the cue words written with it may settle which. */
    private static Match byCues(Rubric rubric, Match match, String text) {
        if (match.keys().size() < 2) return match;
        List<String> cued = match.keys().stream().filter(key -> rubric.questions().stream()
                .filter(q -> LabelPath.key(q.label()).equals(key))
                .anyMatch(q -> q.cues().stream().anyMatch(c -> Cues.mentions(text, c)))).toList();
        return cued.size() == 1 ? new Match(cued, "") : match;
    }

    private static Match ambiguousOr(Set<String> keys, String shown, String doubt) {
        if (keys.size() > 1) {
            return new Match(List.copyOf(keys), "label " + shown + " could be any of " + String.join(", ", keys));
        }
        return new Match(List.copyOf(keys), doubt);
    }

    /**
     * The question's segment; when a later answer to it is marked as a correction of an earlier one
     * (see {@link Corrections}), or answered again in a block the student heads as the final answers, only the last such
     * correction and what follows it; the text set
     * aside is kept in the segment, for the mark to show.
     */
    private static Segment segment(Question q, List<Assigned> assigned, Set<String> doubts, Gap gap,
                                   List<List<String>> sectionPaths, Rubric rubric, List<examgrader.ocr.Line> lines,
                                   Set<Integer> correctedSections) {
        List<Fragment> fragments = new ArrayList<>();
        String label = assigned.isEmpty() ? "" : assigned.get(0).piece().written();
        int occurrence = 0;
        int lastSection = -1;
        String key = LabelPath.key(q.label());
        int lostLabelAt = -1;
        List<String> replaced = new ArrayList<>();
        int earlierStart = -1;
        int currentStart = -1;
        for (Assigned a : assigned) {
            LabelWalker.Piece p = a.piece();
            boolean correctingSection = lastSection >= 0 && p.section() != lastSection && correctedSections.contains(p.section());
            if (lastSection >= 0 && (leftInBetween(key, lastSection, p.section(), sectionPaths, rubric) || correctingSection)) {
                occurrence++;
            }
            lastSection = p.section();
            if (isFirstOf(occurrence, fragments)) {
                earlierStart = currentStart;
                currentStart = p.line();
            }
            if (p.lostLabel() && !fragments.isEmpty() && lostLabelAt < 0) lostLabelAt = fragments.size();
            if (occurrence > 0 && isFirstOf(occurrence, fragments)
                    && (Corrections.marksCorrection(p, lines) || correctingSection || Corrections.inFinalAnswers(p, lines, earlierStart))) {
                fragments.stream().map(f -> f.text().strip()).filter(t -> !t.isEmpty()).forEach(replaced::add);
                fragments.clear();
                lostLabelAt = -1;
            }
            fragments.add(new Fragment(p.page(), p.text(), p.words(), p.written(), occurrence));
            if (!a.doubt().isBlank()) doubts.add(a.doubt());
        }
        return new Segment(q.id(), label, fragments, String.join("; ", doubts), gap, lostLabelAt, String.join(" / ", replaced));
    }

    /**
     * The sections whose first piece the student marks as a correction ({@code Ques 5 (final): I counted the depthwise
     * step over the input by mistake, ...}): under a label several questions share, the mark opens the answer of only
     * the question its first line is about, yet the whole section answers them all again.
     */
    private static Set<Integer> sectionsOpeningAsCorrections(List<LabelWalker.Piece> pieces, List<examgrader.ocr.Line> lines) {
        Set<Integer> seen = new java.util.HashSet<>();
        Set<Integer> corrected = new java.util.HashSet<>();
        for (LabelWalker.Piece p : pieces) {
            if (seen.add(p.section()) && Corrections.marksCorrection(p, lines)) corrected.add(p.section());
        }
        return corrected;
    }

    /** Whether a fragment of this occurrence would be its first: none of it is among the fragments yet. */
    private static boolean isFirstOf(int occurrence, List<Fragment> fragments) {
        return fragments.isEmpty() || fragments.get(fragments.size() - 1).occurrence() < occurrence;
    }

    /** True when a label for some other question was written between two sections of this one. */
    private static boolean leftInBetween(String key, int from, int to, List<List<String>> sectionPaths, Rubric rubric) {
        for (int s = from + 1; s <= to; s++) {
            List<String> keys = match(rubric, sectionPaths.get(s), false).keys();
            if (!keys.contains(key) && !isParentOf(sectionPaths.get(s), key)) return true;
        }
        return false;
    }

    private static boolean isParentOf(List<String> path, String key) {
        return !path.isEmpty() && (key + ".").startsWith(LabelPath.key(path) + ".");
    }
}
