package examgrader.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import examgrader.engine.EngineException;
import examgrader.engine.OpResult;
import examgrader.engine.ReferenceEngine;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code grader compute}: runs one engine op, or a stream of them, so rubric authors and auditors can
 * check a reference and its working by hand, outside any grading run.
 */
@Command(name = "compute", mixinStandardHelpOptions = true,
        description = {"Run a reference-engine op and print {\"op\", \"result\", \"working\"} as JSON.",
                "With OP '-', read JSON lines {\"op\": ..., \"args\": {...}} from standard input and print one result line each;"
                        + " a bad line prints {\"op\", \"error\"} and the rest go on."},
        exitCodeListHeading = "Exit codes:%n",
        exitCodeList = {"0:every op ran", "2:bad op or arguments (in '-' mode: at least one line failed)", "70:a fault in the grader itself"})
public final class ComputeCommand implements Callable<Integer> {
    private static final ObjectMapper JSON = new ObjectMapper();

    @Spec
    private CommandSpec spec;

    @Parameters(index = "0", paramLabel = "OP", description = "op name (see 'grader ops'), or '-' to read JSON lines from stdin")
    private String op;

    @Option(names = "--args", paramLabel = "JSON", description = "the op's arguments as a JSON object, e.g. '{\"input\": [78, 84], \"kernel\": 5}'")
    private String args = "{}";

    private final InputStream stdin;
    private final ReferenceEngine engine = new ReferenceEngine();

    public ComputeCommand() {
        this(null);
    }

    /** For tests and embedding: read {@code compute -} lines from the given stream instead of System.in. */
    public ComputeCommand(InputStream stdin) {
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            return op.equals("-") ? streamLines(out, err) : single(out, err);
        } finally {
            out.flush();
            err.flush();
        }
    }

    private int single(PrintWriter out, PrintWriter err) {
        Map<String, Object> parsed;
        try {
            parsed = parseObject(args);
        } catch (IllegalArgumentException e) {
            err.println("grader compute: --args: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        try {
            out.println(JSON.writeValueAsString(resultLine(engine.compute(op, parsed))));
            return ExitCodes.OK;
        } catch (EngineException e) {
            err.println("grader compute: " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        } catch (JsonProcessingException | RuntimeException e) {
            err.println("grader compute: internal error in " + op + ": " + e);
            return ExitCodes.INTERNAL;
        }
    }

    private int streamLines(PrintWriter out, PrintWriter err) {
        InputStream in = stdin != null ? stdin : System.in;
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        int status = ExitCodes.OK;
        int lineNumber = 0;
        try {
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                lineNumber++;
                if (line.isBlank()) {
                    continue;
                }
                Map<String, Object> row = runLine(line, lineNumber);
                if (row.containsKey("error")) {
                    status = ExitCodes.BAD_INPUT;
                }
                out.println(JSON.writeValueAsString(row));
                out.flush();
            }
        } catch (IOException e) {
            err.println("grader compute: cannot read standard input at line " + (lineNumber + 1) + ": " + e.getMessage());
            return ExitCodes.BAD_INPUT;
        }
        return status;
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> runLine(String line, int lineNumber) {
        Object opName = null;
        try {
            Map<String, Object> request = parseObject(line);
            opName = request.get("op");
            Object opArgs = request.getOrDefault("args", Map.of());
            if (!(opName instanceof String name)) {
                return errorLine(opName, "line " + lineNumber + ": needs \"op\": the name of an op");
            }
            if (!(opArgs instanceof Map<?, ?>)) {
                return errorLine(name, "line " + lineNumber + ": \"args\" must be a JSON object");
            }
            for (String key : request.keySet()) {
                if (!key.equals("op") && !key.equals("args")) {
                    return errorLine(name, "line " + lineNumber + ": unknown key \"" + key + "\"; a line has only \"op\" and \"args\"");
                }
            }
            return resultLine(engine.compute(name, (Map<String, Object>) opArgs));
        } catch (IllegalArgumentException e) {
            return errorLine(opName, "line " + lineNumber + ": " + e.getMessage());
        } catch (EngineException e) {
            return errorLine(opName, e.getMessage());
        } catch (RuntimeException e) {
            return errorLine(opName, "internal error: " + e);
        }
    }

    private static Map<String, Object> resultLine(OpResult result) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("op", result.op());
        row.put("result", result.result());
        row.put("working", result.working());
        return row;
    }

    private static Map<String, Object> errorLine(Object op, String message) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("op", op);
        row.put("error", message);
        return row;
    }

    private static Map<String, Object> parseObject(String text) {
        Object value;
        try {
            value = JSON.readValue(text, Object.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not valid JSON (" + e.getOriginalMessage() + ")");
        }
        if (!(value instanceof Map<?, ?>)) {
            throw new IllegalArgumentException("expected a JSON object {...}, got " + text.strip());
        }
        return JSON.convertValue(value, new TypeReference<LinkedHashMap<String, Object>>() {});
    }
}
