package examgrader.samples;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * Answers to 50.039 Week 8 homework. Marks per variant are worked by hand from the marking scheme
 * (exams/dl50039-week8.md) and written next to the text that earns them.
 */
final class Week8Writer implements ScriptWriter {
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
        List<Runnable> tasks = new ArrayList<>(List.of(this::task1, this::task2));
        if (style.shuffled()) {
            Collections.reverse(tasks);
        }
        tasks.forEach(Runnable::run);
        List<String> header = new ArrayList<>();
        header.add(sheet.pick("DL HW week 8", "50.039 Deep Learning - Week 8 homework", "Homework 8 (50.039)"));
        if (sheet.chance(0.5)) {
            header.add(student.name() + " " + student.id());
        } else {
            header.add("Name: " + student.name());
            header.add(sheet.pick("Student ID: ", "ID ", "Student no. ") + student.id());
        }
        return new ScriptContent(student, header, sheet.blocks(), sheet.outcomes());
    }

    private boolean has(Mistake mistake) {
        return mistakes.contains(mistake);
    }

    private static List<Integer> p(Integer... path) {
        return List.of(path);
    }

    private void manual(String id, int item, String first, String... more) {
        if (blanks.contains(id)) {
            sheet.outcome(Outcome.blank(id));
            return;
        }
        sheet.outcome(Outcome.manual(id, "text"));
        sheet.answer(p(1, item), first);
        for (String line : more) {
            if (!line.isBlank()) {
                sheet.line(line);
            }
        }
    }

    private void task1() {
        sheet.startBlock();
        List<Runnable> items = new ArrayList<>(List.of(
                () -> manual("T1.1", 1, sheet.pick("No. c_{t-1} is built from f_{t-1}, i_{t-1}, u_{t-1} and c_{t-2},",
                        "No: h_{t-1} = o_{t-1} * tanh(c_{t-1}) is computed from c_{t-1},",
                        "Not a function of it. c_{t-1} is fixed before h_{t-1} exists;"),
                        sheet.pick("so h_{t-1} depends on c_{t-1}, not the other way round.",
                                "which depend on h_{t-2} and x_{t-1}; h_{t-1} comes after c_{t-1}.",
                                "knowing h_{t-1} does not pin down c_{t-1} (o_{t-1} can be near 0).")),
                () -> manual("T1.2", 2, "dh_t/dh_{t-1} = tanh(c_t) * do_t/dh_{t-1}",
                        "  + o_t * (1 - tanh^2(c_t)) * (c_{t-1} * df_t/dh_{t-1} + u_t * di_t/dh_{t-1} + i_t * du_t/dh_{t-1})"),
                this::sigmoid,
                () -> manual("T1.4", 4, "df_t/dh_{t-1} = " + sheet.pick("\u03c3'(W^f x_t + U^f h_{t-1}) * U^f",
                        "sigma'(W^f x_t + U^f h_{t-1}) U^f")),
                () -> manual("T1.5", 5, sheet.pick("sigma is increasing, so maximise U^f(d) . h_{t-1} on the unit sphere:",
                        "The inner product is largest when h_{t-1} points along U^f(d):"), "h_{t-1} = U^f(d) / ||U^f(d)||"),
                this::argmaxAndMax));
        if (sheet.chance(0.25)) {
            Collections.swap(items, 2, 3);
        }
        items.forEach(Runnable::run);
    }

    private void argmaxAndMax() {
        String[][] answers = {
            {"The argmax does not depend on W^f(d) . x_t, it only shifts the input of sigma.",
                "The max does: sigma of a larger input is larger."},
            {"argmax: no. max: yes, the shift changes the value of f_t(d) at the best h_{t-1}."},
            {"Adding a constant inside sigma moves the value but not where it peaks,",
                "so the max depends on it and the argmax does not."},
            {"The best direction is still U^f(d)/||U^f(d)|| whatever x_t is.",
                "Only the max value changes with W^f(d) . x_t."}};
        String[] answer = answers[sheet.rng().nextInt(answers.length)];
        manual("T1.6", 6, answer[0], java.util.Arrays.copyOfRange(answer, 1, answer.length));
    }

    /**
     * T1.3 is marked as a formula: any expression equal to sigma(z)(1 - sigma(z)) for every z earns
     * the mark. Each right form below was checked by hand to be that function (e^-z/(1+e^-z)^2 is
     * the quotient rule; 1/(1+e^-z) - 1/(1+e^-z)^2 is sigma - sigma^2); each wrong one differs at
     * z = 0, where sigma'(0) = 1/4.
     */
    private void sigmoid() {
        if (blanks.contains("T1.3")) {
            sheet.outcome(Outcome.blank("T1.3"));
            return;
        }
        String s = sheet.pick("\u03c3", "sigma");
        String minus = sheet.pick("-", "\u2212");
        String lhs = sheet.pick(s + "'(z) = ", s + "'(z) = ", "d/dz " + s + "(z) = ");
        if (has(Mistake.SIGMOID_WRONG)) {
            sheet.outcome(Outcome.graded("T1.3", 0, Mistake.SIGMOID_WRONG.name()));
            sheet.answer(p(1, 3), lhs + sheet.pick(
                    s + "(z)(1 + " + s + "(z))",                  // 3/4 at z = 0
                    "1 " + minus + " " + s + "(z)^2",              // 3/4 at z = 0
                    "e^-z / (1 + e^z)"));                          // 1/2 at z = 0
            return;
        }
        sheet.outcome(Outcome.graded("T1.3", 1, "right"));
        sheet.answer(p(1, 3), lhs + sheet.pick(
                s + "(z)(1 " + minus + " " + s + "(z))",
                s + "(z) * (1 " + minus + " " + s + "(z))",
                s + "(z)\u00b7(1" + minus + s + "(z))",
                "e^(-z)/(1+e^(-z))^2",
                "1/(1+e^-z) - 1/(1+e^-z)^2"));
    }

    private void task2() {
        sheet.startBlock();
        outputSize("T2.1", 1, 78, 84, 5, 5, 3, 2);
        outputSize("T2.2", 2, 64, 64, 3, 5, 2, 0);
        inputSizes();
        layerCounts();
        oneByOne();
    }

    private void outputSize(String id, int item, int h, int w, int kh, int kw, int stride, int pad) {
        if (blanks.contains(id)) {
            sheet.outcome(Outcome.blank(id));
            return;
        }
        int outH = (h + 2 * pad - kh) / stride + 1;
        int outW = (w + 2 * pad - kw) / stride + 1;
        String hWork = "floor((" + h + (pad > 0 ? " + 2" + style.times() + pad : "") + " - " + kh + ")/" + stride + ") + 1";
        String wWork = "floor((" + w + (pad > 0 ? " + 2" + style.times() + pad : "") + " - " + kw + ")/" + stride + ") + 1";
        double marks = 1;
        String variant = "right";
        if (id.equals("T2.1") && has(Mistake.CONV_ONE_DIM)) {
            outW = outW - 1;
            wWork = "floor((" + w + " + 2" + style.times() + pad + " - " + kw + ")/" + stride + ")";
            marks = 0.5;
            variant = Mistake.CONV_ONE_DIM.name();
        } else if (id.equals("T2.1") && has(Mistake.CONV_NO_PADDING)) {
            outH = (h - kh) / stride + 1;
            outW = (w - kw) / stride + 1;
            hWork = "floor((" + h + " - " + kh + ")/" + stride + ") + 1";
            wWork = "floor((" + w + " - " + kw + ")/" + stride + ") + 1";
            marks = 0;
            variant = Mistake.CONV_NO_PADDING.name();
        } else if (id.equals("T2.2") && has(Mistake.CONV_SAME_KERNEL)) {
            outW = outH;
            wWork = hWork;
            marks = 0.5;
            variant = Mistake.CONV_SAME_KERNEL.name();
        }
        sheet.outcome(Outcome.graded(id, marks, variant));
        if (style.showWorking()) {
            sheet.answer(p(2, item), "H_out = " + hWork + " = " + outH);
            sheet.line("W_out = " + wWork + " = " + outW);
            sheet.line(style.so() + " " + sheet.pick("output size is ", "the feature map is ", "spatial size ") + style.shape(outH, outW));
        } else {
            sheet.answer(p(2, item), sheet.pick("Output: ", "Spatial size = ", "") + style.shape(outH, outW));
        }
    }

    private void inputSizes() {
        if (blanks.contains("T2.3")) {
            sheet.outcome(Outcome.blank("T2.3"));
            return;
        }
        String[] sizes = {"52", "53", "54"};
        double marks = 1;
        String variant = "right";
        if (has(Mistake.SIZES_ONE_WRONG)) {
            sizes = new String[] {"52", "53", "55"};
            marks = THIRD;
            variant = Mistake.SIZES_ONE_WRONG.name();
        } else if (has(Mistake.SIZES_TWO_WRONG)) {
            sizes = new String[] {"51", "52"};
            marks = 0;
            variant = Mistake.SIZES_TWO_WRONG.name();
        } else if (has(Mistake.SIZES_ONLY_ONE)) {
            sizes = new String[] {"52"};
            marks = THIRD;
            variant = Mistake.SIZES_ONLY_ONE.name();
        }
        sheet.outcome(Outcome.graded("T2.3", marks, variant));
        if (style.showWorking()) {
            sheet.answer(p(2, 3), "16 = floor((n + 2 - 9)/3) + 1");
            sheet.line("45 <= n - 7 < 48");
        }
        String list = sizes.length == 1 ? sizes[0] : sheet.chance(0.5)
                ? style.vector(sizes)
                : String.join(", ", java.util.Arrays.copyOf(sizes, sizes.length - 1)) + " or " + sizes[sizes.length - 1];
        sheet.answer(p(2, 3), style.so() + " " + sheet.pick("input size n = ", "the input can be ", "n = ") + list);
    }

    private void layerCounts() {
        boolean subLabels = sheet.chance(0.6);
        if (style.showWorking()) {
            sheet.answer(p(2, 4), "output side = floor((19 - 7)/3) + 1 = 5, so 5 " + style.times() + " 5 " + style.times() + " 64");
        }
        if (blanks.contains("T2.4.params")) {
            sheet.outcome(Outcome.blank("T2.4.params"));
        } else {
            boolean bias = has(Mistake.PARAMS_WITH_BIAS);
            sheet.outcome(Outcome.graded("T2.4.params", bias ? 0 : 1, bias ? Mistake.PARAMS_WITH_BIAS.name() : "right"));
            sheet.answer(subLabels ? p(2, 4, 1) : p(2, 4), sheet.pick("parameters = ", "trainable params: ", "No. of parameters = ")
                    + style.product(7, 7, 32, 64) + (bias ? " + 64 = " + style.number(100_416) : " = " + style.number(100_352)));
        }
        if (blanks.contains("T2.4.mults")) {
            sheet.outcome(Outcome.blank("T2.4.mults"));
        } else {
            boolean six = has(Mistake.MULTS_WRONG_OUTPUT);
            sheet.outcome(Outcome.graded("T2.4.mults", six ? 0 : 1, six ? Mistake.MULTS_WRONG_OUTPUT.name() : "right"));
            int side = six ? 6 : 5;
            sheet.answer(subLabels ? p(2, 4, 2) : p(2, 4), sheet.pick("multiplications = ", "mults: ", "number of multiplications = ")
                    + style.product(side, side, 64, "(7" + style.times() + "7" + style.times() + "32)") + " = "
                    + style.number(six ? 3_612_672 : 2_508_800));
        }
        if (blanks.contains("T2.4.adds")) {
            sheet.outcome(Outcome.blank("T2.4.adds"));
            return;
        }
        String cue = sheet.pick("additions = ", "adds: ", "number of additions = ");
        List<Integer> path = subLabels ? p(2, 4, 3) : p(2, 4);
        if (has(Mistake.ADDS_ONE_PER_PRODUCT)) {
            sheet.outcome(Outcome.graded("T2.4.adds", 1, Mistake.ADDS_ONE_PER_PRODUCT.name()));
            sheet.answer(path, cue + "one per product, same as multiplications = " + style.number(2_508_800));
        } else if (has(Mistake.ADDS_ONE_POSITION)) {
            sheet.outcome(Outcome.graded("T2.4.adds", 0, Mistake.ADDS_ONE_POSITION.name()));
            sheet.answer(path, cue + style.product(64, "(7" + style.times() + "7" + style.times() + "32 - 1)") + " = " + style.number(100_288));
        } else {
            sheet.outcome(Outcome.graded("T2.4.adds", 1, "right"));
            sheet.answer(path, cue + style.product(5, 5, 64, "(7" + style.times() + "7" + style.times() + "32 - 1)") + " = "
                    + style.number(2_507_200));
        }
    }

    private void oneByOne() {
        if (blanks.contains("T2.5.params")) {
            sheet.outcome(Outcome.blank("T2.5.params"));
            return;
        }
        boolean bias = has(Mistake.ONE_BY_ONE_BIAS);
        sheet.outcome(Outcome.graded("T2.5.params", bias ? 0 : 1, bias ? Mistake.ONE_BY_ONE_BIAS.name() : "right"));
        sheet.answer(p(2, 5), sheet.pick("parameters = ", "params: ", "trainable parameters = ")
                + style.product(1, 1, 512, 128) + (bias ? " + 128 = " + style.number(65_664) : " = " + style.number(65_536)));
        if (sheet.chance(0.4)) {
            sheet.line("(padding only changes the output, 29 " + style.times() + " 29, not the weights)");
        }
    }
}
