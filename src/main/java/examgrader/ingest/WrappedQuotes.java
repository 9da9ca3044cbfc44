package examgrader.ingest;

import java.util.regex.Pattern;

/**
 * A quoted line that the printed page wrapped: the rest of it stands on the next line, set in, without the mail's
 * {@code >}:
 * <pre>{@code
 * > 2.5 conv layer, input 512 x 25 x 25, 1 x 1 kernels, stride 1, 128 of them, padding
 *      2, no bias: #params
 * }</pre>
 * Read as written, {@code 2, no bias: #params} was the student's line, the answer to the question quoted above it.
 * The wrapped rest gets the quote's mark back. Only a line set in past the quote's own start, right under it, on a
 * printed page, where a line the page wrapped is set in so.
 */
final class WrappedQuotes {
    private static final Pattern QUOTE = Pattern.compile("(\\s*)>.*");

    private WrappedQuotes() {}

    static String marked(String page) {
        String[] lines = page.split("\n", -1);
        String quoteIndent = null;
        for (int i = 0; i < lines.length; i++) {
            java.util.regex.Matcher quote = QUOTE.matcher(lines[i]);
            if (quote.matches()) {
                quoteIndent = quote.group(1);
            } else if (quoteIndent != null && !lines[i].isBlank() && TypedText.indentOf(lines[i]) > quoteIndent.length() + 1) {
                lines[i] = quoteIndent + "> " + lines[i].strip();
            } else {
                quoteIndent = null;
            }
        }
        return String.join("\n", lines);
    }
}
