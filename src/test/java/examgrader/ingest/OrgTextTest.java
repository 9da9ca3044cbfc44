package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrgTextTest {
    @Test
    void headingsDescriptionsAndKeywordsReadAsExported() {
        String org = "#+TITLE: CT 3\n#+OPTIONS: toc:nil\n#+ROLL: 18CS30009\n* Question 1\n** (a)\n- i :: 4\n- (ii) :: 5\n  - total :: 84\n*** TODO iii. :draft:";
        assertEquals(List.of("CT 3", "", "ROLL: 18CS30009", "Question 1", "(a)", "i) 4", "(ii) 5", "  total: 84", "iii."),
                OrgText.asLines(org).lines().toList());
    }

    @Test
    void aBlockKeepsItsContentVerbatim() {
        String org = "#+TITLE: T\n* Q\n#+begin_example\n* not a heading\n- x :: y\n#+end_example\n=> 0.7";
        assertEquals(List.of("T", "Q", "", "* not a heading", "- x :: y", "", "=> 0.7"), OrgText.asLines(org).lines().toList());
    }

    @Test
    void markdownBulletsWithoutOrgKeywordsAreLeftAsTheyWere() {
        for (String text : List.of("* Question 1\n- i :: 4", "#+ not a keyword\n* (a) 4", "#+TITLE: x\nno heading here")) {
            assertEquals(text, OrgText.asLines(text));
        }
    }
}
