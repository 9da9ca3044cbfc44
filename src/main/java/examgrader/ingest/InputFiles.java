package examgrader.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns what the user named on the command line (files and folders) into the script files to
 * grade, so that nothing given is silently dropped: every file found is either a candidate or a
 * {@link Rejection} saying why not.
 */
public final class InputFiles {
    private InputFiles() {}

    /**
     * The files to grade and the files refused.
     *
     * @param files    candidate script files, sorted by path, without duplicates
     * @param rejected files of unsupported types, missing paths and unreadable folders
     */
    public record Expansion(List<Path> files, List<Rejection> rejected) {
        public Expansion {
            files = List.copyOf(files);
            rejected = List.copyOf(rejected);
        }
    }

    /**
     * Expands folders recursively (hidden files and folders skipped), keeps files of supported
     * types, and reports the rest as rejections. Links are followed: a TA who gathers a batch by
     * linking the uploads into one folder means those scripts, and a link that leads nowhere is
     * reported rather than skipped without a word.
     */
    public static Expansion expand(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        List<Rejection> rejected = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                addFolder(input, files, rejected);
            } else if (Files.isRegularFile(input)) {
                addFile(input, files, rejected);
            } else {
                rejected.add(new Rejection(input, "no such file or folder"));
            }
        }
        List<Path> unique = files.stream().map(Path::normalize).distinct().sorted().toList();
        rejected.sort((a, b) -> a.file().compareTo(b.file()));
        return new Expansion(unique, rejected);
    }

    private static void addFolder(Path folder, List<Path> files, List<Rejection> rejected) {
        try {
            Files.walkFileTree(folder, java.util.EnumSet.of(java.nio.file.FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE,
                    new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                    return !dir.equals(folder) && isHidden(dir) ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                    if (isHidden(file)) return FileVisitResult.CONTINUE;
                    if (attrs.isRegularFile()) {
                        addFile(file, files, rejected);
                    } else if (attrs.isSymbolicLink()) {
                        rejected.add(new Rejection(file, "a link to a file that does not exist"));
                    }
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    String why = e instanceof java.nio.file.FileSystemLoopException
                            ? "a folder link that leads back into itself" : "could not be read (" + e.getClass().getSimpleName() + ")";
                    rejected.add(new Rejection(file, why));
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            rejected.add(new Rejection(folder, "folder could not be read (" + e.getMessage() + ")"));
        }
    }

    private static boolean isHidden(Path p) {
        return p.getFileName() != null && p.getFileName().toString().startsWith(".");
    }

    private static void addFile(Path file, List<Path> files, List<Rejection> rejected) {
        if (FileKind.of(file).isPresent()) {
            files.add(file);
        } else {
            String ext = FileKind.extension(file);
            String what = ext.isEmpty() ? "file without extension" : "unsupported file type ." + ext;
            rejected.add(new Rejection(file, what + " (supported: " + FileKind.supportedList() + ")"));
        }
    }
}
