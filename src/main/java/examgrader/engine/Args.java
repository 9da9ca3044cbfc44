package examgrader.engine;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The arguments of one op call, read with the checks rubric authors need: integers that really are
 * integers, shapes that fit, choices spelled as documented. Every failure names the op and the argument.
 */
final class Args {
    private final String op;
    private final Map<String, Object> values;

    Args(String op, Map<String, Object> values) {
        this.op = op;
        this.values = values;
    }

    String op() {
        return op;
    }

    boolean has(String name) {
        return values.get(name) != null;
    }

    EngineException error(String name, String message) {
        return new EngineException(op, name, message);
    }

    private Object required(String name) {
        Object value = values.get(name);
        if (value == null) {
            throw error(name, "is required");
        }
        return value;
    }

    long integer(String name) {
        return toLong(name, required(name));
    }

    long integer(String name, long fallback) {
        return has(name) ? integer(name) : fallback;
    }

    long positive(String name, long fallback) {
        long v = integer(name, fallback);
        if (v < 1) {
            throw error(name, "must be at least 1, got " + v);
        }
        return v;
    }

    long positive(String name) {
        long v = integer(name);
        if (v < 1) {
            throw error(name, "must be at least 1, got " + v);
        }
        return v;
    }

    private long toLong(String name, Object value) {
        if (value instanceof String text) {
            try {
                value = new BigDecimal(text.strip());
            } catch (NumberFormatException e) {
                throw error(name, "must be a whole number, got " + show(value));
            }
        }
        if (value instanceof Boolean || !(value instanceof Number number)) {
            throw error(name, "must be a whole number, got " + show(value));
        }
        if (number instanceof Long || number instanceof Integer || number instanceof Short || number instanceof Byte) {
            return number.longValue();
        }
        if (number instanceof BigInteger big) {
            try {
                return big.longValueExact();
            } catch (ArithmeticException e) {
                throw error(name, "is too large: " + big);
            }
        }
        BigDecimal exact;
        try {
            exact = number instanceof BigDecimal bd ? bd : new BigDecimal(number.doubleValue());
            return exact.stripTrailingZeros().longValueExact();
        } catch (ArithmeticException | NumberFormatException e) {
            throw error(name, "must be a whole number, got " + show(value));
        }
    }

    /** Whether the argument was written as a list (one value per dimension) rather than one number. */
    boolean isList(String name) {
        return values.get(name) instanceof List<?>;
    }

    /** A whole number or a list of them; a single number gives a one-element array. */
    long[] integers(String name) {
        Object value = required(name);
        if (value instanceof List<?> list) {
            if (list.isEmpty()) {
                throw error(name, "must not be an empty list");
            }
            long[] out = new long[list.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = toLong(name, list.get(i));
            }
            return out;
        }
        return new long[] {toLong(name, value)};
    }

    /** One whole number per dimension: a single number applies to every dimension. */
    long[] perDimension(String name, int dims, long fallback) {
        if (!has(name)) {
            long[] out = new long[dims];
            java.util.Arrays.fill(out, fallback);
            return out;
        }
        long[] given = integers(name);
        if (!isList(name)) {
            long[] out = new long[dims];
            java.util.Arrays.fill(out, given[0]);
            return out;
        }
        if (given.length != dims) {
            throw error(name, "has " + given.length + " values but the input has " + dims + " dimension"
                    + (dims == 1 ? "" : "s") + "; give one number or one per dimension");
        }
        return given;
    }

    long[] perDimensionAtLeast(String name, int dims, long fallback, long minimum) {
        long[] out = perDimension(name, dims, fallback);
        for (long v : out) {
            if (v < minimum) {
                throw error(name, "must be at least " + minimum + ", got " + v);
            }
        }
        return out;
    }

    boolean bool(String name, boolean fallback) {
        if (!has(name)) {
            return fallback;
        }
        Object value = values.get(name);
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        throw error(name, "must be true or false, got " + show(value));
    }

    String choice(String name, String fallback, String... allowed) {
        if (!has(name)) {
            if (fallback == null) {
                throw error(name, "is required: one of " + String.join(", ", allowed));
            }
            return fallback;
        }
        Object value = values.get(name);
        String text = String.valueOf(value).trim().toLowerCase(Locale.ROOT);
        for (String option : allowed) {
            if (option.equalsIgnoreCase(text)) {
                return option;
            }
        }
        throw error(name, "must be one of " + String.join(", ", allowed) + ", got " + show(value));
    }

    Tensor tensor(String name) {
        try {
            return Tensor.fromJson(required(name));
        } catch (IllegalArgumentException e) {
            throw error(name, e.getMessage());
        }
    }

    Tensor tensorOrNull(String name) {
        return has(name) ? tensor(name) : null;
    }

    /** A tensor of exactly the given rank. */
    Tensor tensor(String name, int rank, String form) {
        Tensor t = tensor(name);
        if (t.rank() != rank) {
            throw error(name, "must be " + form + ", got " + t.shapeText());
        }
        return t;
    }

    Tensor vector(String name) {
        return tensor(name, 1, "a list of numbers (a vector)");
    }

    Tensor matrix(String name) {
        return tensor(name, 2, "a matrix (a list of rows)");
    }

    /** A vector of the given length, or null when the argument is optional and absent. */
    Tensor vectorOfLength(String name, int length, boolean required) {
        if (!required && !has(name)) {
            return null;
        }
        Tensor t = vector(name);
        if (t.size() != length) {
            throw error(name, "must have " + length + " values, got " + t.size());
        }
        return t;
    }

    Tensor matrixOfShape(String name, int rows, int cols) {
        Tensor t = matrix(name);
        if (t.dim(0) != rows || t.dim(1) != cols) {
            throw error(name, "must be " + rows + " × " + cols + ", got " + t.shapeText());
        }
        return t;
    }

    private static String show(Object value) {
        return value instanceof String s ? "'" + s + "'" : String.valueOf(value);
    }
}
