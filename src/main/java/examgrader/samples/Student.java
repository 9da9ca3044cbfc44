package examgrader.samples;

import java.util.Random;

/**
 * A made-up student: a number in the exam's pattern and a name. Names mix several languages so
 * that OCR sees more than one alphabet's worth of shapes (all written in Latin letters).
 */
public record Student(String id, String name) {

    private static final String[] GIVEN = {"Aarav", "Meera", "Kwame", "Lena", "Tomasz", "Yuki", "Priya", "Mateo",
        "Ananya", "Farid", "Ingrid", "Rohan", "Chloe", "Sipho", "Nadia", "Kenji", "Ishaan", "Lucia", "Omar", "Divya",
        "Felix", "Amara", "Ravi", "Zofia", "Arjun", "Hana", "Vikram", "Sofia", "Tariq", "Elif"};
    private static final String[] FAMILY = {"Sharma", "Okafor", "Novak", "Tanaka", "Iyer", "Fernandes", "Banerjee",
        "Lindqvist", "Haddad", "Mensah", "Kowalski", "Reddy", "Nakamura", "Pillai", "Moreau", "Ansari", "Chatterjee",
        "Oliveira", "Kaur", "Sato", "Mukherjee", "Dubois", "Nair", "Yilmaz", "Ghosh", "Petrov", "Rao", "Costa"};
    private static final String[] DEPARTMENTS = {"CS", "EE", "EC", "ME", "MA", "AE", "CH", "IM", "MT", "PH"};

    static Student pick(ExamSpec exam, Random rng) {
        String name = GIVEN[rng.nextInt(GIVEN.length)] + " " + FAMILY[rng.nextInt(FAMILY.length)];
        String id = switch (exam) {
            case CT3 -> String.format("%02d%s%d%04d", 16 + rng.nextInt(5), DEPARTMENTS[rng.nextInt(DEPARTMENTS.length)],
                    1 + rng.nextInt(9), rng.nextInt(10_000));
            case WEEK8 -> Integer.toString(1_000_000 + rng.nextInt(9_000));
        };
        return new Student(id, name);
    }
}
