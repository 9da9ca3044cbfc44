package examgrader.engine;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The grader's own reference engine: recomputes every reference (and every error-carried-forward
 * variant) from a question's data instead of trusting a typed-in key, and writes the working out for
 * the student. PyTorch (float64) is the referee for the numeric ops; see the engine-reference test.
 *
 * <p>Thread-safe: ops keep no state between calls.
 */
public final class ReferenceEngine implements Engine {
    private final Map<String, OpTable.Entry> entries;

    public ReferenceEngine() {
        OpTable table = new OpTable();
        ConvArithmeticOps.register(table);
        RecurrentSizeOps.register(table);
        RecurrentCellOps.register(table);
        ConvolutionOps.register(table);
        AttentionOps.register(table);
        ActivationOps.register(table);
        this.entries = Collections.unmodifiableMap(table.entries());
    }

    /** Every registered op name, in a stable order grouped by family. */
    public Set<String> ops() {
        return Collections.unmodifiableSet(new LinkedHashSet<>(entries.keySet()));
    }

    /** The description and arguments of one op. */
    public OpInfo info(String op) {
        OpTable.Entry entry = entries.get(op);
        if (entry == null) {
            throw unknownOp(op);
        }
        return entry.info();
    }

    public boolean knows(String op) {
        return entries.containsKey(op);
    }

    public List<OpInfo> catalogue() {
        return entries.values().stream().map(OpTable.Entry::info).toList();
    }

    /**
     * Checks a call's op and argument names without computing, for rubric loading where some values are
     * filled in later (a student's earlier answer). Throws the same EngineException compute would.
     */
    public void checkCall(String op, java.util.Collection<String> argNames) {
        OpInfo info = info(op);
        for (String name : argNames) {
            if (info.arg(name).isEmpty()) {
                throw new EngineException(op, name, "unknown argument; " + op + " takes " + String.join(", ", info.argNames()));
            }
        }
        for (String name : info.requiredArgs()) {
            if (!argNames.contains(name)) {
                throw new EngineException(op, name, "is required (" + info.arg(name).orElseThrow().description() + ")");
            }
        }
    }

    @Override
    public OpResult compute(String op, Map<String, Object> args) {
        OpTable.Entry entry = entries.get(op);
        if (entry == null) {
            throw unknownOp(op);
        }
        Map<String, Object> given = args == null ? Map.of() : args;
        checkCall(op, given.entrySet().stream().filter(e -> e.getValue() != null).map(Map.Entry::getKey).toList());
        try {
            return entry.body().run(new Args(op, given));
        } catch (ArithmeticException e) {
            throw new EngineException(op, null, "the numbers are too large to count exactly (" + e.getMessage() + ")");
        } catch (IllegalArgumentException e) {
            throw new EngineException(op, null, e.getMessage());
        }
    }

    private EngineException unknownOp(String op) {
        String near = entries.keySet().stream()
                .filter(name -> op != null && (name.startsWith(op.split("\\.")[0] + ".")))
                .reduce((a, b) -> a + ", " + b).orElse("");
        return new EngineException(op, null, "unknown op" + (near.isEmpty() ? "; 'grader ops' lists them" : "; did you mean one of " + near + "?"));
    }
}
