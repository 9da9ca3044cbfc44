package examgrader.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.rubric.Rubric;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SegmenterLabelStylesTest {
    private static Map<String, Segment> split(Rubric rubric, String text) {
        return new Segmenter().split(TestScripts.text(text), rubric).stream()
                .collect(Collectors.toMap(Segment::questionId, Function.identity()));
    }

    private static String text(Map<String, Segment> segments, String id) {
        return segments.get(id).text().strip();
    }

    @Test
    void returnsOneSegmentPerQuestionInRubricOrder() {
        List<Segment> segments = new Segmenter().split(TestScripts.text("2. (b) 0"), ExamRubrics.ct3());
        assertEquals(ExamRubrics.ct3().questions().stream().map(q -> q.id()).toList(),
                segments.stream().map(Segment::questionId).toList());
        assertTrue(segments.get(0).isEmpty());
    }

    @Test
    void severalSubAnswersOnOneLine() {
        var s = split(ExamRubrics.ct3(), "1. (a) i) 4 ii) 5 iii) 8\niv) 3 v) 1 vi) 7");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("8", text(s, "1a.iii"));
        assertEquals("3", text(s, "1a.iv"));
        assertEquals("1", text(s, "1a.v"));
        assertEquals("7", text(s, "1a.vi"));
    }

    @Test
    void aSubAnswerLeftOutOnATypedLineDoesNotSwallowTheRest() {
        var s = split(ExamRubrics.ct3(), "1. (a) i) 4 iii) 8 iv) 3 v) 1 vi) 7");
        assertEquals("4", text(s, "1a.i"));
        assertTrue(s.get("1a.ii").isEmpty());
        assertEquals("8", text(s, "1a.iii"));
        assertEquals("3", text(s, "1a.iv"));
        assertEquals("7", text(s, "1a.vi"));
    }

    @Test
    void onATypedPageTheQuestionRestatedBeforeItsFirstSubLabelDoesNotMakeALeftOutPartDoubtful() {
        String script = "4. c_{t+1} = c_t f_{t+1} + i_{t+1} c~_{t+1}\n(a) dL/dc_t = dL/dh_t o_t (1 - tanh^2 c_t)";
        var typed = split(ExamRubrics.ct3(), script);
        assertTrue(typed.get("4b").isEmpty());
        assertFalse(typed.get("4b").isDoubtful(), typed.get("4b").doubt());
        var scanned = new Segmenter().split(TestScripts.ocrLike(Map.of("dL/dc_t", 60.0), script), ExamRubrics.ct3()).stream()
                .filter(seg -> seg.questionId().equals("4b")).findFirst().orElseThrow();
        assertTrue(scanned.isDoubtful(), "on a scan the (b) label may be what OCR lost");
    }

    @Test
    void subLabelCarriesItsParents() {
        var s = split(ExamRubrics.ct3(), "1. (a) i) 4\n(b)(i) [0.7, 0.2, 0.05]\nii) 0.6044\n2. (b) 0");
        assertEquals("[0.7, 0.2, 0.05]", text(s, "1b.i"));
        assertEquals("0.6044", text(s, "1b.ii"));
        assertEquals("0", text(s, "2b"));
    }

    @Test
    void newTopLevelNumberResetsTheLowerLevels() {
        var s = split(ExamRubrics.ct3(), "3. (a) 3 x 5\n(b) 3 x 1\n2.\n(b) zero, it is 0");
        assertEquals("3 x 1", text(s, "3b"));
        assertEquals("zero, it is 0", text(s, "2b"));
    }

    @Test
    void questionLetterAndRomanStyles() {
        var s = split(ExamRubrics.ct3(), "Q1 (b)(i) {0.7, 0.2, 0.05}\n1(b)(ii) 0.6044\nQ3 (a) W_f is 3 x 5\nAnswer 2 (b): 0");
        assertEquals("{0.7, 0.2, 0.05}", text(s, "1b.i"));
        assertEquals("0.6044", text(s, "1b.ii"));
        assertEquals("W_f is 3 x 5", text(s, "3a"));
        assertEquals("0", text(s, "2b"));
    }

    @Test
    void latexWrappedLabels() {
        var s = split(ExamRubrics.ct3(),
                "1. (a) i) $f_t = 4$\n$$(b)(i) C_t = [0.7, 0.2, 0.05]$$\n$$4. \\quad c_{t+1} = c_t$$\n(a) derivation here");
        assertTrue(text(s, "1b.i").startsWith("C_t = [0.7, 0.2, 0.05]"));
        assertTrue(text(s, "4a").contains("derivation here"));
        assertFalse(text(s, "4a").contains("c_{t+1}"), "the line under the bare 4 belongs to no single part");
    }

    @Test
    void answersOutOfOrder() {
        var s = split(ExamRubrics.ct3(), "5. total multiplications = 3,088,878\n2. (b) 0\n1. (a) iii) 8");
        assertEquals("8", text(s, "1a.iii"));
        assertEquals("0", text(s, "2b"));
        assertEquals("total multiplications = 3,088,878", text(s, "5.total"));
    }

    @Test
    void markdownTaskHeadingsMakeBareNumbersItems() {
        var s = split(ExamRubrics.week8(), "## Task 1:\n3. $\\sigma'(z) = \\sigma(z)(1-\\sigma(z))$\n## Task 2.\n1)\n"
                + "output is (26, 28)\n$$2. \\quad h = 31$$\n3. 52, 53, 54");
        assertTrue(text(s, "T1.3").contains("\\sigma(z)(1-\\sigma(z))"));
        assertEquals("output is (26, 28)", text(s, "T2.1"));
        assertEquals("\\quad h = 31$$", text(s, "T2.2"));
        assertEquals("52, 53, 54", text(s, "T2.3"));
    }

    @Test
    void taskColonItemAndDottedPaths() {
        var s = split(ExamRubrics.week8(), "Task 2: 1) (26, 28)\n2.2 (31, 30)\nQ2.3 52 or 53 or 54");
        assertEquals("(26, 28)", text(s, "T2.1"));
        assertTrue(text(s, "T2.2").startsWith("(31, 30)"), text(s, "T2.2"));
        assertEquals("52 or 53 or 54", text(s, "T2.3"));
    }

    @Test
    void capitalRomanTaskNumbersAreReadLevelByLevelByPosition() {
        var s = split(ExamRubrics.ct3(), "**I.a.1** (f_t) 4\n**I.a.2** (i_t) 5\n**II.b**\n0 - no weights\n"
                + "**III.a** W_f is 3 x 5\n**V.**\ntotal multiplications = 3,088,878");
        assertEquals("(f_t) 4", text(s, "1a.i"));
        assertEquals("(i_t) 5", text(s, "1a.ii"));
        assertEquals("0 - no weights", text(s, "2b"));
        assertEquals("W_f is 3 x 5", text(s, "3a"));
        assertEquals("total multiplications = 3,088,878", text(s, "5.total"));
        assertTrue(s.get("1a.v").isEmpty(), "V. is question 5, not item (v)");
    }

    @Test
    void taskNumbersAsCapitalRomanWithDashedItems() {
        var s = split(ExamRubrics.week8(), "I answered Task II first.\n**II-1.** Output: 26 x 29\n**II-3.** 52, 53, 54\n"
                + "**I-1.** No, it cannot.\n**I-5.** the unit vector");
        assertEquals("Output: 26 x 29", text(s, "T2.1"));
        assertEquals("52, 53, 54", text(s, "T2.3"));
        assertEquals("No, it cannot.", text(s, "T1.1"));
        assertEquals("the unit vector", text(s, "T1.5"));
        assertTrue(s.get("T1.4").isEmpty());
        s.values().forEach(seg -> assertFalse(seg.text().contains("answered"), "a pronoun I is no label"));
    }

    @Test
    void taskNumbersAsCapitalLettersBeforeTheirItems() {
        var s = split(ExamRubrics.week8(), "-- PART A (task 1) --\nA-i: no, h_{t-1} is computed from c_{t-1}\n"
                + "A-iii: s(1 - s) where s = sigma(z)\n-- PART B (task 2) --\nB-i: out = (26, 28)       B-ii: out = (32, 30)\n"
                + "B-iv: params = 100352 | mults = 2508800 | adds = 2507200");
        assertEquals("no, h_{t-1} is computed from c_{t-1}", text(s, "T1.1"));
        assertEquals("s(1 - s) where s = sigma(z)", text(s, "T1.3"));
        assertTrue(s.get("T1.2").isEmpty());
        assertEquals("out = (26, 28)", text(s, "T2.1"));
        assertEquals("out = (32, 30)", text(s, "T2.2"), "a label of the script's style further along the line");
        assertEquals("params = 100352", text(s, "T2.4.params"));
        assertEquals("mults = 2508800", text(s, "T2.4.mults"), "a spaced bar separates clauses");
        assertEquals("adds = 2507200", text(s, "T2.4.adds"));
    }

    @Test
    void oneTaskLetterIsNoStyleOfTaskNumbers() {
        var s = split(ExamRubrics.week8(), "Task 1\n1. No, it cannot.\nA-3 is how I would name the matrix\n3. sigma(1 - sigma)");
        assertTrue(text(s, "T1.1").contains("A-3 is how"));
        assertEquals("sigma(1 - sigma)", text(s, "T1.3"));
    }

    @Test
    void itemsNumberedInSquareBracketsUnderEachTasksHeading() {
        var s = split(ExamRubrics.week8(), "------\nTASK 1\n------\n[1] \"Is c_{t-1} a function of h_{t-1}?\"\nNo.\n\n"
                + "[3] \"Calculate sigma'(z)\"\nsigma(z)(1 - sigma(z))\n------\nTASK 2\n------\n[1] \"2-D conv\"\n"
                + "output spatial size: 26 x 28\n[2] \"2-D conv\"\noutput spatial size: 31 x 30");
        assertTrue(text(s, "T1.1").endsWith("No."));
        assertTrue(text(s, "T1.3").contains("sigma(z)(1 - sigma(z))"));
        assertTrue(s.get("T1.2").isEmpty());
        assertTrue(text(s, "T2.1").endsWith("output spatial size: 26 x 28"));
        assertTrue(text(s, "T2.2").endsWith("output spatial size: 31 x 30"));
    }

    @Test
    void aListOfReferencesInSquareBracketsIsNoItems() {
        var s = split(ExamRubrics.week8(), "Task 2\n2.1 26 x 28\nas in\n[1] Dumoulin, A guide to convolution arithmetic\n"
                + "[2] Goodfellow et al., Deep Learning\n[3] the lecture notes");
        assertTrue(text(s, "T2.1").endsWith("[3] the lecture notes"));
        assertTrue(s.get("T2.2").isEmpty());
        assertTrue(s.get("T2.3").isEmpty());
    }

    @Test
    void aNoteInBracketsAboutAnotherItemIsNotTheAnswerItFollows() {
        var s = split(ExamRubrics.week8(), "Task 2\n2.4 parameters: 100352\n2.5 parameters: 65536\n"
                + "(For 4 I used output = ⌈(19 − 7)/3⌉ + 2 = 6.)");
        assertEquals("parameters: 65536", text(s, "T2.5.params"));
        var kept = split(ExamRubrics.week8(), "Task 2\n2.5 parameters: 65536\n(for 2 layers it would be twice that)");
        assertTrue(text(kept, "T2.5.params").endsWith("(for 2 layers it would be twice that)"), "a count, not an item's number");
        var own = split(ExamRubrics.week8(), "Task 2\n2.5 parameters: 65536\n(For 5, I ignored the padding.)");
        assertTrue(text(own, "T2.5.params").endsWith("(For 5, I ignored the padding.)"), "a note about its own item");
    }

    @Test
    void aNormIsNoClauseSeparator() {
        assertEquals(List.of(12), CueSplit.clauseEnds("||U^f(d)||_2"));
        assertEquals(List.of(12, 17), CueSplit.clauseEnds("params = 1 | adds"));
        assertEquals(List.of(13), CueSplit.clauseEnds("| $f_t$ | 4 |"), "a table's row is one clause");
    }

    @Test
    void inAScriptNumberingTasksInCapitalRomanALoneNumeralIsNeverAnItem() {
        var s = split(ExamRubrics.ct3(), "I.a.5 1\nII.b 0\nI.a.5 1\nVI. 7");
        assertTrue(s.get("1a.vi").isEmpty(), "VI. is a task number (there is no question 6), not item (vi) after I.a.5");
    }

    @Test
    void oneCapitalNumeralIsNoStyleOfTaskNumbers() {
        var s = split(ExamRubrics.week8(), "Task 1\n1. No, it cannot.\nI-3. is how I would write it\nI.e. it cannot");
        assertTrue(s.get("T1.3").isEmpty());
        assertTrue(text(s, "T1.1").contains("I-3. is how I would write it"));
    }

    @Test
    void smallRomanItemNumbersAfterTheTaskNumber() {
        var s = split(ExamRubrics.week8(), "TASK 1\n\n1.i\tNo, it cannot.\n\n1.iv\tsigma'(z) U^f\n\nTASK 2\n\n"
                + "2.i\tOutput = 27\n\tAnswer: (27, 29)\n\n2.iii\tn = 50, 51 or 52");
        assertEquals("No, it cannot.", text(s, "T1.1"));
        assertTrue(s.get("T1.2").isEmpty());
        assertEquals("sigma'(z) U^f", text(s, "T1.4"));
        assertEquals("Output = 27\nAnswer: (27, 29)", text(s, "T2.1"));
        assertTrue(s.get("T2.2").isEmpty());
        assertEquals("n = 50, 51 or 52", text(s, "T2.3"));
    }

    @Test
    void anItemNumberWrittenAsARomanNumeralThatWasNotReadKeepsItsItemFromLookingLeftOut() {
        var s = split(ExamRubrics.week8(), "TASK 1\n\n1. No, it cannot.\n\n1/iv sigma(z) U^f is applied");
        assertTrue(s.get("T1.4").isEmpty());
        assertTrue(s.get("T1.4").gap() == null || s.get("T1.4").gap().needsCheck(),
                "'iv' may be item 4's label: not a blank, but review. " + s.get("T1.4").gap());
    }

    @Test
    void eachLevelInSquareBrackets() {
        var s = split(ExamRubrics.ct3(), "(doing Q3 first)\n[3][a]  W_f is 3 x 2\n[3][b]  => b_f is 3\n"
                + "[1][a][ii]   i_t      --> 5\n[5]  depthwise output 199 x 199 x 3\ntotal multiplications = 3,088,878");
        assertEquals("W_f is 3 x 2", text(s, "3a"));
        assertEquals("=> b_f is 3", text(s, "3b"));
        assertEquals("i_t      --> 5", text(s, "1a.ii"));
        assertTrue(text(s, "5.total").contains("3,088,878"));
    }

    @Test
    void aCitationInBracketsIsNoLabel() {
        var s = split(ExamRubrics.ct3(), "2. (b) 0, as shown in\n[1] Bahdanau et al., 2015");
        assertTrue(text(s, "2b").endsWith("[1] Bahdanau et al., 2015"));
        assertTrue(s.get("1a.i").isEmpty());
    }

    @Test
    void latexItemsAndSectionsWrapLabels() {
        var s = split(ExamRubrics.week8(), "\\section*{Task 1}\n\\begin{itemize}\n\\item[1.3] $\\sigma(z)(1-\\sigma(z))$\n"
                + "\\end{itemize}\n\\section*{Task 2}\n\\item[2.1] output $26 \\times 28$");
        assertTrue(text(s, "T1.3").startsWith("$\\sigma(z)(1-\\sigma(z))$"));
        assertEquals("output $26 \\times 28$", text(s, "T2.1"));
    }

    @Test
    void aBoldTaskAbbreviationAloneOnItsLineIsATaskHeading() {
        var s = split(ExamRubrics.week8(), "**T1**\n\n(1) No\n\n(3) sigma(z)(1 - sigma(z))\n\n**T2**\n\n(1) 26 x 28\n\n(2) 31 x 30");
        assertEquals("No", text(s, "T1.1"));
        assertEquals("sigma(z)(1 - sigma(z))", text(s, "T1.3"));
        assertEquals("26 x 28", text(s, "T2.1"));
        assertEquals("31 x 30", text(s, "T2.2"));
    }

    @Test
    void asciiDocSectionTitlesWithItemsUnderTasks() {
        var s = split(ExamRubrics.week8(), "= Week 8 homework\n\n== Task 1\n\n=== Item 3 -- sigma'(z)\nsigma(z)(1 - sigma(z))\n\n"
                + "== Task 2\n\n=== Item 1\nFeature map: 26 x 28\n\n=== Item 2\n31 x 30\n");
        assertTrue(text(s, "T1.3").endsWith("sigma(z)(1 - sigma(z))"), text(s, "T1.3"));
        assertEquals("Feature map: 26 x 28", text(s, "T2.1"));
        assertEquals("31 x 30", text(s, "T2.2"));
        assertTrue(s.get("T1.1").isEmpty());
        var ct3 = split(ExamRubrics.ct3(), "== Question 2\n\n#2(b) 0 extra parameters\n\n== Question 3\n\n#3(c) 72\n"
                + "C_t = (0.7, 0.2, 0.05)\n");
        assertEquals("0 extra parameters", text(ct3, "2b"));
        assertTrue(text(ct3, "3c").startsWith("72"), text(ct3, "3c"));
    }

    @Test
    void taskAndQuestionNumbersInWords() {
        var s = split(ExamRubrics.week8(), "Task one, question three:\n  sigma'(z) = 1 - sigma(z)^2\n\n"
                + "Task two, question one:\n  --> 26 x 28\nQuestion two is the harder one, 31 x 30");
        assertEquals("sigma'(z) = 1 - sigma(z)^2", text(s, "T1.3"));
        assertTrue(text(s, "T2.1").startsWith("--> 26 x 28"));
        assertTrue(s.get("T2.2").isEmpty(), "a number in words inside prose is no label");
        var ct3 = split(ExamRubrics.ct3(), "5. Part one: depthwise output 199 x 199 x 3\nPart two:\npointwise output 199 x 199 x 10");
        assertTrue(text(ct3, "5.pw_shape").contains("199 x 199 x 10"), "a student's own parts are no questions");
    }

    @Test
    void taskAndQuestionJoinedByASlashInAScriptWritingAllItsLabelsSo() {
        var s = split(ExamRubrics.week8(), "Task 1\n**1/3** sigma(z) (1 - sigma(z))\n\n**1/5** U^f(d) / |U^f(d)|\n"
                + "Task 2\n**2/2** out: 31 x 30\n**2/5** 65,536");
        assertEquals("sigma(z) (1 - sigma(z))", text(s, "T1.3"));
        assertEquals("U^f(d) / |U^f(d)|", text(s, "T1.5"));
        assertEquals("out: 31 x 30", text(s, "T2.2"));
        assertEquals("65,536", text(s, "T2.5.params"));
        assertTrue(s.get("T2.1").isEmpty());
    }

    @Test
    void fractionsStartingLinesOfWorkingAreNoSlashedLabels() {
        var s = split(ExamRubrics.week8(), "Task 2\n3.\n1/2 of the range is lost\n1/2 again at the far end\n5. 65536");
        assertTrue(text(s, "T2.3").contains("1/2 of the range is lost"), text(s, "T2.3"));
        assertTrue(s.get("T1.2").isEmpty());
        var oneTask = split(ExamRubrics.week8(), "Task 2\n3.\n1/2 of the range\n1/4 of the rest\n5. 65536");
        assertTrue(text(oneTask, "T2.3").contains("1/4 of the rest"), "fractions under one number are no task's labels");
    }

    @Test
    void questionWordTaskNumberThenPtAndTheQuestionsNumber() {
        var s = split(ExamRubrics.week8(), "Qn 1 pt 3: sigma(z)(1 - sigma(z))\n\nQn 2 pt 2:\n  31 x 30\n\nQn 2 pt 5: 512*128 = 65536");
        assertEquals("sigma(z)(1 - sigma(z))", text(s, "T1.3"));
        assertEquals("31 x 30", text(s, "T2.2"));
        assertEquals("512*128 = 65536", text(s, "T2.5.params"));
        var once = split(ExamRubrics.week8(), "Task 2\n2. Q2 pt 3 took me longest: 31 x 30");
        assertTrue(text(once, "T2.2").contains("31 x 30"), "a lone 'pt' in prose is no label");
    }

    @Test
    void questionWordTaskNumberDashAndTheQuestionsNumberWithTaskTwoFirst() {
        var s = split(ExamRubrics.week8(), "(did task 2 first)\n\nQ2-1  (26, 28)\n   floor(77/3) + 1 = 26\n\n"
                + "Q2-4-(i)   100352 trainable parameters\nQ2-4-(ii)  2508800 multiplications\n\n"
                + "Q1-1  No.\n\nQ1-3  sigma(z)(1 - sigma(z))\n\nQ1-6  argmax no, max yes.");
        assertTrue(text(s, "T2.1").startsWith("(26, 28)"), text(s, "T2.1"));
        assertTrue(text(s, "T2.4.params").contains("100352 trainable parameters"), text(s, "T2.4.params"));
        assertTrue(text(s, "T2.4.mults").contains("2508800 multiplications"), text(s, "T2.4.mults"));
        assertEquals("sigma(z)(1 - sigma(z))", text(s, "T1.3"));
        assertEquals("argmax no, max yes.", text(s, "T1.6"));
        assertTrue(s.get("T1.4").isEmpty());
        assertFalse(s.get("T1.4").isDoubtful(), "items 1.4 and 1.5 were left out between 1.3 and 1.6");
        var once = split(ExamRubrics.week8(), "Task 1\n3. sigma(z)(1 - sigma(z))\nQ1-2 is the gap between the two charges");
        assertTrue(text(once, "T1.3").contains("Q1-2 is the gap"), "one dashed pair in working is no style of labels");
    }

    @Test
    void taskNumberInCapitalRomanAfterTheTaskWordWithItemsInCapitalRoman() {
        var s = split(ExamRubrics.week8(), "Task I\n(I) No.\n\n(III) sigma(z)(1 - sigma(z))\n\n(VI) argmax: no\n\n"
                + "Task II\n(I) output size (25, 27)\n\n(III)\ninput size 52\n\n(V)\ntrainable parameters 65536");
        assertEquals("No.", text(s, "T1.1"));
        assertEquals("sigma(z)(1 - sigma(z))", text(s, "T1.3"));
        assertEquals("argmax: no", text(s, "T1.6"));
        assertEquals("output size (25, 27)", text(s, "T2.1"));
        assertEquals("input size 52", text(s, "T2.3"));
        assertEquals("trainable parameters 65536", text(s, "T2.5.params"));
        var prose = split(ExamRubrics.week8(), "Task 1\n3. sigma(z)(1 - sigma(z))\nQuestion II asks for the output size");
        assertTrue(text(prose, "T1.3").contains("Question II asks"), "a capital numeral in prose is no task number");
    }

    @Test
    void itemsNumberedAgainUnderATaskWhileTheNextTaskIsNeverFoundLeaveItsQuestionsInDoubt() {
        var s = split(ExamRubrics.week8(), "Task 1\n(1) No.\n(3) sigma(z)(1 - sigma(z))\n(6) argmax: no\n"
                + "Task the second one\n(1) output size (25, 27)\n(3) input size 52");
        assertTrue(s.get("T2.3").isEmpty());
        assertTrue(s.get("T2.3").isDoubtful(), "numbering started again at (1): task 2's items under a heading not read");
        assertTrue(s.get("T2.5.params").isDoubtful());
        var ownParts = split(ExamRubrics.week8(), "Ques. 1(1) No.\nQues. 1(4)(i) sigma'(a) U^f\nQues. 1(4)(ii) row d\n"
                + "Ques. 1(5) U^f(d) / ||U^f(d)||");
        assertTrue(ownParts.get("T2.1").isEmpty());
        assertFalse(ownParts.get("T2.1").isDoubtful(), "an item's label written again before each of its parts is no restart");
    }

    @Test
    void labelsInsideAQuotedBlockThatRestatesTheQuestion() {
        var s = split(ExamRubrics.week8(), "## Task 2\n\n> **2.2** Input (64, 64), kernel (3, 5): output size?\n\n(31, 30)\n\n"
                + "> **2.5** 1 x 1 kernels, 128 of them: parameters?\n\n512 * 128 = 65536");
        assertTrue(text(s, "T2.2").endsWith("(31, 30)"), text(s, "T2.2"));
        assertTrue(text(s, "T2.5.params").endsWith("512 * 128 = 65536"), text(s, "T2.5.params"));
        assertTrue(s.get("T2.1").isEmpty());
    }

    @Test
    void inAMailReplyTheQuotedQuestionsAreNoAnswerButTheirLabelsCount() {
        String mail = "From: A Student <a@example.org>\nSubject: CT3 answers\n\n"
                + "On Mon, 15 Mar 2021 at 10:58, TA <ta@example.org> wrote:\n"
                + "> 1. (a) Correspond the variables to the positions. i. f_t ii. i_t\n> vi. \\tilde{C}_t\n\n"
                + "1(a): f_t -> 4, i_t -> 5\n\n> 2. (b) How many additional parameters?\n\nnone, 0 extra parameters\n";
        var s = split(ExamRubrics.ct3(), mail);
        assertTrue(s.get("1a.vi").isEmpty(), "the quoted question's \\tilde{C}_t is no answer: " + text(s, "1a.vi"));
        assertEquals("f_t -> 4", text(split(ExamRubrics.ct3QuestionOneWithCues(), mail), "1a.i"));
        assertEquals("none, 0 extra parameters", text(s, "2b"));
        var note = split(ExamRubrics.ct3(), "> 2. (b) 0 extra parameters\n\n3. (a) 3 x 5");
        assertEquals("0 extra parameters", text(note, "2b"), "outside a mail a quoted block may be the student's own");
    }

    private static examgrader.rubric.Question titled(String id, List<String> label, List<String> cues,
                                                     examgrader.rubric.AnswerKind kind, String title) {
        return new examgrader.rubric.Question(id, label, cues, kind, 1, title, null, null, List.of(), "", null);
    }

    @Test
    void aMailReplyQuotingUnlabelledQuestionsIsSplitByTheQuestionsTheQuotesName() {
        Rubric rubric = Rubric.of("w8", java.util.regex.Pattern.compile("\\d{7}"), List.of(
                titled("T1.1", List.of("1", "1"), List.of(), examgrader.rubric.AnswerKind.MANUAL, "is c_{t-1} a function of h_{t-1}?"),
                titled("T1.2", List.of("1", "2"), List.of(), examgrader.rubric.AnswerKind.MANUAL, "dh_t/dh_{t-1} in terms of the gate derivatives"),
                titled("T1.3", List.of("1", "3"), List.of("derivative", "sigma"), examgrader.rubric.AnswerKind.FORMULA, "sigma'(z)"),
                titled("T2.1", List.of("2", "1"), List.of("output", "size"), examgrader.rubric.AnswerKind.SHAPE,
                        "output size: input (78, 84), kernel (5, 5), stride 3, padding 2"),
                titled("T2.2", List.of("2", "2"), List.of("output", "size"), examgrader.rubric.AnswerKind.SHAPE,
                        "output size: input (64, 64), kernel (3, 5), stride 2, padding 0"),
                titled("T2.4.params", List.of("2", "4"), List.of("parameters", "trainable"), examgrader.rubric.AnswerKind.INTEGER,
                        "trainable parameters: input (32, 19, 19), kernel (7, 7), 64 kernels, no bias"),
                titled("T2.4.mults", List.of("2", "4"), List.of("multiplication", "multiplications"), examgrader.rubric.AnswerKind.INTEGER,
                        "multiplications for that layer")));
        String mail = "From: A Student <a@example.org>\nSubject: Re: Week 08 homework\n\n"
                + "> is c_{t-1} a function of h_{t-1}? Give 3 sentences at most.\n\nNo, the dependence goes from c to h.\n\n"
                + "> Write down the derivative dh_t/dh_{t-1} ...\n\n"
                + "> Calculate sigma'(z), the derivative of the sigmoid\n\nsigma'(z) = e^{-z} / (1 + e^{-z})^2\n\n"
                + "> spatial size (64, 64), kernel (3,5), stride 2, padding 0 -> output spatial size?\n\n=> (31, 30)\n\n"
                + "> trainable parameters: input (32, 19, 19), kernel (7, 7), stride 3, 64 kernels, no bias?\n\n7 * 7 * 32 * 64 = 100,352\n\n"
                + "> how many multiplications are performed in this case above?\n\nmultiplications = 25 * 100,352 = 2,508,800\n";
        var s = split(rubric, mail);
        assertEquals("No, the dependence goes from c to h.", text(s, "T1.1"));
        assertTrue(s.get("T1.2").isEmpty(), "a quoted question with nothing under it is left blank: " + text(s, "T1.2"));
        assertFalse(s.get("T1.2").isDoubtful(), s.get("T1.2").doubt());
        assertEquals("sigma'(z) = e^{-z} / (1 + e^{-z})^2", text(s, "T1.3"));
        assertTrue(s.get("T2.1").isEmpty(), text(s, "T2.1"));
        assertEquals("=> (31, 30)", text(s, "T2.2"));
        assertTrue(text(s, "T2.4.params").endsWith("7 * 7 * 32 * 64 = 100,352"), text(s, "T2.4.params"));
        assertTrue(text(s, "T2.4.mults").endsWith("multiplications = 25 * 100,352 = 2,508,800"), text(s, "T2.4.mults"));
        assertFalse(text(s, "T2.4.params").contains("2,508,800"), text(s, "T2.4.params"));
    }

    @Test
    void aMailBodyPastedWithItsSubjectAndGreetingAndAQuoteWrappedBeforeANumber() {
        String mail = "Subject: Week 8 homework\n\nHi Prof,\n\nmy answers are below each question.\n\n"
                + "> Calculate sigma'(z), the derivative of the sigmoid\n\nsigma(z)(1 - sigma(z))\n\n"
                + "> in a 2-D convolutional layer with input (32, 19, 19), kernel size (7, 7), stride 3,\n"
                + "> 64 kernel channels, no padding, no bias term? How many trainable parameters?\n\nParameters = 100,352\n";
        var s = split(week8Titled(), mail);
        assertEquals("sigma(z)(1 - sigma(z))", text(s, "T1.3"));
        assertTrue(text(s, "T2.4.params").endsWith("Parameters = 100,352"), text(s, "T2.4.params"));
    }

    @Test
    void aForumPostQuotingEachQuestionOfThePaperIsSplitByTheQuestionsTheQuotesName() {
        Rubric rubric = Rubric.of("w8", java.util.regex.Pattern.compile("\\d{7}"), List.of(
                titled("T1.2", List.of("1", "2"), List.of(), examgrader.rubric.AnswerKind.MANUAL, "dh_t/dh_{t-1} in terms of the gate derivatives"),
                titled("T1.3", List.of("1", "3"), List.of("derivative", "sigma"), examgrader.rubric.AnswerKind.FORMULA, "sigma'(z)"),
                titled("T1.4", List.of("1", "4"), List.of(), examgrader.rubric.AnswerKind.MANUAL, "df_t/dh_{t-1}"),
                titled("T2.2", List.of("2", "2"), List.of("output", "size"), examgrader.rubric.AnswerKind.SHAPE,
                        "output size: input (64, 64), kernel (3, 5), stride 2, padding 0")));
        String post = "Week 8 answers thread, student no. 1234567\n\n**Re: Task 1**\n\n"
                + "> Write down the derivative dh_t/dh_{t-1} expressed as a function of di_t/dh_{t-1}, df_t/dh_{t-1}\n\n"
                + "product rule on h_t = o_t tanh(c_t)\n\n> Calculate sigma'(z), the derivative of the sigmoid\n\n"
                + "sigma(z)(1 - sigma(z))\n\n> Write down the derivative df_t/dh_{t-1} expressed as a function of sigma'\n\n"
                + "sigma'(a_t) U^f\n\n> spatial size (64, 64), kernel of size (3,5), stride 2, padding of 0?\n\n(31, 30)\n";
        var s = split(rubric, post);
        assertEquals("product rule on h_t = o_t tanh(c_t)", text(s, "T1.2"));
        assertEquals("sigma(z)(1 - sigma(z))", text(s, "T1.3"));
        assertEquals("sigma'(a_t) U^f", text(s, "T1.4"));
        assertEquals("(31, 30)", text(s, "T2.2"));
        var notes = split(rubric, "1.3 sigma(z)(1 - sigma(z))\n> my own note: check this\n\n2.2 (31, 30)\n> another note\n");
        assertTrue(text(notes, "T1.3").contains("my own note"), "quotes naming no question are the student's own: " + text(notes, "T1.3"));
    }

    @Test
    void questionsCopiedOutBeforeEachAnswerNameTheirQuestionsAndAreNoAnswer() {
        String script = "Student ID: 1006673\n\nQuestion: Calculate σ'(z), the derivative of the sigmoid.\n\nSol: σ(z)(1 − σ(z))\n\n"
                + "Question: You are given a 2-dimensional convolution with spatial size (64, 64), kernel (3, 5), stride 2, padding 0.\n\n"
                + "Sol: (31, 30)\n\nQuestion: How many trainable parameters are in a 2-D convolutional layer with input (32, 19, 19),"
                + " kernel size (7, 7), stride 3, 64 kernel channels, no padding, no bias term?\n\nSol: 100352 trainable parameters\n";
        var s = split(week8Titled(), script);
        assertEquals("Sol: σ(z)(1 − σ(z))", text(s, "T1.3"));
        assertEquals("Sol: (31, 30)", text(s, "T2.2"));
        assertTrue(text(s, "T2.4.params").contains("100352"), text(s, "T2.4.params"));
        assertFalse(text(s, "T2.2").contains("64, 64"), "the copied question is no answer");
        String unnamed = script.replace("Question: You are given a 2-dimensional convolution with spatial size (64, 64), kernel (3, 5),"
                + " stride 2, padding 0.", "Question: What about the second one?");
        var doubtful = split(week8Titled(), unnamed);
        assertFalse(text(doubtful, "T1.3").contains("(31, 30)"), "an answer under a question naming none is not the question's above");
        assertTrue(doubtful.get("T2.2").isEmpty() && doubtful.get("T2.2").isDoubtful(), doubtful.get("T2.2").doubt());
    }

    @Test
    void questionAndAnswerPairsMarkedQAndA() {
        String script = "Student ID: 1006673\n\n**Q:** Calculate σ'(z), the derivative of the sigmoid.\n\n**A:** σ(z)(1 − σ(z))\n\n"
                + "**Q:** You are given a 2-dimensional convolution with spatial size (64, 64), kernel (3, 5), stride 2, padding 0.\n\n"
                + "**A:** (31, 30)\n";
        var s = split(week8Titled(), script);
        assertEquals("**A:** (31, 30)", text(s, "T2.2"));
        assertFalse(text(s, "T2.2").contains("64, 64"), "the copied question is no answer");
    }

    /** Some week-8 questions, each with the title the question paper gives it. */
    static Rubric week8Titled() {
        return Rubric.of("w8", java.util.regex.Pattern.compile("\\d{7}"), List.of(
                titled("T1.1", List.of("1", "1"), List.of(), examgrader.rubric.AnswerKind.MANUAL, "is c_{t-1} a function of h_{t-1}?"),
                titled("T1.3", List.of("1", "3"), List.of("derivative", "sigma"), examgrader.rubric.AnswerKind.FORMULA, "sigma'(z)"),
                titled("T2.1", List.of("2", "1"), List.of("output", "size"), examgrader.rubric.AnswerKind.SHAPE,
                        "output size: input (78, 84), kernel (5, 5), stride 3, padding 2"),
                titled("T2.2", List.of("2", "2"), List.of("output", "size"), examgrader.rubric.AnswerKind.SHAPE,
                        "output size: input (64, 64), kernel (3, 5), stride 2, padding 0"),
                titled("T2.4.params", List.of("2", "4"), List.of("parameters", "trainable"), examgrader.rubric.AnswerKind.INTEGER,
                        "trainable parameters: input (32, 19, 19), kernel (7, 7), 64 kernels, no bias"),
                titled("T2.4.mults", List.of("2", "4"), List.of("multiplication", "multiplications"), examgrader.rubric.AnswerKind.INTEGER,
                        "multiplications for that layer")));
    }

    @Test
    void aTabColumnRestatingEachQuestionBesideItsAnswerNamesTheQuestionByItsDataAndWords() {
        String sheet = "A Student\tstudent no. 1234567\nTASK 1\nis c_{t-1} a function of h_{t-1}?\tNo, h comes after c.\n"
                + "sigma'(z)\tsigma(z)(1 - sigma(z))\nTASK 2\nin (78, 84), k (5,5), s 3, p 2 → out size?\t(26, 28)\n"
                + "in (64, 64), k (3,5), s 2, p 0 → out size?\t(31, 30)\n"
                + "(32,19,19), k 7×7, 64 kernels: trainable params\t100352\nsame layer: multiplications\t2508800\n";
        var s = split(week8Titled(), sheet);
        assertEquals("No, h comes after c.", text(s, "T1.1"));
        assertEquals("sigma(z)(1 - sigma(z))", text(s, "T1.3"));
        assertEquals("(26, 28)", text(s, "T2.1"), "the row giving 2.1's data, not 2.2's, which shares its words");
        assertTrue(text(s, "T2.2").startsWith("(31, 30)"), text(s, "T2.2"));
        assertTrue(text(s, "T2.4.params").endsWith("trainable params: 100352"), text(s, "T2.4.params"));
        assertEquals("same layer: multiplications: 2508800", text(s, "T2.4.mults"));
    }

    @Test
    void aTabColumnWithARowThatNamesNoQuestionIsLeftUnplaced() {
        String sheet = "TASK 1\nis c_{t-1} a function of h_{t-1}?\tNo, h comes after c.\nthe derivative thing\tsigma(z)(1 - sigma(z))\n"
                + "TASK 2\nin (78, 84), k (5,5), s 3, p 2 → out size?\t(26, 28)\nin (64, 64), k (3,5), s 2, p 0 → out size?\t(31, 30)\n";
        var s = split(week8Titled(), sheet);
        assertTrue(s.get("T1.1").isEmpty(), "an unnamed row would be read as the answer above it: " + text(s, "T1.1"));
        assertTrue(s.get("T1.3").isDoubtful(), "T1.3's answer may be in the unplaced rows");
        assertTrue(s.get("T2.1").isEmpty(), text(s, "T2.1"));
    }

    @Test
    void theLabelTitlingAnObsidianCalloutIsRead() {
        var s = split(ExamRubrics.ct3(), "## Q2\n\n> [!note] (a)\n> e_kj = s_{k-1} . h_j\n\n> [!note]- (b)\n> Additional parameters: **0**");
        assertEquals("Additional parameters: **0**", text(s, "2b").replaceFirst("^>\\s*", ""));
    }

    @Test
    void partsListedAfterAnAnswersWordAreLabelled() {
        var s = split(ExamRubrics.ct3(), "## Question 3\n\n**Answers:** (a) $W_f$ is $3 \\times 5$. (b) $b_f$ is $3 \\times 1$. (c) **72**");
        assertEquals("$W_f$ is $3 \\times 5$.", text(s, "3a"));
        assertEquals("$b_f$ is $3 \\times 1$.", text(s, "3b"));
        assertEquals("**72**", text(s, "3c"));
    }

    @Test
    void theBoldClosingALabelIsNoPartOfItsAnswer() {
        var s = split(ExamRubrics.ct3(), "**Q1a(vi)** 7\n**Q3b.** **3 x 1**\n# **Answer 2 (b):** 0");
        assertEquals("7", text(s, "1a.vi"));
        assertEquals("**3 x 1**", text(s, "3b"));
        assertEquals("0", text(s, "2b"));
    }

    @Test
    void circledNumbersAsTopLevelLabels() {
        var s = split(ExamRubrics.ct3(), "① (a) i) 4\n② (b) 0\n\\textcircled{3} (c) total = 72");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("0", text(s, "2b"));
        assertEquals("total = 72", text(s, "3c"));
    }

    @Test
    void parenthesisedNumberWithRomanPartIsMatchedByPositionWithDoubt() {
        var s = split(ExamRubrics.ct3(), "(2) (ii) 0");
        assertEquals("0", text(s, "2b"));
        assertTrue(s.get("2b").isDoubtful());
    }

    @Test
    void sharedLabelIsSplitByCueWords() {
        var s = split(ExamRubrics.ct3(), "5. Depthwise output: 199 x 199 x 3\nPointwise output: 199 x 199 x 10\n"
                + "Total multiplications = 3,088,878");
        assertEquals("Depthwise output: 199 x 199 x 3", text(s, "5.dw_shape"));
        assertEquals("Pointwise output: 199 x 199 x 10", text(s, "5.pw_shape"));
        assertEquals("Total multiplications = 3,088,878", text(s, "5.total"));
        assertFalse(s.get("5.total").isDoubtful());
    }

    @Test
    void aBlankQuestionsLabelAndCueStartingALineOfAnotherAnswerGiveItThatLineForReview() {
        var s = split(ExamRubrics.ct3(), "Scratch\nQ5: depthwise 4*4*199*199*3 = 1,900,848\n"
                + "pointwise 199*199*3*10 = 1,188,030\nadding up: 3,088,878\n\nSummary\n3(b) | 3x1\n3(c) | 72\n"
                + "5 total multiplications | 3,088,878\n5 depthwise | 199x199x3");
        assertTrue(text(s, "5.total").contains("3,088,878"), text(s, "5.total"));
        assertFalse(text(s, "5.total").contains("depthwise"), text(s, "5.total"));
        assertFalse(s.get("3c").isDoubtful());
        var noTable = split(ExamRubrics.ct3(), "Scratch\nQ5: depthwise 4*4*199*199*3 = 1,900,848\n"
                + "pointwise 199*199*3*10 = 1,188,030\nadding up: 3,088,878\n\nSummary\n3(b) 3x1\n3(c) 72\n"
                + "5 total multiplications = 3,088,878\n5 depthwise = 199x199x3");
        assertTrue(text(noTable, "5.total").contains("3,088,878"), text(noTable, "5.total"));
        assertFalse(text(noTable, "5.total").contains("depthwise"), text(noTable, "5.total"));
        assertTrue(noTable.get("5.total").isDoubtful(), "read from a line of 3(c)'s answer: " + noTable.get("5.total").doubt());
    }

    @Test
    void aLabelUsedInRoughWorkAndWrittenAgainBareOverTheAnswerSendsTheQuestionToReview() {
        var s = split(ExamRubrics.ct3(), "## Rough work\nQ5: depthwise mults 199*199*3*16 = 1,900,848\n"
                + "Sum = 3,088,878\n\n## Answers\n3.c  72\n\n4.a  see above\n\n5  total = 3,088,878 multiplications\n");
        assertTrue(text(s, "5.total").contains("total = 3,088,878 multiplications"), text(s, "5.total"));
        assertTrue(s.get("5.total").isDoubtful(), "graded on rough work or on a line read under 4.a: a person decides");
        assertFalse(s.get("3c").isDoubtful());
        var once = split(ExamRubrics.ct3(), "3.c  72\n\n4.a  see above\n\n5  total = 3,088,878 multiplications\n");
        assertFalse(once.get("5.total").isDoubtful(), "a bare 5 seen once is the label: " + once.get("5.total").doubt());
    }

    @Test
    void itemsNumberedInPlainNumbersUnderAPartLetterAreTheRubricsRomanItems() {
        var s = split(ExamRubrics.ct3(), "1.a.1  4\n1.a.2  8\n1.a.3  5\n3.c  72");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("8", text(s, "1a.ii"));
        assertEquals("5", text(s, "1a.iii"));
        assertEquals("72", text(s, "3c"));
        var once = split(ExamRubrics.ct3(), "1. (a) i) 4\n2.a.1 see the attention figure");
        assertEquals("4", text(once, "1a.i"), "one such line is no numbering style: " + text(once, "1a.i"));
    }

    @Test
    void linesAfterACueHeadingFollowIt() {
        var s = split(ExamRubrics.ct3(), "5. Point-wise convolution\nOutput = 199 x 199 x 10\nDepth-wise step\n"
                + "Output = 199 x 199 x 3");
        assertTrue(text(s, "5.pw_shape").contains("199 x 199 x 10"));
        assertFalse(text(s, "5.pw_shape").contains("199 x 199 x 3\n"));
        assertTrue(text(s, "5.dw_shape").endsWith("199 x 199 x 3"));
    }

    @Test
    void aLineOfWorkingEndingInAColonLeadsInToTheCuedLineAfterIt() {
        var s = split(ExamRubrics.week8(), "2.4\nparams = 7 x 7 x 32 x 64 = 100352\n"
                + "Output side 5, so 64 x 5 x 5 = 1600 outputs, each a dot product of length 7 x 7 x 32 = 1568:\n"
                + "multiplications = 1600 x 1568 = 2508800\n");
        assertEquals("params = 7 x 7 x 32 x 64 = 100352", text(s, "T2.4.params"));
        assertTrue(text(s, "T2.4.mults").startsWith("Output side 5"), text(s, "T2.4.mults"));
    }

    @Test
    void aLineGoingOnAfterACommaWithSoStaysWithTheQuestionAboveThoughItNamesAnother() {
        var s = split(ExamRubrics.week8(), "2.4\n- multiplications: 1,600 × 1,568 = 2,508,800\n"
                + "- additions: each output needs one addition fewer than products,\nso multiplications − outputs = 2,508,800 − 1,600 =\n2,507,200");
        assertEquals("- multiplications: 1,600 × 1,568 = 2,508,800", text(s, "T2.4.mults"));
        assertTrue(text(s, "T2.4.adds").endsWith("2,507,200"), text(s, "T2.4.adds"));
        var anew = split(ExamRubrics.week8(), "2.4\nadditions: 2,507,200,\nmultiplications = 2,508,800");
        assertEquals("multiplications = 2,508,800", text(anew, "T2.4.mults"));
    }

    @Test
    void anAndAfterAValueOpeningANamedStatementStartsAnotherQuestionsClause() {
        var s = split(ExamRubrics.week8(), "2.4 multiplications = 5 x 5 x 64 x 1568 = 2,508,800 and additions = 5 x 5 x 64 x 1567 = 2,507,200");
        assertEquals("multiplications = 5 x 5 x 64 x 1568 = 2,508,800", text(s, "T2.4.mults"));
        assertEquals("and additions = 5 x 5 x 64 x 1567 = 2,507,200", text(s, "T2.4.adds"));
        var inWorking = split(ExamRubrics.week8(), "2.4 multiplications = 1600 x 1568 and 1600 more = 2,508,800");
        assertTrue(text(inWorking, "T2.4.mults").endsWith("= 2,508,800"), text(inWorking, "T2.4.mults"));
    }

    @Test
    void sharedLabelWithoutCuesIsDoubtful() {
        var s = split(ExamRubrics.week8(), "Task 2\n4. 100352\n2508800\n2507200");
        assertTrue(s.get("T2.4.params").isDoubtful());
        assertTrue(s.get("T2.4.adds").isDoubtful());
    }

    @Test
    void circledSubItemsInsideAnItemAndARepeatedBlockReadAsTheNextItem() {
        var s = split(ExamRubrics.week8(), "## Task 2.\n4.\n① params: 7 x 7 x 32 x 64 = 100352\n"
                + "② multiplications = 2508800\nadditions = 2507200\n"
                + "③ 512 x 128 = 65536\nmultiplications = 47775744\nadditions = 47682432");
        assertTrue(text(s, "T2.4.params").contains("100352"));
        assertEquals("multiplications = 2508800", text(s, "T2.4.mults"));
        assertEquals("additions = 2507200", text(s, "T2.4.adds"));
        assertEquals("512 x 128 = 65536", text(s, "T2.5.params"));
        assertTrue(s.get("T2.5.params").isDoubtful());
        assertFalse(s.get("T2.4.mults").isDoubtful());
    }

    @Test
    void labelWrittenTwiceIsASecondOccurrence() {
        var s = split(ExamRubrics.ct3(), "2. (b) 0\n3. (a) 3 x 5\n2. (b) 1");
        List<Fragment> fragments = s.get("2b").fragments();
        assertEquals(2, fragments.size());
        assertEquals(0, fragments.get(0).occurrence());
        assertEquals(1, fragments.get(1).occurrence());
    }

    @Test
    void aLaterAnswerMarkedAsACorrectionReplacesTheEarlierOne() {
        var before = split(ExamRubrics.week8(), "T2-Q3: 53\nT2-Q5: 65536\n\nCorrection to T2-Q3: 52, 53, 54");
        assertEquals("52, 53, 54", text(before, "T2.3"));
        assertEquals("65536", text(before, "T2.5.params"), "the correction's line is no part of the answer above it");
        var after = split(ExamRubrics.ct3(), "3. (a) 3 x 2\n(b) 3 x 1\n3. (a) (corrected): 3 x 5");
        assertEquals("(corrected): 3 x 5", text(after, "3a"));
        assertEquals("3 x 1", text(after, "3b"));
        var update = split(ExamRubrics.ct3(), "3. (a) 3 x 5\n(c) total = 4 * 15 = 60\n1. (a) i) 4\n\n"
                + "Update on 3(c): I forgot the biases, so total = 4 * (15 + 3) = 72");
        assertEquals("I forgot the biases, so total = 4 * (15 + 3) = 72", text(update, "3c"));
        assertEquals("4", text(update, "1a.i"));
    }

    @Test
    void chatMessagesKeyedByTaskAndItemAfterTheirTimeStampAndSender() {
        var s = split(ExamRubrics.week8(), "**[Sun 21:03] Ana Costa:** hi, answers below\n"
                + "**[Sun 21:45] Ana Costa:** t2q1: 26×28\n"
                + "**[Sun 21:46] Ana Costa:** t2q2: (30, 31)\n"
                + "**[Sun 21:50] Ana Costa:** t2q4: params 7·7·32·64 = 100,352\n"
                + "**[Sun 21:50] Ana Costa:** mults: 5·5·64·1568 = 2,508,800\n"
                + "**[Sun 21:53] Ana Costa:** t2q5: 512 × 128 = 65,536\n"
                + "**[Sun 22:10] Ana Costa:** edit: t2q2 I swapped them, it's (31, 30)");
        assertEquals("26×28", text(s, "T2.1"));
        assertEquals("mults: 5·5·64·1568 = 2,508,800", text(s, "T2.4.mults"), "a message without a key goes on with the one above; its time is no answer");
        assertEquals("512 × 128 = 65,536", text(s, "T2.5.params"));
        assertEquals("I swapped them, it's (31, 30)", text(s, "T2.2"), "an edit names the item it corrects and replaces its answer");
    }

    @Test
    void forumPostInBbCodeNumbersItemsByTheirPlaceInANumberedList() {
        var s = split(ExamRubrics.week8(), "[b]Task 2[/b]\n[list=1]\n[*] output size (26, 28)\n"
                + "[color=gray]⌊(78 + 4 − 5)/3⌋ + 1 = 26[/color]\n[*] (31, 30)\n[*] 52\n"
                + "[*] [list]\n[*] parameters: 100352\n[*] multiplications: 2508800\n[/list]\n"
                + "[*] parameters: 65536\n[/list]");
        assertEquals("output size (26, 28)\n⌊(78 + 4 − 5)/3⌋ + 1 = 26", text(s, "T2.1"), "tags are no part of the answer");
        assertTrue(text(s, "T2.2").startsWith("(31, 30)"), text(s, "T2.2"));
        assertEquals("52", text(s, "T2.3"));
        assertEquals("parameters: 100352", text(s, "T2.4.params"), "a bulleted list inside an item is that item's");
        assertEquals("multiplications: 2508800", text(s, "T2.4.mults"));
        assertEquals("parameters: 65536", text(s, "T2.5.params"), "the item after the nested list is the fifth");
    }

    @Test
    void yamlSubmissionNestsPartsAndItemsAsIndentedKeys() {
        var s = split(ExamRubrics.ct3(), "name: A Student\nq1:\n  a:\n    i: 4        # f_t\n    ii: 5\n"
                + "  b:\n    # C_t = f_t * C_{t-1} + i_t * C~_t\n    i: [0.7, 0.2, 0.05]\nq2:\n  a: |\n    e_kj = s . h_j\n  b:\n"
                + "q3:\n  a: 3 x 5      # W_f acts on 3 + 2 = 5 entries\n  c: 72\n");
        assertEquals("4", text(s, "1a.i"), "a comment is no part of the answer");
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("[0.7, 0.2, 0.05]", text(s, "1b.i"));
        assertEquals("e_kj = s . h_j", text(s, "2a"), "a block's lines are the key's answer, its | no part of it");
        assertTrue(s.get("2b").isEmpty(), "an empty key is an unanswered part");
        assertEquals("3 x 5", text(s, "3a"));
        assertEquals("72", text(s, "3c"));
    }

    @Test
    void taskAndQuestionWordsInOtherLanguages() {
        var spanish = split(ExamRubrics.week8(), "TAREA 1\n\nPunto 3\nRespuesta: σ(z)(1 − σ(z))\n\nTAREA 2\n\nPunto 1\n"
                + "Respuesta: 26 x 28\n\nPunto 2\nRespuesta: 31 x 30");
        assertEquals("Respuesta: σ(z)(1 − σ(z))", text(spanish, "T1.3"));
        assertEquals("Respuesta: 26 x 28", text(spanish, "T2.1"));
        assertEquals("Respuesta: 31 x 30", text(spanish, "T2.2"));
        var german = split(ExamRubrics.week8(), "## Aufgabe 2\n\nFrage 3: 52\n");
        assertEquals("52", text(german, "T2.3"));
    }

    @Test
    void aQuantityNamedInOtherWordsUnderASharedLabelIsDoubtedNotFoundBlank() {
        var s = split(ExamRubrics.week8(), "T2.4\nparámetros: 100 352\nmultiplicaciones: 2 508 800\nsumas: 2 507 200");
        assertTrue(s.get("T2.4.adds").doubt().contains("sumas"), s.get("T2.4.adds").doubt());
    }

    @Test
    void answersInABlockHeadedAsTheFinalAnswersReplaceTheWorking() {
        var s = split(ExamRubrics.ct3(), "5. Total = 1,900,848 + 1,188,030 = 3,098,878\n3. (c) 72\n\n== Final answers\n\n"
                + "(summary; it is my final answer)\n* 5: total = 3,088,878\n");
        assertEquals("total = 3,088,878", text(s, "5.total"));
        assertEquals(1, s.get("5.total").fragments().size());
        var summaryFirst = split(ExamRubrics.ct3(), "Final answers\nQ5 total = 3,088,878\nQ3 (c) 72\nQ5 total = 3,098,878\n");
        assertEquals(2, summaryFirst.get("5.total").fragments().size(), "working after the block is not replaced by it");
        var oneAnswer = split(ExamRubrics.ct3(), "Q5 total = 3,098,878\nQ3 (c) 72\nFinal answer: 72\nQ5 total = 3,088,878\n");
        assertEquals(2, oneAnswer.get("5.total").fragments().size(), "one question's final answer heads no block");
    }

    @Test
    void orgModeHeadingsWithAPartWordBeforeADoubleDash() {
        var s = split(examgrader.rubric.RubricLoader.load(java.nio.file.Path.of("rubrics/cs60010-ct3-2021.yaml")),
                "* Question 1\n** (b)\n*** part i -- cell state\nResult: C_t = (0.7, 0.2, 0.05)\n\n"
                + "*** part ii -- hidden state\nResult: h_t = (0.604, 0, 0)\n* Question 3\n** (a) W_f is 3 x 5\n"
                + "the real part x - y is not a label\n");
        assertTrue(text(s, "1b.i").endsWith("Result: C_t = (0.7, 0.2, 0.05)"), text(s, "1b.i"));
        assertTrue(text(s, "1b.ii").endsWith("Result: h_t = (0.604, 0, 0)"), text(s, "1b.ii"));
        assertTrue(text(s, "3a").contains("the real part x - y is not a label"), text(s, "3a"));
    }

    @Test
    void taskAndItemJoinedByABreadcrumb() {
        var s = split(ExamRubrics.week8(), "T2 > 1\ngiven: input 78 x 84\n=> 26 × 28\n\nT2 > 3\n=> n ∈ {52, 53}\n\n"
                + "T1 > 3\nsigma'(z) = sigma(z) - sigma(z)^2\n\nT1 > 4\n");
        assertTrue(text(s, "T2.1").endsWith("=> 26 × 28"), text(s, "T2.1"));
        assertEquals("=> n ∈ {52, 53}", text(s, "T2.3"));
        assertEquals("sigma'(z) = sigma(z) - sigma(z)^2", text(s, "T1.3"));
        assertTrue(s.get("T1.4").isEmpty());
        var working = split(ExamRubrics.ct3(), "Q1 (b) (ii) h_t = (0.6044, 0, 0)\nQ2 > 0 so the norm is positive");
        assertTrue(s.get("T2.2").isEmpty());
        assertTrue(working.get("2a").isEmpty(), "a comparison after a question's heading is no item");
    }

    @Test
    void slashedPathsWithASubAnswerLetterAndAListOfFinalAnswers() {
        var s = split(ExamRubrics.week8(), "1/1\nNo.\n\n1/3\nsigma(1 - sigma)\n\n2/3\nn = 52\n\n2/4/a\nparameters = 100352\n\n"
                + "2/4/b\nmultiplications = 2508800\nadditions = 2507200\n\n2/5\n65536\n\nFinal answers (this block is final)\n\n"
                + "- 2/3: n ∈ {52, 53, 54}\n");
        assertEquals("parameters = 100352", text(s, "T2.4.params"));
        assertEquals("multiplications = 2508800", text(s, "T2.4.mults"));
        assertEquals("additions = 2507200", text(s, "T2.4.adds"));
        assertTrue(text(s, "T2.5.params").startsWith("65536"), text(s, "T2.5.params"));
        assertEquals("n ∈ {52, 53, 54}", text(s, "T2.3"));
    }

    @Test
    void aLaterAnswerNotMarkedAsACorrectionIsKeptBesideTheEarlierOne() {
        var again = split(ExamRubrics.ct3(), "3. (a) 3 x 2\n(b) 3 x 1\n3. (a) 3 x 5");
        assertEquals(2, again.get("3a").fragments().size());
        var inAnswer = split(ExamRubrics.ct3(), "3. (a) 3 x 2\n(b) 3 x 1\n3. (a) bias-corrected, it is 3 x 5");
        assertEquals(2, inAnswer.get("3a").fragments().size(), "a word 'corrected' inside an answer marks nothing");
        var first = split(ExamRubrics.ct3(), "3. (a) (corrected) 3 x 5\n(b) 3 x 1");
        assertEquals("(corrected) 3 x 5", text(first, "3a"));
    }

    @Test
    void labelAsWrittenIsKept() {
        var s = split(ExamRubrics.ct3(), "Q1 (b)(i) {0.7, 0.2, 0.05}");
        assertEquals("Q1 (b) (i)", s.get("1b.i").label());
    }

    @Test
    void headerLinesBelongToNoQuestion() {
        var s = split(ExamRubrics.ct3(), "Class Test 3\n18CS10042\n2. (b) 0");
        assertEquals("0", text(s, "2b"));
        s.values().forEach(seg -> assertFalse(seg.text().contains("18CS10042")));
    }

    @Test
    void numbersThatAreValuesAreNotLabels() {
        var s = split(ExamRubrics.ct3(), "3. (c) total parameters\n36.\n= 72");
        assertTrue(text(s, "3c").contains("36."));
        assertTrue(text(s, "3c").contains("= 72"));
    }

    @Test
    void fragmentKeepsTheWordsItWasReadFrom() {
        var script = TestScripts.ocrLike(Map.of("3,088,878", 62.0), "5. total = 3,088,878");
        Segment total = new Segmenter().split(script, ExamRubrics.ct3()).stream()
                .filter(x -> x.questionId().equals("5.total")).findFirst().orElseThrow();
        assertEquals(62.0, total.fragments().get(0).minConfidence());
        assertFalse(total.fragments().get(0).words().stream().anyMatch(w -> w.text().equals("5.")));
    }

    @Test
    void compactLabels() {
        var s = split(ExamRubrics.ct3(), "1a) i) 4\n1b.ii (0.6044, 0, 0)\n3c. total = 72\nQ3a 3 x 5\n2 (b) 0");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("(0.6044, 0, 0)", text(s, "1b.ii"));
        assertEquals("total = 72", text(s, "3c"));
        assertEquals("3 x 5", text(s, "3a"));
        assertEquals("0", text(s, "2b"));
    }

    @Test
    void wordyAndDottedLetterLabels() {
        var s = split(ExamRubrics.ct3(), "Question 1(b)(ii): 0.6044\n**Q.3** Part (b) 3 x 1\nTask-2 b. 0\n1. a. iv. 3");
        assertEquals("0.6044", text(s, "1b.ii"));
        assertEquals("3 x 1", text(s, "3b"));
        assertEquals("0", text(s, "2b"));
        assertEquals("3", text(s, "1a.iv"));
    }

    @Test
    void romanWithoutItsLetterUsesTheOnlyPlaceItFits() {
        var s = split(ExamRubrics.ct3(), "1.\niii) 8");
        assertEquals("8", text(s, "1a.iii"));
    }

    @Test
    void questionWithoutItsCueGetsTheOneSubItemWhereNoCueAppearsByElimination() {
        var s = split(ExamRubrics.week8(), "## Task 2.\n4.\n① 7 x 7 x 32 x 64 = 100352\n"
                + "② h = w = 5\nmultiplications = 2508800\nadditions = 2507200");
        assertEquals("7 x 7 x 32 x 64 = 100352", text(s, "T2.4.params"));
        assertFalse(s.get("T2.4.params").isDoubtful(), "typed, and the other two were found by their cues");
        assertFalse(text(s, "T2.4.params").contains("h = w = 5"));
    }

    @Test
    void labelWithoutItsParentsIsAmbiguousUnlessCuesSettleIt() {
        var s = split(ExamRubrics.ct3(), "(i) 4");
        assertEquals("4", text(s, "1a.i"));
        assertTrue(s.get("1a.i").isDoubtful());
        assertTrue(s.get("1b.i").isDoubtful());
        var t = split(ExamRubrics.ct3(), "(a) W_f: 3 x 5\n(c) total parameters 72");
        assertEquals("W_f: 3 x 5", text(t, "3a"));
        assertFalse(t.get("3a").isDoubtful());
        assertEquals("total parameters 72", text(t, "3c"));
        assertTrue(text(t, "2a").isEmpty());
    }

    @Test
    void answerLinesAreNotMistakenForLabels() {
        var s = split(ExamRubrics.ct3(), "3. (c) 4 x 18\nAns: 72\nAns. 72");
        assertTrue(text(s, "3c").contains("Ans: 72"));
        assertTrue(text(s, "3c").contains("Ans. 72"));
    }

    @Test
    void aNumberEndingTheLineAfterAnAnswerWordAndADotIsTheAnswerEvenWhenItIsTheNextQuestion() {
        var s = split(ExamRubrics.ct3(), "3. (c) 4 x 18\nAns. 4\nAns 5.\ntotal = 3,088,878");
        assertTrue(text(s, "3c").endsWith("Ans. 4"), "the number after 'Ans.' is 3(c)'s answer, not question 4");
        assertEquals("total = 3,088,878", text(s, "5.total"));
    }

    @Test
    void labelsGluedToTheAnswerByOcr() {
        var s = split(ExamRubrics.ct3(), "3.(a)Wfis3x5");
        assertEquals("Wfis3x5", text(s, "3a"));
    }

    @Test
    void onAnOcrPageAPartTheRubricLacksIsDoubtful() {
        String text = "Q5 W_f is 3 x 5\n(c) total params = 72";
        var ocr = new Segmenter().split(TestScripts.ocrLike(Map.of("Q5", 70.0), text), ExamRubrics.ct3());
        Segment total = ocr.stream().filter(x -> x.questionId().equals("5.total")).findFirst().orElseThrow();
        assertTrue(total.isDoubtful());
        assertTrue(total.doubt().contains("5.c"), total.doubt());
        var typed = split(ExamRubrics.ct3(), "5. (a) depthwise 199 x 199 x 3\n(c) total = 3,088,878");
        assertFalse(typed.get("5.total").isDoubtful(), "a typed sub-division is the student's own");
    }

    @Test
    void romanNumeralsUnderAPartHeadingAreItemNumbers() {
        var s = split(ExamRubrics.week8(), "Part 1 (i)\nNo, it is not.\n\nPart 1 (v)\nh = U(d) / |U(d)|\n\n"
                + "Part 2 (i)\ninput 78 x 84 -> 26 x 28\n\nPart 2 (iv)\nparams: 7 x 7 x 32 x 64 = 100,352");
        assertEquals("No, it is not.", text(s, "T1.1"));
        assertEquals("h = U(d) / |U(d)|", text(s, "T1.5"));
        assertEquals("input 78 x 84 -> 26 x 28", text(s, "T2.1"));
        assertEquals("params: 7 x 7 x 32 x 64 = 100,352", text(s, "T2.4.params"));
        assertFalse(s.get("T2.4.params").isDoubtful(), s.get("T2.4.params").doubt());
    }

    @Test
    void subLabelsOnLinesOfTheirOwnUnderATaskAreSiblings() {
        var roman = split(ExamRubrics.week8(), "Task 2\n(i) 26 x 28\n(ii) 31 x 30\n(iii) 52, 53, 54");
        assertEquals("26 x 28", text(roman, "T2.1"));
        assertEquals("31 x 30", text(roman, "T2.2"));
        assertEquals("52, 53, 54", text(roman, "T2.3"));
        var letters = split(ExamRubrics.week8(), "Task 1\n(a) yes\n(b) dh_t/dh_{t-1} = 0");
        assertEquals("dh_t/dh_{t-1} = 0", text(letters, "T1.2"));
        assertFalse(letters.get("T1.2").isDoubtful(), "a letter under a task whose items are numbered counts as a roman numeral does");
    }

    @Test
    void aQuestionNumberBeforeABracketedPartAndAloneOnItsLineAfterAnAnswer() {
        var s = split(ExamRubrics.ct3(), "1 a) i)\n4\n\n1 b) i)\nC_t = (0.7, 0.2, 0.05)\n\n4 b)\nit does not decay\n\n5\n"
                + "199 x 199 x 3 after depthwise\n199 x 199 x 10 after pointwise");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("C_t = (0.7, 0.2, 0.05)", text(s, "1b.i"));
        assertEquals("it does not decay", text(s, "4b"));
        assertEquals("199 x 199 x 3 after depthwise", text(s, "5.dw_shape"));
        assertEquals("199 x 199 x 10 after pointwise", text(s, "5.pw_shape"));
    }

    @Test
    void aNumberAloneRightUnderALabelIsItsAnswer() {
        var s = split(ExamRubrics.ct3(), "2 b)\n3\n\n3 a)\n3 x 5");
        assertEquals("3", text(s, "2b"));
        assertEquals("3 x 5", text(s, "3a"));
    }

    @Test
    void markdownHeadingsTitledByANumberAreQuestionNumbers() {
        var s = split(ExamRubrics.ct3(), "# CS60010 CT 3\n## 3\n(a) W_f is 3 x 5\n\n## 5\nDepthwise output: (199, 199, 3)\n"
                + "Pointwise output: (199, 199, 10)\n\n### 2.\n(b) $0$\n**Q4.**\n(b) f = 1 keeps the gradient");
        assertEquals("W_f is 3 x 5", text(s, "3a"));
        assertEquals("Depthwise output: (199, 199, 3)", text(s, "5.dw_shape"));
        assertEquals("Pointwise output: (199, 199, 10)", text(s, "5.pw_shape"));
        assertEquals("$0$", text(s, "2b"));
        assertFalse(s.get("2b").isDoubtful(), s.get("2b").doubt());
        assertEquals("f = 1 keeps the gradient", text(s, "4b"));
        var w8 = split(ExamRubrics.week8(), "## Task 2\n### 1\n26 x 28\n### 3\n52, 53, 54");
        assertEquals("26 x 28", text(w8, "T2.1"));
        assertEquals("52, 53, 54", text(w8, "T2.3"));
    }

    @Test
    void aLineAnsweringTwoQuestionsOfASharedLabelIsCutWhereTheLaterCueStartsAClause() {
        var s = split(ExamRubrics.ct3(), "5. total multiplications = 3,088,878\n"
                + "output after depthwise: 199x199x3, after pointwise: 199x199x10");
        assertEquals("output after depthwise: 199x199x3", text(s, "5.dw_shape"));
        assertEquals("after pointwise: 199x199x10", text(s, "5.pw_shape"));
        var t = split(ExamRubrics.ct3(), "5. depthwise: output 199x199x3, mults 199*199*3*16 = 1,900,848");
        assertEquals("depthwise: output 199x199x3", text(t, "5.dw_shape"));
        assertEquals("mults 199*199*3*16 = 1,900,848", text(t, "5.total"));
        var passing = split(ExamRubrics.week8(), "Task 2\n4. additions: one fewer than the multiplications, 2,508,800 - 1 = 2,508,799");
        assertEquals("additions: one fewer than the multiplications, 2,508,800 - 1 = 2,508,799", text(passing, "T2.4.adds"));
        assertTrue(passing.get("T2.4.mults").isEmpty(), "a cue named in passing starts no answer");
    }

    @Test
    void theFirstClauseOfALineAWrapCutFollowsTheSentenceItEnds() {
        var s = split(ExamRubrics.ct3(), "5. the second step is cheaper. Pointwise conv has 6 filters and gives\n"
                + "48x48x6, with 48*48*4*6 = 55,296 multiplications. Hence the total");
        assertTrue(text(s, "5.pw_shape").endsWith("48x48x6,"), text(s, "5.pw_shape"));
        assertTrue(text(s, "5.total").startsWith("with 48*48*4*6"), text(s, "5.total"));
        var ended = split(ExamRubrics.ct3(), "5. Pointwise conv has 6 filters.\n48x48x6, with 48*48*4*6 = 55,296 multiplications.");
        assertTrue(text(ended, "5.total").startsWith("48x48x6"), "a sentence that ended is not wrapped: " + text(ended, "5.total"));
    }

    @Test
    void theWordsEndingASentenceWrappedAfterANumberCloseThatSentence() {
        var s = split(ExamRubrics.week8(), "2.4 that is 1600 output values. Each one is a dot product of 1568 numbers: 1568 multiplications and 1567\n"
                + "additions. In total 1600 · 1568 = 2,508,800 multiplications and 1600 · 1567 = 2,507,200 additions.");
        assertTrue(text(s, "T2.4.mults").contains("= 2,508,800 multiplications"), text(s, "T2.4.mults"));
        assertTrue(text(s, "T2.4.adds").contains("= 2,507,200 additions"), text(s, "T2.4.adds"));
    }

    @Test
    void dottedNumbersStandForLettersAndNumeralsByPositionAndAKeySaysSo() {
        String answers = "### 1.1.1\n4\n### 1.1.5\n1\n### 1.2.1\n[0.7, 0.2, 0.05]\n### 3.3\n72\n";
        var guessed = split(ExamRubrics.ct3(), answers);
        assertEquals("4", text(guessed, "1a.i"));
        assertEquals("1", text(guessed, "1a.v"));
        assertEquals("[0.7, 0.2, 0.05]", text(guessed, "1b.i"));
        assertTrue(guessed.get("1a.i").isDoubtful(), "matched by position only");
        var keyed = split(ExamRubrics.ct3(), "I numbered parts as Q.part.sub, i.e. 1.1.1 = Q1(a)(i), 1.2.2 = Q1(b)(ii), 3.3 = Q3(c)\n\n" + answers);
        assertEquals("4", text(keyed, "1a.i"));
        assertFalse(keyed.get("1a.i").isDoubtful(), keyed.get("1a.i").doubt());
        assertFalse(keyed.get("3c").isDoubtful(), keyed.get("3c").doubt());
        var wrongKey = split(ExamRubrics.ct3(), "my numbering: 1.1.1 = Q1(b)(i)\n\n" + answers);
        assertTrue(wrongKey.get("1a.i").isDoubtful(), "a key that does not follow the positions confirms nothing");
    }

    @Test
    void theKeysOfABlockOfAnswersAreLabels() {
        var json = split(ExamRubrics.ct3(), "working: W_f is 3 x 5, so 72\n```json\n{\n  \"1a_i\": 5,\n  \"1b_ii\": [0.6044, 0, 0],\n"
                + "  \"3c\": 84,\n  \"5_total_mults\": 3088878,\n  \"5_depthwise_out\": \"199x199x3\"\n}\n```");
        assertEquals("5,", text(json, "1a.i"));
        assertEquals("[0.6044, 0, 0],", text(json, "1b.ii"));
        assertEquals("84,", text(json, "3c"));
        assertTrue(text(json, "5.total").contains("3088878") && !text(json, "5.total").contains("199x199x3"), text(json, "5.total"));
        assertTrue(text(json, "5.dw_shape").contains("199x199x3"), text(json, "5.dw_shape"));
        var bare = split(ExamRubrics.ct3(), "1a_ii: 4\n5_total: 3088878");
        assertEquals("4", text(bare, "1a.ii"));
        assertTrue(text(bare, "5.total").endsWith("3088878"), text(bare, "5.total"));
    }

    @Test
    void capitalRomanNumeralsOverLetteredPartsAreQuestionNumbers() {
        String script = "I.\n(a)\n  1) f_t : 4\n  2) i_t : 5\n\nIII.   [x_t : 2 components]\n(a) W_f : 3 x 5\n(b) b_f : 3 x 1\n\n"
                + "V.  input 200 x 200 x 3\n(a) depthwise 199 x 199 x 3\n\nII.\n(b) 0\n";
        var s = split(ExamRubrics.ct3(), script);
        assertEquals("W_f : 3 x 5", text(s, "3a"));
        assertEquals("b_f : 3 x 1", text(s, "3b"));
        assertEquals("0", text(s, "2b"));
        assertTrue(text(s, "5.dw_shape").contains("depthwise 199 x 199 x 3"), text(s, "5.dw_shape"));
        var items = split(ExamRubrics.ct3(), "1. (b)\nI. [0.7, 0.2, 0.05]\nII. [0.6044, 0, 0]\n");
        assertEquals("[0.6044, 0, 0]", text(items, "1b.ii"), "numerals under a lettered part are its items");
    }

    @Test
    void aNumberAfterALabelOfAPartWithNoItemsIsTheAnswer() {
        var s = split(ExamRubrics.ct3(), "Q2(b): 0. The dot product score has no weight matrix.\nQ3(c): 72. Four gates.\n1. (a) 1. 4\n");
        assertEquals("0. The dot product score has no weight matrix.", text(s, "2b"));
        assertEquals("72. Four gates.", text(s, "3c"));
    }

    @Test
    void itemsNumberedWithASignASlashOrAnUnderscore() {
        var signed = split(ExamRubrics.week8(), "### Section A\n**#3**\nsigma(z)(1 - sigma(z))\n### Section B\n**#1** input 78 x 84\n"
                + "output 26 x 28\n**#2** input 64 x 64\n31 x 30\n");
        assertEquals("sigma(z)(1 - sigma(z))", text(signed, "T1.3"));
        assertEquals("31 x 30", text(signed, "T2.2").lines().reduce((a, b) -> b).orElseThrow());
        var slashed = split(ExamRubrics.week8(), "(2/3)\nn = 52, 53, 54\n\n(2/1)\nOutput = (26, 28)\n(1/2) x 3 = 1.5\n");
        assertEquals("n = 52, 53, 54", text(slashed, "T2.3"));
        assertTrue(text(slashed, "T2.1").contains("(1/2) x 3"), "a fraction before working is no label: " + text(slashed, "T2.1"));
        var keyed = split(ExamRubrics.week8(), "# Q1_3 -> sigma'(z) = sigma(z) * (1 - sigma(z))\n# Q2_2 -> (31, 30)\n\nt2_q3 = [52, 53, 54]\n");
        assertEquals("-> (31, 30)", text(keyed, "T2.2"));
        assertEquals("= [52, 53, 54]", text(keyed, "T2.3"));
    }

    @Test
    void theHeadOfALineUnderWorkingCutAfterAnOperatorFollowsThatWorking() {
        var s = split(ExamRubrics.week8(), "2.4 Each output value needs 7 × 7 × 32 = 1568 multiplica-\ntions and 1567 additions. Multiplications: 1024 ×\n"
                + "1568 = 1,605,632. Additions: 1024 × 1567 =\n1,604,608.");
        assertTrue(text(s, "T2.4.mults").contains("1568 multiplications"), "a word hyphenated over two lines is one word: " + text(s, "T2.4.mults"));
        assertTrue(text(s, "T2.4.mults").contains("1,605,632"), text(s, "T2.4.mults"));
        assertFalse(text(s, "T2.4.adds").contains("1,605,632"), text(s, "T2.4.adds"));
    }

    @Test
    void aFirstPartAnsweredWithoutItsLabelBeforeTheSecondGoesToAPerson() {
        var s = split(ExamRubrics.ct3(), "Question 3\n\nSize of W_f: 3 x 5\n(b) b_f: 3 x 1\n\nQuestion 2\nAlignment score: e_kj = s_{k-1} . h_j\n(b) 0\n");
        assertEquals("Size of W_f: 3 x 5", text(s, "3a"));
        assertTrue(s.get("3a").isDoubtful(), "answered without its label");
        assertEquals("Alignment score: e_kj = s_{k-1} . h_j", text(s, "2a"));
        var headed = split(ExamRubrics.ct3(), "== Question 2 ==\n\n=== (a) ===\n\n=== (b) ===\n0\n");
        assertTrue(headed.get("2a").isEmpty(), "an empty part under a heading's closing marks: " + text(headed, "2a"));
        assertFalse(headed.get("2a").isDoubtful(), headed.get("2a").doubt());
    }

    @Test
    void taskThenQuestionLabels() {
        var s = split(ExamRubrics.week8(), "T1 Q3\nsigma(z)(1 - sigma(z))\n\nT2 Q1\noutput 26 x 28\nT2-Q2\n31 x 30\n"
                + "Task 2 Q3\n52, 53, 54\nTask 2\nQ2 (iv)\nparams = 100352");
        assertEquals("sigma(z)(1 - sigma(z))", text(s, "T1.3"));
        assertEquals("output 26 x 28", text(s, "T2.1"));
        assertEquals("31 x 30", text(s, "T2.2"));
        assertEquals("52, 53, 54", text(s, "T2.3"));
        assertEquals("params = 100352", text(s, "T2.4.params"));
        assertFalse(s.get("T2.4.params").isDoubtful(), s.get("T2.4.params").doubt());
        var signed = split(ExamRubrics.week8(), "T1 Q3     -e^(-z)/(1+e^(-z))^2\nT2 Q1 - output 26 x 28");
        assertEquals("-e^(-z)/(1+e^(-z))^2", text(signed, "T1.3"), "a minus after the gap is the answer's sign");
        assertEquals("output 26 x 28", text(signed, "T2.1"), "a dash between spaces separates the label");
    }

    @Test
    void dottedPathsInBrackets() {
        var s = split(ExamRubrics.week8(), "(1.3) sigma(z) - sigma(z)^2\n\n(2.1) 26 x 28\n(2.2)\nH_out = 31\nW_out = 30");
        assertEquals("sigma(z) - sigma(z)^2", text(s, "T1.3"));
        assertEquals("26 x 28", text(s, "T2.1"));
        assertEquals("H_out = 31\nW_out = 30", text(s, "T2.2"));
    }

    @Test
    void subAnswersListedAfterAnAnswerWord() {
        var s = split(ExamRubrics.ct3(), "Question 1 part (a)\nAnswer: i) 4  ii) 5  iii) 8\n\nQuestion 3 part (c)\nAns: 4");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("8", text(s, "1a.iii"));
        assertEquals("Ans: 4", text(s, "3c"), "a number after the answer word is the answer, not question 4");
        assertTrue(s.get("4a").isEmpty());
    }

    @Test
    void aSymbolCueWithAMinusSignIsNamedAndNotTheShorterSymbolInIt() {
        var sharedByCues = Rubric.of("shared", java.util.regex.Pattern.compile("\\d{7}"), List.of(
                examgrader.rubric.Question.of("now", List.of("1"), List.of("C_t"), examgrader.rubric.AnswerKind.INTEGER, 1),
                examgrader.rubric.Question.of("before", List.of("1"), List.of("C_{t-1}"), examgrader.rubric.AnswerKind.INTEGER, 1)));
        var s = split(sharedByCues, "1.\nC_{t-1} = 1\nC_t = 3");
        assertEquals("C_{t-1} = 1", text(s, "before"));
        assertEquals("C_t = 3", text(s, "now"));
    }

    @Test
    void partsListedInASentenceNamingEachSymbolWithIs() {
        var s = split(ExamRubrics.ct3QuestionOneWithCues(),
                "1 (a)\nf_t is 4, i_t is 5, o_t is 8, C_t is 3, C_{t-1} is 1 and \\tilde{C}_t is 7.\n1 (b) (i) C_t = (0.7, 0.2, 0.05)");
        assertEquals("f_t is 4", text(s, "1a.i"), "a word after the symbol does not hide it");
        assertEquals("i_t is 5", text(s, "1a.ii"));
        assertEquals("C_t is 3", text(s, "1a.iv"));
        assertEquals("C_{t-1} is 1", text(s, "1a.v"), "the last of the list is cut off at its 'and'");
        assertEquals("\\tilde{C}_t is 7.", text(s, "1a.vi"));
        var unknown = split(ExamRubrics.ct3QuestionOneWithCues(), "1 (a)\nf_t is 4, i_t is 5, C_{t-1} is 1 and C~_t is 7.");
        assertTrue(unknown.get("1a.v").isEmpty(), "a clause giving two values, one for a part the rubric cannot name, is no one's");
        assertTrue(unknown.get("1a.v").isDoubtful());
    }

    @Test
    void theSchemeNamesTheCandidateCellStateAsStudentsTypeIt() {
        var scheme = examgrader.rubric.RubricLoader.load(java.nio.file.Path.of("rubrics/cs60010-ct3-2021.yaml"));
        var s = split(scheme, "Sol. 1(a)\nf_t -> 4 | i_t -> 5 | o_t -> 9 | C_t -> 3 | C_{t-1} -> 1 | C~_t -> 7\nSol. 1(b)(i)\n(0.7, 0.2, 0.05)");
        assertEquals("C~_t -> 7", text(s, "1a.vi"));
        assertEquals("C_t -> 3", text(s, "1a.iv"));
    }

    @Test
    void partsListedUnderTheirParentByCueWithoutLabels() {
        var s = split(ExamRubrics.ct3QuestionOneWithCues(),
                "Ans 1(a): f_t -> 4; i_t -> 5; o_t -> 8; C_t -> 3; C_{t-1} -> 1; C~_t -> 7\nAns 1(b)(ii): h_t = (0.6, 0, 0)");
        assertEquals("f_t -> 4", text(s, "1a.i"));
        assertEquals("C_t -> 3", text(s, "1a.iv"));
        assertEquals("C_{t-1} -> 1", text(s, "1a.v"));
        assertFalse(s.get("1a.v").isDoubtful(), s.get("1a.v").doubt());
        assertTrue(s.get("1a.vi").isEmpty());
        assertTrue(s.get("1a.vi").isDoubtful(), "a part named no way the rubric knows is not simply blank");
        assertTrue(s.get("1b.i").isEmpty(), "C_t under (a) is not 1b.i's");
        var table = split(ExamRubrics.ct3QuestionOneWithCues(), "## 1\n(a)\n| variable | position |\n|---|---|\n"
                + "| $f_t$ | 4 |\n| $C_{t-1}$ | 1 |\n| $\\tilde{C}_t$ | 7 |");
        assertEquals("| $f_t$ | 4 |", text(table, "1a.i"));
        assertEquals("| $C_{t-1}$ | 1 |", text(table, "1a.v"));
        assertEquals("| $\\tilde{C}_t$ | 7 |", text(table, "1a.vi"));
        assertTrue(table.get("1a.iv").isEmpty());
    }

    @Test
    void oneCueNamedUnderAParentIsNotTakenForAPartsAnswer() {
        var s = split(ExamRubrics.ct3QuestionOneWithCues(), "1. (a) given C_t = 3 for the cell\n(b) (ii) h_t = (0.6, 0, 0)");
        assertTrue(s.get("1a.iv").isEmpty(), s.get("1a.iv").text());
        assertTrue(s.get("1a.iv").isDoubtful(), "left to review");
    }

    @Test
    void aTaskNumberAloneOnItsLineIsAHeadingForTheItemsBelowIt() {
        var s = split(ExamRubrics.week8(), "Task 1\n6. Neither.\n\n2\n1. 26 x 28\n2. 31 x 30");
        assertEquals("26 x 28", text(s, "T2.1"));
        assertEquals("31 x 30", text(s, "T2.2"));
        assertTrue(s.get("T1.1").isEmpty());
    }

    @Test
    void itemsNumberedWithASpacedDashUnderTaskHeadings() {
        var s = split(ExamRubrics.week8(), "--- Task 1 ---\n1 - yes it does\n3 - s(1 - s)\n--- Task 2 ---\n1 - 24 x 24\n"
                + "2 - 15 x 13\n    working: 1 - 0 = 1\n5 - weights 4096");
        assertEquals("yes it does", text(s, "T1.1"));
        assertEquals("s(1 - s)", text(s, "T1.3"));
        assertEquals("24 x 24", text(s, "T2.1"));
        assertEquals("15 x 13\nworking: 1 - 0 = 1", text(s, "T2.2"));
        assertEquals("weights 4096", text(s, "T2.5.params"));
        var working = split(ExamRubrics.week8(), "Task 1\n1 - yes\n2 - dh = x\n1 - s = y\n3 - s(1 - s)");
        assertTrue(working.get("T1.3").isEmpty(), "a dash after a number that goes back is working, and the style is not believed");
    }

    @Test
    void aPartNumberAfterItsProblemsNumberOnOneHeading() {
        var s = split(ExamRubrics.week8(), "## Problem 1 / part 3\nσ(1 − σ)\n## Problem 2 / part 2\n(31, 30)\n## Problem 2 / part 5\n512 · 128");
        assertEquals("σ(1 − σ)", text(s, "T1.3"));
        assertTrue(text(s, "T2.2").startsWith("(31, 30)"), text(s, "T2.2"));
        assertEquals("512 · 128", text(s, "T2.5.params"));
    }

    @Test
    void aGithubChecklistOfQuestions() {
        var s = split(ExamRubrics.week8(), "### Task 2\n- [x] **2.1** 24 × 24\n- [ ] **2.2** (skipped)\n- [X] **2.3** n = 40");
        assertEquals("24 × 24", text(s, "T2.1"));
        assertEquals("(skipped)", text(s, "T2.2"));
        assertEquals("n = 40", text(s, "T2.3"));
    }

    @Test
    void negativeCircledNumbersUnderTaskHeadings() {
        var s = split(ExamRubrics.week8(), "## Task 1\n❶ no\n❸ s(1-s)\n## Task 2\n❷ 15 × 13\n➌ 40, 41");
        assertEquals("no", text(s, "T1.1"));
        assertEquals("s(1-s)", text(s, "T1.3"));
        assertEquals("15 × 13", text(s, "T2.2"));
        assertEquals("40, 41", text(s, "T2.3"));
    }

    @Test
    void labelsAPointingMarkSetsOffAfterTheirAnswers() {
        var s = split(ExamRubrics.week8(), "Task 2\n> 24 x 24        ◂ T2 Q1\n    from (70 + 4 - 5)/3 + 1\n\n> 15 x 13        ◂ T2 Q2\n\n"
                + "> 9,000 parameters   ◂ T2 Q4 params\n\n> 81,000 multiplications   ◂ T2 Q4 mults\n");
        assertEquals("> 24 x 24\nfrom (70 + 4 - 5)/3 + 1", text(s, "T2.1"));
        assertEquals("> 15 x 13", text(s, "T2.2"));
        assertEquals("> 9,000 parameters", text(s, "T2.4.params"));
        assertEquals("> 81,000 multiplications", text(s, "T2.4.mults"));
        var updates = split(ExamRubrics.week8(), "T2.1 24 x 24\nw ← 2\nb ← 1\nv ← 3");
        assertEquals("24 x 24\nw ← 2\nb ← 1\nv ← 3", text(updates, "T2.1"), "an arrow without a question word is working");
    }

    private static examgrader.rubric.Question printedAs(String id, List<String> label, List<String> cues, List<String> printed) {
        return new examgrader.rubric.Question(id, label, cues, examgrader.rubric.AnswerKind.INTEGER, 1, "", null, null, List.of(), "",
                null, printed);
    }

    @Test
    void itemsNumberedAsThePaperPrintsThemAreRenumberedToTheScheme() {
        Rubric rubric = Rubric.of("w8", java.util.regex.Pattern.compile("\\d{7}"), List.of(
                printedAs("T2.4.params", List.of("2", "4"), List.of("parameters"), List.of()),
                printedAs("T2.4.mults", List.of("2", "4"), List.of("multiplications"), List.of("2", "5")),
                printedAs("T2.5.params", List.of("2", "5"), List.of("parameters"), List.of("2", "6"))));
        var s = split(rubric, "Task 2\n(iv) 7*7*32*64 = 100,352 parameters\n(v) for the layer in (iv):\n"
                + "multiplications = 25 * 100,352 = 2,508,800\n(vi) 512 * 128 = 65,536 parameters\n");
        assertEquals("7*7*32*64 = 100,352 parameters", text(s, "T2.4.params"));
        assertTrue(text(s, "T2.4.mults").endsWith("multiplications = 25 * 100,352 = 2,508,800"), text(s, "T2.4.mults"));
        assertEquals("512 * 128 = 65,536 parameters", text(s, "T2.5.params"));
        var scheme = split(rubric, "Task 2\n(iv) 100,352 parameters\nmultiplications = 2,508,800\n(v) 65,536 parameters\n");
        assertEquals("65,536 parameters", text(scheme, "T2.5.params"));
        var listInWorking = split(rubric, "Task 2\n(iv) 100,352 parameters\nmultiplications = 2,508,800\n(v) 65,536 parameters\n"
                + "(vi) parameters do not depend on padding\n");
        assertTrue(text(listInWorking, "T2.5.params").startsWith("65,536 parameters"), "2.5 names 2.5's own cue: the scheme's numbering");
    }

    @Test
    void aLineOpeningWithALabelInAStyleNotReadKeepsItsQuestionFromASilentBlank() {
        var s = split(ExamRubrics.ct3(), "1. (a) i) 4\n3~a~ W_f is 3 x 5\n5~ total 3,088,878\n");
        assertTrue(s.get("3a").isEmpty() && s.get("3a").isDoubtful(), s.get("3a").doubt());
        assertTrue(s.get("5.total").isDoubtful(), "a label of numbers only with its cue word after it");
        assertTrue(s.get("1a.i").isDoubtful(), "the lines read as more of 1(a)(i) may be another question's");
        var notAttempted = split(ExamRubrics.ct3(), "1. (a) i) 4\n(Q3a – ran out of time, not attempted.)\n");
        assertFalse(notAttempted.get("3a").isDoubtful(), notAttempted.get("3a").doubt());
        var working = split(ExamRubrics.ct3(), "1. (a) i) 4\n5~ 3 + 2 = 5\n");
        assertFalse(working.get("5.total").doubt().contains("style of the student's own"), working.get("5.total").doubt());
    }

    @Test
    void aQuestionWhoseLabelIsWrittenInsideAnotherAnswerIsNotSurelyBlank() {
        var s = split(ExamRubrics.ct3(), "Question 5\ntotal = 3,088,878\n4 iscccccecsssssscss 1(a)(i)\n");
        assertTrue(s.get("1a.i").isEmpty() && s.get("1a.i").isDoubtful(), s.get("1a.i").doubt());
        assertFalse(s.get("1a.ii").isDoubtful(), "1(a)(ii) is written nowhere: " + s.get("1a.ii").doubt());
        var number = split(ExamRubrics.week8(), "Task 2\n4. 100,352 parameters, about 2.5 times the last layer's\n");
        assertFalse(number.get("T2.5.params").isDoubtful(), "2.5 may be a number: " + number.get("T2.5.params").doubt());
    }

    @Test
    void roughWorkBeforeAnAnswerSheetIsNoSecondAnswer() {
        String script = "===== ROUGH WORK =====\nQ5 200x200x3, k = 4x4, s = 1, p = 1\nDW: (200 - 4 + 2)/1 + 1 = 199 -> 199x199x3\n"
                + "Q3(b) b_f: 3x1\n===== ANSWER SHEET =====\nQ5 depthwise output: 199 x 199 x 3\n";
        var s = split(ExamRubrics.ct3(), script);
        assertEquals("depthwise output: 199 x 199 x 3", text(s, "5.dw_shape"));
        assertTrue(text(s, "3b").startsWith("b_f: 3x1"), "answered only in the rough work, it keeps those lines: " + text(s, "3b"));
    }

    @Test
    void levelsPartedByDashesWithTheLetterInBrackets() {
        var s = split(ExamRubrics.ct3(), "2-(b)\n  nine\n3-(a)\n  W_f is 3 x 5\n1-(b)-(ii) h = (0.6044, 0, 0)\n");
        assertEquals("nine", text(s, "2b"));
        assertEquals("W_f is 3 x 5", text(s, "3a"));
        assertEquals("h = (0.6044, 0, 0)", text(s, "1b.ii"));
    }

    @Test
    void labelsAfterADotLeaderFollowTheirAnswers() {
        var s = split(ExamRubrics.ct3(), "ANSWER SHEET\n4 .................. 1(a)(i)\n5 .................. 1(a)(ii)\n"
                + "3 x 5 .............. 3(a)\n3 x 1 .............. 3(b)\n199 x 199 x 3 ...... 5 after depthwise\n"
                + "199 x 199 x 10 ..... 5 after pointwise\n");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("3 x 1", text(s, "3b"));
        assertEquals("199 x 199 x 3", text(s, "5.dw_shape"));
        assertEquals("199 x 199 x 10", text(s, "5.pw_shape"));
    }

    @Test
    void aLabelBetweenTwoRulesOfDashes() {
        var s = split(ExamRubrics.ct3(), "---- 3(a) ----\nW_f is 3 x 5\n---- 3(b) ----\n3 x 1\n----\nrows = 4 - 1\n");
        assertTrue(text(s, "3a").endsWith("W_f is 3 x 5") && !text(s, "3a").contains("3(a)"), text(s, "3a"));
        assertTrue(text(s, "3b").endsWith("3 x 1\n----\nrows = 4 - 1"), text(s, "3b"));
    }

    @Test
    void aPartLetterClosedByAColon() {
        var s = split(ExamRubrics.ct3(), "Question 3\nPart (a): 3 x 5\nPart b: 3 x 1\nc: 72\nQuestion 1\n(a)\ni: 4\nii: 5");
        assertEquals("3 x 5", text(s, "3a"));
        assertEquals("3 x 1", text(s, "3b"));
        assertEquals("72", text(s, "3c"));
        assertEquals("4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        var working = split(ExamRubrics.ct3(), "Question 5\ntotal = 3,088,878\nc: the channels stay 3");
        assertEquals("total = 3,088,878\nc: the channels stay 3", text(working, "5.total"), "question 5 has no part c");
    }

    @Test
    void textUnderALabelTheRubricHasNoPlaceForKeepsABlankQuestionFromASilentZero() {
        var s = split(ExamRubrics.ct3(), "1. (a) i) 4\nQuestion 6\n(b) 0");
        assertTrue(s.get("2b").isEmpty());
        assertTrue(s.get("2b").isDoubtful(), "'(b) 0' under a question 6 the rubric lacks may be 2b's answer");
    }

    @Test
    void theNextTaskNumberBeforeARomanItemIsTheTask() {
        var s = split(ExamRubrics.week8(), "T1.6 Neither.\n\n2(i)\noutput is 26 x 28\nT2(ii) 31 x 30");
        assertEquals("output is 26 x 28", text(s, "T2.1"));
        assertEquals("31 x 30", text(s, "T2.2"));
        var underTask = split(ExamRubrics.week8(), "Task 1\n1. yes\n2 (i) dh_t/dh_{t-1} = 0");
        assertEquals("dh_t/dh_{t-1} = 0", text(underTask, "T1.2"), "under Task 1, before its item 2, 2 (i) is that item");
    }

    @Test
    void lettersUnderATaskHeadingAreItsNumberedItemsWhereTheRubricHasNoLetters() {
        var s = split(ExamRubrics.week8(), "### Task 1\n\n**(a)** No\n\n**(b)**\n$$x$$\n\n**(c)**\n$$\\sigma(1-\\sigma)$$\n"
                + "### Task 2\n**(a)**\n(26, 28)\n**(b)** (31, 30)");
        assertEquals("$$\\sigma(1-\\sigma)$$", text(s, "T1.3").replace("**", "").strip());
        assertFalse(s.get("T1.3").isDoubtful(), s.get("T1.3").doubt());
        assertEquals("(26, 28)", text(s, "T2.1").replace("**", "").strip());
        assertEquals("(31, 30)", text(s, "T2.2").replace("**", "").strip());
        assertFalse(s.get("T2.2").isDoubtful(), s.get("T2.2").doubt());
    }

    @Test
    void aMarkdownListNestedUnderAQuestionCountsItsItemsItself() {
        var s = split(ExamRubrics.ct3(), "1. LSTM cell\n    1. (a) positions\n        - i. f_t 4\n    2. (b)\n"
                + "        - i. C_t = [0.7, 0.2, 0.05]\n        - ii. h_t = [0.6, 0, 0]\n2. Attention\n    1. (a) dot\n    2. (b) none, 0\n"
                + "3. Params\n    1. (a) W_f: 3 x 5\n    2. (b) b_f: 3");
        assertEquals("C_t = [0.7, 0.2, 0.05]", text(s, "1b.i"));
        assertEquals("h_t = [0.6, 0, 0]", text(s, "1b.ii"));
        assertEquals("none, 0", text(s, "2b"));
        assertEquals("W_f: 3 x 5", text(s, "3a"));
        assertEquals("b_f: 3", text(s, "3b"));
        var flat = split(ExamRubrics.ct3(), "1. (a) i) 4\n  2. (b) none, 0");
        assertEquals("none, 0", text(flat, "2b"), "indented, but not under a less indented question: question 2");
    }

    @Test
    void labelsJoinedByDashesAndAQuestionNumberSetOffByADash() {
        var s = split(ExamRubrics.ct3(), "1a-i   4\n1a-iii 8\n1b-ii  h_t => 0.6044\n2b-    => 0\n3c-    4*(3*2 + 3) = 36\n"
                + "5-     no pad => side 197\n       dw out => 197x197x3");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("8", text(s, "1a.iii"));
        assertEquals("h_t => 0.6044", text(s, "1b.ii"));
        assertEquals("=> 0", text(s, "2b"));
        assertEquals("4*(3*2 + 3) = 36", text(s, "3c"), "question 5's working is not absorbed into 3(c)");
        assertTrue(text(s, "5.dw_shape").endsWith("dw out => 197x197x3"), text(s, "5.dw_shape"));
        var working = split(ExamRubrics.ct3(), "5.\n1 - 0.2 = 0.8 depthwise 199x199x3");
        assertTrue(working.get("1a.i").isEmpty(), "a dash after a question already passed is working, not a label");
    }

    @Test
    void lettersAndRomansSpelledOutAfterTheQuestionNumber() {
        var s = split(ExamRubrics.ct3(), "Q.1 a i   : 4\nQ.1 a ii  : 6\nQ.1 b i\nC_t = (0.7, 0.2, 0.05)\n"
                + "Ques 2 (a) part i :- Ans :- e = s . h\nQues 2 (b) :- extra?\nAns :- 0\n"
                + "Question 3, part (b), sub-part (i)\nb_f: 3 x 1");
        assertEquals(": 4", text(s, "1a.i"));
        assertEquals(": 6", text(s, "1a.ii"));
        assertEquals("C_t = (0.7, 0.2, 0.05)", text(s, "1b.i"));
        assertTrue(text(s, "2b").endsWith("Ans :- 0"), text(s, "2b"));
        assertTrue(text(s, "2a").endsWith("e = s . h"), text(s, "2a"));
        assertEquals("b_f: 3 x 1", text(s, "3b"));
        var answers = split(ExamRubrics.ct3(), "1. (a) i) f: 2\nii) i: 3");
        assertEquals("i: 3", text(answers, "1a.ii"), "after a bracketed label a letter and a colon are the answer");
    }

    @Test
    void solutionWordsBracketsAndSlashesAroundTypedLabels() {
        var ct3 = split(ExamRubrics.ct3(), "**Sol. 1(b)(i)**\n$$C_t = (0.7, 0.2, 0.05)$$\n**Sol. 2(b)**\n0 parameters\n**Sol. 5**\npointwise 199x199x10");
        assertEquals("$$C_t = (0.7, 0.2, 0.05)$$", text(ct3, "1b.i").replace("**", "").strip());
        assertEquals("0 parameters", text(ct3, "2b").replace("**", "").strip());
        assertEquals("pointwise 199x199x10", text(ct3, "5.pw_shape"));
        var w8 = split(ExamRubrics.week8(), "Task-1 / Q-3\nσ(1 − σ)\n**[T2.2]** 31 × 30\nQues 2.3\n52, 53, 54\nT2-v    512*128 = 65536");
        assertEquals("σ(1 − σ)", text(w8, "T1.3"));
        assertEquals("31 × 30", text(w8, "T2.2").replace("**", "").strip());
        assertEquals("52, 53, 54", text(w8, "T2.3"));
        assertEquals("512*128 = 65536", text(w8, "T2.5.params"));
    }

    @Test
    void aBareNumberArrowRomanListsItsItems() {
        var s = split(ExamRubrics.ct3(), "Q-1)\n(a)\ni → 4\nii → 5\niii → 9\n(b)\ni. C_t = [0.7 0.2 0.05]");
        assertEquals("→ 4", text(s, "1a.i"));
        assertEquals("→ 9", text(s, "1a.iii"));
        assertEquals("C_t = [0.7 0.2 0.05]", text(s, "1b.i"));
        var working = split(ExamRubrics.ct3(), "1. (a) i) 4\nii) 5\nv → 0 as t grows");
        assertEquals("5\nv → 0 as t grows", text(working, "1a.ii"), "an arrow after a numeral that skips ahead is working");
    }

    @Test
    void numberingThatRestartsAfterATasksItemsWereWrittenIsTheNextTask() {
        var s = split(ExamRubrics.week8(), "Task 1\n1. no\n2. x\n3. s(1-s)\n4. d\n5. u\n6. no\n2.\n1. 26 x 28\n2. 31 x 30");
        assertEquals("no", text(s, "T1.1"));
        assertEquals("26 x 28", text(s, "T2.1"));
        assertEquals("31 x 30", text(s, "T2.2"));
    }

    @Test
    void subPartsNamedInsideAParagraph() {
        var s = split(ExamRubrics.ct3(), "Question 1, part (a)\n\nI matched them as follows. For sub-part (i), f_t is at position 4. "
                + "For sub-part (ii), i_t is at position 5. For sub-part (iii), o_t is at position 8.\n\nQuestion 3, part (a)\n\n"
                + "Here (i) the input has 2 entries, so W_f is 3 by 5.");
        assertTrue(text(s, "1a.i").matches(",? ?f_t is at position 4\\..*"), text(s, "1a.i"));
        assertFalse(text(s, "1a.i").contains("i_t"), text(s, "1a.i"));
        assertTrue(text(s, "1a.iii").matches(",? ?o_t is at position 8\\..*"), text(s, "1a.iii"));
        assertTrue(text(s, "3a").endsWith("W_f is 3 by 5."), "a numeral the rubric has no sub-part for stays text: " + text(s, "3a"));
        var variable = split(ExamRubrics.ct3(), "Q1b: C = f.Cprev + i.Ctilde = (0.7, 0.2, 0.05)");
        assertTrue(variable.get("1b.i").isEmpty(), "a bare i. inside working is a variable, not sub-part (i)");
    }

    @Test
    void anAnswerPrefixGluedToTheQuestionNumber() {
        var s = split(ExamRubrics.ct3(), "A1(a)(i) f_t: position 4\nA1(a)(ii) i_t: position 5\n\nA2(b) no weights, so 0\n"
                + "A5 Depthwise output 199 x 199 x 3");
        assertEquals("f_t: position 4", text(s, "1a.i"));
        assertEquals("i_t: position 5", text(s, "1a.ii"));
        assertEquals("no weights, so 0", text(s, "2b"));
        assertEquals("Depthwise output 199 x 199 x 3", text(s, "5.dw_shape"));
        assertFalse(s.get("2b").isDoubtful(), s.get("2b").doubt());
    }

    @Test
    void aCapitalANextToANumberInWorkingIsNoLabel() {
        var s = split(ExamRubrics.ct3(), "1. (b) (i) C_t = (0.7, 0.2, 0.05)\nA2 = A1 + B\nA2 is the product, A3 the sum");
        assertTrue(text(s, "1b.i").endsWith("A2 is the product, A3 the sum"), text(s, "1b.i"));
        assertTrue(s.get("2b").isEmpty());
        var back = split(ExamRubrics.ct3(), "3. (a) 3 x 5\nA1. Then W_f is 3 x 5");
        assertTrue(text(back, "3a").endsWith("A1. Then W_f is 3 x 5"), "a question already passed is no answer label");
    }

    @Test
    void aQuestionNumberAndItsPartInOneBracket() {
        var s = split(ExamRubrics.ct3(), "(1a)(i)   f_t  ->  4\n(1a)(ii)  i_t  ->  6\n\n(1b)(ii)\n  h_t = [0.60, 0, 0]\n(2b) zero");
        assertEquals("f_t  ->  4", text(s, "1a.i"));
        assertEquals("i_t  ->  6", text(s, "1a.ii"));
        assertEquals("h_t = [0.60, 0, 0]", text(s, "1b.ii"));
        assertEquals("zero", text(s, "2b"));
        var working = split(ExamRubrics.ct3(), "3. (c) per gate\n(2a) + (3b) = 18\n(2b)(3c) gates, so 72");
        assertTrue(s.get("3a").isEmpty());
        assertTrue(working.get("2b").isEmpty(), "a bracketed product at a line's start is working");
        assertTrue(text(working, "3c").endsWith("(2b)(3c) gates, so 72"), text(working, "3c"));
    }

    @Test
    void answerToAQuestionBeforeItsLabel() {
        var s = split(ExamRubrics.week8(), "Ans. to Q1(i)\nNo, it is not.\nAns. to Q2(iii)\nn in {52, 53, 54}");
        assertEquals("No, it is not.", text(s, "T1.1"));
        assertEquals("n in {52, 53, 54}", text(s, "T2.3"));
        var ct3 = split(ExamRubrics.ct3(), "Answer to Question 3 (a): 3 x 5\nSoln. for 2(b) 0\n**Ans. to Q3(b)** 3 x 1");
        assertEquals("3 x 5", text(ct3, "3a"));
        assertEquals("0", text(ct3, "2b"));
        assertTrue(text(ct3, "3b").endsWith("3 x 1"), text(ct3, "3b"));
        var prose = split(ExamRubrics.ct3(), "3. (a) 3 x 5\nAnswer to this: the shape is 3 x 5");
        assertEquals("3 x 5\nAnswer to this: the shape is 3 x 5", text(prose, "3a"));
        var places = split(ExamRubrics.ct3(), "1. (b) (ii) h_t = tanh(0.7)\nAnswer to 3 decimal places: 0.604");
        assertEquals("h_t = tanh(0.7)\nAnswer to 3 decimal places: 0.604", text(places, "1b.ii"));
    }

    @Test
    void aNumberedListInsideALaterAnswerIsNoReturnToAnEarlierQuestion() {
        var s = split(ExamRubrics.ct3(), "* Q1\n** (a)\n*** i. 4\n* Q2\n** (b)\n0 extra parameters\n* Q3\n** (c)\n72\n* Q4\n** (a)\n"
                + "c_t reaches the loss by two routes:\n1. through h_t\n2. through c_{t+1}\n** (b)\nwith f_t = 1 the gradient passes\n");
        assertTrue(text(s, "4a").contains("2. through c_{t+1}"), text(s, "4a"));
        assertEquals("with f_t = 1 the gradient passes", text(s, "4b"));
        assertEquals("0 extra parameters", text(s, "2b"));
        var returning = split(ExamRubrics.ct3(), "1. (a) i) 4\n2. (b) 0\n3. (c) 72\n1. (b) (i) (0.7, 0.2, 0.05)\n");
        assertEquals("(0.7, 0.2, 0.05)", text(returning, "1b.i"), "a script numbering its questions plainly may go back");
    }

    @Test
    void forTheQuestionItAnswersAfterARunningCounter() {
        var s = split(ExamRubrics.ct3(), "My answers, numbered as I go:\n1. For question 1(a) part i: f_t is position 4\n"
                + "2. For question 1(a) part ii: i_t is position 5\n3. For question 3(b): b_f = 3 x 1\n"
                + "4. Regarding Q5, output after pointwise: 199 x 199 x 10");
        assertTrue(text(s, "1a.i").endsWith("f_t is position 4"), text(s, "1a.i"));
        assertTrue(text(s, "1a.ii").endsWith("i_t is position 5"), text(s, "1a.ii"));
        assertEquals("b_f = 3 x 1", text(s, "3b"));
        assertTrue(text(s, "5.pw_shape").contains("199 x 199 x 10"), text(s, "5.pw_shape"));
        var working = split(ExamRubrics.ct3(), "3. (c) For 4 gates: 4 x 18 = 72\nFor 2 gates it would be 36");
        assertTrue(text(working, "3c").endsWith("For 2 gates it would be 36"), text(working, "3c"));
    }

    @Test
    void headingLabelsJoinedBySpacedDashes() {
        var s = split(ExamRubrics.ct3(), "## Q 5\ntotal 3,027,102\n## Q 1 - a - i\n4\n## Q 1 - a - ii\n5\n## Q 1 - b - ii\nh_t = 0.6044\n"
                + "## Q 3 - c\n60");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("h_t = 0.6044", text(s, "1b.ii"));
        assertEquals("60", text(s, "3c"));
        var working = split(ExamRubrics.ct3(), "1. (b) (i) C_t = 0.7 - 0.5\n - ii is the gate");
        assertTrue(working.get("1b.ii").isEmpty(), "a dash inside working is no separator of labels");
    }

    @Test
    void subQuestionWordsBeforeABracketedPart() {
        var s = split(ExamRubrics.ct3(), "1. **Question 1**\n   - Sub-question (b)(i): C_t = (0.70, 0.20, 0.05)\n"
                + "   - Sub-question (b)(ii): h_t = (0.6044, 0, 0)\n2. **Question 2**\n   - Sub-question (b): **0** additional");
        assertEquals("C_t = (0.70, 0.20, 0.05)", text(s, "1b.i"));
        assertEquals("h_t = (0.6044, 0, 0)", text(s, "1b.ii"));
        assertEquals("**0** additional", text(s, "2b"));
    }

    @Test
    void tasksNumberedWithCapitalLettersWhereTheRubricHasNoLetters() {
        var s = split(ExamRubrics.week8(), "### Part A (LSTM)\n\n(b) dh_t/dh_{t-1} = ...\n\n(c) s(z)(1 - s(z))\n\n"
                + "### Part B (convolutions)\n\n(a) (26, 28)\n(e) 65536");
        assertEquals("s(z)(1 - s(z))", text(s, "T1.3"));
        assertEquals("(26, 28)", text(s, "T2.1"));
        assertEquals("65536", text(s, "T2.5.params"));
        assertTrue(s.get("T1.1").isEmpty());
        assertFalse(s.get("T2.1").isDoubtful(), s.get("T2.1").doubt());
        var lettered = split(ExamRubrics.ct3(), "1. (a) i) 4\nPart B (the cell state)\nC_t = (0.7, 0.2, 0.05)");
        assertTrue(lettered.get("2b").isEmpty(), "where the rubric has letters, Part B may be a part, not task 2");
        var beyond = split(ExamRubrics.week8(), "Task 2\n1. 26 x 28\nPart C (extra)\nsee above");
        assertEquals("26 x 28\nPart C (extra)\nsee above", text(beyond, "T2.1"), "a task the rubric lacks is no heading");
    }

    @Test
    void aNumberedListNestedUnderAPartNumbersThatPartsRomanSubParts() {
        var s = split(ExamRubrics.ct3(), "1. **Question 1**\n   - Sub-question (a): positions\n     1. f_t → 4\n     2. i_t → 5\n"
                + "     3. o_t → 8\n   - Sub-question (b)(i): C_t = (0.7, 0.2, 0.05)\n2. **Question 2**\n   - Sub-question (b): 0");
        assertEquals("f_t → 4", text(s, "1a.i"));
        assertEquals("i_t → 5", text(s, "1a.ii"));
        assertEquals("o_t → 8", text(s, "1a.iii"));
        assertEquals("C_t = (0.7, 0.2, 0.05)", text(s, "1b.i"));
        assertEquals("0", text(s, "2b"));
        var outOfOrder = split(ExamRubrics.ct3(), "1. **Question 1**\n   - (a) positions\n     2. i_t → 5\n3. Params\n   - (a) 3 x 5");
        assertTrue(outOfOrder.get("1a.ii").isEmpty(), "a list that does not start at 1 is not counting the parts");
        assertEquals("3 x 5", text(outOfOrder, "3a"));
        var steps = split(ExamRubrics.ct3(), "3. (c)\n   1. per gate 3 x 5 + 3 = 18\n   2. four gates: 72");
        assertTrue(text(steps, "3c").endsWith("four gates: 72"), "a list under a part with no sub-parts is its working");
        var nextQuestion = split(ExamRubrics.ct3(), "4. (b) the gradient does not vanish\n  5. depthwise output 199 x 199 x 3");
        assertEquals("depthwise output 199 x 199 x 3", text(nextQuestion, "5.dw_shape"), "the next question indented by accident");
    }

    @Test
    void aTableRowWhoseFirstCellIsANumberAndWordsAnswersThatQuestion() {
        var s = split(ExamRubrics.ct3(), "Q5: depthwise 199*199*3*16 = 1,900,848\nsum 3,088,878\n\nQuestion     | Answer\n"
                + "3(c)         | 72\n5 total      | 3,088,878\n7 total      | 12");
        assertEquals("total      | 3,088,878\n7 total      | 12", text(s, "5.total"));
        assertEquals("| 72", text(s, "3c"));
        var working = split(ExamRubrics.ct3(), "5. depthwise output 199 x 199 x 3\n| 3 channels | 4 x 4 filters |");
        assertTrue(text(working, "5.dw_shape").endsWith("| 3 channels | 4 x 4 filters |"), "no cue of question 3 in the cell");
    }

    @Test
    void aBareNumberBeforeASmallLetterIsWorkingInAScriptThatNumbersQuestionsWithAWord() {
        var s = split(ExamRubrics.ct3(), "Q.2 (b)\nAns: 0\n\nQ.3 (c)\nper gate 15 + 3 = 18\n4 gates in all\nAns: 4 x 18 = 72\n\n"
                + "Q.5\ntotal = 3,088,878");
        assertTrue(text(s, "3c").contains("Ans: 4 x 18 = 72"), text(s, "3c"));
        assertTrue(text(s, "5.total").contains("3,088,878"), text(s, "5.total"));
        var bare = split(ExamRubrics.ct3(), "2 (b) 0\n3 (c) per gate 18\n4 gates in all: 72\n5 total = 3,088,878");
        assertFalse(text(bare, "3c").contains("72"), "where numbers stand bare, '4 gates' is still read as question 4: " + text(bare, "3c"));
    }

    @Test
    void aLineWrappedFromASentenceAboveStaysWithThatSentencesQuestion() {
        var s = split(ExamRubrics.week8(), "2.4 output 1,600 values\n- multiplications: 1,600 x 1,568 = 2,508,800\n"
                + "- additions: one fewer than the products of each output, so\nmultiplications - outputs = 2,508,800 - 1,600 = 2,507,200");
        assertTrue(text(s, "T2.4.adds").endsWith("= 2,507,200"), text(s, "T2.4.adds"));
        assertFalse(text(s, "T2.4.mults").contains("2,507,200"), text(s, "T2.4.mults"));
        var ownLine = split(ExamRubrics.week8(), "2.4 output 1,600 values\n- additions: 2,507,200.\nmultiplications: 2,508,800");
        assertTrue(text(ownLine, "T2.4.mults").contains("2,508,800"), "a line after a full stop goes by its cue: " + text(ownLine, "T2.4.mults"));
        var newSentence = split(ExamRubrics.ct3(), "5. The depthwise output is 199 x 199 x 3 after the depthwise step. The\n"
                + "pointwise step then gives 199 x 199 x 10.");
        assertFalse(text(newSentence, "5.dw_shape").contains("199 x 199 x 10"), "a sentence begun at the line's end without its question's cue: "
                + text(newSentence, "5.dw_shape"));
    }

    @Test
    void aTableRowsFirstCellMayAbbreviateItsCue() {
        var s = split(ExamRubrics.ct3(), "| Q         | Answer          |\n| 3(c)      | 72              |\n"
                + "| 5 depthw. | 199 x 199 x 3   |\n| 5 pointw. | 199 x 199 x 10  |\n| 5 total   | 3,088,878       |");
        assertTrue(text(s, "5.pw_shape").contains("199 x 199 x 10"), text(s, "5.pw_shape"));
        assertFalse(text(s, "5.pw_shape").contains("| 5"), "the row's number is its label: " + text(s, "5.pw_shape"));
        assertFalse(text(s, "5.dw_shape").contains("199 x 199 x 10"), text(s, "5.dw_shape"));
    }

    @Test
    void aBulletedRomanAloneOnItsLineWithItsAnswerOnTheNext() {
        var s = split(ExamRubrics.ct3(), "## Q 1 - a\n- i\n4\n- ii\n5\n## Q 1 - b\n- i\nC_t = (0.7, 0.2, 0.05)\n- ii\nh_t = 0.6044");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("C_t = (0.7, 0.2, 0.05)", text(s, "1b.i"));
        assertEquals("h_t = 0.6044", text(s, "1b.ii"));
        var skipping = split(ExamRubrics.ct3(), "1. (a) i) 4\n- iv\n3");
        assertTrue(skipping.get("1a.iv").isEmpty(), "a lone numeral is believed only as the next sibling");
        assertEquals("4\n- iv\n3", text(skipping, "1a.i"));
    }

    @Test
    void levelsSetApartBySpacesAreALabel() {
        var s = split(ExamRubrics.ct3(), "ABHI 17IE10045\n1 a i - 4\n1 a ii - 5\n1 b i -\nC_t = [0.70, 0.20, 0.05]\n"
                + "3 a - W_f is 3 x 5\n3 b: 3");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("C_t = [0.70, 0.20, 0.05]", text(s, "1b.i"));
        assertEquals("W_f is 3 x 5", text(s, "3a"));
        assertEquals("3", text(s, "3b"));
        var working = split(ExamRubrics.ct3(), "ABHI 17IE10045\n3. (c)\n2 a b - 1\n4 a x 18 = 72");
        assertTrue(text(working, "3c").contains("2 a b - 1") && text(working, "3c").contains("4 a x 18"), text(working, "3c"));
    }

    @Test
    void aQuestionNumberAfterTheWordNoInALatexSectionHeading() {
        var s = split(ExamRubrics.ct3(), "\\section*{Answer to Question No. 2}\n(b) zero weights, so 0\n"
                + "\\section*{Ans. to Q. No. 5}\nthe depthwise output is 199 x 199 x 3");
        assertEquals("zero weights, so 0", text(s, "2b"));
        assertEquals("the depthwise output is 199 x 199 x 3", text(s, "5.dw_shape"));
    }

    @Test
    void levelsJoinedByDashesThroughout() {
        var s = split(ExamRubrics.ct3(), "Q-1-a-i   f_t -> 4\nQ-1-a-ii  i_t -> 5\nQ-3-b\nb_f is 3 x 1");
        assertEquals("f_t -> 4", text(s, "1a.i"));
        assertEquals("i_t -> 5", text(s, "1a.ii"));
        assertEquals("b_f is 3 x 1", text(s, "3b"));
    }

    @Test
    void aLabelInACodeCommentBetweenRulesOfEqualsSigns() {
        var s = split(ExamRubrics.ct3(), "# ==== Q1 (b) (i) ====\nC = [0.7, 0.2, 0.05]\n# ==== Q5 ====\ndepthwise out 199 x 199 x 3");
        assertEquals("C = [0.7, 0.2, 0.05]", text(s, "1b.i"));
        assertEquals("depthwise out 199 x 199 x 3", text(s, "5.dw_shape"));
        var working = split(ExamRubrics.ct3(), "3. (c)\n4 === 4\nx (b) y");
        assertTrue(text(working, "3c").contains("4 === 4"), "an equals rule inside working is no decoration");
    }

    @Test
    void romanItemsSpacedOffFromTheirAnswersUnderADottedPart() {
        var s = split(ExamRubrics.ct3(), "1.a\n i    4\n ii   5\n iii  8\n iv 3\n1.b\n i    C_t = (0.7, 0.2, 0.05)\n ii   h_t = 0.6044");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("8", text(s, "1a.iii"));
        assertEquals("3", text(s, "1a.iv"), "one space is enough once the script lists its items so");
        assertEquals("C_t = (0.7, 0.2, 0.05)", text(s, "1b.i"));
        assertEquals("h_t = 0.6044", text(s, "1b.ii"));
        var once = split(ExamRubrics.ct3(), "1. (a)\ni   think f_t is 4");
        assertTrue(once.get("1a.i").isEmpty(), "a lone spaced i is no list of items");
    }

    @Test
    void labelsWrittenInBracketsAfterTheirAnswers() {
        var s = split(ExamRubrics.ct3(), "Roll 19XY30021, test 3\nf_t sits at 4   (1a i)\ni_t sits at 5   (1a ii)\n\nb_f is 3 by 1   (3b)\n"
                + "0 weights to learn   (2b)\nwith f = 1 the gradient\npasses back unchanged   (4b)");
        assertEquals("f_t sits at 4", text(s, "1a.i"));
        assertEquals("i_t sits at 5", text(s, "1a.ii"));
        assertEquals("b_f is 3 by 1", text(s, "3b"));
        assertEquals("0 weights to learn", text(s, "2b"));
        assertEquals("with f = 1 the gradient\npasses back unchanged", text(s, "4b"));
        var comments = split(ExamRubrics.ct3(), "# Q1 (a)\nf_t = 4    # (i)\ni_t = 5    # (ii)\no_t = 8    # (iii)");
        assertEquals("4", text(comments, "1a.i").replaceAll(".*= ", ""));
        assertEquals("i_t = 5", text(comments, "1a.ii"));
        var equations = split(ExamRubrics.ct3(), "1. (b)(i) C_t = f C + i C~   (1)\n= (0.7, 0.2, 0.05)   (2)\nh_t = o tanh(C_t)   (3)");
        assertTrue(text(equations, "1b.i").contains("(0.7, 0.2, 0.05)   (2)"), "equation numbers are no labels");
    }

    @Test
    void labelsInSquareBracketsAfterTheirAnswersNamingTheQuantity() {
        var s = split(ExamRubrics.ct3(), "16ME32007\n4      [1a-i   f_t]\n5      [1a-ii  i_t]\n(0.7, 0.2, 0.05)      [1b-i]\n"
                + "   because f_t*C_{t-1} = (0.2, 0.2, 0) and i_t*C~_t = (0.5, 0, 0.05)\n      [2a]\n72      [3c]\n   from 4 gates\n"
                + "198 x 198 x 3      [5 depthwise output]\n198 x 198 x 10      [5 pointwise output]\n"
                + "   depthwise mults 198*198*16*3 = 1,881,792\n3,057,912 multiplications      [5 total]");
        assertEquals("4", text(s, "1a.i"), "a number alone before its label is the answer");
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("(0.7, 0.2, 0.05)", text(s, "1b.i"), "working under the answer states a step, not the answer");
        assertTrue(s.get("2a").isEmpty());
        assertFalse(s.get("2a").isDoubtful(), "a label alone after an answer is an item left unanswered: " + s.get("2a").doubt());
        assertEquals("72\nfrom 4 gates", text(s, "3c"), "working indented under its answer is not the next answer");
        assertEquals("198 x 198 x 3", text(s, "5.dw_shape"));
        assertEquals("198 x 198 x 10", text(s, "5.pw_shape"), "the label names the quantity");
        assertEquals("3,057,912 multiplications", text(s, "5.total"));
    }

    @Test
    void answersInBoldFirstThenAnArrowToTheirDottedLabel() {
        var s = split(ExamRubrics.week8(), "**Daniel** 1006042<br>\n**No** <- 1.1<br>\nnothing in c_{t-1} uses h_{t-1}\n"
                + "**(26, 28)** <- 2.1<br>\n⌊(78+4−5)/3⌋+1 = 25+1\n**52** <- 2.3<br>\n**100,352** <- 2.4 trainable parameters<br>\n"
                + "7·7·32 = 1568 weights per kernel\n**2,508,800 multiplications** <- 2.4<br>");
        assertEquals("No\nnothing in c_{t-1} uses h_{t-1}", text(s, "T1.1"), "the line break joins the working to the answer above");
        assertEquals("(26, 28)", text(s, "T2.1"));
        assertEquals("52", text(s, "T2.3"));
        assertEquals("100,352", text(s, "T2.4.params"));
        assertEquals("2,508,800 multiplications", text(s, "T2.4.mults"));
        var updates = split(ExamRubrics.week8(), "T2.1 24 x 24\nw <- 2\nb <- 1\nv <- 3");
        assertEquals("24 x 24\nw <- 2\nb <- 1\nv <- 3", text(updates, "T2.1"), "an arrow to a bare number is an update");
    }

    @Test
    void pictographBulletsBeforeLabelsAndHeadings() {
        var s = split(ExamRubrics.ct3(), "## \u25c6 Q1\n\ud83d\udd38 (a)(i) f_t \u27a4 4\n\ud83d\udd38 (a)(ii) 5\n"
                + "## \u25c6 Q3\n\u25b6\ufe0f (b) b_f is 3 x 1\n\u2705 (c) 48 in all");
        assertEquals("f_t \u27a4 4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("b_f is 3 x 1", text(s, "3b"));
        assertEquals("48 in all", text(s, "3c"));
    }

    @Test
    void anArrowStartingALineGoesOnWithWorkingRatherThanBulletingALabel() {
        var s = split(ExamRubrics.ct3(), "3. (a) W_f = 3 x 5\n(b) b_f = 3 x 1\n\u279c 2. entries per unit: one");
        assertEquals("b_f = 3 x 1\n\u279c 2. entries per unit: one", text(s, "3b"));
        assertTrue(s.get("2a").isEmpty());
    }

    @Test
    void romanItemsDashedOffFromTheirAnswersUnderAQuestionAndPartHeading() {
        var s = split(ExamRubrics.ct3(), "Q1A\n i - 4\n ii - 5\n iii: 8\nq1B\n i - C_t = (0.7, 0.2, 0.05)\n ii \u2013 h_t = 0.6044");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("8", text(s, "1a.iii"));
        assertEquals("C_t = (0.7, 0.2, 0.05)", text(s, "1b.i"));
        assertEquals("h_t = 0.6044", text(s, "1b.ii"));
        var once = split(ExamRubrics.ct3(), "1. (b)\ni - 1 is the step before");
        assertTrue(once.get("1b.i").isEmpty(), "a lone dashed i is no list of items");
    }

    @Test
    void compactLabelsTheScriptStartsLinesWithAreReadInsideALineToo() {
        var s = split(ExamRubrics.ct3(), "Ans 1(a):\n1a-i. 4     1a-ii. 5     1a-iii. 8\n1a-iv. 1    1a-v. 3      1a-vi. 7\n"
                + "Ans 2(b):\nAdditional parameters = 0");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("8", text(s, "1a.iii"));
        assertEquals("1", text(s, "1a.iv"));
        assertEquals("3", text(s, "1a.v"));
        assertEquals("7", text(s, "1a.vi"));
        assertEquals("Additional parameters = 0", text(s, "2b"));
    }

    @Test
    void aBlankQuestionWhoseLabelIsWrittenInsideAnotherAnswerIsDoubtedNotBlank() {
        var s = split(ExamRubrics.ct3(), "1a-i. 4     1a-iii. 8\n1a-ii. 5\n1a-iv. 1\n2b. 0");
        assertTrue(s.get("1a.iii").isEmpty());
        assertTrue(s.get("1a.iii").isDoubtful(), "1a-iii. stands inside 1a.i's answer");
        assertTrue(s.get("1a.v").isEmpty());
        assertFalse(s.get("1a.v").isDoubtful(), s.get("1a.v").doubt());
    }

    @Test
    void spacedLevelsAfterAQuestionWordSetOffFromTheAnswerByAColumnOfSpaces() {
        var s = split(ExamRubrics.ct3(), "Q 3 a   W_f is (3, 5)\nQ 3 b   b_f is (3, 1)\nQ 1 a i     f_t  = 4\n"
                + "Q 1 a ii    i_t  = 8\nQ 1 b i     C_t = (0.7, 0.2, 0.05)");
        assertEquals("W_f is (3, 5)", text(s, "3a"));
        assertEquals("b_f is (3, 1)", text(s, "3b"));
        assertEquals("f_t  = 4", text(s, "1a.i"));
        assertEquals("i_t  = 8", text(s, "1a.ii"));
        assertEquals("C_t = (0.7, 0.2, 0.05)", text(s, "1b.i"));
    }

    @Test
    void anOrdinalPartBeforeABracketedLetterIsThatLetterLabel() {
        var s = split(ExamRubrics.ct3(), "## Question One\n\n**First part (a)** — matching\n\n- (i) $f_t$ → position **4**\n\n"
                + "**Second part (b)**\n\n(i) $C_t = (0.7, 0.2, 0.05)$\n\n(ii) $h_t = (0.6044, 0, 0)$");
        assertTrue(text(s, "1a.i").contains("4"), text(s, "1a.i"));
        assertFalse(s.get("1a.i").isDoubtful(), s.get("1a.i").doubt());
        assertTrue(text(s, "1b.i").contains("0.05"), text(s, "1b.i"));
        assertFalse(s.get("1b.i").isDoubtful(), s.get("1b.i").doubt());
        assertTrue(text(s, "1b.ii").contains("0.6044"), text(s, "1b.ii"));
    }

    @Test
    void labelsNumberedAtEveryLevelReadByPositionWhereTheRubricLetters() {
        var s = split(ExamRubrics.ct3(), "\\section*{Question 1}\n\\begin{itemize}\n  \\item[1.1.1] $f_t$: position $4$\n"
                + "  \\item[1.1.3] $o_t$: position $8$\n\\end{itemize}\n\\paragraph{1.2.1}\n\\[ C_t = (0.7, 0.2, 0.05) \\]\n"
                + "\\section*{Question 2}\n\\paragraph{2.2} The score needs $0$ additional parameters.");
        assertEquals("$f_t$: position $4$", text(s, "1a.i"));
        assertTrue(text(s, "1a.iii").startsWith("$o_t$: position $8$"), text(s, "1a.iii"));
        assertEquals("\\[ C_t = (0.7, 0.2, 0.05) \\]", text(s, "1b.i"));
        assertEquals("The score needs $0$ additional parameters.", text(s, "2b"));
    }

    @Test
    void twoLevelNumbersAloneDoNotMakeAScriptNumberItsPartsByPosition() {
        var s = split(ExamRubrics.ct3(), "1. (b) (i) C_t =\n1.2 + 0.5 = 0.7\n2. (b) 0");
        assertTrue(s.get("1a.ii").isEmpty());
        assertTrue(text(s, "1b.i").contains("1.2 + 0.5"), text(s, "1b.i"));
    }

    @Test
    void aQuestionNumberWrappedOntoALineOfItsOwnMidSentenceStaysInTheAnswer() {
        String script = "Question 1\n(a) i) 4\nQuestion 5\nEach channel gets its own 4x4 filter, padding 1, stride\n1:\n"
                + "depthwise output 199 x 199 x 3\npointwise output 199 x 199 x 10\ntotal = 3,088,878";
        var s = split(ExamRubrics.ct3(), script);
        assertTrue(text(s, "5.total").contains("3,088,878"), text(s, "5.total"));
        assertEquals("4", text(s, "1a.i"));
    }

    @Test
    void aQuestionNumberAloneAfterASentenceThatEndedStillGoesBackToThatQuestion() {
        String script = "Question 1\n(a) i) 4\nQuestion 5\ntotal = 3,088,878.\n1:\n(a) ii) 5";
        var s = split(ExamRubrics.ct3(), script);
        assertEquals("5", text(s, "1a.ii"));
    }

    @Test
    void aPartLeftBlankWhenTheScriptGoesBackToAnAnsweredQuestionIsNotSurelyBlank() {
        String script = "Question 1\n(a) i) 4\nQuestion 5\ndepthwise output 199 x 199 x 3 with padding 1 and stride\n"
                + "1. (b) The pointwise output is 199 x 199 x 10";
        var s = split(ExamRubrics.ct3(), script);
        assertTrue(s.get("5.total").isEmpty());
        assertTrue(s.get("5.total").isDoubtful(), "the rest of question 5 may be under the 1 read as a label");
        var answeredInOrder = split(ExamRubrics.ct3(), "Question 1\n(a) i) 4\nQuestion 5\ntotal 3,088,878");
        assertFalse(answeredInOrder.get("1a.ii").isDoubtful(), answeredInOrder.get("1a.ii").doubt());
    }

    @Test
    void aLineWhoseReasoningNamesAnotherQuestionIsAboutTheOneItsResultNames() {
        var s = split(ExamRubrics.week8(), "Task 2\n4. multiplications: 2,508,800\n"
                + "one addition per multiplication (starting from 0), so additions =\n2.5088e+06");
        assertTrue(text(s, "T2.4.adds").endsWith("2.5088e+06"), text(s, "T2.4.adds") + " || mults: " + text(s, "T2.4.mults"));
        assertFalse(text(s, "T2.4.mults").contains("2.5088e+06"), text(s, "T2.4.mults"));
    }

    @Test
    void aDashedPathWithABracketedRomanIsReadWholeAndItsAnswerOnTheNextLineAfterAnArrow() {
        var s = split(ExamRubrics.ct3(), "Q1-a-(i)  f_t is the forget gate\n\u2192 4\n\nQ1-a-(ii)  i_t, input gate\n\u2192 5\n\n"
                + "Q1-b-(i)\nC_t = (0.7, 0.2, 0.05)\n\nQ2-b\n\u2192 0 extra parameters");
        assertTrue(text(s, "1a.i").endsWith("\u2192 4"), text(s, "1a.i"));
        assertTrue(text(s, "1a.ii").endsWith("\u2192 5"), text(s, "1a.ii"));
        assertEquals("C_t = (0.7, 0.2, 0.05)", text(s, "1b.i"));
        assertEquals("\u2192 0 extra parameters", text(s, "2b"));
    }

    @Test
    void aPathWhoseLevelsAreSetOffBySlashesIsReadToItsBareRoman() {
        var s = split(ExamRubrics.ct3(), "Part 1 / (a) / i    f_t  \u2014 Ans: 4\nPart 1 / (a) / ii   i_t  \u2014 Ans: 5\n"
                + "Part 1 / (b) / i\nAns: C_t = [0.7, 0.2, 0.05]\nPart 2 / (b)\nAns: 0");
        assertEquals("f_t  \u2014 Ans: 4", text(s, "1a.i"));
        assertEquals("i_t  \u2014 Ans: 5", text(s, "1a.ii"));
        assertEquals("Ans: C_t = [0.7, 0.2, 0.05]", text(s, "1b.i"));
        assertEquals("Ans: 0", text(s, "2b"));
        var noSlash = split(ExamRubrics.ct3(), "1. (a) ii) i: 3");
        assertEquals("i: 3", text(noSlash, "1a.ii"), "without a slash a bare letter after a closed label is its answer");
    }

    @Test
    void aDottedRomanEndingItsLineIsALabelWithItsWorkingBelow() {
        var s = split(ExamRubrics.ct3(), "1 a) i.   f_t  : 4\n\n1 b) i.\n>>> f*c_prev + i*c_tilde\narray([0.7 , 0.2 , 0.05])\n\n"
                + "1 b) ii.\nh_t = [0.6044, 0, 0]");
        assertEquals("f_t  : 4", text(s, "1a.i"));
        assertTrue(text(s, "1b.i").contains("array([0.7 , 0.2 , 0.05])"), text(s, "1b.i"));
        assertEquals("h_t = [0.6044, 0, 0]", text(s, "1b.ii"));
    }

    @Test
    void symbolCuesAreMatchedThroughAMinusSignAndATildeAccent() {
        var s = split(ExamRubrics.ct3QuestionOneWithCues(),
                "1. (a)\nf_t \u2192 5\ni_t \u2192 4\nC_t \u2192 3\nC_{t\u22121} \u2192 1\nC\u0303_t \u2192 7\n(b) (i)\nC_t = [0.7, 0.2, 0.05]");
        assertEquals("C_t \u2192 3", text(s, "1a.iv"));
        assertEquals("C_{t\u22121} \u2192 1", text(s, "1a.v"));
        assertEquals("C\u0303_t \u2192 7", text(s, "1a.vi"));
    }

    @Test
    void numberedItemsSetApartInsideALineAreEachTheirOwnItem() {
        var s = split(ExamRubrics.week8(), "Task 2\n1) 26 x 28   2) 32 x 30   3) 52, 53, 54\n4) params 100352");
        assertEquals("26 x 28", text(s, "T2.1"));
        assertEquals("32 x 30", text(s, "T2.2"));
        assertEquals("52, 53, 54", text(s, "T2.3"));
        var working = split(ExamRubrics.week8(), "Task 2\n1) (78 + 4 - 5)/3 + 1 = 26 and (84 - 1) 3) 28");
        assertTrue(s.get("T2.2").fragments().size() == 1 && working.get("T2.3").isEmpty(),
                "a number after one space is working: " + text(working, "T2.1"));
    }

    @Test
    void itemsBlankBesideALineAnsweringARunOfThemAreNotSurelyBlank() {
        var s = split(ExamRubrics.ct3(), "1(a)(i)-(vi): 4, 5, 8, 1, 3, 7\n1(b)(i): (0.7, 0.2, 0.05)\n3(c): 72");
        assertTrue(s.get("1a.ii").isEmpty());
        assertTrue(s.get("1a.ii").isDoubtful(), "answered in the run on a page not written out");
        assertFalse(s.get("3a").isDoubtful(), "question 3 has no run: " + s.get("3a").doubt());
    }

    @Test
    void aListOfPlainNumbersUnderAPartIsItsItemsInOrder() {
        var s = split(ExamRubrics.ct3(), "1a: 4 5 8 3 1 7\n1b (i) (0.7, 0.2, 0.05)");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("8", text(s, "1a.iii"));
        assertEquals("7", text(s, "1a.vi"));
        var commas = split(ExamRubrics.ct3(), "1. (a) 4, 5, 8, 3, 1, 7");
        assertEquals("1", text(commas, "1a.v"));
        var tooFew = split(ExamRubrics.ct3(), "1a: 4 5 8 3 1\n1b (i) (0.7, 0.2, 0.05)");
        assertTrue(tooFew.get("1a.i").isEmpty() && tooFew.get("1a.i").isDoubtful(), "five numbers for six parts: a person decides");
    }
    @Test
    void aTaskNeverReadIsNotBlankWhileLinesBelongToNoQuestionUnderAnotherTask() {
        var s = split(ExamRubrics.week8(), "Student ID 1003376. I replied inline under each question. Skipped a few of\n"
                + "Task 1, sorry.\n> spatial size (78, 84), kernel (5,5), stride 3, padding 2\n=> (26, 28)\n"
                + "> input (512, 25, 25), kernel (1, 1), 128 kernels\n512 * 128 = 65,536 trainable parameters");
        assertTrue(s.get("T2.1").isDoubtful(), "task 2 was never read, and lines under task 1 may be its answers");
        assertTrue(s.get("T2.5.params").doubt().contains("5 lines belong to no question"), s.get("T2.5.params").doubt());
        var answered = split(ExamRubrics.week8(), "Task 1\nNo idea\n1. No, it is not\nTask 2\n1. 26 x 28");
        assertFalse(answered.get("T2.2").isDoubtful(), "task 2 was read: lines under task 1 are task 1's: " + answered.get("T2.2").doubt());
    }
    @Test
    void aQuestionNumberInWordsBeforeItsBracketedPart() {
        var s = split(ExamRubrics.ct3(), "Roll No: 18CS30011\nQuestion One (a) part (i): f_t is at position 4\n"
                + "Question One (a) part (ii): i_t is at position 8\nQuestion Three (b)\n=> b_f is 3 x 1");
        assertEquals("f_t is at position 4", text(s, "1a.i"));
        assertEquals("i_t is at position 8", text(s, "1a.ii"));
        assertEquals("=> b_f is 3 x 1", text(s, "3b"));
        var steps = split(ExamRubrics.ct3(), "Roll No: 18CS30011\nQuestion One (b) part (i)\n  Step 1: C_t = f_t C_{t-1} + i_t C~_t\n"
                + "  => C_t = (0.7, 0.2, 0.05)\nQuestion Two (a)\n  dot product\nQuestion Two (b)\n  Step 1: no W_a to learn\n"
                + "  => extra parameters = 0\nQuestion Three (a)\n  => W_f is 3 x 2\nQuestion Three (b)\n  => b_f is 3 x 1");
        assertTrue(text(steps, "1b.i").endsWith("=> C_t = (0.7, 0.2, 0.05)"), "headings are no labels after answers: " + text(steps, "1b.i"));
        assertTrue(text(steps, "2b").endsWith("=> extra parameters = 0"), text(steps, "2b"));
        assertEquals("=> W_f is 3 x 2", text(steps, "3a"));
    }
    @Test
    void ordinalTasksAndQuestionsWrittenInWords() {
        var s = split(ExamRubrics.week8(), "ID 1003342\nFIRST TASK\n\nFirst question:\n  No, it is not\n\nThird question:\n"
                + "  sigma'(z) = sigma(z) * (1 - sigma(z))\n\nSECOND TASK\n\nSecond question:\n  31 x 30\n\nFifth question:\n"
                + "  1 x 1 x 512 x 128 = 65,536 weights");
        assertEquals("No, it is not", text(s, "T1.1"));
        assertEquals("sigma'(z) = sigma(z) * (1 - sigma(z))", text(s, "T1.3"));
        assertEquals("31 x 30", text(s, "T2.2"));
        assertEquals("1 x 1 x 512 x 128 = 65,536 weights", text(s, "T2.5.params"));
    }

    @Test
    void aPartLetterSetOffByAnEmDashAfterTheWordPart() {
        var s = split(ExamRubrics.ct3QuestionOneWithCues(), "Roll 19CS30047\n#### Question 1, part a \u2014 positions in the diagram\n\n    f_t: 4, i_t: 5\n"
                + "#### Question 1, part b\n(i) C_t = (0.7, 0.2, 0.05)");
        assertEquals("f_t: 4", text(s, "1a.i"), "the part's lines are its items' by their cues, not the question restated");
        assertEquals("i_t: 5", text(s, "1a.ii"));
    }

    @Test
    void aDictionaryAsANotebookPrintsItNamesEachItemsQuantity() {
        var s = split(ExamRubrics.ct3QuestionOneWithCues(), "Roll 19CS30047\nQuestion 1 (a)\n{'f_t': 4, 'i_t': 5, 'o_t': 8}\nQuestion 1 (b)\n(i) C_t = (0.7, 0.2, 0.05)");
        assertEquals("{'f_t': 4", text(s, "1a.i"));
        assertEquals("'i_t': 5", text(s, "1a.ii"));
        assertEquals("'o_t': 8}", text(s, "1a.iii"));
        var set = split(ExamRubrics.week8(), "ID 1001234\nTask 2\n3) {52, 53, 54}");
        assertEquals("{52, 53, 54}", text(set, "T2.3"), "a set's braces still hold one answer");
    }

    @Test
    void aRemarkNamingTwoQuantitiesIsAboutTheOneItsValueIsStatedFor() {
        var s = split(ExamRubrics.ct3(), "Roll 19CS30047\nQuestion 5\nDepthwise: (200 + 2 - 4)/1 + 1 = 199 per side\n"
                + "sorry, the line above is the pointwise output. Depthwise output is 199 x 199 x 3.\nPointwise: 199 x 199 x 10");
        assertFalse(text(s, "5.pw_shape").contains("199 x 199 x 3"), text(s, "5.pw_shape"));
        assertTrue(text(s, "5.dw_shape").contains("Depthwise output is 199 x 199 x 3"), text(s, "5.dw_shape"));
    }

    @Test
    void aTasksNumberRestatedBeforeARomanNumeralUnderItsHeadingLeavesTheNumeralAsTheItem() {
        var s = split(ExamRubrics.week8(), "ID 1004401\n### Task 1\n\n1(i) No.\n\n1(ii) dh = x\n\n1(iii) sigma(z)(1-sigma(z))\n\n"
                + "### Task 2\n\n2(i) output (26, 28)\n\n2(ii) (31, 30)");
        assertEquals("No.", text(s, "T1.1"));
        assertEquals("dh = x", text(s, "T1.2"));
        assertEquals("sigma(z)(1-sigma(z))", text(s, "T1.3"));
        assertEquals("output (26, 28)", text(s, "T2.1"));
        assertTrue(text(s, "T2.2").startsWith("(31, 30)"), text(s, "T2.2"));
    }

    @Test
    void aLabelWrittenAgainAsFinalReplacesTheEarlierAnswerOfEveryQuestionSharingIt() {
        var s = split(ExamRubrics.ct3(), "Roll 19CS30047\nQues 5: depthwise output = 199 x 199 x 3.\n"
                + "Total multiplications = 4*4*200*200*3 + 199*199*3*10 = 3,108,030.\n"
                + "Ques 5 (final): I counted the depthwise step over the input by mistake, it has\n"
                + "to be over the 199 x 199 output positions:\n1,900,848 + 1,188,030 = 3,088,878\nmultiplications in total.");
        assertFalse(text(s, "5.total").contains("3,108,030"), text(s, "5.total"));
        assertTrue(text(s, "5.total").contains("multiplications in total."), text(s, "5.total"));
    }

    @Test
    void tasksInRomanNumeralsWithTheItemAfterADash() {
        var s = split(ExamRubrics.week8(), "## Tsk 2\n**Task II – 1.** I think it is 26 x 28\n**Task II – 3.** 52, 53 or 54");
        assertEquals("I think it is 26 x 28", text(s, "T2.1"));
        assertEquals("52, 53 or 54", text(s, "T2.3"));
    }

    @Test
    void misspeltHeadingWordsStillHeadTheirQuestions() {
        var s = split(ExamRubrics.ct3(), "Quesiton 3\n(a) W_f is 3 x 5\nQeustion 2\n(b) 0 extra");
        assertEquals("W_f is 3 x 5", text(s, "3a"));
        assertEquals("0 extra", text(s, "2b"));
    }

    @Test
    void levelsJoinedByDashesAndAStudentsOwnLetterForAnswersOfOneQuestion() {
        var s = split(ExamRubrics.week8(), "2-1: (26, 28)\n2-4-a (params): 7 x 7 x 32 x 64 = 100,352\n"
                + "2-4-b (mults): 2,508,800\n2-5: 65,536\nthe difference 1-4 = -3 is no label");
        assertEquals("(26, 28)", text(s, "T2.1"));
        assertTrue(text(s, "T2.4.params").contains("100,352"), text(s, "T2.4.params"));
        assertTrue(text(s, "T2.5.params").startsWith("65,536"), text(s, "T2.5.params"));
    }

    @Test
    void aSmallTaskLetterSpacedFromItsQuestionAndTheWordNumberAfterASlash() {
        var s = split(ExamRubrics.week8(), "t2 q1 dims\nans 26 x 28\nPart 2 / No. 3\ninput size = 52, 53 or 54");
        assertEquals("ans 26 x 28", text(s, "T2.1").replace("dims", "").strip());
        assertEquals("input size = 52, 53 or 54", text(s, "T2.3"));
    }

    @Test
    void romanItemsTypedWithOneSpaceCountAsLabelsOnlyInARunFromI() {
        var s = split(ExamRubrics.ct3(), "q1a\ni f_t 4\nii i_t 5\niii o_t 8\niv c_t 3\n\nq1 b i\nct = (0.7, 0.2, 0.05)");
        assertEquals("f_t 4", text(s, "1a.i"));
        assertEquals("c_t 3", text(s, "1a.iv"));
        var prose = split(ExamRubrics.ct3(), "1. (a)\ni think f_t is 4\nii i_t 5");
        assertTrue(prose.get("1a.i").isEmpty() && prose.get("1a.ii").isEmpty(), "without a run counted out from i, 'i think' is no label");
    }

    @Test
    void aCapitalTaskLetterBeforeAColonAndItsFirstItemOnOneLine() {
        var s = split(ExamRubrics.week8(), "T2: 1) (26,28)   2) (31,30)\n3) n in {52, 53, 54}");
        assertEquals("(26,28)", text(s, "T2.1"));
        assertEquals("(31,30)", text(s, "T2.2"));
        assertEquals("n in {52, 53, 54}", text(s, "T2.3"));
    }

    @Test
    void partsCountedInWordsUnderAQuestionInWords() {
        var s = split(ExamRubrics.ct3(), "Question Three\n\nFirst part\n\nW_f is 3 x 5\n\nSecond part\n\nb_f is 3 x 1\n");
        assertEquals("W_f is 3 x 5", text(s, "3a"));
        assertEquals("b_f is 3 x 1", text(s, "3b"));
    }

    @Test
    void onTypedTextALetterLikeAOneAfterAHeadingWordIsAWordNotALabel() {
        var s = split(ExamRubrics.week8(), "Task 1. For the first one, no. For the gate\nquestion I\nthink the argmax does not move.\n"
                + "Task 2. 1) 26 x 28");
        assertTrue(text(s, "T2.1").contains("26 x 28"), text(s, "T2.1"));
        assertTrue(s.get("T1.2").isEmpty() && s.get("T1.2").isDoubtful(), "the task's items are unlabelled, not blank: " + s.get("T1.2").doubt());
    }

    @Test
    void aBracketedCountFollowedByAndIsASentenceGoingOnNotALabel() {
        var s = split(ExamRubrics.ct3(), "3. (c) per gate W_ih (3 x 2 = 6), W_hh (3 x 3 = 9), b_ih\n(3) and b_hh (3), i.e. 21 per gate.\n"
                + "Total = 4 x 21 = 84 parameters.");
        assertTrue(text(s, "3c").endsWith("Total = 4 x 21 = 84 parameters."), text(s, "3c"));
    }

    @Test
    void itemsAnsweredOneAfterAnotherGoOnOntoALineThePageWrapped() {
        var s = split(ExamRubrics.week8(), "T2: 1) (78+4-5)/3 = 77/3 = 25.67 -> 25, +1 = 26; (84+4-5)/3 = 83/3 =\n"
                + "    27.67 -> 27, +1 = 28 => (26,28)   2) (64-3)/2+1 = 30+1 = 31;\n    (64-5)/2+1 = 29+1 = 30 => (31,30)\n3) n in {52, 53, 54}");
        assertTrue(text(s, "T2.1").endsWith("=> (26,28)"), text(s, "T2.1"));
        assertTrue(text(s, "T2.2").endsWith("=> (31,30)"), text(s, "T2.2"));
        var notWrapped = split(ExamRubrics.week8(), "T2: 1) (26,28)\nworking: 2) is not an item here\n2) (31,30)");
        assertEquals("(31,30)", text(notWrapped, "T2.2"));
    }

    @Test
    void aBracketClosingADivisionAtALineStartIsArithmeticNotALabel() {
        var s = split(ExamRubrics.week8(), "Question 2.2: the height is floor((50 - 3)/2) + 1 = 24 and the width is floor((50 -\n"
                + "5)/2) + 1 = 23\nQuestion 2.3: 52, 53, 54");
        assertTrue(text(s, "T2.2").endsWith("5)/2) + 1 = 23"), text(s, "T2.2"));
        assertTrue(s.get("T2.5.params").isEmpty());
        var labelled = split(ExamRubrics.week8(), "Task 2\n5) 65536");
        assertEquals("65536", text(labelled, "T2.5.params"));
    }

    @Test
    void questionsPartsAndItemsCountedInWords() {
        var s = split(ExamRubrics.ct3(), "Question One, part (a)\n  item one   (f_t):   position 4\n  item two:  5\n"
                + "Question One, part (b)\n  item one:\n    C_t = {0.7, 0.2, 0.05}\n  item two:\n    h_t = {0.6044, 0, 0}\n"
                + "Question Three, part (c)\n  4 x 18 = 72\nitem one is the forget gate");
        assertEquals("(f_t):   position 4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("C_t = {0.7, 0.2, 0.05}", text(s, "1b.i"));
        assertEquals("h_t = {0.6044, 0, 0}", text(s, "1b.ii"));
        assertTrue(text(s, "3c").startsWith("4 x 18 = 72"), text(s, "3c"));
        assertTrue(text(s, "3c").endsWith("item one is the forget gate"), "prose is no label: " + text(s, "3c"));
    }

    @Test
    void anAnswerMovedToTheEndSaysWhereItBelongs() {
        var s = split(ExamRubrics.ct3(), "Q1.\n(b)(i) C_t = {0.7, 0.2, 0.05}\nQ3.\n(a) 3 x 5\n(c) 4 x 15 = 60\n"
                + "(continued from Q1) - part (a), forgot it above:\n i. 4\n ii. 5\n"
                + "(continued from Q3) **ignore my earlier answer to 3c, the right one is 72**\n4 x 18 = 72");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        assertTrue(text(s, "3c").contains("the right one is 72"), text(s, "3c"));
        assertEquals("3 x 5", text(s, "3a"));
    }

    @Test
    void aFormExportNamesEachAnswerByItsQuestionId() {
        var s = split(ExamRubrics.ct3(), "Respondent: A. Student\n-----\nQuestion ID: 1(a)(ii)\nResponse: 5\nConfidence: high\n-----\n"
                + "Question ID: 3(c)\nResponse: 72\n");
        assertEquals("Response: 5\nConfidence: high\n-----", text(s, "1a.ii"));
        assertTrue(text(s, "3c").startsWith("Response: 72"), text(s, "3c"));
    }

    @Test
    void anAnswerToAnItemNamesItsLabel() {
        var s = split(ExamRubrics.ct3(), "Answer to item 1(a)(ii): i_t -> Ans. 5\nAnswer to item 3(b):\nAns. b_f is 3 x 1");
        assertEquals("i_t -> Ans. 5", text(s, "1a.ii"));
        assertEquals("Ans. b_f is 3 x 1", text(s, "3b"));
    }

    @Test
    void labelsClosingSentencesAfterADashOrInBrackets() {
        var s = split(ExamRubrics.ct3(), "The forget gate sits at position 4 of the diagram — 1(a)(i).\n"
                + "The input gate is at position 5 — 1(a)(ii).\n"
                + "So C_t = (0.7, 0.2, 0.05) (1(b)(i)).\n"
                + "A dot product has nothing to learn, so zero extra parameters [2(b)].\n"
                + "The depthwise output is 199 × 199 × 3 — 5 (depthwise size).\n"
                + "The final output is 199 × 199 × 10 — 5 (pointwise size).");
        assertEquals("The forget gate sits at position 4 of the diagram", text(s, "1a.i"));
        assertEquals("The input gate is at position 5", text(s, "1a.ii"));
        assertEquals("So C_t = (0.7, 0.2, 0.05)", text(s, "1b.i"));
        assertEquals("A dot product has nothing to learn, so zero extra parameters", text(s, "2b"));
        assertEquals("The depthwise output is 199 × 199 × 3", text(s, "5.dw_shape"));
        assertEquals("The final output is 199 × 199 × 10", text(s, "5.pw_shape"));
        var week8 = split(ExamRubrics.week8(), "It is h_{t-1} that is computed from c_{t-1} (answer to 1.1).\n"
                + "σ'(z) = σ(z)(1 − σ(z)) — 1.3.\nSo (26, 28) — 2.1.\nSo (31, 30) — 2.2.");
        assertEquals("It is h_{t-1} that is computed from c_{t-1}", text(week8, "T1.1"));
        assertEquals("So (31, 30)", text(week8, "T2.2"));
    }

    @Test
    void aPartsClauseWrappedOntoTheNextLineKeepsItsWorking() {
        var s = split(ExamRubrics.ct3(), "3: W_f is 3 x 5 | b_f is 3 x 1 | total = 4\n    gates x (15 weights + 3 biases) = 72 params\n4(a): skipped");
        assertEquals("total = 4\ngates x (15 weights + 3 biases) = 72 params", text(s, "3c"));
        assertEquals("b_f is 3 x 1", text(s, "3b"));
        var closed = split(ExamRubrics.ct3(), "3: W_f is 3 x 5 | b_f is 3 x 1 | total = 72.\n    gates x 18 = 72 again\n4(a): skipped");
        assertEquals("total = 72.", text(closed, "3c"), "a clause closed by a stop takes no line below");
    }

    @Test
    void aKeyToTheScriptsOwnNumberingOpensNoTask() {
        var s = split(ExamRubrics.week8(), "Task 1 = Q1, Task 2 = Q2, parts lettered in order.\n\nQ1(a) No, it is not.\n"
                + "Q1(c) sigma(z)(1 - sigma(z))\nQ2(a)\nso the output is (26, 28).\nQ2(c) n in {52, 53, 54}");
        assertEquals("No, it is not.", text(s, "T1.1"));
        assertEquals("sigma(z)(1 - sigma(z))", text(s, "T1.3"));
        assertEquals("so the output is (26, 28).", text(s, "T2.1"));
        assertEquals("n in {52, 53, 54}", text(s, "T2.3"));
    }

    @Test
    void aCountOfThingsOpeningALineOfWorkingIsNoQuestionNumber() {
        var s = split(ExamRubrics.ct3(), "3 (c)\nEach gate: W = 3 x 2 = 6 weights, b = 3 biases -> 9.\n"
                + "4 gates (f, i, o, C~): 4 x (6 + 3) = 36 parameters.\n3(c) again\n4 weight matrices, each 3 x 5 = 15\n4 (a) dL/dc_t");
        assertTrue(text(s, "3c").contains("4 gates (f, i, o, C~): 4 x (6 + 3) = 36 parameters."), text(s, "3c"));
        assertTrue(text(s, "3c").contains("4 weight matrices, each 3 x 5 = 15"), text(s, "3c"));
        assertEquals("dL/dc_t", text(s, "4a"));
    }

    @Test
    void aTaskNumberBeforeItsItemInBrackets() {
        var s = split(ExamRubrics.week8(), "T1 (1) No, it is not.\nT1 (3) sigma(z)(1 - sigma(z))\nT2 (4) params = 100,352");
        assertEquals("No, it is not.", text(s, "T1.1"));
        assertEquals("sigma(z)(1 - sigma(z))", text(s, "T1.3"));
        assertTrue(text(s, "T2.4.params").contains("100,352"), text(s, "T2.4.params"));
    }

    @Test
    void aBareRomanItemAfterAClosedPartLetter() {
        var s = split(ExamRubrics.ct3(), "1(a) i: f_t is the first sigmoid → 4\n1(a) ii: i_t is the next one → 5\n"
                + "1(b) ii: h_t = (0.6044, 0, 0)");
        assertTrue(text(s, "1a.i").endsWith("f_t is the first sigmoid → 4"), text(s, "1a.i"));
        assertTrue(text(s, "1a.ii").endsWith("i_t is the next one → 5"), text(s, "1a.ii"));
        assertTrue(text(s, "1b.ii").endsWith("h_t = (0.6044, 0, 0)"), text(s, "1b.ii"));
    }

    @Test
    void bracketedItemNumbersSetApartInsideALine() {
        var s = split(ExamRubrics.week8(), "T2 (1) (26, 28)   (2) (31, 29)   (3) {52, 53, 54}   (4) 100352 params   (5) 65,536 params");
        assertEquals("(26, 28)", text(s, "T2.1"));
        assertEquals("(31, 29)", text(s, "T2.2"));
        assertEquals("{52, 53, 54}", text(s, "T2.3"));
        assertEquals("65,536 params", text(s, "T2.5.params"));
    }

    @Test
    void aRunOfBareRomanItemsPartedByCommas() {
        var s = split(ExamRubrics.ct3(), "**1.** (a) i – 4, ii – 5, iii – 8, iv – 3, v – 1, vi – don't know\n"
                + "Ans 1b - i 0.7, ii 0.6\n2. (b) 0");
        assertEquals("– 4,", text(s, "1a.i").strip());
        assertEquals("– 5,", text(s, "1a.ii").strip());
        assertEquals("– 1,", text(s, "1a.v").strip());
        assertEquals("– don't know", text(s, "1a.vi").strip());
        var plain = split(ExamRubrics.ct3(), "Ans 1a - i 4, ii 5, iii 6, iv 3, v 1, vi 7");
        assertEquals("6,", text(plain, "1a.iii").strip());
        assertEquals("7", text(plain, "1a.vi").strip());
    }

    @Test
    void aRunOfItemsPartedBySemicolonsTheirDashesGluedToTheirNumbers() {
        var s = split(ExamRubrics.ct3(), "1.\n(a) i-4; ii-5; iii-8; iv-1; v-3; vi-7\n"
                + "b) i => C_t = (0.7, 0.2, 0.05) | ii => h_t = (0.6044, 0, 0)\n2. (b) 0");
        assertEquals("4;", text(s, "1a.i").strip(), "the dash sets the answer off; it is no minus sign");
        assertEquals("5;", text(s, "1a.ii").strip());
        assertEquals("3;", text(s, "1a.v").strip());
        assertEquals("7", text(s, "1a.vi").strip());
        assertTrue(text(s, "1b.i").contains("(0.7, 0.2, 0.05)"), text(s, "1b.i"));
        assertTrue(text(s, "1b.ii").contains("(0.6044, 0, 0)"), text(s, "1b.ii"));
    }

    @Test
    void aCorrectionNamingItsLabelAfterAColonReplacesTheEarlierAnswer() {
        var s = split(ExamRubrics.ct3(), "3 (c) 4 x 15 = 60\n\n5. total = 3,088,878\n\n"
                + "*correction: 3 (c)* - I forgot the biases, 4 x 18 = 72");
        assertTrue(text(s, "3c").contains("72"), text(s, "3c"));
        assertFalse(text(s, "3c").contains("60"), text(s, "3c"));
        assertFalse(text(s, "5.total").contains("72"), text(s, "5.total"));
    }

    /** A run of items whose labels are not taken must not leave the later items silently blank. */
    @Test
    void anItemNumeralStandingInsideASiblingsAnswerSendsTheBlankItemToReview() {
        Map<String, Segment> s = split(ExamRubrics.ct3(), "1 (a) i: 4 / ii: 5 / iii: 8\n2 (b) 0");
        assertTrue(s.get("1a.ii").isDoubtful(), text(s, "1a.ii"));
        assertTrue(s.get("1a.iii").isDoubtful(), text(s, "1a.iii"));
        assertFalse(s.get("1a.iv").isDoubtful(), s.get("1a.iv").doubt());
        Map<String, Segment> dashed = split(ExamRubrics.ct3(), "1 (a) i: 4 / ii-5 / iii-8\n2 (b) 0");
        assertTrue(dashed.get("1a.ii").isDoubtful(), text(dashed, "1a.ii"));
        assertFalse(dashed.get("1a.iv").isDoubtful(), dashed.get("1a.iv").doubt());
    }

    @Test
    void numberedItemsLetteredAfterTheirQuestionNumber() {
        var s = split(ExamRubrics.week8(), "1 a. No, it is not.\n1 c. sigma(z)(1 - sigma(z))\n2 b. Output (31, 30).\n2 d. params = 100,352");
        assertEquals("No, it is not.", text(s, "T1.1"));
        assertEquals("sigma(z)(1 - sigma(z))", text(s, "T1.3"));
        assertEquals("Output (31, 30).", text(s, "T2.2"));
        assertEquals("params = 100,352", text(s, "T2.4.params"));
        var dimensions = split(ExamRubrics.week8(), "Task 2\n2-D convolution, output size?\n(26, 28)\n1-d convolution: what input size?\n{52, 53, 54}");
        assertTrue(dimensions.get("T2.4.params").text().isBlank(), text(dimensions, "T2.4.params"));
        assertTrue(dimensions.get("T1.4").text().isBlank(), text(dimensions, "T1.4"));
    }

    @Test
    void aCorrectionNamingABareItemElsewhereSendsThatItemToReview() {
        Map<String, Segment> s = split(ExamRubrics.ct3(), "Ans 1a - i 4, ii 5, iii 6, iv 3, v 1, vi 7\n"
                + "Ans 1b - (0.7, 0.2, 0.05)\nUpdate: iii is 8, not 6.\n2. (b) 0");
        assertTrue(s.get("1a.iii").isDoubtful(), text(s, "1a.iii"));
        assertFalse(s.get("1a.ii").isDoubtful(), s.get("1a.ii").doubt());
    }

    @Test
    void aLineOfTheAnswerSetUnderTheAnswerDoesNotOpenTheQuestionItsNumberNames() {
        var s = split(ExamRubrics.ct3(), "3. (c)   each gate 3*5 + 3 = 18\n         4 gates -> 72\n4. (b)   no");
        assertEquals("each gate 3*5 + 3 = 18\n4 gates -> 72", text(s, "3c"));
        assertTrue(s.get("4a").isEmpty());
    }

    @Test
    void aQuestionNumberAtTheMarginStillOpensTheQuestion() {
        var s = split(ExamRubrics.ct3(), "3. (c)   each gate 3*5 + 3 = 18, so 72\n5 depthwise output 199 x 199 x 3");
        assertEquals("each gate 3*5 + 3 = 18, so 72", text(s, "3c"));
        assertEquals("depthwise output 199 x 199 x 3", text(s, "5.dw_shape"));
    }

    @Test
    void aLineOfProseAnsweringTwoQuestionsOneSentenceEachIsCutBetweenItsSentences() {
        var s = split(ExamRubrics.ct3(), "5. The depthwise step keeps 3 channels, so its output is 199 x 199 x 3. "
                + "The pointwise step uses 10 filters of 1 x 1 x 3, so its output is 199 x 199 x 10.");
        assertEquals("The depthwise step keeps 3 channels, so its output is 199 x 199 x 3", text(s, "5.dw_shape"));
        assertEquals("The pointwise step uses 10 filters of 1 x 1 x 3, so its output is 199 x 199 x 10.", text(s, "5.pw_shape"));
    }

    @Test
    void aCorrectionIsNotCutBetweenItsSentences() {
        String line = "Update: the depthwise output is 199 x 199 x 3. The pointwise output is 199 x 199 x 10, as I had it.";
        var s = split(ExamRubrics.ct3(), "5. depthwise 200 x 200 x 3, pointwise 200 x 200 x 10\n" + line);
        assertTrue(text(s, "5.dw_shape").contains(line), text(s, "5.dw_shape"));
    }

    @Test
    void aLabelInSquareBracketsOpeningALineIsRead() {
        var s = split(ExamRubrics.ct3(), "[1b-i] C_t = (0.7, 0.2, 0.05)\n[3c] 72 parameters\n[Q2 b] 0");
        assertEquals("C_t = (0.7, 0.2, 0.05)", text(s, "1b.i"));
        assertEquals("72 parameters", text(s, "3c"));
    }

    @Test
    void aVectorInSquareBracketsOpeningALineIsNoLabel() {
        var s = split(ExamRubrics.ct3(), "1. (b) (i)\n[0.7,0.2,0.05]");
        assertEquals("[0.7,0.2,0.05]", text(s, "1b.i"));
    }

    @Test
    void outlineNumberedItemsInAListAreRead() {
        var s = split(ExamRubrics.ct3(), "- 1.a.1 f_t → 4\n- 1.a.3 o_t → 8");
        assertEquals("f_t → 4", text(s, "1a.i"));
        assertEquals("o_t → 8", text(s, "1a.iii"));
    }

    @Test
    void theHeadOfAWrappedLineEndingWithANumberFollowsTheLineAbove() {
        var s = split(ExamRubrics.ct3(), "5. The depthwise step keeps the 3 channels, and the depthwise\n"
                + "output is 199 x 199 x 3. The pointwise step uses 10 filters, so its output is 199 x 199 x 10.");
        assertTrue(text(s, "5.dw_shape").contains("output is 199 x 199 x 3"), text(s, "5.dw_shape"));
        assertFalse(text(s, "5.pw_shape").contains("199 x 199 x 3."), text(s, "5.pw_shape"));
    }

    @Test
    void aNumberAndALetterAloneOnTheirLineHeadTheItemsBelow() {
        var s = split(ExamRubrics.ct3(), "1 a\n   i.  f_t -> 4\n   ii. i_t -> 5\n\n1 b\n   I.  C_t = [0.7, 0.2, 0.05]\n   II. h_t = [0.6, 0, 0]");
        assertEquals("C_t = [0.7, 0.2, 0.05]", text(s, "1b.i"));
        assertEquals("h_t = [0.6, 0, 0]", text(s, "1b.ii"));
        assertEquals("f_t -> 4", text(s, "1a.i"));
    }

    @Test
    void taskAndItemInShapesOfTheirOwn() {
        var s = split(ExamRubrics.week8(), "**T1-3** σ' = σ(1 - σ)\n**(T2)(1)** output (26, 28)\nTask2/Q2: (31, 30)\nT2-3 = 5 - 2");
        assertEquals("σ' = σ(1 - σ)", text(s, "T1.3"));
        assertEquals("output (26, 28)", text(s, "T2.1"));
        assertTrue(text(s, "T2.2").startsWith("(31, 30)"), text(s, "T2.2"));
        assertTrue(s.get("T2.3").isEmpty(), "a difference in working is no label: " + text(s, "T2.3"));
    }

    @Test
    void capitalLettersInBracketsArePartsAndAGapBeforeARemarkLeavesANumberALabel() {
        var s = split(ExamRubrics.ct3(), "2(A) e = s . h\n2(B) 0\n\n3  (x_t: 2, c_t: 3)\n  ▪ (A) W_f: 3 × 5\n  ▪ (B) b_f: 3 × 1");
        assertEquals("0", text(s, "2b"));
        assertEquals("W_f: 3 × 5", text(s, "3a"));
        assertEquals("b_f: 3 × 1", text(s, "3b"));
    }

    @Test
    void aQuestionsLineInATableUnderAnotherAnswerIsTakenOutOfIt() {
        // a closing table's rows as ingest writes them; the bare 5 was used as a label before, so it is not believed again
        var s = split(ExamRubrics.ct3(), "Problem 3\n\nPart (c)\n4 x 21 = 84 parameters.\n\nProblem 5\n\nTotal = 3,088,878\n\nSummary\n\nQ: answer\n3(c): 84\n"
                + "5 total: 3,088,878 multiplications");
        assertFalse(text(s, "3c").contains("3,088,878"), text(s, "3c"));
        assertTrue(text(s, "5.total").contains("3,088,878 multiplications"), text(s, "5.total"));
    }

    @Test
    void levelsPartedByDashesOrAStudentsOwnKeys() {
        var s = split(ExamRubrics.ct3(), "q1a_i: 4\nq1a_ii: 5\n1-a-(iii) o_t at 8\nq3c: 72\nq5_total: 3,088,878");
        assertEquals("4", text(s, "1a.i"));
        assertEquals("5", text(s, "1a.ii"));
        assertEquals("o_t at 8", text(s, "1a.iii"));
        assertEquals("72", text(s, "3c"));
        assertTrue(text(s, "5.total").contains("total: 3,088,878"), text(s, "5.total"));
        var code = split(ExamRubrics.ct3(), "# Q1(b)(ii) h_t = o_t * tanh(C_t)\n#   tanh(C_t) = [0.6044, 0.1974, 0.0500]\n"
                + "q1b_ii = [0.6044, 0.0, 0.0]");
        assertTrue(text(code, "1b.ii").endsWith("q1b_ii = [0.6044, 0.0, 0.0]"), "a key set to its value goes on: " + text(code, "1b.ii"));
    }

    @Test
    void anItemNumberInBracketsAfterItsTaskIsALabelButNotInWorking() {
        var s = split(ExamRubrics.week8(), "1(3) σ' = σ(1 - σ)\n2(1)\n(26, 28)\n2(2): (31, 30)\n2(3) + 1 = 7");
        assertEquals("σ' = σ(1 - σ)", text(s, "T1.3"));
        assertEquals("(26, 28)", text(s, "T2.1"));
        assertTrue(text(s, "T2.2").startsWith("(31, 30)"), text(s, "T2.2"));
        assertTrue(s.get("T2.3").isEmpty(), "working is no label: " + text(s, "T2.3"));
    }

    @Test
    void aPartLeftWithoutALineWhileAnUncuedLineWorksOutAValueIsDoubted() {
        var s = split(ExamRubrics.week8(), "2.4\nweights per kernel: 7 × 7 × 32 = 1,568; with 64 kernels -> 100,352 weights\n"
                + "1,600 × 1,568 = 2,508,800 multiplications\nadditions: 2,507,200");
        assertTrue(s.get("T2.4.params").isEmpty());
        assertTrue(s.get("T2.4.params").isDoubtful(), "not a silent blank");
        assertFalse(s.get("T2.4.mults").isDoubtful(), s.get("T2.4.mults").doubt());
    }

    @Test
    void spacedRomanItemsWhoseFirstStandsAfterItsPartsLabel() {
        var s = split(ExamRubrics.ct3(), "[Q1]\n(a)  i   f_t      4\n     ii  i_t      5\n     iii o_t      8\n     iv  C_t      3\n\n"
                + "(b) i.  C_t = (0.7; 0.2; 0.05)");
        assertEquals("f_t      4", text(s, "1a.i"));
        assertEquals("i_t      5", text(s, "1a.ii"));
        assertEquals("C_t      3", text(s, "1a.iv"));
    }

    @Test
    void aTaskLetterSpacedFromItsDottedNumberAndAShortenedProblemWord() {
        var s = split(ExamRubrics.week8(), "T 1.3\nσ' = σ(1 - σ)\nProb. 2.1   output [26 x 28]\nT 2.2 = 5 is a sum");
        assertEquals("σ' = σ(1 - σ)", text(s, "T1.3"));
        assertTrue(text(s, "T2.1").startsWith("output [26 x 28]"), text(s, "T2.1"));
        assertTrue(s.get("T2.2").isEmpty(), "T before an equals sign is a variable: " + text(s, "T2.2"));
    }
}
