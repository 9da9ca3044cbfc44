package examgrader.samples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.score.Status;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Cross-checks the generator's mark tables against the written answers, with the schemes' rules
 * re-stated here by hand (exams/*.md): whatever text a seed produces, the expected mark must be
 * what the scheme gives for that text.
 */
class ExpectedMarksFollowTheSchemeTest {
    private static final Pattern NUMBER = Pattern.compile("(\\d[\\d,]*(?:\\.\\d+)?)(\\s*[x\u00d7]\\s*10\\^(\\d+))?");

    @Test
    void depthwiseTotalMarksFollowTheRelativeToleranceAndTheNamedMistake() {
        int checked = 0;
        for (Script script : scripts(ExamSpec.CT3)) {
            String line = script.lineWith("multiplications", "Total", null);
            double expected = script.marks("5.total");
            if (line == null) {
                assertEquals(Status.BLANK, script.status("5.total"));
                continue;
            }
            double value = lastNumber(line);
            double scheme = Math.abs(value - 3_088_878) / 3_088_878 <= 0.001 ? 1 : value == 3_108_030 ? 0.5 : 0;
            assertEquals(scheme, expected, 1e-9, line);
            checked++;
        }
        assertTrue(checked > 20);
    }

    @Test
    void inputSizeSetsEarnAThirdPerRightSizeMinusAThirdPerWrongOne() {
        Set<Integer> reference = Set.of(52, 53, 54);
        Set<Double> seen = new HashSet<>();
        for (Script script : scripts(ExamSpec.WEEK8)) {
            String line = script.lineWith("n = ", null, null);
            if (line == null) {
                line = script.lineWith("input can be", null, null);
            }
            if (line == null) {
                assertEquals(Status.BLANK, script.status("T2.3"));
                continue;
            }
            Set<Integer> written = new HashSet<>();
            Matcher m = Pattern.compile("\\b(\\d{2})\\b").matcher(line.substring(line.lastIndexOf(' ', line.indexOf(
                    line.contains("n = ") ? "n = " : "input can be")) + 1));
            while (m.find()) {
                written.add(Integer.parseInt(m.group(1)));
            }
            long right = written.stream().filter(reference::contains).count();
            long wrong = written.size() - right;
            double scheme = Math.max(0, (right - wrong) / 3.0);
            assertEquals(scheme, script.marks("T2.3"), 1e-9, line);
            seen.add(scheme);
        }
        assertTrue(seen.contains(1.0 / 3) && seen.contains(1.0) && seen.contains(0.0), "variety: " + seen);
    }

    @Test
    void additionsEarnFullMarksUnderEitherConvention() {
        for (Script script : scripts(ExamSpec.WEEK8)) {
            String line = script.lineWith("add", "=", null);
            if (line == null) {
                assertEquals(Status.BLANK, script.status("T2.4.adds"));
                continue;
            }
            double value = lastNumber(line);
            double scheme = value == 2_507_200 || value == 2_508_800 ? 1 : 0;
            assertEquals(scheme, script.marks("T2.4.adds"), 1e-9, line);
        }
    }

    @Test
    void carriedForwardParameterCountEarnsHalfOnlyAfterTheStudentsOwnWrongShape() {
        Pattern shape = Pattern.compile("W_f\\D*(\\d)\\D+(\\d)");
        Set<String> seen = new HashSet<>();
        for (Script script : scripts(ExamSpec.CT3)) {
            String wf = script.firstLineWith("W_f");
            String total = script.lineWith("Total", "=", null);
            if (script.status("3a") != Status.GRADED || script.status("3c") != Status.GRADED
                    || total == null || total.contains("multiplications") || wf == null) {
                continue;
            }
            Matcher m = shape.matcher(wf.substring(wf.indexOf("W_f")));
            assertTrue(m.find(), wf);
            int rows = Integer.parseInt(m.group(1));
            int cols = Integer.parseInt(m.group(2));
            double value = lastNumber(total);
            double scheme = value == 72 ? 1
                    : value == 60 || value == 84 || value == 4 * (rows * cols + rows) ? 0.5 : 0;
            assertEquals(scheme, script.marks("3c"), 1e-9, wf + " / " + total);
            assertEquals(rows == 3 && cols == 5 ? 1 : 0, script.marks("3a"), 1e-9, wf);
            seen.add(rows + "x" + cols + "->" + scheme);
        }
        assertTrue(seen.containsAll(Set.of("3x5->1.0", "3x2->0.5", "3x5->0.5")), "variety: " + seen);
    }

    /**
     * The scheme for T1.3: any expression equal to sigma(z)(1 - sigma(z)) for every z earns the
     * mark. The written right-hand side is evaluated here by a small parser of its own and compared
     * with sigma(z)(1 - sigma(z)) at several z.
     */
    @Test
    void sigmoidDerivativeEarnsTheMarkExactlyWhenTheFormulaIsEqualForAllZ() {
        Set<String> seen = new HashSet<>();
        for (Script script : scripts(ExamSpec.WEEK8)) {
            String line = script.lineWith("(z) = ", null, null);
            if (line == null) {
                assertEquals(Status.BLANK, script.status("T1.3"));
                continue;
            }
            String rhs = line.substring(line.indexOf("(z) = ") + "(z) = ".length());
            boolean equal = true;
            for (double z : new double[] {-4, -1.5, 0, 0.3, 2, 5}) {
                double s = 1 / (1 + Math.exp(-z));
                equal &= Math.abs(new Expr(rhs, z).value() - s * (1 - s)) < 1e-9;
            }
            assertEquals(Status.GRADED, script.status("T1.3"), line);
            assertEquals(equal ? 1 : 0, script.marks("T1.3"), 1e-9, line);
            seen.add(rhs.replaceAll("sigma|\u03c3", "s").replace('\u2212', '-') + " -> " + (equal ? 1 : 0));
        }
        assertTrue(seen.stream().filter(f -> f.endsWith("1")).count() >= 4, "variety of right forms: " + seen);
        assertTrue(seen.stream().filter(f -> f.endsWith("0")).count() >= 2, "variety of wrong forms: " + seen);
    }

    /** Recursive descent over + - * / ^, implicit products, sigma/σ, e and z. */
    private static final class Expr {
        private final String text;
        private final double z;
        private int at;

        Expr(String text, double z) {
            this.text = text.replace("\u2212", "-").replace("\u00b7", "*").replace("\u03c3", "sigma").replace(" ", "");
            this.z = z;
        }

        double value() {
            double v = sum();
            assertEquals(text.length(), at, "unparsed rest of " + text);
            return v;
        }

        private double sum() {
            double v = product();
            while (at < text.length() && (peek() == '+' || peek() == '-')) {
                v = text.charAt(at++) == '+' ? v + product() : v - product();
            }
            return v;
        }

        private double product() {
            double v = unary();
            while (at < text.length()) {
                char c = peek();
                if (c == '*' || c == '/') {
                    at++;
                    v = c == '*' ? v * unary() : v / unary();
                } else if (c == '(' || Character.isLetterOrDigit(c)) {
                    v *= unary();
                } else {
                    break;
                }
            }
            return v;
        }

        private double unary() {
            if (peek() == '-') {
                at++;
                return -unary();
            }
            double base = primary();
            if (at < text.length() && peek() == '^') {
                at++;
                return Math.pow(base, unary());
            }
            return base;
        }

        private double primary() {
            if (text.startsWith("sigma(", at)) {
                at += "sigma".length();
                double x = primary();
                return 1 / (1 + Math.exp(-x));
            }
            char c = peek();
            at++;
            if (c == '(') {
                double v = sum();
                assertEquals(')', text.charAt(at++), text);
                return v;
            }
            if (c == 'z') {
                return z;
            }
            if (c == 'e') {
                return Math.E;
            }
            int start = at - 1;
            while (at < text.length() && (Character.isDigit(peek()) || peek() == '.')) {
                at++;
            }
            return Double.parseDouble(text.substring(start, at));
        }

        private char peek() {
            return text.charAt(at);
        }
    }

    private static double lastNumber(String line) {
        Matcher m = NUMBER.matcher(line);
        double last = Double.NaN;
        while (m.find()) {
            last = Double.parseDouble(m.group(1).replace(",", ""));
            if (m.group(3) != null) {
                last *= Math.pow(10, Integer.parseInt(m.group(3)));
            }
        }
        return last;
    }

    record Script(List<String> lines, Map<String, ExpectedMark> marks) {
        String lineWith(String a, String b, String c) {
            return lines.stream().filter(l -> l.contains(a) && (b == null || l.contains(b)) && (c == null || l.contains(c)))
                    .reduce((first, second) -> second).orElse(null);
        }

        String firstLineWith(String text) {
            return lines.stream().filter(l -> l.contains(text)).findFirst().orElse(null);
        }

        double marks(String id) {
            return marks.get(id).marks();
        }

        Status status(String id) {
            return marks.get(id).status();
        }
    }

    private static List<Script> scripts(ExamSpec exam) {
        List<Script> scripts = new ArrayList<>();
        for (long seed = 1; seed <= 12; seed++) {
            List<SampleGenerator.Slot> roster = new ArrayList<>();
            for (Form form : Form.values()) {
                for (int i = 0; i < 3; i++) {
                    roster.add(new SampleGenerator.Slot(i, form));
                }
            }
            Map<SampleGenerator.Slot, Set<Mistake>> dealt = SampleGenerator.deal(exam, roster, new Random(seed));
            for (SampleGenerator.Slot slot : roster) {
                Random rng = new Random(SampleGenerator.mix(seed, exam.ordinal(), slot.index(), slot.form().ordinal()));
                ScriptContent content = SampleGenerator.compose(exam, dealt.get(slot), rng);
                Map<String, ExpectedMark> byId = new java.util.HashMap<>();
                SampleGenerator.expected(exam, slot.file(), content).forEach(m -> byId.put(m.questionId(), m));
                scripts.add(new Script(content.lines(), byId));
            }
        }
        return scripts;
    }
}
