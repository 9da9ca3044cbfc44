package examgrader.segment;

import examgrader.ocr.Word;
import examgrader.rubric.AnswerKind;
import examgrader.rubric.Question;
import examgrader.rubric.Rubric;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * On a scanned page a question whose label was not found was either left out or had its label
 * lost in reading. A lost label does not lose its line: the line is read as more of the answer
 * before it, or as text under no question. Students may answer whole questions in any order, but
 * within one question they go through its parts in order; so when the parts that were found run
 * in rubric order, the missing part's answer can only be between the part before it and the part
 * after it. This class finds that place and says whether anything could be hiding there:
 * <ul>
 *   <li>nothing at all, when a label of its parent was read and the next part's label follows with
 *       no text between ({@code Q.4} then {@code b)} when 4(a) is missing);</li>
 *   <li>or only the earlier part's answer, when that answer's further lines all plainly go on with
 *       its working ({@code = ...}, {@code so ...}): then a lost label could only be inside its
 *       first line, which the caller checks by the values read there.</li>
 * </ul>
 * Anything less tidy (parts out of order, a further line that could be a lost label's, unclaimed
 * text in between) says nothing, and the question goes to a person. Not covered: an answer added
 * far away (at the end of the script) whose label was also lost.
 */
final class LeftOutCheck {
    private LeftOutCheck() {}

    /**
     * A line that goes on with the working above it: it starts with an operator or a word that
     * carries an argument on. A lost label's line starts with the label's remains instead; and a
     * line that names the missing question's cue words is not taken as going on, whatever its start.
     */
    private static final Pattern GOES_ON = Pattern.compile(
            "(?:[=+*/×<>≤≥≈⇒→-]|(?i:so|hence|thus|therefore|then|which|where|with|since|because|and|giving|gives)\\b)");

    /**
     * For each question without text, where its answer would be had its label been lost; questions
     * for which that place cannot be checked are absent from the map.
     */
    static Map<String, Gap> gaps(Rubric rubric, List<LabelWalker.Piece> pieces, List<List<String>> sectionPaths,
                                 Map<Question, List<Segmenter.Assigned>> byQuestion, Set<Integer> markersSought) {
        List<Question> questions = rubric.questions();
        Map<LabelWalker.Piece, Integer> owner = owners(questions, byQuestion);
        Map<String, Gap> gaps = new LinkedHashMap<>();
        for (int k = 0; k < questions.size(); k++) {
            Question q = questions.get(k);
            if (!byQuestion.get(q).isEmpty()) continue;
            List<Integer> part = partsOfSameQuestion(q, questions);
            if (!inRubricOrder(questions, pieces, owner, part)) continue;
            int after = firstPieceOf(pieces, owner, part, k);
            int before = lastPieceBefore(pieces, owner, part, k, after);
            if (before < 0) {
                boolean claimedBefore = after > 0 && (owner.containsKey(pieces.get(after - 1))
                        || Unplaced.isHeader(pieces.get(after - 1)) && holdsNoLabelOf(q, pieces.get(after - 1)));
                if (claimedBefore && after < pieces.size()
                        && parentOpenedBetween(q, after - 1, after, pieces, sectionPaths, foundBefore(k, questions, byQuestion))) {
                    gaps.put(q.id(), new Gap(""));
                }
                continue;
            }
            if (!nextTextHasItsOwnLabel(before, pieces, owner, questions)) continue;
            Question neighbour = questions.get(owner.get(pieces.get(before)));
            if (parentOpenedBetween(q, before, before + 1, pieces, sectionPaths, foundBefore(k, questions, byQuestion))) {
                gaps.put(q.id(), new Gap(""));
            } else if (!expectsValue(q)) {
                if (nothingOfItsLabelIn(byQuestion.get(neighbour), q, markersSought)) gaps.put(q.id(), Gap.labelless(neighbour.id()));
            } else if (continuesOnlyWithWorking(byQuestion.get(neighbour), neighbour, q)) {
                boolean firstLineValueless = holdsNoValue(byQuestion.get(neighbour).get(0).piece());
                gaps.put(q.id(), firstLineValueless ? Gap.valueless(neighbour.id()) : new Gap(neighbour.id()));
            }
        }
        return gaps;
    }

