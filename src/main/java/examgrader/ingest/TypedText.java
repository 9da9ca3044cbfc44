package examgrader.ingest;

/**
 * The text a student typed, as every later stage reads it: line by line, with the labels it carries written out.
 * A transcription ({@code .txt}/{@code .md}) goes through every reader below, each of which leaves text that is not
 * its markup as it is; the text layer of a born-digital PDF, read a page at a time, through those that need no
 * other page ({@link #asLinesOfAPrintedPage}):
 * HTML ({@link HtmlText}), Org-mode ({@link OrgText}), reStructuredText ({@link RestructuredText}), AsciiDoc
 * ({@link AsciiDocText}), Typst ({@link TypstText}), LaTeX ({@link LatexSource}), CSV ({@link CsvTables}), Markdown
 * tables ({@link MarkdownTables}, and tables drawn with box-drawing characters, {@link BoxDrawingTables}) and runs of items answered on one line ({@link LabelRanges}) or of whole questions parted by bars or semicolons
 * ({@link InlineLabelBreaks}), and tables lined up with spaces ({@link SpacedColumnTables}).
 */
final class TypedText {
    private TypedText() {}

    /** One page of typed text with its markup read as it renders. */
    static String asLines(String page) {
        String text = HtmlText.asLines(plainSpaces(page));
        text = OrgText.asLines(text);
        text = RestructuredText.asLines(text);
        text = AsciiDocText.asLines(text);
        text = TypstText.asLines(text);
        text = LatexSource.asLines(text);
        return tablesAndRuns(SpacedColumnTables.asLines(CsvTables.asLines(text)));
    }

    /**
     * One page of a born-digital PDF's text layer, with what can be read on the page alone: labels after answers that the
     * page wrapped ({@link WrappedTrailingLabels}), tables lined up with spaces (the layer keeps a monospaced page's
     * gaps), quoted lines the page wrapped ({@link WrappedQuotes}), Markdown tables (a row the page wrapped joined up
     * again) and runs of
     * items answered on one line. Lists that markup numbers ({@code \\item},
     * {@code #.}, {@code + item}) run on across page breaks, and a page read alone would count them from 1 again, so a
     * printed page keeps its markup as written and its labels are read as they stand.
     */
    static String asLinesOfAPrintedPage(String page) {
        return tablesAndRuns(SpacedColumnTables.asLines(WrappedTrailingLabels.joined(WrappedQuotes.marked(plainSpaces(page)))));
    }

    /** How many spaces and tabs a line opens with. */
    static int indentOf(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) i++;
        return i;
    }

    /**
     * No-break, thin, figure and other fixed-width spaces as plain ones, one character for one. A word processor
     * or an LMS editor puts them between a number's thousands ({@code 100 352}) and after commas
     * ({@code (512, 25, 25)}); every reader after this one parts words and numbers at a plain space only.
     */
    static String plainSpaces(String text) {
        return FIXED_SPACES.matcher(text).replaceAll(" ");
    }

    private static final java.util.regex.Pattern FIXED_SPACES = java.util.regex.Pattern.compile("[\\u00A0\\u2000-\\u200A\\u202F\\u205F\\u3000]");

    /** Tables (box-drawn ones first made Markdown-like) written as lines, then runs of answers on one line written out. */
    private static String tablesAndRuns(String text) {
        return LabelRanges.asLines(InlineLabelBreaks.asLines(MarkdownTables.asLines(BoxDrawingTables.asLines(text))));
    }
}
