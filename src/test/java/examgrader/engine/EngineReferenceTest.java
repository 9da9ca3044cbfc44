package examgrader.engine;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every case of engine-reference.json (computed by PyTorch 1.13 in float64) must come out of the
 * engine within 1e-9 relative; integer results must be exact Longs.
 */
class EngineReferenceTest {
    private static final ReferenceEngine ENGINE = new ReferenceEngine();

    @SuppressWarnings("unchecked")
    static Stream<Arguments> cases() throws IOException {
        try (InputStream in = EngineReferenceTest.class.getResourceAsStream("/engine-reference.json")) {
            Map<String, Object> file = new ObjectMapper().readValue(in, new TypeReference<>() {});
            List<Map<String, Object>> cases = (List<Map<String, Object>>) file.get("cases");
            return IntStream.range(0, cases.size()).mapToObj(i -> Arguments.of(
                    i + ": " + cases.get(i).get("op"), cases.get(i).get("op"), cases.get(i).get("args"), cases.get(i).get("result")));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    @SuppressWarnings("unchecked")
    void matchesPyTorch(String name, String op, Map<String, Object> args, Object expected) {
        OpResult result = ENGINE.compute(op, args);
        assertEquals(op, result.op());
        assertTrue(!result.working().isBlank(), "working is shown");
        assertClose(expected, result.result(), "result");
    }

    @SuppressWarnings("unchecked")
    static Stream<Arguments> lstmWeightCases() throws IOException {
        return cases().filter(c -> c.get()[1].equals("lstm.cell") && ((Map<String, Object>) c.get()[2]).containsKey("x"));
    }

    /** lstm.forward over a one-step sequence must agree with PyTorch's cell on the same weights. */
    @ParameterizedTest(name = "{0} as lstm.forward")
    @MethodSource("lstmWeightCases")
    @SuppressWarnings("unchecked")
    void forwardOverOneStepMatchesPyTorchCell(String name, String op, Map<String, Object> args, Object expected) {
        Map<String, Object> forwardArgs = new java.util.LinkedHashMap<>(args);
        forwardArgs.put("x", List.of(forwardArgs.remove("x")));
        forwardArgs.put("h0", forwardArgs.remove("h_prev"));
        forwardArgs.put("c0", forwardArgs.remove("c_prev"));
        Map<String, Object> result = (Map<String, Object>) ENGINE.compute("lstm.forward", forwardArgs).result();
        Map<String, Object> want = (Map<String, Object>) expected;
        assertClose(List.of(want.get("h")), result.get("h"), "h");
        assertClose(List.of(want.get("c")), result.get("c"), "c");
    }

    @SuppressWarnings("unchecked")
    static void assertClose(Object expected, Object actual, String path) {
        if (expected instanceof Map<?, ?> map) {
            Map<String, Object> got = assertInstanceOf(Map.class, actual, path);
            for (Map.Entry<?, ?> e : map.entrySet()) {
                assertTrue(got.containsKey((String) e.getKey()), path + " has key " + e.getKey());
                assertClose(e.getValue(), got.get((String) e.getKey()), path + "." + e.getKey());
            }
        } else if (expected instanceof List<?> list) {
            List<Object> got = assertInstanceOf(List.class, actual, path);
            assertEquals(list.size(), got.size(), path + " length");
            for (int i = 0; i < list.size(); i++) {
                assertClose(list.get(i), got.get(i), path + "[" + i + "]");
            }
        } else if (expected instanceof Integer || expected instanceof Long) {
            Long got = assertInstanceOf(Long.class, actual, path + " is a whole number");
            assertEquals(((Number) expected).longValue(), got, path);
        } else if (expected instanceof Number number) {
            double want = number.doubleValue();
            double got = ((Number) actual).doubleValue();
            double tolerance = 1e-9 * Math.max(Math.abs(want), 1e-300) + 1e-15;
            if (Math.abs(want - got) > tolerance) {
                fail(path + ": expected " + want + " but was " + got);
            }
        } else {
            assertEquals(expected, actual, path);
        }
    }
}
