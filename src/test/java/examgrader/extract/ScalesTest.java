package examgrader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.rubric.AnswerKind;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ScalesTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "total = 1.00352×10⁵ | 100352",
            "total = 1.00352 x 10⁵ parameters | 100352",
            "total = 2.5088M multiplications | 2508800",
            "total = 2.5088 Million | 2508800",
            "total = 2.5088 MILLION | 2508800",
            "total = 2.5088 millions | 2508800",
            "total = 2.51 mn | 2510000",
            "total = 2.51 mln | 2510000",
            "total = 2.51 mil | 2510000",
            "total = 3.09 Mio | 3090000",
            "total = 100k | 100000",
            "total = 100.352k | 100352",
            "total = 3.09 bn | 3090000000",
            "total = 30.9 lakh | 3090000",
            "total = 1.2 crore | 12000000",
            "total: about 3.09 million | 3090000",
            "total = 2.5088 ⋅ 10⁶ | 2508800",
            "total = 2.5088×10⁺⁶ | 2508800",
            "total = 2.5088 x 10**6 | 2508800",
            "total = 2.5088*10**6 | 2508800"})
    void aNumberWithAScaleIsReadScaled(String text, double expected) {
        for (AnswerKind kind : new AnswerKind[] {AnswerKind.INTEGER, AnswerKind.REAL}) {
            assertEquals(new Value.Scalar(expected), Answers.chosen(kind, text), kind + ": " + text);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"3.09 million", "3.09 Million", "3.09M", "3.09 mn", "30.9 lakh", "3,088.878k"})
    void aScaledNumberIsSplitIntoItsDigitsAndFactor(String raw) {
        Scales.Scaled scaled = Scales.split(raw.replace(" ", ""));
        assertEquals(3088878, Math.round(ValueReader.parseScalar(raw)), 1e4);
        assertTrue(scaled.factor() >= 1e3, raw);
    }
}
