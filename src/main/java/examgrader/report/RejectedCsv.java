package examgrader.report;

import examgrader.ingest.Rejection;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;

/** {@code rejected.csv}: {@code file,reason} for every input that could not be graded. */
public final class RejectedCsv {
    private RejectedCsv() {}

    public static void write(Path file, List<Rejection> rejected) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        for (Rejection r : rejected) rows.add(List.of(SpreadsheetCells.text(r.file().toString()), SpreadsheetCells.text(r.reason())));
        CsvFiles.write(file, List.of("file", "reason"), rows);
    }

    /** Reads the file back (no file: nothing rejected). The formula guard's apostrophe stays in the text. */
    public static List<Rejection> read(Path file) throws ReportException {
        if (!Files.exists(file)) return List.of();
        List<List<String>> rows;
        try {
            rows = CsvFiles.read(file);
        } catch (IOException e) {
            throw new ReportException(file + ": cannot read: " + e.getMessage(), e);
        }
        List<Rejection> rejected = new ArrayList<>();
        for (int i = 1; i < rows.size(); i++) {
            List<String> row = rows.get(i);
            if (row.isEmpty() || (row.size() == 1 && row.get(0).isBlank())) continue;
            if (row.size() < 2) throw new ReportException(file + ":" + (i + 1) + ": expected file,reason");
            rejected.add(new Rejection(Paths.get(row.get(0)), row.get(1)));
        }
        return rejected;
    }
}