    /** Which question each piece of text went to (the first, when a label's text is shared). */
    private static Map<LabelWalker.Piece, Integer> owners(List<Question> questions,
                                                          Map<Question, List<Segmenter.Assigned>> byQuestion) {
        Map<LabelWalker.Piece, Integer> owner = new IdentityHashMap<>();
        for (int i = questions.size() - 1; i >= 0; i--) {
            for (Segmenter.Assigned a : byQuestion.get(questions.get(i))) owner.put(a.piece(), i);
        }
        return owner;
    }

    /** The rubric indexes of the questions under the same top-level number as {@code q}. */
    private static List<Integer> partsOfSameQuestion(Question q, List<Question> questions) {
        List<Integer> parts = new java.util.ArrayList<>();
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).label().get(0).equals(q.label().get(0))) parts.add(i);
        }
        return parts;
    }

    /**
     * Whether the text claimed by these parts runs through the rubric in order. Parts sharing one
     * label count as one place, since their lines may come in any order under it.
     */
    private static boolean inRubricOrder(List<Question> questions, List<LabelWalker.Piece> pieces,
                                         Map<LabelWalker.Piece, Integer> owner, List<Integer> parts) {
        int last = -1;
        for (LabelWalker.Piece p : pieces) {
            Integer i = owner.get(p);
            if (i == null || !parts.contains(i)) continue;
            int place = firstSharingLabel(questions, i);
            if (place < last) return false;
            last = place;
        }
        return true;
    }

    private static int firstSharingLabel(List<Question> questions, int i) {
        String key = LabelPath.key(questions.get(i).label());
        for (int j = 0; j <= i; j++) {
            if (LabelPath.key(questions.get(j).label()).equals(key)) return j;
        }
        return i;
    }

    /** The index of the first piece claimed by a later part than {@code k}; the piece count when none. */
    private static int firstPieceOf(List<LabelWalker.Piece> pieces, Map<LabelWalker.Piece, Integer> owner,
                                    List<Integer> parts, int k) {
        for (int i = 0; i < pieces.size(); i++) {
            Integer o = owner.get(pieces.get(i));
            if (o != null && o > k && parts.contains(o)) return i;
        }
        return pieces.size();
    }

    /** The index of the last piece an earlier part claimed, before piece {@code until}; -1 when none. */
    private static int lastPieceBefore(List<LabelWalker.Piece> pieces, Map<LabelWalker.Piece, Integer> owner,
                                       List<Integer> parts, int k, int until) {
        int last = -1;
        for (int i = 0; i < until; i++) {
            Integer o = owner.get(pieces.get(i));
            if (o != null && o < k && parts.contains(o)) last = i;
        }
        return last;
    }

    /**
     * Whether a label of one of the question's parents opened a section between pieces {@code from}
     * and {@code to} that holds no text ({@code Q.4} directly followed by {@code b)} when 4(a) is
     * missing), and no earlier part under that parent was found: the question would have been
     * written right there, and nothing was. A parent written again as part of a later part's full
     * label ({@code 1(a)(iv)} after {@code 1(a)(i)}) says nothing: the missing {@code 1(a)(ii)}
     * would be after {@code 1(a)(i)}'s text, not after that label.
     */
    private static boolean parentOpenedBetween(Question q, int from, int to, List<LabelWalker.Piece> pieces,
                                               List<List<String>> sectionPaths, List<Question> foundBefore) {
        int first = pieces.get(from).section() + 1;
        int last = to < pieces.size() ? pieces.get(to).section() : sectionPaths.size();
        for (int s = first; s < last; s++) {
            List<String> path = sectionPaths.get(s);
            if (path.isEmpty() || path.size() >= q.label().size() || !LabelPath.startsWith(q.label(), path)) continue;
            if (foundBefore.stream().noneMatch(e -> LabelPath.startsWith(e.label(), path))) return true;
        }
        return false;
    }

    /** The questions before {@code k} in the rubric that were found in the script. */
    private static List<Question> foundBefore(int k, List<Question> questions,
                                              Map<Question, List<Segmenter.Assigned>> byQuestion) {
        return questions.subList(0, k).stream().filter(e -> !byQuestion.get(e).isEmpty()).toList();
    }

    /**
     * The next text after piece {@code at} is either the end of the script or a line another
     * question claimed by its own label (or, under a shared label, by its cue words): a lost
     * label's line would sit in between, unclaimed or read as the earlier answer's.
     */
    private static boolean nextTextHasItsOwnLabel(int at, List<LabelWalker.Piece> pieces,
                                                  Map<LabelWalker.Piece, Integer> owner, List<Question> questions) {
        LabelWalker.Piece before = pieces.get(at);
        Integer beforeOwner = owner.get(before);
        if (at + 1 == pieces.size()) return true;
        LabelWalker.Piece next = pieces.get(at + 1);
        if (next.lostLabel()) return false;
        Integer claimedBy = owner.get(next);
        if (claimedBy == null) return next.section() != before.section() && opensAnotherQuestion(next, beforeOwner, questions);
        if (claimedBy.equals(beforeOwner)) return false;
        boolean sharedLabel = beforeOwner != null && LabelPath.key(questions.get(claimedBy).label())
                .equals(LabelPath.key(questions.get(beforeOwner).label()));
        return next.section() != before.section() || sharedLabel;
    }

    /**
     * Whether a line no question claimed starts the section of a label another question of the
     * rubric has ({@code 2.4 output side = ... so 5 x 5 x 64}, under the label 2.4 its three parts
     * share, naming none of their cues): that label was read, so a lost one is not there.
     */
    private static boolean opensAnotherQuestion(LabelWalker.Piece line, Integer beforeOwner, List<Question> questions) {
        String key = LabelPath.key(line.path());
        if (line.path().isEmpty() || beforeOwner != null && LabelPath.key(questions.get(beforeOwner).label()).equals(key)) {
            return false;
        }
        return questions.stream().anyMatch(q -> LabelPath.key(q.label()).equals(key));
    }

    /**
     * A line that starts by naming the earlier answer's own symbol and giving it a value ({@code “Ct =
     * {0.7, 0.4, 0.05}} under 1(b)(i), which asks for {@code C_t}; specks before it aside): the
     * result of that working, stated again.
     */
    private static boolean restatesItsResult(String text, Question neighbour) {
        String name = text.strip().replaceFirst("^[^A-Za-z(\\[{0-9]+", "");
        return neighbour.cues().stream().anyMatch(c -> Cues.namesAtStart(name, c));
    }

    /**
     * The earlier answer's lines after its first either all go on with working (or restate its
     * result, or work out a step it goes on to use), or there are none; and none names what only
     * the missing question asks for ({@code input} for the input size after {@code therefore the
     * output size is 31 x 30}, whose {@code size} both ask for):
     * a lost label could then only be inside its first line, which the caller checks by its values.
     */
    private static boolean continuesOnlyWithWorking(List<Segmenter.Assigned> assigned, Question neighbour, Question missing) {
        LabelWalker.Piece first = assigned.get(0).piece();
        for (int i = 0; i < assigned.size(); i++) {
            LabelWalker.Piece p = assigned.get(i).piece();
            boolean firstLine = p.page() == first.page() && p.line() == first.line();
            if (firstLine) continue;
            boolean namesMissing = missing.cues().stream()
                    .anyMatch(c -> !neighbour.cues().contains(c) && Cues.mentions(p.text(), c));
            if (p.lostLabel() || namesMissing) return false;
            if (goesOn(p, neighbour)) continue;
            if (expectsValue(missing) && holdsNoValue(p)) continue;
            if (!feedsWhatFollows(p, assigned.subList(i + 1, assigned.size()), neighbour, missing)) return false;
        }
        return true;
    }

    private static boolean goesOn(LabelWalker.Piece line, Question neighbour) {
        return GOES_ON.matcher(line.text().strip()).lookingAt() || restatesItsResult(line.text(), neighbour);
    }

    /** A line that works out a named quantity: {@code W_out = floor((64 - 5)/2) + 1 = 30}, its result at the end. */
    private static final Pattern NAMED_RESULT = Pattern.compile("[A-Za-z][^=]*=.*=\\s*(\\d+(?:\\.\\d+)?)[.,;]?");

    /**
     * A line that works out a named quantity whose result a later line of the same answer goes on
     * to use ({@code H_out = ... = 31}, {@code W_out = ... = 30}, {@code so the output is 31 x 30}):
     * it is a step of that answer's working. Its first word, the name, is read surely and is no
     * remnant of the missing label, so no lost label starts the line.
     */
    private static boolean feedsWhatFollows(LabelWalker.Piece line, List<Segmenter.Assigned> later,
                                            Question neighbour, Question missing) {
        java.util.regex.Matcher m = NAMED_RESULT.matcher(line.text().strip());
        if (!m.matches() || line.words().isEmpty()) return false;
        Word name = line.words().get(0);
        if (name.confidence() < Segmenter.SURE_ON_PRINT || LABEL_START.matcher(name.text()).lookingAt()
                || labelToken(missing.label().get(missing.label().size() - 1)).matcher(name.text()).find()) {
            return false;
        }
        Pattern used = Pattern.compile("(?<![\\d.])" + Pattern.quote(m.group(1)) + "(?![\\d]|\\.\\d)");
        return later.stream().map(Segmenter.Assigned::piece)
                .anyMatch(p -> goesOn(p, neighbour) && used.matcher(p.text()).find());
    }

    /** Whether the question's answer is a value (a number, vector, shape or set) rather than a formula or prose. */
    private static boolean expectsValue(Question q) {
        return q.kind() != AnswerKind.MANUAL && q.kind() != AnswerKind.FORMULA;
    }

    /** Words that state a number without digits ({@code no extra parameters}, {@code none}, {@code zero}). */
    private static final Pattern NUMBER_WORD = Pattern.compile(
            "(?i)\\b(?:no|none|nil|nothing|zero|one|two|three|four|five|six|seven|eight|nine|ten)\\b");
    /** The letters and signs OCR reads each digit as, by digit. */
    private static final String[] LOOKALIKES = {"OoQD", "lI|!", "Zz", "", "A", "Ss", "bG", "T", "B", "gq"};
    /** Letters and signs OCR reads digits as: O or Q for 0, l or | for 1, Z for 2, A for 4, S for 5, b for 6, T for 7, B for 8, g for 9. */
    private static final Pattern DIGIT_LOOKALIKE = Pattern.compile("[" + String.join("", LOOKALIKES) + "]");
    /** A word made only of look-alikes, which a surely read word may still be ({@code so} for 50). */
    private static final Pattern ONLY_LOOKALIKES = Pattern.compile("(?:" + DIGIT_LOOKALIKE.pattern() + ")+[.,:;)]*");
    /** A plain lower-case word; read doubtfully it is still no number. */
    private static final Pattern PLAIN_WORD = Pattern.compile("[a-z]{3,}[.,:;]?");

    /**
     * Whether a line read by OCR can hold no value, so no lost label's answer of a value hides in
     * it: no digits outside subscripts and no number written as a word; and no word that could be
     * a misread number. A word could be one unless it is a name with a subscript ({@code s_{k-1}}),
     * holds no digit look-alike at all ({@code hj}, {@code =}), is a plain lower-case word, or
     * was read surely and is not made only of look-alikes ({@code the score of encoder state j
     * ... is a plain dot product}).
     */
    static boolean holdsNoValue(LabelWalker.Piece line) {
        String text = line.text();
        if (examgrader.ocr.Subscripts.digitsOutside(text)) return false;
        if (NUMBER_WORD.matcher(text).find()) return false;
        for (Word w : line.words()) {
            String t = w.text();
            boolean name = examgrader.ocr.Subscripts.ANY.matcher(t).find();
            boolean noLookalike = !DIGIT_LOOKALIKE.matcher(t).find();
            boolean sure = w.confidence() >= Segmenter.SURE_ON_PRINT && !ONLY_LOOKALIKES.matcher(t).matches();
            if (!(name || noLookalike || sure || PLAIN_WORD.matcher(t).matches())) return false;
        }
        return true;
    }

    /**
     * For a question answered in words or a formula, no value tells where its answer would be; its
     * label would. The answer before the gap holds none of it: no piece of it was read with a label
     * of its own (a misread {@code (Z)} taken for a label under it), none starts with an unreadable
     * marker or names the missing question's cue words, and no word could be what is left of its
     * label ({@link #holdsNoLabelOf}), and no line after its first is a short one OCR was unsure of every word of
     * ({@link examgrader.ocr.UnsureLines}). Where items are circled numbers ({@link #circled}), only on
     * pages where the OCR stage looked for the circled numbers Tesseract drops ({@code markersSought}).
     */
    private static boolean nothingOfItsLabelIn(List<Segmenter.Assigned> assigned, Question missing, Set<Integer> markersSought) {
        LabelWalker.Piece first = assigned.get(0).piece();
        for (Segmenter.Assigned a : assigned) {
            LabelWalker.Piece p = a.piece();
            if (circled(first) && !markersSought.contains(p.page())) return false;
            if (p.section() != first.section() || p.lostLabel() || !holdsNoLabelOf(missing, p)) return false;
            if (p != first && examgrader.ocr.UnsureLines.mayBeAMisreadLabel(p.words())) return false;
            if (missing.cues().stream().anyMatch(c -> Cues.mentions(p.text(), c))) return false;
        }
        return true;
    }

    /** Circled item numbers and the symbols Tesseract reads them as. */
    private static final Pattern CIRCLED = Pattern.compile("[\u2460-\u2473" + MarkerRuns.SYMBOLS + "]");
    /**
     * How a misread label starts a word: a short token with a digit closed by a bracket, dot or
     * colon ({@code (7)}, {@code 4.b}, {@code T1.}), or letters in brackets or before a closing
     * one ({@code (Z)}, {@code b)}, {@code |Z)dh_t}). Letters before a dot or colon are words
     * ({@code No:}, {@code it.}); a roman numeral's own token is caught by {@link #labelToken}.
     */
    private static final Pattern LABEL_START = Pattern.compile(
            "[(\\[{|]?(?:\\d[A-Za-z0-9]{0,3}|[A-Za-z]{1,2}\\d[A-Za-z0-9]{0,1})[)\\]}.:,]|[(\\[{][A-Za-z]{1,4}[)\\]}]|[A-Za-z]{1,4}\\)");

    /** A lower-case word of three letters or more that is not a roman numeral ({@code iii.} is a label). */
    private static boolean plainWord(String word) {
        return PLAIN_WORD.matcher(word).matches() && !word.matches("[ivx]+[.,:;]?");
    }

    /**
     * Whether the answer this line belongs to was labelled with a circled number. Tesseract may
     * drop a circled number altogether and leave no remnant behind, so its lines prove nothing
     * unless the page was searched for dropped ones.
     */
    private static boolean circled(LabelWalker.Piece line) {
        return CIRCLED.matcher(line.written()).find();
    }

    /**
     * Whether a line read by OCR holds nothing that could be what is left of the label of
     * {@code missing}, a question answered in words or a formula, so its answer cannot hide there.
     * The label lost in reading was misread, not erased: printed {@code (2)}, {@code Q1.2} or
     * {@code b)} comes back as {@code (Z)}, {@code QL.2}, {@code b}. So every word must be either
     * read surely and hold no token that is the label's last part or a look-alike of it
     * ({@code near 0).} is no {@code (2)}), or read doubtfully and be a plain word, a name with a
     * subscript, or neither start as a label does ({@code (Z)}, {@code b)}, {@code 4.b}) nor hold
     * such a token ({@code U^f(d)} and {@code tanh^2(c_t))} pass). Marker symbols never pass.
     */
    static boolean holdsNoLabelOf(Question missing, LabelWalker.Piece line) {
        if (wholeLabel(missing).matcher(line.text()).find()) return false;
        Pattern labelToken = labelToken(missing.label().get(missing.label().size() - 1));
        for (int i = 0; i < line.words().size(); i++) {
            Word w = line.words().get(i);
            String text = i == 0 ? partInPiece(w.text(), line.text()) : w.text();
            if (text.isEmpty()) continue;
            String t = examgrader.ocr.Subscripts.ANY.matcher(text).replaceAll(" ");
            if (CIRCLED.matcher(t).find()) return false;
            if (w.confidence() >= Segmenter.SURE_ON_PRINT) {
                if (labelToken.matcher(t).find()) return false;
            } else if (!plainWord(text) && !isName(text)
                    && (LABEL_START.matcher(text).lookingAt() || labelToken.matcher(t).find())) {
                return false;
            }
        }
        return true;
    }

    /**
     * The part of a piece's first word that is in the piece: OCR glues a label to the word after
     * it ({@code (1).No:}), and that label, the piece's own, is no remnant of another.
     */
    private static String partInPiece(String word, String pieceText) {
        String text = pieceText.strip();
        for (int cut = 0; cut < word.length(); cut++) {
            if (text.startsWith(word.substring(cut))) return word.substring(cut);
        }
        return word;
    }

    /** A name with a subscript and no bracket outside it ({@code o_{t-1}}, {@code h_t,}): no label's remnant. */
    private static boolean isName(String word) {
        return examgrader.ocr.Subscripts.ANY.matcher(word).find()
                && !examgrader.ocr.Subscripts.ANY.matcher(word).replaceAll("").matches(".*[()\\[\\]{}].*");
    }

    /**
     * The missing question's whole label written anywhere in a line, as a run of answers on one line writes it after a
     * bar or semicolon ({@code ... | T1Q3 sigma'(z) = ... | T1Q4}): {@code T1Q4}, {@code Q1.4}, {@code 1.4}, {@code 1-4} for
     * item 1.4; {@code Q2b}, {@code 2(b)} for 2(b). A number such as {@code 1.4} in working sends the question to a person,
     * which is the safe side.
     */
    private static Pattern wholeLabel(Question missing) {
        List<String> label = missing.label();
        if (label.size() < 2) return Pattern.compile("(?!)");
        String top = Pattern.quote(label.get(0));
        String rest = label.subList(1, label.size()).stream().map(Pattern::quote).reduce((a, b) -> a + "[.\\-(]?\\)?\\(?" + b).orElseThrow();
        return Pattern.compile("(?i)(?<![A-Za-z0-9.])(?:t(?:ask)?\\s?" + top + "\\s?[.\\-]?\\s?q(?:uestion)?\\.?\\s?" + rest
                + "|q?\\.?" + top + "\\s?[.\\-(]\\s?" + rest + "\\)?|q" + top + rest + ")(?![0-9A-Za-z])");
    }

    /**
     * {@code label} (letters and digits, as rubric labels are) as a token of its own, its digits
     * possibly read as look-alikes; an exponent ({@code ^2}) is no label. A number may also have been
     * written as a roman numeral ({@code 1.iv} for item 1.4, see {@link OwnStyleLabels}): one of two
     * letters or more as a token, or any right after a number and a dot or dash ({@code 1.v}) or set
     * off as labels are ({@code Tl-v} for {@code T1-v} with the 1 misread); a lone {@code x} or
     * {@code v} elsewhere is a variable.
     */
    private static Pattern labelToken(String label) {
        StringBuilder pattern = new StringBuilder();
        for (char c : label.toCharArray()) {
            pattern.append('[').append(c).append(Character.isDigit(c) ? LOOKALIKES[c - '0'] : "").append(']');
        }
        String roman = label.matches("\\d{1,2}") ? LabelPath.roman(Integer.parseInt(label)) : "";
        String asRoman = roman.isEmpty() ? ""
                : "|(?:" + (roman.length() > 1 ? "(?<![A-Za-z0-9^])" : "(?<=\\d[.\\-])") + roman + "(?![A-Za-z0-9]))"
                + "|(?<=[-.(])" + roman + "(?=[).:]|\\s|$)";
        return Pattern.compile("(?i)(?:(?<![A-Za-z0-9^])" + pattern + "(?![A-Za-z0-9])" + asRoman + ")");
    }
}
