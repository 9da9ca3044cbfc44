package examgrader.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NotAttemptedTest {
    @ParameterizedTest
    @ValueSource(strings = {"skipped", "(not done)", "[no time]", "*(ran out of time)*", "N/A", "# skipped, no time",
            "and (4): didn't get to them, sorry.", "— TODO, come back if time", "- [ ]  additions — come back to this",
            "Not attempted.", "skipped\n\n---\n\n*Roll No.: 19CS30007*", "4 b  skipped   (ran out of time)", "I could not finish this one",
            "\"Write down df_t/dh_{t-1}\"\n-"})
    void aStatementThatTheQuestionWasNotAnsweredIsNothingWritten(String text) {
        assertTrue(NotAttempted.said(text, true).isPresent(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"N/A because the dot product score has no weights of its own, so nothing is added",
            "skipped the working: 65536", "not done by hand, params = 1*1*512*128 = 65536",
            "no extra parameters", "0", "Not sure. I think c_{t-1} does depend on h_{t-1}, since both come from the same cell state update",
            "skipped\nW_f = 3 x 5", "*Roll No.: 19CS30007*", "\"Write down df_t/dh_{t-1}\"",
            "\"Write down df_t/dh_{t-1}\"\nit is f_t times the derivative of the cell state"})
    void anAnswerThatSaysMoreIsReadAsAnAnswer(String text) {
        assertEquals(Optional.empty(), NotAttempted.said(text, true), text);
    }

    @Test
    void aLoneDashIsTheStudentsOnTypedTextButMayBeASpeckOnAScan() {
        assertTrue(NotAttempted.said("-", true).isPresent());
        assertEquals(Optional.empty(), NotAttempted.said("-", false));
    }

    @Test
    void theStudentsFooterUnderTheStatementDoesNotMakeItAnAnswer() {
        assertEquals(Optional.of("skipped"), NotAttempted.said("skipped\n---\nName: Ananya Sen, Roll No.: 19CS30007", true));
    }
}
