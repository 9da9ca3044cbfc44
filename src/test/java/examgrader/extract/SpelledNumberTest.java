package examgrader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class SpelledNumberTest {
    private static final Pattern PHRASE = Pattern.compile(SpelledNumber.PHRASE);

    /** The first run of number words in {@code text}, as {@link SpelledNumber#PHRASE} finds it. */
    private static String firstRun(String text) {
        Matcher m = PHRASE.matcher(text);
        assertTrue(m.find(), text);
        return m.group();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fifty-two | 52",
            "forty eight | 48",
            "Nineteen | 19",
            "twenty | 20",
            "sixty-five thousand five hundred and thirty-six | 65536",
            "sixty-five thousand, five hundred and thirty-six | 65536",
            "a hundred thousand three hundred fifty-two | 100352",
            "one hundred thousand three hundred and fifty-two | 100352",
            "two million five hundred and eight thousand eight hundred | 2508800",
            "three million eighty-eight thousand eight hundred seventy-eight | 3088878",
            "a hundred and twenty-eight | 128",
            "twenty-five hundred | 2500",
            "three million | 3000000"})
    void aWellFormedNumberInWordsHasItsValue(String text, long expected) {
        String run = firstRun(text);
        assertEquals(text.strip(), run, "the whole number is one run");
        assertEquals(OptionalLong.of(expected), SpelledNumber.value(run));
    }

    @ParameterizedTest
    @ValueSource(strings = {"five three", "thousand thousand", "five hundred hundred", "three hundred five hundred",
            "zero thousand", "thousand"})
    void wordsThatAreNoOneNumberHaveNoValue(String text) {
        assertEquals(OptionalLong.empty(), SpelledNumber.value(firstRun(text)), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "fifty-two, fifty-three and fifty-four | fifty-two",
            "fifty-three and fifty-four | fifty-three",
            "seventeen kernels | seventeen",
            "sixty-four kernels | sixty-four"})
    void aRunEndsWhereTheNumberEnds(String text, String run) {
        assertEquals(run, firstRun(text));
    }
}
