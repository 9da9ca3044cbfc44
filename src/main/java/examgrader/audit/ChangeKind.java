package examgrader.audit;

import java.util.Locale;

/** Why a mark changed. All but {@link #REGRADE} are a person's decision and outrank the grader. */
public enum ChangeKind {
    /** A TA or instructor set the mark directly. */
    OVERRIDE,
    /** A dispute was resolved. */
    DISPUTE,
    /** A TA decided an uncertain read in the review queue. */
    REVIEW,
    /** A TA's mark for a hand-marked question was imported. */
    HAND,
    /** The grader itself gave a different mark (a changed rubric); never outranks a person. */
    REGRADE;

    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isHuman() {
        return this != REGRADE;
    }

    public static ChangeKind fromWord(String word) {
        return valueOf(word.toUpperCase(Locale.ROOT));
    }
}
