package examgrader.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Writes a CSV file (RFC 4180 quoting by Jackson's CSV module, UTF-8, {@code \n} line ends) from rows
 * of cells that were already made safe: text through {@link SpreadsheetCells}, marks through
 * {@link MarkFormat}, so that numbers come out bare and text never runs as a formula.
 */
final class CsvFiles {
    /** Quotes a cell only when it must be (separator, quote, line break), as spreadsheets and LMS exports do. */
    private static final CsvMapper CSV = CsvMapper.builder()
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvFiles() {}

    static void write(Path file, List<String> header, List<List<String>> rows) throws IOException {
        AtomicFiles.write(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            try (SequenceWriter seq = CSV.writer(CsvSchema.emptySchema().withLineSeparator("\n")).writeValues(writer)) {
                seq.write(header);
                for (List<String> row : rows) seq.write(row);
            }
        });
    }

    static List<List<String>> read(Path file) throws IOException {
        try (var it = CSV.readerForListOf(String.class)
                .with(com.fasterxml.jackson.dataformat.csv.CsvParser.Feature.WRAP_AS_ARRAY)
                .<List<String>>readValues(file.toFile())) {
            return it.readAll();
        }
    }
}
