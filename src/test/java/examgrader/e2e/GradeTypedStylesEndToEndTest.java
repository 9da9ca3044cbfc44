package examgrader.e2e;

import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.cli.Main;
import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Typed scripts written by people, not by the project's generator, in styles it never produces:
 * Markdown headings, bold answers, tables and nested lists; LaTeX boxes and braced separators;
 * labels such as {@code T1 Q3}, {@code Part 2 (iv)}, {@code Sol. 1(b)(i)}, {@code 1a-iii}; answers
 * given as ranges, with reasons, or under another part's number; capital roman task numbers, answer
 * tables, Jupyter cells and text pasted from Word. Their expected marks are what a TA applying the
 * marking scheme gives. Files starting {@code a-} and {@code b-} were written first and the grader
 * was fixed against them; {@code c-} to {@code o-} were each written later and first graded as
 * unseen scripts (14, 13, 13, 1, 3, 2, 4, 1, 0, 5, 11, 1 and 7 wrong at first, counting hand-marked answers found blank
 * for c- and d-), then fixed. {@code j-} is text as students' tools export it: Jupyter, Word, LaTeX
 * source, mail replies quoting the questions, Obsidian and Notion, ASCII tables. {@code l-} is phone-typed
 * Unicode maths, pasted Python and IPython output, answer-first lines and answer tables; {@code m-}
 * runs of items on one line ({@code 1(a)(i)-(vi): 4, 5, 8, 1, 3, 7}), numbers in words, code blocks and
 * questions copied out before their answers; {@code n-} org-mode, reStructuredText and AsciiDoc headings, mail
 * replies quoting each question, labels after their answers ({@code 4 [1a-i f_t]}, {@code <- 2.1}), {@code T2 > 1},
 * {@code 2/4/b}, crossed-out values and blocks of final answers; {@code o-} notebook dictionaries, YAML keys, a CSV
 * export, a two-column TAB layout, BBCode and chat exports, labels in Spanish and German, decimal commas. No mark that counts may be wrong; an answer the grader cannot read
 * surely may go to a person.
 */
class GradeTypedStylesEndToEndTest {
    @TempDir
    Path work;

    @ParameterizedTest(name = "{0}")
    @CsvSource({"cs60010-ct3-2021", "dl50039-week8"})
    void typedScriptsInOtherStylesGetNoWrongMark(String exam) throws Exception {
        Path set = Path.of("src/test/resources/typed-styles");
        var expected = ExpectedMarks.read(set.resolve(exam + ".csv"));
        var err = new ByteArrayOutputStream();
        var cli = Main.commandLine();
        cli.setErr(new PrintWriter(err, true));
        Path out = work.resolve("out");
        int exit = cli.execute("grade", "--rubric", "rubrics/" + exam + ".yaml", "--out", out.toString(),
                set.resolve(exam).toString());
        assertTrue(exit == 0, "exit " + exit + ": " + err);

        var got = ExpectedMarks.results(out);
        var wrong = ExpectedMarks.disagreements(expected, got, "typed", true);
        assertTrue(wrong.isEmpty(), wrong.size() + " wrong mark(s) that count:\n" + String.join("\n", wrong));
        // With the c- to o- scripts: ct3 1632 of 1728, week8 1155 of 1248 right without review (the rest
        // in review, or hand-marked parts left blank shown as waiting for a marker).
        double right = ExpectedMarks.agreement(expected, got, "typed");
        assertTrue(right >= 0.9, String.format("%.0f%% right without review%n%s", 100 * right,
                String.join("\n", ExpectedMarks.disagreements(expected, got, "typed", false))));
    }
}
