package examgrader.ocr;

/** A rectangle on a page image in pixels (origin top left), used to show where a value was read. */
public record Box(int x, int y, int width, int height) {
    /** Box of a page that has no image (text layer or transcription): position unknown. */
    public static final Box NONE = new Box(0, 0, 0, 0);

    public boolean isKnown() {
        return width > 0 && height > 0;
    }

    /** This box, found on a copy of the page scaled by {@code scale}, in the pixels of the page itself. */
    public Box beforeScaling(double scale) {
        return new Box((int) Math.round(x / scale), (int) Math.round(y / scale),
                (int) Math.round(width / scale), (int) Math.round(height / scale));
    }

    /** The smallest box that holds both, ignoring unknown boxes. */
    public Box union(Box other) {
        if (!other.isKnown()) return this;
        if (!isKnown()) return other;
        int x0 = Math.min(x, other.x), y0 = Math.min(y, other.y);
        int x1 = Math.max(x + width, other.x + other.width), y1 = Math.max(y + height, other.y + other.height);
        return new Box(x0, y0, x1 - x0, y1 - y0);
    }
}
