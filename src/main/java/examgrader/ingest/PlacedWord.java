package examgrader.ingest;

/**
 * A word of a PDF text layer and where it is printed, in pixels of the page rendered at the
 * ingest resolution (origin top left): what lets a typed answer be shown cut from its page, as a
 * scanned one is.
 */
public record PlacedWord(String text, int x, int y, int width, int height) {}
