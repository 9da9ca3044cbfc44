package examgrader.segment;

/**
 * Where on a scanned page the answer of a question whose label was not found would have been
 * written, had the label been lost in reading (see {@link LeftOutCheck}).
 *
 * @param neighbour the question whose first line such an answer would have joined; its values tell
 *                  whether anything is hiding there. Empty when the labels on either side of the
 *                  place have nothing between them, or what is there can hold no value, so there is nothing to check.
 * @param whyNothing  when there is nothing to check, why, in words for the feedback
 */
public record Gap(String neighbour, String whyNothing) {
    public Gap {
        neighbour = neighbour == null ? "" : neighbour;
        whyNothing = whyNothing == null ? "" : whyNothing;
    }

    /** A place to check by the values of {@code neighbour}'s first line; or, when empty, one with nothing written. */
    public Gap(String neighbour) {
        this(neighbour, neighbour == null || neighbour.isEmpty() ? "nothing is written where it would be" : "");
    }

    /** A place where the answer before holds no value at all, so no lost label's value hides there. */
    static Gap valueless(String neighbour) {
        return new Gap("", "what is written where it would be (" + neighbour + "'s answer) holds no value, so no lost label's answer hides in it");
    }

    /** A place where the answer before holds nothing the missing question's label could have been read as. */
    static Gap labelless(String neighbour) {
        return new Gap("", "what is written where it would be (" + neighbour + "'s answer) holds nothing its label could have been read as");
    }

    public boolean needsCheck() {
        return !neighbour.isEmpty();
    }
}
