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

    @Test
    void aLabelClosingASentenceThatThePageWrappedIsJoinedBack() {
        String page = "The forget gate is at 4 — 1(a)(i).\nThe input gate is at 5 — 1(a)(ii).\nThe depthwise output is 199 × 199 × 3 — 5 (depthwise size).\n"
                + "The pointwise step uses ten 1 × 1 × 3 filters, so the final output is 199 × 199 × 10\n    — 5 (pointwise size).\nnext";
        assertEquals("The pointwise step uses ten 1 × 1 × 3 filters, so the final output is 199 × 199 × 10   — 5 (pointwise size).",
                WrappedTrailingLabels.joined(page).lines().toList().get(3));
    }

    @Test
    void aDashedLabelClosingItsSentenceNeedsOnlyOneMoreOnThePage() {
        String page = "so each output side is 199 and the depthwise output is 199 × 199 × 3 — 5 (depthwise size).\n"
                + "The pointwise step uses ten filters, so the final output is 199 × 199 × 10\n    — 5 (pointwise size).\nCounting ...";
        assertEquals("The pointwise step uses ten filters, so the final output is 199 × 199 × 10   — 5 (pointwise size).",
                WrappedTrailingLabels.joined(page).lines().toList().get(1));
        String alone = "Answer below\n— 5 (pointwise size).\n199 × 199 × 10";
        assertEquals(alone, WrappedTrailingLabels.joined(alone), "with no label after an answer on the page, it is left as written");
    }
}
