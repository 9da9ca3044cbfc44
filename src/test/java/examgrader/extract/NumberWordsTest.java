package examgrader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class NumberWordsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "W_f is three by two. | W_f is 3 by 2.",
            "The feature map is twenty-six by twenty-eight. | The feature map is 26 by 28.",
            "Output size thirty-one by thirty, i.e. (31, 30). | Output size 31 by 30, i.e. (31, 30).",
            "4 x (6 + 3) = thirty-six weights | 4 x (6 + 3) = 36 weights",
            "512 × 128 = sixty-five thousand five hundred and thirty-six trainable parameters | 512 × 128 = 65536 trainable parameters",
            "The input size needed is fifty-two. | The input size needed is 52.",
            "The input size is only fifty-two. | The input size is only 52.",
            "The sizes are fifty-two, fifty-three or fifty-four. | The sizes are 52, 53 or 54.",
            "Input size: fifty-two | Input size: 52",
            "The layer has sixty-five thousand five hundred and thirty-six parameters | The layer has 65536 parameters",
            "has a hundred thousand three hundred fifty-two weights | has 100352 weights",
            "Output: (twenty-six, twenty-eight) | Output: (26, 28)",
            "**3.** Fifty-two. | **3.** 52.",
            "Input size: only fifty-two | Input size: only 52",
            "- fifty-two or fifty-three | - 52 or 53",
            "That comes to seventy-two parameters in all. | That comes to 72 parameters in all.",
            "which adds up to thirty-six. | which adds up to 36."})
    void numbersInWordsThatStandAsValuesAreWrittenInDigits(String text, String expected) {
        assertEquals(expected, NumberWords.inDigits(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "I count one addition per product.",
            "There is one bias per gate.",
            "the first one is the forget gate",
            "there are two candidates, and a third of them pass",
            "there are sixty-four kernels:",
            "that comes to sixty-four kernels of size three",
            "x_t is one-hot.",
            "a hundred times faster",
            "seventeen is too few",
            "= five three",
            "= one half",
            "= two and a half",
            "is two point five.",
            "= three hundred and twenty point five",
            "is minus three.",
            "the sixty-fourth kernel",
            "Two terms: one through f_t and one through c_t.",
            "= 1.00352×10⁵ (a hundred thousand three hundred fifty-two)"})
    void numberWordsInProseStayWords(String text) {
        assertEquals(text, NumberWords.inDigits(text));
    }
}
