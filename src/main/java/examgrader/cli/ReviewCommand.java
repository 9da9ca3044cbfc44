package examgrader.cli;

import examgrader.audit.AnswerScorer;
import examgrader.audit.AuditException;
import examgrader.audit.ChangeKind;
import examgrader.audit.CommandSupport;
import examgrader.OcrPageImages;
import examgrader.audit.ReviewCrop;
import examgrader.ingest.Ingestor;
import examgrader.report.PageImages;
import examgrader.audit.StoredMark;
import examgrader.audit.Store;
import examgrader.extract.Values;
import examgrader.ocr.Word;
import examgrader.score.Mark;
import examgrader.score.Status;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code grader review}: walks the uncertain reads one by one in the terminal (or from piped
 * input). For each, the TA types a mark ({@code m 0.5}), the answer as they read it
 * ({@code a 3 x 5}, scored like any answer), {@code s} to skip or {@code q} to quit, then the
 * reason. Every decision is recorded with who and why.
 */
@Command(name = "review", mixinStandardHelpOptions = true,
        exitCodeListHeading = "Exit codes:%n", exitCodeList = {ExitCodes.DONE_LINE, ExitCodes.BAD_MARK_INPUT_LINE, ExitCodes.INTERNAL_LINE},
        description = "Decide the answers the grader could not read with confidence: m MARKS, a ANSWER, s (skip), q (quit).")
