package examgrader.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Answers to CS60010 Class Test III. Marks per variant are worked by hand from the marking
 * scheme (exams/cs60010-ct3-2021.md) and written next to the text that earns them.
 */
final class Ct3Writer implements ScriptWriter {
    private static final double THIRD = 1.0 / 3;

    private Sheet sheet;
    private AnswerStyle style;
    private Set<Mistake> mistakes;
    private Set<String> blanks;

    @Override
    public ScriptContent write(Student student, AnswerStyle style, Set<Mistake> mistakes, Set<String> blanks, Random rng) {
        this.sheet = new Sheet(style, rng);
        this.style = style;
        this.mistakes = mistakes;
        this.blanks = blanks;
        List<Runnable> groups = new ArrayList<>(List.of(this::question1, this::question2, this::question3,
                this::question4, this::question5));
        if (style.shuffled()) {
            Collections.shuffle(groups.subList(1, groups.size()), rng);
        }
        groups.forEach(Runnable::run);
        List<String> header = List.of(
                sheet.pick("CS60010 Deep Learning - Class Test 3", "Class Test III (CS60010)", "CS60010 CT 3, 15/3/21"),
                sheet.pick("Name: ", "Name - ") + student.name(),
                sheet.pick("Roll No: ", "Roll number: ", "Roll: ") + student.id());
        return new ScriptContent(student, header, sheet.blocks(), sheet.outcomes());
    }

    private boolean has(Mistake mistake) {
        return mistakes.contains(mistake);
    }

    private static List<Integer> p(Integer... path) {
        return List.of(path);
    }

