package examgrader.engine;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A small dense n-dimensional array of doubles, row-major and channel-first like PyTorch
 * ({@code [C][H][W]} for an image, {@code [out][in][kH][kW]} for conv weights). One flat array keeps
 * the convolution and recurrent loops cache-friendly; nested lists exist only at the JSON boundary.
 */
public final class Tensor {
    private final int[] shape;
    private final double[] data;

    public Tensor(int[] shape, double[] data) {
        long size = sizeOf(shape);
        if (size != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " needs " + size + " values, got " + data.length);
        }
        this.shape = shape.clone();
        this.data = data;
    }

    public static Tensor vector(double... values) {
        return new Tensor(new int[] {values.length}, values);
    }

    private static long sizeOf(int[] shape) {
        long size = 1;
        for (int d : shape) {
            size *= d;
        }
        return size;
    }

    /**
     * Reads a JSON-like value: a number (rank 0) or nested lists of numbers that form a full
     * rectangle (no ragged rows).
     *
     * @throws IllegalArgumentException with a message saying what is wrong, for the caller to attach to an argument
     */
    public static Tensor fromJson(Object value) {
        List<Integer> dims = new ArrayList<>();
        Object probe = value;
        while (probe instanceof List<?> list) {
            if (list.isEmpty()) {
                throw new IllegalArgumentException("an empty list where numbers were expected");
            }
            dims.add(list.size());
            probe = list.get(0);
        }
        int[] shape = dims.stream().mapToInt(Integer::intValue).toArray();
        double[] data = new double[Math.toIntExact(sizeOf(shape))];
        int[] cursor = {0};
        fill(value, shape, 0, data, cursor);
        return new Tensor(shape, data);
    }

    private static void fill(Object value, int[] shape, int depth, double[] data, int[] cursor) {
        if (depth == shape.length) {
            double x = number(value);
            if (!Double.isFinite(x)) {
                throw new IllegalArgumentException("expected a finite number, found " + x);
            }
            data[cursor[0]++] = x;
            return;
        }
        if (!(value instanceof List<?> list) || list.size() != shape[depth]) {
            throw new IllegalArgumentException("ragged nesting: expected a list of " + shape[depth]
                    + " at depth " + (depth + 1) + ", found " + describe(value));
        }
        for (Object item : list) {
            fill(item, shape, depth + 1, data, cursor);
        }
    }

    /** A number, or a string that spells one (YAML leaves forms such as 1e-3 as strings). */
    static double number(Object value) {
        if (value instanceof Number number) {
            return number.doubleValue();
        }
        if (value instanceof String text) {
            try {
                return new java.math.BigDecimal(text.strip()).doubleValue();
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("expected a number, found " + describe(value));
            }
        }
        throw new IllegalArgumentException("expected a number, found " + describe(value));
    }

    private static String describe(Object value) {
        if (value instanceof List<?> list) {
            return "a list of " + list.size();
        }
        return value == null ? "nothing" : "'" + value + "'";
    }

    /** The JSON form: a Double for rank 0, otherwise nested lists of Doubles. */
    public Object toJson() {
        if (shape.length == 0) {
            return data[0];
        }
        return nest(0, 0);
    }

    private List<Object> nest(int depth, int offset) {
        int stride = 1;
        for (int d = depth + 1; d < shape.length; d++) {
            stride *= shape[d];
        }
        List<Object> out = new ArrayList<>(shape[depth]);
        for (int i = 0; i < shape[depth]; i++) {
            int start = offset + i * stride;
            out.add(depth == shape.length - 1 ? (Object) data[start] : nest(depth + 1, start));
        }
        return out;
    }

    public int[] shape() {
        return shape.clone();
    }

    public int rank() {
        return shape.length;
    }

    public int dim(int axis) {
        return shape[axis];
    }

    public int size() {
        return data.length;
    }

    /** The backing array, shared (not copied) so kernels run without copying. */
    public double[] data() {
        return data;
    }

    public double get(int flatIndex) {
        return data[flatIndex];
    }

    public Tensor reshape(int... newShape) {
        return new Tensor(newShape, data);
    }

    public String shapeText() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < shape.length; i++) {
            sb.append(i == 0 ? "" : " × ").append(shape[i]);
        }
        return shape.length == 0 ? "a single number" : sb.toString();
    }
}
