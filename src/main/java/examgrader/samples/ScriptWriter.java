package examgrader.samples;

import java.util.Random;
import java.util.Set;

/** Writes one exam's answers for one student, with the given mistakes and left-out questions. */
interface ScriptWriter {
    ScriptContent write(Student student, AnswerStyle style, Set<Mistake> mistakes, Set<String> blanks, Random rng);

    static ScriptWriter of(ExamSpec exam) {
        return exam == ExamSpec.CT3 ? new Ct3Writer() : new Week8Writer();
    }
}