public final class ReviewCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "The output folder of the grading run.")
    Path out;

    @Option(names = "--by", paramLabel = "NAME", description = "Who is reviewing (default: $USER).")
    String by = CommandSupport.defaultUser();

    private Reader input = new InputStreamReader(System.in, StandardCharsets.UTF_8);
    private Map<String, String> environment = System.getenv();
    /** The pages as OCR read them, the same the reports cut their crops from, so boxes fall on the writing. */
    private final PageImages pageImages = new OcrPageImages(new Ingestor());
    private AnswerScorer scorer;

    /** Where the TA's answers come from (standard input unless set). */
    public ReviewCommand setInput(Reader input) {
        this.input = input;
        return this;
    }

    /** The environment consulted for inline images (TERM, TERM_PROGRAM). */
    public ReviewCommand setEnvironment(Map<String, String> environment) {
        this.environment = environment;
        return this;
    }

    /** Scores a typed answer; wired by the lead. Without it only marks can be typed. */
    public ReviewCommand setScorer(AnswerScorer scorer) {
        this.scorer = scorer;
        return this;
    }

    @Override
    public Integer call() {
        return CommandSupport.run(spec, () -> {
            try (Store store = Store.openExisting(out)) {
                try {
                    return walk(store, new BufferedReader(input), spec.commandLine().getOut());
                } finally {
                    PublishedChanges.publish(store, out, spec);
                }
            }
        });
    }

    private int walk(Store store, BufferedReader in, PrintWriter out) throws IOException {
        List<StoredMark> queue = store.reviewQueue();
        if (queue.isEmpty()) {
            out.println("Nothing to review.");
            return ExitCodes.OK;
        }
        int decided = 0, skipped = 0, position = 0;
        boolean quit = false;
        for (StoredMark item : queue) {
            position++;
            show(item, position, queue.size(), out);
            Outcome outcome = decide(store, item, in, out);
            if (outcome == Outcome.QUIT) {
                quit = true;
                break;
            }
            if (outcome == Outcome.DECIDED) decided++;
            else skipped++;
        }
        out.printf("%d decided, %d skipped%s; %d still in review.%n", decided, skipped, quit ? ", stopped early" : "",
                store.reviewQueue().size());
        return ExitCodes.OK;
    }

    private enum Outcome { DECIDED, SKIPPED, QUIT }

    private Outcome decide(Store store, StoredMark item, BufferedReader in, PrintWriter out) throws IOException {
        while (true) {
            out.print("m MARKS | a ANSWER | s skip | q quit > ");
            out.flush();
            String line = in.readLine();
            if (line == null) return Outcome.QUIT;
            line = line.strip();
            if (line.equals("q")) return Outcome.QUIT;
            if (line.equals("s")) return Outcome.SKIPPED;
            try {
                if (line.startsWith("m ")) {
                    double marks = parseMarks(line.substring(2).strip(), item);
                    String why = reason(in, out, "read by " + by + " in review");
                    if (why == null) return Outcome.QUIT;
                    store.changeMark(item.studentId(), item.graded().questionId(), marks, Status.GRADED, by, why, ChangeKind.REVIEW);
                    out.printf("Recorded %s / %s.%n%n", Values.format(marks), Values.format(item.graded().maxMarks()));
                    return Outcome.DECIDED;
                }
                if (line.startsWith("a ")) {
                    if (scorer == null) {
                        out.println("This grader cannot score a typed answer here; type the mark with m.");
                        continue;
                    }
                    String answer = line.substring(2).strip();
                    Mark scored;
                    try {
                        scored = scorer.score(item, answer);
                    } catch (AuditException e) {
                        throw e;
                    } catch (RuntimeException e) {
                        out.println("Could not score \"" + answer + "\": " + e.getMessage() + "; type it again or give a mark with m.");
                        continue;
                    }
                    out.printf("Scored \"%s\": %s / %s (%s)%s%n", answer, Values.format(scored.marks()),
                            Values.format(scored.maxMarks()), scored.rule(),
                            scored.feedback() == null || scored.feedback().isBlank() ? "" : ": " + scored.feedback());
                    String why = reason(in, out, "answer read as \"" + answer + "\" by " + by + " in review");
                    if (why == null) return Outcome.QUIT;
                    store.changeMark(item.studentId(), item.graded().questionId(), scored.marks(), Status.GRADED, by, why,
                            ChangeKind.REVIEW, answer, scored.feedback());
                    out.println();
                    return Outcome.DECIDED;
                }
                out.println("Type m and a mark (m 0.5), a and the answer (a 3 x 5), s to skip or q to quit.");
            } catch (AuditException e) {
                out.println(e.getMessage());
            }
        }
    }

    private static double parseMarks(String text, StoredMark item) {
        try {
            double marks = Double.parseDouble(text);
            if (marks < 0 || marks > item.graded().maxMarks() || Double.isNaN(marks)) {
                throw new AuditException("%s is outside 0..%s".formatted(text, Values.format(item.graded().maxMarks())));
            }
            return marks;
        } catch (NumberFormatException e) {
            throw new AuditException("'" + text + "' is not a mark; type e.g. m 0.5");
        }
    }

    private static String reason(BufferedReader in, PrintWriter out, String fallback) throws IOException {
        out.print("why (Enter: " + fallback + ") > ");
        out.flush();
        String line = in.readLine();
        if (line == null) return null;
        return line.isBlank() ? fallback : line.strip();
    }

    private void show(StoredMark item, int position, int count, PrintWriter out) throws IOException {
        Mark mark = item.graded();
        out.printf("[%d/%d] %s  question %s  (out of %s)%n", position, count, item.studentId(), mark.questionId(),
                Values.format(mark.maxMarks()));
        out.printf("  file: %s%s%n", item.source(), mark.evidence().page() > 0 ? " page " + mark.evidence().page() : "");
        Optional<Path> crop = ReviewCrop.write(item, this.out, pageImages);
        if (crop.isPresent()) {
            out.println("  crop: " + crop.get());
            if (System.console() != null) out.print(ReviewCrop.inlineImage(crop.get(), environment));
        } else {
            List<Path> pages = mark.evidence().box().isKnown() ? List.of() : ReviewCrop.writePages(item, this.out, pageImages);
            if (pages.isEmpty()) {
                out.println("  crop: none (the page has no image, or the file has moved)");
            } else {
                out.println("  no place on the page is known for this answer; whole pages:");
                pages.forEach(p -> out.println("    " + p));
            }
        }
        out.println("  read: " + (mark.evidence().text().isBlank() ? "(nothing)" : mark.evidence().text()));
        if (!mark.evidence().words().isEmpty()) {
            out.println("  words: " + mark.evidence().words().stream().map(ReviewCommand::word).collect(Collectors.joining("  ")));
        }
        List<String> candidates = item.provenance().candidates();
        if (!candidates.isEmpty()) {
            out.println("  candidates:");
            candidates.forEach(c -> out.println("    - " + c));
        }
        out.println("  grader's answer: " + (mark.answer() == null || mark.answer().isBlank() ? "(none)" : mark.answer())
                + "   reference: " + mark.reference());
        if (mark.feedback() != null && !mark.feedback().isBlank()) out.println("  why in review: " + mark.feedback());
    }

    private static String word(Word w) {
        return w.numberConfidence() == null ? "\"%s\" %.0f".formatted(w.text(), w.confidence())
                : "\"%s\" %.0f (digits %.0f)".formatted(w.text(), w.confidence(), w.numberConfidence());
    }
}
