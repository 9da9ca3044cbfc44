package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class WrappedTrailingLabelsTest {
    private static final String STYLE = "f_t is at 4 (1a i)\ni_t is at 5 (1a ii)\nb_f is 3 by 1   (3b)\n";

    @Test
    void aLabelThePageCutAfterItsAnswerIsJoinedBack() {
        String page = STYLE + "h_t = o.tanh(C_t) = 0.6044   (1b\n    ii)\ndL/dc_t = dL/dh_t . o_t + dL/dc_{t+1} . f_{t+1}\n    (4a)\nnext line";
        String joined = WrappedTrailingLabels.joined(page);
        assertEquals(STYLE + "h_t = o.tanh(C_t) = 0.6044   (1b ii)\ndL/dc_t = dL/dh_t . o_t + dL/dc_{t+1} . f_{t+1}   (4a)\nnext line", joined);
    }

    @Test
    void aLoneLabelOpensTheAnswerBelowItWhereLabelsAreNotWrittenAfterAnswers() {
        String page = "Roll 19CS30001\n(4a)\ndL/dc_t = dL/dh_t . o_t\n(4b)\nthe gradient is carried";
        assertEquals(page, WrappedTrailingLabels.joined(page));
    }
}
