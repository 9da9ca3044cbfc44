package examgrader.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

/**
 * A typed transcription of a script ({@code .txt}/{@code .md}, e.g. Mathpix output with LaTeX).
 * A form feed separates pages; without one the whole file is page 1. The text is kept verbatim,
 * but for Markdown tables, whose rows become lines ({@link MarkdownTables}): a table is layout, and
 * every later stage reads an answer line by line (a spreadsheet exported as CSV is read as such a table,
 * {@link CsvTables}); and for LaTeX source, whose list items become the
 * labels they are typeset as ({@link LatexSource}); and for a line answering a run of items
 * ({@code 1(a)(i)-(vi): 4, 5, 8, 1, 3, 7}), written out one item a line ({@link LabelRanges}). Light markup
 * whose list numbers and headings exist only when rendered is read as rendered first: HTML ({@link HtmlText}),
 * Org-mode ({@link OrgText}), reStructuredText ({@link RestructuredText}), AsciiDoc ({@link AsciiDocText}) and Typst ({@link TypstText});
 * each recognises its markup conservatively and leaves other text as it was.
 */
final class TranscriptionSource extends OpenedScript {
    /** Transcriptions are small; a larger file is almost certainly not one. */
    private static final long MAX_BYTES = 20L * 1024 * 1024;

    private final List<String> pages;

    private TranscriptionSource(Path file, String sha256, List<String> pages) {
        super(file, FileKind.TRANSCRIPTION, sha256, pages.size());
        this.pages = List.copyOf(pages);
    }

    static TranscriptionSource open(Path file, String sha256) throws IngestException {
        String text = decode(file, read(file));
        if (text.startsWith("\uFEFF")) text = text.substring(1);
        if (text.isBlank()) throw new IngestException(file, "empty file (no text)");
        if (text.indexOf('\0') >= 0) throw new IngestException(file, "not a text file (contains NUL bytes)");
        List<String> pages = Arrays.stream(text.split("\f", -1)).map(TypedText::asLines).toList();
        return new TranscriptionSource(file, sha256, pages);
    }

    private static byte[] read(Path file) throws IngestException {
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new IngestException(file, "text file is over " + (MAX_BYTES >> 20) + " MB: not a transcription");
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new IngestException(file, 0, "file could not be read: " + e.getMessage(), e);
        }
    }

    private static String decode(Path file, byte[] bytes) throws IngestException {
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            throw new IngestException(file, "not UTF-8 text (save the transcription as UTF-8)");
        }
    }

    @Override
    public Page page(int number) {
        if (number < 1 || number > pages.size()) {
            throw new IllegalArgumentException("page " + number + " of " + file + " (has " + pages.size() + ")");
        }
        return new Page(file, number, pages.get(number - 1), null);
    }
}