    private void question1() {
        sheet.startBlock();
        String[] names = {"f_t", "i_t", "o_t", "C_t", "C_{t-1}", sheet.pick("C~_t", "C~t", "C_t~")};
        String[] ids = {"1a.i", "1a.ii", "1a.iii", "1a.iv", "1a.v", "1a.vi"};
        int[] key = {4, 5, 8, 3, 1, 7};
        int[] written = key.clone();
        if (has(Mistake.POSITIONS_SWAPPED)) {
            int a = sheet.rng().nextInt(6);
            int b = (a + 1 + sheet.rng().nextInt(5)) % 6;
            written[a] = key[b];
            written[b] = key[a];
        }
        for (int i = 0; i < 6; i++) {
            if (blanks.contains(ids[i])) {
                sheet.outcome(Outcome.blank(ids[i]));
            } else {
                boolean right = written[i] == key[i];
                sheet.outcome(Outcome.graded(ids[i], right ? 0.5 : 0, right ? "right" : Mistake.POSITIONS_SWAPPED.name()));
            }
        }
        boolean named = sheet.chance(0.6);
        String form = sheet.pick("%s = %d", "%s : %d", "%s -> %d", "%s at %d");
        if (style.compactLists()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < 6; i++) {
                if (!blanks.contains(ids[i])) {
                    String value = named ? String.format(form, names[i], written[i]) : Integer.toString(written[i]);
                    String label = line.isEmpty() ? sheet.inlineLabel(p(1, 1, i + 1)) : "  " + sheet.nextOnLine(p(1, 1, i + 1));
                    line.append(label).append(' ').append(value);
                }
            }
            sheet.raw(line.toString());
        } else {
            for (int i = 0; i < 6; i++) {
                if (!blanks.contains(ids[i])) {
                    sheet.answer(p(1, 1, i + 1), named ? String.format(form, names[i], written[i]) : Integer.toString(written[i]));
                }
            }
        }
        cellState();
        hiddenState();
    }

    private void cellState() {
        if (blanks.contains("1b.i")) {
            sheet.outcome(Outcome.blank("1b.i"));
            return;
        }
        String[] products1 = {"0.2", "0.2", "0"};
        String[] result = {"0.7", "0.2", "0.05"};
        double marks = 1;
        String variant = "right";
        if (has(Mistake.CT_ONE_COMPONENT)) {
            marks = 2 * THIRD;
            variant = Mistake.CT_ONE_COMPONENT.name();
            if (sheet.rng().nextBoolean()) {
                products1[1] = "0.4";
                result[1] = "0.4";
            } else {
                products1[2] = "0.8";
                result[2] = "0.85";
            }
        }
        sheet.outcome(Outcome.graded("1b.i", marks, variant));
        sheet.answer(p(1, 2, 1), "C_t = f_t " + sheet.pick("\u2299", "*", "o") + " C_{t-1} + i_t " + sheet.pick("\u2299", "*") + " C~_t");
        if (style.showWorking()) {
            sheet.line("= " + style.vector("1", "0.5", "0") + " * " + style.vector("0.2", "0.4", "0.8")
                    + " + " + style.vector("1", "0", "0.5") + " * " + style.vector("0.5", "0", "0.1"));
            sheet.line("= " + style.vector(products1) + " + " + style.vector("0.5", "0", "0.05"));
        }
        if (sheet.chance(0.2)) {
            String lead = style.so() + " C_t = ";
            String pad = " ".repeat(lead.length());
            sheet.line(pad + "[" + result[0] + "]");
            sheet.line(lead + "[" + result[1] + "]");
            sheet.line(pad + "[" + result[2] + "]");
        } else {
            sheet.line(style.so() + " C_t = " + style.vector(result));
        }
    }

    private void hiddenState() {
        if (blanks.contains("1b.ii")) {
            sheet.outcome(Outcome.blank("1b.ii"));
            return;
        }
        String tanh = sheet.pick("0.6044", "0.60437", "0.604");
        if (has(Mistake.HT_NO_TANH)) {
            sheet.outcome(Outcome.graded("1b.ii", 2 * THIRD, Mistake.HT_NO_TANH.name()));
            sheet.answer(p(1, 2, 2), "h_t = o_t * C_t");
            sheet.line("= " + style.vector("1", "0", "0") + " * " + style.vector("0.7", "0.2", "0.05") + " = " + style.vector("0.7", "0", "0"));
            return;
        }
        if (has(Mistake.HT_LONE_VALUE)) {
            sheet.outcome(Outcome.graded("1b.ii", 1, Mistake.HT_LONE_VALUE.name()));
            sheet.answer(p(1, 2, 2), "h_t = o_t * tanh(C_t), only the first entry survives");
            if (style.showWorking()) {
                sheet.line("tanh(0.7) = (e^1.4 - 1)/(e^1.4 + 1)");
            }
            sheet.line("h_t = " + sheet.pick("0.6044", "0.60437"));
            return;
        }
        sheet.outcome(Outcome.graded("1b.ii", 1, "right"));
        sheet.answer(p(1, 2, 2), "h_t = o_t " + sheet.pick("\u2299", "*") + " tanh(C_t)");
        if (style.showWorking()) {
            sheet.line("= " + style.vector("1", "0", "0") + " * tanh " + style.vector("0.7", "0.2", "0.05"));
            sheet.line("= " + style.vector("tanh(0.7)", "0", "0"));
        }
        sheet.line(style.so() + " h_t = " + style.vector(tanh, "0", "0"));
    }

    private void question2() {
        if (blanks.contains("2a") && blanks.contains("2b")) {
            sheet.outcome(Outcome.blank("2a"));
            sheet.outcome(Outcome.blank("2b"));
            return;
        }
        sheet.startBlock();
        if (blanks.contains("2a")) {
            sheet.outcome(Outcome.blank("2a"));
        } else {
            sheet.outcome(Outcome.manual("2a", "text"));
            sheet.answer(p(2, 1), sheet.pick("e_kj = s_{k-1} . h_j", "e_kj = s_{k-1}^T h_j", "e_kj = dot(s_{k-1}, h_j)"));
            sheet.line(sheet.pick("the score of encoder state j for decoder step k is a plain dot product",
                    "previous decoder state against each encoder hidden state, no weights involved",
                    "then alpha_kj = softmax over j of e_kj, and C_k = sum_j alpha_kj h_j",
                    "similarity of what the decoder has so far with the j-th input position"));
        }
        if (blanks.contains("2b")) {
            sheet.outcome(Outcome.blank("2b"));
        } else if (has(Mistake.ATTENTION_PARAMS)) {
            sheet.outcome(Outcome.graded("2b", 0, Mistake.ATTENTION_PARAMS.name()));
            sheet.answer(p(2, 2), sheet.pick("Extra parameters = 9, a 3 by 3 score matrix W_a",
                    "It adds a matrix W_a for the scores: 9 parameters"));
        } else {
            sheet.outcome(Outcome.graded("2b", 1, "right"));
            sheet.answer(p(2, 2), sheet.pick("0 additional parameters - the dot product has nothing to learn",
                    "No extra parameters are needed, answer 0", "Additional parameters: 0 (scores are plain dot products)"));
        }
    }

    private void question3() {
        sheet.startBlock();
        boolean restate = style.showWorking();
        boolean forgotH = has(Mistake.WF_WITHOUT_H);
        String weights = null;
        if (!blanks.contains("3a")) {
            if (restate) {
                sheet.answer(p(3), sheet.pick("x_t has 2 entries, c_t and h_t have 3", "Given: x_t is 2 x 1, c_t is 3 x 1"));
                if (!forgotH) {
                    sheet.line("[h_{t-1}, x_t] has 3 + 2 = 5 entries");
                }
            }
            sheet.outcome(Outcome.graded("3a", forgotH ? 0 : 1, forgotH ? Mistake.WF_WITHOUT_H.name() : "right"));
            weights = sheet.pick("W_f : ", "W_f is ", "dim(W_f) = ", "Dimension of W_f = ")
                    + (forgotH ? style.shape(3, 2) : style.shape(3, 5));
        } else {
            sheet.outcome(Outcome.blank("3a"));
        }
        String bias = null;
        if (blanks.contains("3b")) {
            sheet.outcome(Outcome.blank("3b"));
        } else if (has(Mistake.BF_WRONG)) {
            sheet.outcome(Outcome.graded("3b", 0, Mistake.BF_WRONG.name()));
            bias = sheet.pick("b_f : ", "b_f is ", "dim(b_f) = ") + style.shape(5, 1);
        } else {
            sheet.outcome(Outcome.graded("3b", 1, "right"));
            bias = sheet.pick("b_f : ", "b_f is ", "dim(b_f) = ") + (sheet.chance(0.3) ? "3" : style.shape(3, 1));
        }
        if (weights != null && bias != null && style.compactLists()) {
            String first = sheet.inlineLabel(p(3, 1));
            sheet.raw(first + " " + weights + ",  " + sheet.nextOnLine(p(3, 2)) + " " + bias);
        } else {
            if (weights != null) {
                sheet.answer(p(3, 1), weights);
            }
            if (bias != null) {
                sheet.answer(p(3, 2), bias);
            }
        }
        if (blanks.contains("3c")) {
            sheet.outcome(Outcome.blank("3c"));
            return;
        }
        String t = style.times();
        if (forgotH) {
            sheet.outcome(Outcome.graded("3c", 0.5, "carried forward from 3a"));
            sheet.answer(p(3, 3), "4 gates, each W (" + style.product(3, 2) + ") and b (3)");
            sheet.line("Total = " + style.product(4, "(6 + 3)") + " = " + style.product(4, 9) + " = 36");
        } else if (has(Mistake.PARAMS_NO_BIAS)) {
            sheet.outcome(Outcome.graded("3c", 0.5, Mistake.PARAMS_NO_BIAS.name()));
            sheet.answer(p(3, 3), "weights only: 4 matrices of " + style.product(3, 5));
            sheet.line("Total = " + style.product(4, 15) + " = 60");
        } else if (has(Mistake.PARAMS_TWO_BIASES)) {
            sheet.outcome(Outcome.graded("3c", 0.5, Mistake.PARAMS_TWO_BIASES.name()));
            sheet.answer(p(3, 3), "like nn.LSTM, two bias vectors per gate");
            sheet.line("Total = " + style.product(4, "(15 + 3 + 3)") + " = 84");
        } else if (has(Mistake.PARAMS_ONE_GATE)) {
            sheet.outcome(Outcome.graded("3c", 0, Mistake.PARAMS_ONE_GATE.name()));
            sheet.answer(p(3, 3), "W_f has 15 weights and b_f has 3");
            sheet.line("Total = 15 + 3 = 18");
        } else {
            sheet.outcome(Outcome.graded("3c", 1, "right"));
            if (style.showWorking()) {
                sheet.answer(p(3, 3), sheet.pick("four gates (f, i, o, c), each with W and b",
                        "Parameters = W_f, b_f, W_i, b_i, W_o, b_o, W_c, b_c"));
                sheet.line("= 4 " + t + " (3" + t + "5 + 3) = " + style.product(4, 18) + " = 72");
            } else {
                sheet.answer(p(3, 3), "Total parameters = 72");
            }
        }
    }

    private void question4() {
        if (blanks.contains("4a") && blanks.contains("4b")) {
            sheet.outcome(Outcome.blank("4a"));
            sheet.outcome(Outcome.blank("4b"));
            return;
        }
        sheet.startBlock();
        if (blanks.contains("4a")) {
            sheet.outcome(Outcome.blank("4a"));
        } else {
            sheet.outcome(Outcome.manual("4a", "derivation"));
            sheet.answer(p(4, 1), "c_{t+1} = f_{t+1} * c_t + i_{t+1} * c~_{t+1},  h_t = o_t * tanh(c_t)");
            sheet.line(sheet.pick("c_t reaches L through h_t and through c_{t+1}, so",
                    "Two paths from L to c_t: via h_t and via the next cell state.",
                    "Chain rule over both paths (h_t directly, c_{t+1} recursively):",
                    "dh_t/dc_t = o_t * (1 - tanh^2(c_t)) and dc_{t+1}/dc_t = f_{t+1}, hence"));
            sheet.line("dL/dc_t = dL/dh_t * o_t * (1 - tanh^2(c_t)) + dL/dc_{t+1} * f_{t+1}");
        }
        if (blanks.contains("4b")) {
            sheet.outcome(Outcome.blank("4b"));
        } else {
            sheet.outcome(Outcome.manual("4b", "explanation"));
            String[][] explanations = {
                {"Unrolling the recursion, dL/dc_1 holds the product f_2 f_3 ... f_T.",
                    "With all f_t = 1 that product is 1, so the error from step T arrives at c_1 undiminished."},
                {"Going back from c_T to c_1 multiplies the gradient by every forget gate.",
                    "If f_t = 1 nothing shrinks it, so early cells still get a useful gradient."},
                {"dL/dc_1 = dL/dc_T * f_T * ... * f_2 + (terms through the h's)",
                    "f_t = 1 means dc_t/dc_{t-1} = 1: no vanishing along the cell state, long-range info survives."},
                {"The cell state is a sum path: c_t = f_t * c_{t-1} + ..., no squashing in between.",
                    "So with the forget gate open (f = 1) the gradient is carried back intact over many steps."}};
            String[] explanation = explanations[sheet.rng().nextInt(explanations.length)];
            sheet.answer(p(4, 2), explanation[0]);
            sheet.line(explanation[1]);
        }
    }

    private void question5() {
        boolean sameSize = has(Mistake.DEPTHWISE_SAME_SIZE);
        boolean overInput = has(Mistake.DEPTHWISE_OVER_INPUT);
        int side = sameSize ? 200 : 199;
        long depthwise = sameSize || overInput ? 1_920_000L : 1_900_848L;
        long pointwise = sameSize ? 1_200_000L : 1_188_030L;
        long total = depthwise + pointwise;
        List<Runnable> parts = new ArrayList<>();
        parts.add(() -> total(depthwise, pointwise, total, side, overInput || sameSize));
        parts.add(() -> shapes(side));
        if (sheet.chance(0.4)) {
            Collections.reverse(parts);
        }
        sheet.startBlock();
        if (style.showWorking()) {
            sheet.answer(p(5), sheet.pick("Input 200 x 200 x 3, filter 4 x 4, stride 1, padding 1",
                    "Depthwise conv: 3 filters of 4x4x1, stride 1, pad 1"));
            sheet.line(sameSize ? "padding keeps the size, so H = W = 200"
                    : "H = (200 + 2" + style.times() + "1 - 4)/1 + 1 = 199");
        }
        parts.forEach(Runnable::run);
    }

    private void total(long depthwise, long pointwise, long total, int side, boolean overInput) {
        if (blanks.contains("5.total")) {
            sheet.outcome(Outcome.blank("5.total"));
            return;
        }
        if (has(Mistake.DEPTHWISE_SAME_SIZE)) {
            sheet.outcome(Outcome.graded("5.total", 0, Mistake.DEPTHWISE_SAME_SIZE.name()));
        } else if (has(Mistake.DEPTHWISE_OVER_INPUT)) {
            sheet.outcome(Outcome.graded("5.total", 0.5, Mistake.DEPTHWISE_OVER_INPUT.name()));
        } else {
            sheet.outcome(Outcome.graded("5.total", 1, has(Mistake.TOTAL_SCIENTIFIC) ? Mistake.TOTAL_SCIENTIFIC.name() : "right"));
        }
        int countedSide = overInput ? 200 : side;
        if (style.showWorking()) {
            sheet.answer(p(5), "depthwise mults = " + style.product(4, 4, countedSide, countedSide, 3) + " = " + style.number(depthwise));
            sheet.line("pointwise mults = " + style.product(side, side, 3, 10) + " = " + style.number(pointwise));
        }
        String value = has(Mistake.TOTAL_SCIENTIFIC) ? "3.089 " + (style.times().equals("*") ? "x" : style.times()) + " 10^6"
                : style.number(total);
        sheet.answer(p(5), sheet.pick("Total multiplications = ", "Total computation (multiplications) = ",
                "Total no. of multiplications: ") + (style.showWorking() ? style.number(depthwise) + " + "
                + style.number(pointwise) + (has(Mistake.TOTAL_SCIENTIFIC) ? " ~ " : " = ") : "") + value);
    }

    private void shapes(int side) {
        if (blanks.contains("5.dw_shape")) {
            sheet.outcome(Outcome.blank("5.dw_shape"));
        } else {
            boolean right = side == 199;
            sheet.outcome(Outcome.graded("5.dw_shape", right ? 1 : 0, right ? "right" : Mistake.DEPTHWISE_SAME_SIZE.name()));
            sheet.answer(p(5), sheet.pick("Output after depthwise conv: ", "Depthwise output size = ", "After depthwise: ")
                    + style.shape(side, side, 3));
        }
        if (blanks.contains("5.pw_shape")) {
            sheet.outcome(Outcome.blank("5.pw_shape"));
        } else if (has(Mistake.POINTWISE_CHANNELS)) {
            sheet.outcome(Outcome.graded("5.pw_shape", 0, Mistake.POINTWISE_CHANNELS.name()));
            sheet.answer(p(5), "After pointwise: " + style.shape(199, 199, 3));
        } else {
            sheet.outcome(Outcome.graded("5.pw_shape", 1, side == 199 ? "right" : "carried forward from 5.dw_shape"));
            sheet.answer(p(5), sheet.pick("Output after pointwise conv: ", "Pointwise output size = ", "After pointwise: ")
                    + style.shape(side, side, 10));
        }
    }
}
