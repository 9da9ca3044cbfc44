package examgrader.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import examgrader.segment.ExamRubrics;
import examgrader.segment.TestScripts;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class StudentIdsTest {
    private static final Pattern ROLL = ExamRubrics.ct3().studentId();
    private static final Pattern SEVEN_DIGITS = ExamRubrics.week8().studentId();

    private static Optional<String> find(Pattern p, String text) {
        return StudentIds.find(TestScripts.text(text), p);
    }

    @Test
    void plainMatch() {
        assertEquals(Optional.of("18CS10042"), find(ROLL, "Class test 3\nRoll no: 18CS10042"));
        assertEquals(Optional.of("1002949"), find(SEVEN_DIGITS, "# HW\nJane Doe 1002949"));
    }

    @Test
    void spacesInsideTheNumberAreClosedUp() {
        assertEquals(Optional.of("18CS10042"), find(ROLL, "Roll: 18CS 10042"));
        assertEquals(Optional.of("1002949"), find(SEVEN_DIGITS, "ID 100 2949"));
    }

    @Test
    void letterDigitConfusionsAreFixedWhenOnlyOneReadingFits() {
        assertEquals(Optional.of("18CS10042"), find(ROLL, "l8CS1OO42"));
        assertEquals(Optional.of("1002949"), find(SEVEN_DIGITS, "ID: 1OO2949"));
    }

    @Test
    void aLetterInALetterPositionIsNotTurnedIntoADigit() {
        assertEquals(Optional.of("18CO10042"), find(ROLL, "18CO10042"));
    }

    @Test
    void nothingThatFitsGivesNothing() {
        assertTrue(find(ROLL, "no number here\n1. (a) i) 4").isEmpty());
    }

    @Test
    void onlyTheTopOfTheScriptIsSearched() {
        String body = "line\n".repeat(StudentIds.TOP_LINES) + "18CS10042";
        assertTrue(find(ROLL, body).isEmpty());
    }
}
