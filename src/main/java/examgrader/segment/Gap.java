package examgrader.segment;

/**
 * Where on a scanned page the answer of a question whose label was not found would have been
 * written, had the label been lost in reading (see {@link LeftOutCheck}).
 *
 * @param neighbour the question whose first line such an answer would have joined; its values tell
 *                  whether anything is hiding there. Empty when the labels on either side of the
 *                  place have nothing between them, so there is nothing to check.
 */
public record Gap(String neighbour) {
    public Gap {
        neighbour = neighbour == null ? "" : neighbour;
    }

    public boolean needsCheck() {
        return !neighbour.isEmpty();
    }
}
