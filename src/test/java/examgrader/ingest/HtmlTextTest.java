package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlTextTest {
    private static final String I = ListNumbers.INSET;

    @Test
    void anOrderedListIsNumberedAsABrowserShowsIt() {
        String html = "<html><body><h2><span>Question 1</span></h2>\n<ol type=\"i\" start=\"1\">\n"
                + "<li><span>No.</span></li>\n<li></li>\n<li>7 &times; 7</li>\n</ol></body></html>";
        assertEquals("Question 1\n" + I + "i. No.\n" + I + "ii.\n" + I + "iii. 7 × 7", HtmlText.asLines(html));
    }

    @Test
    void aFragmentPastedWithoutItsDocumentIsHtmlToo() {
        assertEquals("Task 1\n" + I + "1. no\n" + I + "2. yes", HtmlText.asLines("<h2>Task 1</h2>\n<ol>\n<li>no</li>\n<li>yes</li>\n</ol>"));
    }

    @Test
    void startTypeAndValueSetTheNumbers() {
        String html = "<body><ol type=\"a\" start=\"3\"><li>x</li><li>y</li></ol><ol><li>p</li><li value=\"7\">q</li><li>r</li></ol></body>";
        assertEquals(List.of(I + "c. x", I + "d. y", I + "1. p", I + "7. q", I + "8. r"), HtmlText.asLines(html).lines().toList());
    }

    @Test
    void aGoogleDocsListTakesItsStyleFromItsCssCounter() {
        String html = "<html><head><style>.lst-kix_q1-0>li:before{content:\"(\" counter(lst-ctn-kix_q1-0,lower-alpha) \") \"}</style></head>"
                + "<body><ol class=\"c2 lst-kix_q1-0 start\" start=\"1\"><li>one</li><li>two</li></ol></body></html>";
        assertEquals(I + "(a) one\n" + I + "(b) two", HtmlText.asLines(html));
    }

    @Test
    void aReversedListIsLeftUnnumberedAndBulletsStayBullets() {
        String html = "<body><ol reversed><li>3rd</li></ol><ul><li>dot</li></ul></body>";
        assertEquals(I + "3rd\n" + I + "- dot", HtmlText.asLines(html));
    }

    @Test
    void entitiesScriptsAndBreaksAreRead() {
        String html = "<body><p>c<sub>t-1</sub> = tanh<sup>2</sup>(x) &amp; W<sup>f</sup>x<sub>t</sub> &#8728; &#x3c3; &lt;&nbsp;1<br>next &unknown;</p></body>";
        assertEquals("c_{t-1} = tanh^2(x) & W^f x_t ∘ σ < 1\nnext &unknown;", HtmlText.asLines(html));
    }

    @Test
    void textThatIsNotHtmlIsLeftAsItWas() {
        for (String text : List.of("1. a < b, so <p> is wrong\n2. x", "Q1: use <b>bold</b> here", "<not html> at all</p>",
                "<p align=\"center\">Week 8</p>\n<p>1004417</p>\n\n## Task 1\n\n1. no\n2. dh_t\n3. s(1-s)")) {
            assertFalse(HtmlText.isHtml(text), text);
            assertEquals(text, HtmlText.asLines(text));
        }
    }

    @Test
    void anAnswerBoxWhoseLinesEndInBreaksIsHtml() {
        String html = "<p><b>Roll No: 20CS10067</b><br>\n(typed into the answer box)</p>\n<ol>\n<li><p>LSTM</p>\n<ol type=\"a\">\n"
                + "<li>Positions:<br>\ni. f<sub>t</sub> &rarr; 4<br>\nvi. C&#771;<sub>t</sub> &rarr; 7</li>\n"
                + "<li>C<sub>t</sub> = f<sub>t</sub> &odot; C<sub>t-1</sub></li>\n</ol>\n</li>\n</ol>";
        assertTrue(HtmlText.isHtml(html));
        List<String> lines = HtmlText.asLines(html).lines().map(String::strip).toList();
        assertTrue(lines.contains("vi. C\u0303_t → 7"), lines.toString());
        assertTrue(lines.contains("b. C_t = f_t ⊙ C_{t-1}"), lines.toString());
    }
}
