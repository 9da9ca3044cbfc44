package examgrader.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Tables of answers lined up with spaces, and text that is lined up but is no such table. */
class SpacedColumnTablesTest {
    @Test
    void eachRowIsWrittenAsItsNameAndCellsAndALineGoingOnIsSetUnderTheAnswer() {
        String table = """
                Q         quantity        answer
                2(b)      extra params    0
                3(c)      total params    each gate 3*5 + 3 = 18
                                          4 gates -> 72
                5         pointwise out   199 x 199 x 10""";
        assertEquals("""
                Q: quantity, answer
                2(b) extra params, 0
                3(c) total params, each gate 3*5 + 3 = 18
                     4 gates -> 72
                5: pointwise out, 199 x 199 x 10""", SpacedColumnTables.asLines(table));
    }

    @Test
    void aColumnStartsWhereTheTableSaysEvenAfterOneSpace() {
        String table = """
                1(a)(i)   f_t      4
                1(a)(iii) o_t      8
                1(a)(v)   C_{t-1}  1
                2(b)      extra    0""";
        assertEquals("1(a)(iii) o_t, 8", SpacedColumnTables.asLines(table).lines().toList().get(1));
    }

    @Test
    void workingLinedUpAtItsEqualsSignsIsLeftAsTyped() {
        String working = """
                depthwise   = 4*4*199*199*3   = 1,900,848
                pointwise   = 199*199*3*10    = 1,188,030
                total       = 3,088,878""";
        assertEquals(working, SpacedColumnTables.asLines(working));
    }

    @Test
    void answersWithTheirLabelsInBracketsAfterThemAreLeftAsTyped() {
        String answers = """
                4      [1a-i   f_t]
                5      [1a-ii  i_t]
                8      [1a-iii o_t]
                3      [1a-iv  C_t]""";
        assertEquals(answers, SpacedColumnTables.asLines(answers));
    }

    @Test
    void labelsAndAnswersPartedByAGapAloneAreLeftAsTyped() {
        String answers = """
                1(a)i.     f_t  –  position 4
                1(a)ii.    i_t  –  position 5
                1(a)iv.    C_t  –  position 3
                1(b)i.     C_t = (0.7, 0.2, 0.05)
                           = {0.7, 0.2, 0.05}""";
        assertEquals(answers, SpacedColumnTables.asLines(answers));
    }
}
