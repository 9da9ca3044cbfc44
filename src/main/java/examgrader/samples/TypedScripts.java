package examgrader.samples;

import examgrader.audit.Csv;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Prints scripts that people typed through the generator's own PDF forms, so that the scanned-print
 * and handwriting-style paths can be measured on label styles and wordings the generator never
 * writes. A typed script {@code a-s02_rohit-typed.txt} becomes {@code a-s02_rohit-typed-scan.pdf}
 * (and {@code -digital}, {@code -handwriting}), laid out, rasterized and degraded exactly as
 * {@link SampleGenerator} writes its own scripts in that form; its expected marks, when a CSV of
 * them is given, are carried over to every printed copy.
 *
 * <p>Markdown is printed as its source ({@code ## 1(a)} stays {@code ## 1(a)} on the page): what is
 * measured is how the grader reads a page, not how a Markdown viewer would have shown it.
 */
public final class TypedScripts {
    /** The forms a typed script can be printed in: the generator's PDF forms. */
    public static final Set<Form> FORMS = Form.DEFAULTS;
    static final int TAB_STOP = 4;

    private TypedScripts() {}

    /**
     * One typed script printed in one form.
     *
     * @param source the typed script's file name, as in its expected-marks CSV ({@code b-c03_terse-typed.txt})
     * @param file   the printed script's file name ({@code b-c03_terse-typed-scan.pdf})
     */
    public record Printed(String source, String file, Form form) {}

    /**
     * Prints every {@code .txt} and {@code .md} file directly in {@code fromDir} in each of
     * {@code forms} into {@code scriptsDir} (created if missing). The same seed gives the same bytes.
     *
     * @return the printed scripts, sources in file-name order, forms in {@link Form} order
     * @throws IllegalArgumentException if a form is not a PDF form, the folder holds no typed script,
     *                                  or two scripts share a stem ({@code a.txt} and {@code a.md})
     */
    public static List<Printed> print(Path fromDir, Path scriptsDir, long seed, Set<Form> forms) throws IOException {
        return print(fromDir, scriptsDir, seed, forms, problem -> {
            throw new IllegalArgumentException(problem);
        });
    }

    /**
     * As {@link #print(Path, Path, long, Set)}, but a script that cannot be read as text is told to
     * {@code skipped} ({@code DIR/b.txt: not UTF-8 text}) and the others are printed.
     */
    public static List<Printed> print(Path fromDir, Path scriptsDir, long seed, Set<Form> forms,
                                      java.util.function.Consumer<String> skipped) throws IOException {
        for (Form form : forms) {
            if (!FORMS.contains(form)) {
                throw new IllegalArgumentException("typed scripts are printed as digital, scan or handwriting, not "
                        + form.word());
            }
        }
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("no forms to write");
        }
        List<Path> sources = typedScripts(fromDir);
        Map<String, String> stems = new HashMap<>();
        for (Path source : sources) {
            String name = source.getFileName().toString();
            String clash = stems.put(stem(name), name);
            if (clash != null) {
                throw new IllegalArgumentException(clash + " and " + name + " in " + fromDir
                        + " would print to the same files; rename one");
            }
        }
        Files.createDirectories(scriptsDir);
        List<Printed> printed = new ArrayList<>();
        for (Path source : sources) {
            String name = source.getFileName().toString();
            String text = readTyped(source);
            if (text == null) {
                skipped.accept(source + ": not UTF-8 text; not printed");
                continue;
            }
            List<String> lines = lines(text);
            for (Form form : EnumSet.copyOf(forms)) {
                String file = stem(name) + "-" + form.word() + "." + form.extension();
                Random rng = new Random(SampleGenerator.mix(seed, -1, name.hashCode(), form.ordinal()));
                SampleGenerator.writePdf(lines, form, rng, scriptsDir.resolve(file));
                printed.add(new Printed(name, file, form));
            }
        }
        return printed;
    }

    /** A typed script's text, or null when it is not UTF-8 text. */
    private static String readTyped(Path source) throws IOException {
        try {
            return Files.readString(source, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            return null;
        }
    }

    /**
     * Copies the rows of an expected-marks CSV that belong to printed scripts, once per printed
     * copy with the {@code file} column renamed; the other columns (whatever their order, e.g.
     * {@code file,student_id,question_id,marks,status} or {@code file,question_id,status,marks})
     * are kept as they are, so the copy compares with a grade run as the original did with the typed scripts.
     *
     * @return how many rows were written (the header not counted)
     * @throws IllegalArgumentException if the CSV has no {@code file} column
     */
    public static int carryExpected(Path csvIn, List<Printed> printed, Path csvOut) throws IOException {
        List<Csv.Row> rows = Csv.read(csvIn);
        if (rows.isEmpty()) {
            throw new IllegalArgumentException(csvIn + ": empty, expected a header with a 'file' column");
        }
        List<String> header = rows.get(0).fields();
        int fileColumn = header.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList().indexOf("file");
        if (fileColumn < 0) {
            throw new IllegalArgumentException(csvIn + ": no 'file' column in the header " + header);
        }
        StringBuilder out = new StringBuilder(Csv.line(header));
        int written = 0;
        for (Printed copy : printed) {
            for (Csv.Row row : rows.subList(1, rows.size())) {
                if (row.field(fileColumn).equals(copy.source())) {
                    List<String> fields = new ArrayList<>(row.fields());
                    fields.set(fileColumn, copy.file());
                    out.append(Csv.line(fields));
                    written++;
                }
            }
        }
        Path parent = csvOut.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(csvOut, out, StandardCharsets.UTF_8);
        return written;
    }

    /**
     * A typed file's lines as the renderer takes them: no byte-order mark, tabs expanded to
     * {@value #TAB_STOP}-column stops (the renderer reads leading spaces as indentation), other
     * control characters as spaces, and no blank lines at the end (which would start an empty page).
     * {@code "1.\tReLU\r\n"} gives {@code ["1.  ReLU"]}.
     */
    static List<String> lines(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<String> lines = new ArrayList<>(text.lines().map(TypedScripts::expandTabs).toList());
        while (!lines.isEmpty() && lines.get(lines.size() - 1).isBlank()) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static String expandTabs(String line) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\t') {
                do {
                    out.append(' ');
                } while (out.length() % TAB_STOP != 0);
            } else {
                out.append(Character.isISOControl(c) ? ' ' : c);
            }
        }
        return out.toString();
    }

    private static List<Path> typedScripts(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new IllegalArgumentException("not a folder: " + dir);
        }
        try (Stream<Path> files = Files.list(dir)) {
            List<Path> typed = files.filter(Files::isRegularFile)
                    .filter(f -> isTyped(f.getFileName().toString()))
                    .sorted()
                    .toList();
            if (typed.isEmpty()) {
                throw new IllegalArgumentException("no .txt or .md scripts in " + dir);
            }
            return typed;
        }
    }

    private static boolean isTyped(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.endsWith(".txt") || lower.endsWith(".md");
    }

    private static String stem(String name) {
        return name.substring(0, name.lastIndexOf('.'));
    }
}
