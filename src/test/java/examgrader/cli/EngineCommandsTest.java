package examgrader.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The engine's commands through their stdout, stderr and exit code, bad input included. */
class EngineCommandsTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(Object command, String... args) {
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    private static Map<?, ?> json(String line) throws Exception {
        return new ObjectMapper().readValue(line, Map.class);
    }

    @Test
    void computePrintsOpResultAndWorking() throws Exception {
        int code = run(new ComputeCommand(), "conv.output_size", "--args", "{\"input\": [78, 84], \"kernel\": 5, \"stride\": 3, \"padding\": 2}");
        assertEquals(ExitCodes.OK, code, err.toString());
        Map<?, ?> row = json(out.toString().strip());
        assertEquals("conv.output_size", row.get("op"));
        assertEquals(List.of(26, 28), row.get("result"));
        assertTrue(((String) row.get("working")).contains("floor((78 + 2·2 − 5)/3) + 1 = 26"));
        assertEquals("", err.toString());
    }

    @Test
    void computeRejectsAKernelLargerThanThePaddedInputInOneLine() {
        int code = run(new ComputeCommand(), "conv.output_size", "--args", "{\"input\": 4, \"kernel\": 7}");
        assertEquals(ExitCodes.BAD_INPUT, code);
        String message = err.toString().strip();
        assertFalse(message.contains("\n"), message);
        assertTrue(message.contains("conv.output_size") && message.contains("'kernel'"), message);
        assertFalse(message.contains("Exception") || message.contains("\tat "), message);
        assertEquals("", out.toString());
    }

    @Test
    void computeRejectsUnknownOpAndBadJson() {
        assertEquals(ExitCodes.BAD_INPUT, run(new ComputeCommand(), "conv.nothing", "--args", "{}"));
        assertTrue(err.toString().contains("conv.nothing: unknown op"), err.toString());
        assertEquals(ExitCodes.BAD_INPUT, run(new ComputeCommand(), "conv.params", "--args", "{\"in_channels\": 3,"));
        assertTrue(err.toString().contains("--args: not valid JSON"), err.toString());
    }

    @Test
    void computeStreamAnswersEveryLineInOrderAndGoesOnAfterErrors() throws Exception {
        String lines = String.join("\n",
                "{\"op\": \"lstm.params\", \"args\": {\"gate_weight\": [3, 5]}}",
                "{\"op\": \"conv.params\", \"args\": {\"in_channels\": 6, \"out_channels\": 4, \"kernel\": [3, 3], \"groups\": 4}}",
                "",
                "not json",
                "{\"op\": \"conv.input_sizes\", \"args\": {\"output\": 16, \"kernel\": 9, \"stride\": 3, \"padding\": 1}}");
        ComputeCommand command = new ComputeCommand(new ByteArrayInputStream(lines.getBytes(StandardCharsets.UTF_8)));
        int code = run(command, "-");
        assertEquals(ExitCodes.BAD_INPUT, code, "a failed line is reported in the exit code");
        String[] rows = out.toString().strip().split("\n");
        assertEquals(4, rows.length);
        assertEquals(72, json(rows[0]).get("result"));
        Map<?, ?> groupsError = json(rows[1]);
        assertEquals("conv.params", groupsError.get("op"));
        assertTrue(((String) groupsError.get("error")).contains("'groups'"), rows[1]);
        assertTrue(((String) json(rows[2]).get("error")).startsWith("line 4:"), rows[2]);
        assertEquals(List.of(52, 53, 54), json(rows[3]).get("result"));
    }

    @Test
    void opsListsEveryOpWithItsArguments() {
        assertEquals(ExitCodes.OK, run(new OpsCommand()));
        String listing = out.toString();
        for (String op : List.of("lstm.cell", "gru.cell", "conv.depthwise_separable", "attention.params", "rnn2d.steps", "act.softmax")) {
            assertTrue(listing.contains(op + " — "), op);
        }
        assertTrue(listing.contains("    gate_weight: "), listing);
        assertTrue(listing.contains("    input (required): "), listing);
    }

    @Test
    void opsAsJsonIsMachineReadable() throws Exception {
        assertEquals(ExitCodes.OK, run(new OpsCommand(), "--json"));
        List<?> ops = new ObjectMapper().readValue(out.toString(), List.class);
        assertTrue(ops.size() >= 30, "ops listed: " + ops.size());
    }

    @Test
    void benchRejectsZeroRuns() {
        assertEquals(ExitCodes.BAD_INPUT, run(new BenchCommand(), "--runs", "0"));
        assertTrue(err.toString().contains("--runs"), err.toString());
    }
}
