package examgrader.cli;

import examgrader.engine.Kernels;
import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Random;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grader bench}: times the engine's two heaviest kernels so a slow change shows up: a 3×224×224
 * convolution with 64 filters of 3×3 and an LSTM of 100 steps with hidden size 256.
 */
@Command(name = "bench", mixinStandardHelpOptions = true,
        description = "Time conv2d.forward (3×224×224 input, 64 filters 3×3, padding 1) and lstm.forward (100 steps, input 256, hidden 256); print the median of several runs.",
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {"0:timed", "2:bad option"})
public final class BenchCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Option(names = "--runs", description = "timed runs per kernel, after one warm-up run (default ${DEFAULT-VALUE})")
    private int runs = 7;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (runs < 1) {
            spec.commandLine().getErr().println("grader bench: --runs must be at least 1, got " + runs);
            spec.commandLine().getErr().flush();
            return ExitCodes.BAD_INPUT;
        }
        Random random = new Random(42);
        Kernels.Conv2d conv = new Kernels.Conv2d(3, 224, 224, 64, 3, 3, 1, 1, 1, 1, 1, 1, 1);
        double[] image = randoms(random, 3 * 224 * 224);
        double[] filters = randoms(random, 64 * 3 * 3 * 3);
        double[] bias = randoms(random, 64);
        double convMs = median(() -> Kernels.conv2d(conv, image, filters, bias));
        out.printf(java.util.Locale.ROOT, "conv2d.forward 3×224×224, 64 filters 3×3, padding 1: median %.1f ms over %d runs%n", convMs, runs);

        int hidden = 256;
        int input = 256;
        int steps = 100;
        double[][] w = new double[4][];
        double[][] u = new double[4][];
        double[][] b = new double[4][];
        for (int g = 0; g < 4; g++) {
            w[g] = randoms(random, hidden * input);
            u[g] = randoms(random, hidden * hidden);
            b[g] = randoms(random, hidden);
        }
        Kernels.LstmWeights weights = new Kernels.LstmWeights(w, u, b, input, hidden);
        double[] sequence = randoms(random, steps * input);
        double lstmMs = median(() -> Kernels.lstmForward(weights, sequence, steps, new double[hidden], new double[hidden]));
        out.printf(java.util.Locale.ROOT, "lstm.forward 100 steps, input 256, hidden 256: median %.1f ms over %d runs%n", lstmMs, runs);
        out.flush();
        return ExitCodes.OK;
    }

    private double median(Runnable kernel) {
        kernel.run();
        double[] millis = new double[runs];
        for (int r = 0; r < runs; r++) {
            long start = System.nanoTime();
            kernel.run();
            millis[r] = (System.nanoTime() - start) / 1e6;
        }
        Arrays.sort(millis);
        return runs % 2 == 1 ? millis[runs / 2] : (millis[runs / 2 - 1] + millis[runs / 2]) / 2;
    }

    private static double[] randoms(Random random, int n) {
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = random.nextDouble() * 2 - 1;
        }
        return values;
    }
}
