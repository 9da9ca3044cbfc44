package examgrader.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The rubric files a {@code --rubric} option names: the file itself, or every {@code .yaml} / {@code .yml} file of a
 * folder in name order, as {@code grade --rubric rubrics} and {@code check --rubric rubrics} both take it.
 */
final class RubricFiles {
    private RubricFiles() {}

    static List<Path> of(Path rubric) {
        if (Files.isRegularFile(rubric)) return List.of(rubric);
        if (!Files.isDirectory(rubric)) throw new UserError(rubric + ": no such rubric file or folder");
        List<Path> files;
        try (Stream<Path> s = Files.list(rubric)) {
            files = s.filter(p -> p.getFileName().toString().matches(".*\\.ya?ml")).sorted().toList();
        } catch (IOException e) {
            throw new UserError(rubric + ": cannot list the folder: " + e.getMessage());
        }
        if (files.isEmpty()) throw new UserError(rubric + ": no rubric (.yaml) files in this folder");
        return files;
    }
}
