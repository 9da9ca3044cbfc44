package examgrader.segment;

import java.util.List;

/**
 * One question label found in a line, before it is placed in the label path.
 *
 * @param kind  what sort of label it is, which decides its level
 * @param parts the label's value(s), lower case: {@code ["2"]}, {@code ["b"]}, {@code ["ii"]}, or a
 *              whole path for {@code 2.1} / {@code Q2.4} ({@code ["2","4"]})
 * @param raw   the label as written
 * @param start where it starts in the line
 * @param end   where it ends in the line (the answer text starts after it)
 * @param followedBy the first character after it (a capital tells a question number from a count)
 */
record Label(Kind kind, List<String> parts, String raw, int start, int end, char followedBy) {
    Label(Kind kind, List<String> parts, String raw, int start, int end) {
        this(kind, parts, raw, start, end, ' ');
    }

    enum Kind {
        /** "Task 2", "Q3", "Answer 5", "## Task 2." — always a top-level number, may carry sub-numbers. */
        HEADING,
        /**
         * "A1(a)(i)", "A5 Depthwise ..." on typed text — a question number after a capital A for "answer";
         * believed only first on its line: before a bracketed part as the current question or one not seen
         * yet numbered above it; otherwise only as such an unseen question and before a dot, colon, bracket
         * or capital ({@code A2 is invertible} stays working).
         */
        ANSWER_PREFIXED,
        /**
         * "Part A (LSTM)" on typed text — a task numbered with a capital letter; read as the task at that
         * position only where the rubric numbers its tasks and has no lettered level (so the letter can mean
         * nothing else), and only as a task not seen yet numbered above the current one.
         */
        LETTER_HEADING,
        /** "2.1", "2.4." — a whole path of numbers. */
        DOTTED,
        /**
         * "I.a.1", "II-1", "V.", "[1][a][ii]", "1.iv" — a whole path in a style of the script's own, its
         * parts already the rubric's path (see {@link OwnStyleLabels}).
         */
        OWN_STYLE,
        /**
         * "Lai)" — a question 1 label whose brackets OCR lost and whose 1 it read as a letter; a
         * whole path, believed only while question 1 has not been seen.
         */
        GLUED_ONE,
        /**
         * "l.a.iii" — a dotted question 1 label whose 1 OCR read as a look-alike letter; a whole
         * path, believed only before any question or inside question 1.
         */
        DOTTED_ONE,
        /**
         * "71.2" at a line start — a {@code T1.2} whose T OCR read as 7; a whole path, believed only
         * as the next sibling after a label written with the T.
         */
        SEVEN_FOR_T,
        /** "1.", "2)", "(4)", "1(b)" — a number whose level depends on context. */
        NUMBER,
        /** "5 Input ..." — a number followed by words only; a label only as a question number not seen before. */
        BARE_NUMBER,
        /** "(a)", "b)", also "(i)" before context decides whether i is a letter or a roman numeral. */
        LETTER,
        /**
         * "2," alone on a line — a question number whose dot was read as a comma — or "5 -" — one
         * set off by a dash; believed only as the next question number.
         */
        LOOSE_NUMBER,
        /**
         * "5" alone on a line of typed text — a question number written as a heading (numbers
         * below it are its items); believed only as the next question number, once the current
         * question has some answer (right under its label, a number alone is that label's answer).
         */
        LONE_NUMBER,
        /**
         * "ivy", "iij" — a roman numeral whose bracket OCR misread; believed only as the next
         * sibling of the current item.
         */
        MISREAD_ROMAN,
        /**
         * "b.b_f is 3x1" at a line start — a dotted letter whose space OCR lost, glued to an answer
         * that starts with a letter; believed only as the next sibling of the current item.
         */
        MISREAD_LETTER,
        /**
         * "b: 3 x 1" or "Part b: 3 x 1" at a line start: a small letter or roman numeral closed by a colon, as a
         * student sets off a part from its answer; believed only as the next sibling of the current part, or as the
         * first part ("a:", "i:") right under the label it belongs to, since a colon also follows a symbol in working;
         * and only on typed pages: on a scan the heading above ("q3:") may be lost, and "b: 3" would be read as the
         * previous question's part.
         */
        COLON_LETTER,
        /**
         * "ii → 5" at a line start on typed text — a roman numeral with no bracket, set off by an arrow,
         * or alone on its line ("- ii", its answer on the next line); believed only as the first numeral
         * under its parent or the next sibling ("x → 0" is working).
         */
        ARROW_ROMAN,
        /** "ii)", "(iv)" — a roman numeral (several letters). */
        ROMAN,
        /** "①", "\textcircled{1}" — a circled number. */
        CIRCLED
    }

    String first() {
        return parts.get(0);
    }
}
