package examgrader.samples;

import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * The mistakes the marking schemes name (and a few plain wrong answers), each tied to the
 * questions whose text and marks it changes. The generator deals them out to students so that a
 * handful of scripts covers every partial-credit rule.
 */
public enum Mistake {
    // cs60010-ct3-2021
    POSITIONS_SWAPPED(ExamSpec.CT3, "1a two positions swapped: both 0", "1a.i", "1a.ii", "1a.iii", "1a.iv", "1a.v", "1a.vi"),
    CT_ONE_COMPONENT(ExamSpec.CT3, "1b.i one wrong component: 2/3", "1b.i"),
    HT_LONE_VALUE(ExamSpec.CT3, "1b.ii only the non-zero 0.6044: full", "1b.ii"),
    HT_NO_TANH(ExamSpec.CT3, "1b.ii tanh forgotten (0.7, 0, 0): 2/3", "1b.ii"),
    ATTENTION_PARAMS(ExamSpec.CT3, "2b a weight matrix counted: 0", "2b"),
    WF_WITHOUT_H(ExamSpec.CT3, "3a 3 x 2 (h forgotten): 0; 3c 4 x (6 + 3) = 36 carried: 0.5", "3a", "3c"),
    BF_WRONG(ExamSpec.CT3, "3b 5 x 1: 0", "3b"),
    PARAMS_NO_BIAS(ExamSpec.CT3, "3c 60 (biases left out): 0.5", "3c"),
    PARAMS_TWO_BIASES(ExamSpec.CT3, "3c 84 (two bias vectors per gate): 0.5", "3c"),
    PARAMS_ONE_GATE(ExamSpec.CT3, "3c 18 (one gate only): 0", "3c"),
    DEPTHWISE_OVER_INPUT(ExamSpec.CT3, "5.total 3,108,030: 0.5", "5.total"),
    TOTAL_SCIENTIFIC(ExamSpec.CT3, "5.total as 3.089 x 10^6: full", "5.total"),
    DEPTHWISE_SAME_SIZE(ExamSpec.CT3, "5.dw_shape 200 x 200 x 3: 0; 5.pw_shape 200 x 200 x 10 carried: full; 5.total 3,120,000: 0",
            "5.total", "5.dw_shape", "5.pw_shape"),
    POINTWISE_CHANNELS(ExamSpec.CT3, "5.pw_shape 199 x 199 x 3: 0", "5.pw_shape"),
    // dl50039-week8
    SIGMOID_WRONG(ExamSpec.WEEK8, "T1.3 a formula not equal to sigma(z)(1 - sigma(z)): 0", "T1.3"),
    CONV_ONE_DIM(ExamSpec.WEEK8, "T2.1 (26, 27): 0.5", "T2.1"),
    CONV_NO_PADDING(ExamSpec.WEEK8, "T2.1 (25, 27) padding ignored: 0", "T2.1"),
    CONV_SAME_KERNEL(ExamSpec.WEEK8, "T2.2 (31, 31): 0.5", "T2.2"),
    SIZES_ONE_WRONG(ExamSpec.WEEK8, "T2.3 {52, 53, 55}: 1/3", "T2.3"),
    SIZES_TWO_WRONG(ExamSpec.WEEK8, "T2.3 {51, 52}: 1/3 - 1/3 = 0", "T2.3"),
    SIZES_ONLY_ONE(ExamSpec.WEEK8, "T2.3 {52}: 1/3", "T2.3"),
    PARAMS_WITH_BIAS(ExamSpec.WEEK8, "T2.4.params 100,416: 0", "T2.4.params"),
    MULTS_WRONG_OUTPUT(ExamSpec.WEEK8, "T2.4.mults with a 6 x 6 output, 3,612,672: 0", "T2.4.mults"),
    ADDS_ONE_PER_PRODUCT(ExamSpec.WEEK8, "T2.4.adds 2,508,800: full (second convention)", "T2.4.adds"),
    ADDS_ONE_POSITION(ExamSpec.WEEK8, "T2.4.adds 100,288 (one output position): 0", "T2.4.adds"),
    ONE_BY_ONE_BIAS(ExamSpec.WEEK8, "T2.5.params 65,664: 0", "T2.5.params");

    private final ExamSpec exam;
    private final String description;
    private final Set<String> questions;

    Mistake(ExamSpec exam, String description, String... questions) {
        this.exam = exam;
        this.description = description;
        this.questions = Set.copyOf(Arrays.asList(questions));
    }

    public ExamSpec exam() {
        return exam;
    }

    /** What the student got wrong and what the scheme awards for it. */
    public String description() {
        return description;
    }

    /** The question ids whose answers this mistake changes. */
    public Set<String> questions() {
        return questions;
    }

    /** The mistakes of one exam, in declaration order. */
    public static List<Mistake> of(ExamSpec exam) {
        return Arrays.stream(values()).filter(m -> m.exam == exam).toList();
    }
}
