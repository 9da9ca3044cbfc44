package examgrader;

import examgrader.audit.ScriptProvenance;
import examgrader.audit.Store;
import examgrader.ingest.Ingestor;
import examgrader.ingest.InputFiles;
import examgrader.ingest.Rejection;
import examgrader.ocr.BatchReader;
import examgrader.ocr.OcrCache;
import examgrader.ocr.OcrSettings;
import examgrader.ocr.ProgressListener;
import examgrader.ocr.ScriptOutcome;
import examgrader.report.OutputWriter;
import examgrader.rubric.Rubric;
import examgrader.score.ScriptResult;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The whole grading job for one exam, in the order the work happens: find the input files, read
 * them (ingest and OCR, pages of the whole batch in parallel, cached), grade each script (segment,
 * extract, score), keep every result in the store as soon as it exists, then write the outputs
 * from the store. Scanned print whose first reading leaves answers in review is read a second
 * time with the text at another size, and the reading with fewer answers in review is kept (with
 * its own marks, so a regrade starts from the same text); such scripts are stored after that.
 *
 * <p>A run that dies is started again with the same command: scripts already in the store under
 * the same rubric are not graded again, and OCR results come from the cache.
 */
public final class Pipeline {
    private final Ingestor ingestor = new Ingestor();
    private final ScriptGrader grader;
    private final Path ocrCache;
    private final int workers;
    private final PrintStream log;

    public Pipeline(ScriptGrader grader, Path ocrCache, int workers, PrintStream log) {
        this.grader = grader;
        this.ocrCache = ocrCache;
        this.workers = workers;
        this.log = log;
    }

    /**
     * What one exam's grading did.
     *
     * @param results  every script's result now in the store (this run's and earlier runs')
     * @param rejected the input files that could not be graded, with the reason
     * @param skipped  scripts already graded under this rubric by an earlier run
     */
    public record Outcome(List<ScriptResult> results, List<Rejection> rejected, int skipped, List<String> notices) {}

    /**
     * Grades {@code inputs} (files and folders) with {@code rubric}, writing into {@code outDir}.
     *
     * @param roster   student id → variant, for exams with several versions (may be empty)
     * @param progress told how many pages are read
     */
    public Outcome run(Rubric rubric, List<Path> inputs, Path outDir, Map<String, String> roster,
                       List<String> commandArgs, ProgressListener progress) {
        InputFiles.Expansion found = InputFiles.expand(inputs);
        List<Rejection> rejected = new ArrayList<>(found.rejected());
        for (Rejection r : found.rejected()) log.println("grader: rejected " + r.file() + ": " + r.reason());
        try (Store store = Store.open(outDir)) {
            long runId = store.startRun(rubric.source(), rubric.sha256(), examgrader.cli.GraderVersion.current(), commandArgs);
            List<Path> toRead = new ArrayList<>();
            int skipped = 0;
            for (Path file : found.files()) {
                if (store.isDone(sha256OrEmpty(file), file, rubric.sha256())) skipped++;
                else toRead.add(file);
            }
            if (skipped > 0) log.println("grader: " + skipped + " script(s) already graded under this rubric; not graded again");
            try (BatchReader reader = new BatchReader(OcrSettings.DEFAULT, new OcrCache(ocrCache), workers, ingestor)) {
                Map<Path, GradedReading> doubtful = new java.util.LinkedHashMap<>();
                for (ScriptOutcome read : reader.readAll(toRead, progress)) {
                    if (read.isRejected()) {
                        rejected.add(read.rejection());
                        log.println("grader: rejected " + read.file() + ": " + read.rejection().reason());
                        continue;
                    }
                    ScriptGrader.Graded graded = gradeOrReject(read.text(), rubric, roster, rejected);
                    if (graded == null) continue;
                    if (mayReadBetter(graded, rubric) && read.text().isScannedPrint()) {
                        doubtful.put(read.file(), new GradedReading(graded, read.text()));
                    } else {
                        save(store, runId, rubric, outDir, graded, read.text());
                    }
                }
                if (!doubtful.isEmpty()) {
                    log.println("grader: " + doubtful.size() + " scanned script(s) with answers in review read again at another text size");
                }
                for (ScriptOutcome again : reader.readAgain(List.copyOf(doubtful.keySet()), progress.nextPass())) {
                    GradedReading first = doubtful.get(again.file());
                    ScriptGrader.Graded second = again.isRejected() ? null : gradeOrReject(again.text(), rubric, roster, null);
                    if (second != null && reviews(second) < reviews(first.graded())) {
                        save(store, runId, rubric, outDir, withDisagreementsInReview(second, first.graded()), again.text());
                    } else {
                        ScriptGrader.Graded kept = second == null ? first.graded() : withDisagreementsInReview(first.graded(), second);
                        save(store, runId, rubric, outDir, kept, first.text());
                    }
                }
            }
            List<ScriptResult> results = store.results(rubric.exam());
            List<String> absent = absentFromRoster(roster, results);
            if (!absent.isEmpty()) {
                String notice = rubric.exam() + ": no script for " + absent.size() + " student(s) on the roster: " + String.join(", ", absent);
                log.println("grader: " + notice);
                keepNotices(outDir, List.of(notice));
            }
            List<String> notices = writeOutputs(rubric, outDir, results, rejected);
            return new Outcome(results, rejected, skipped, notices);
        }
    }

    /**
     * Grades one script; a fault in the grader itself (not bad input, which reading already
     * rejected) costs that script only: it is listed as rejected with the fault named, and the
     * batch goes on. {@code rejected} null means the script already has a grading to fall back on
     * (the first reading of a second one), so the fault is only logged.
     */
    private ScriptGrader.Graded gradeOrReject(examgrader.ocr.ScriptText text, Rubric rubric, Map<String, String> roster,
                                              List<Rejection> rejected) {
        try {
            return grader.grade(text, rubric, roster);
        } catch (RuntimeException e) {
            String reason = "internal error while grading (" + e + "); please report it";
            log.println("grader: " + text.source() + ": " + reason + (rejected == null ? "; the first reading's marks are kept" : ""));
            if (System.getenv("EXAMGRADER_DEBUG") != null) e.printStackTrace(log);
            if (rejected != null) rejected.add(new Rejection(text.source(), reason));
            return null;
        }
    }

    /**
     * Keeps one graded script in the store (one transaction), with its notices. The reading kept
     * is the one its marks were made from, so a regrade works from the same text.
     */
    private void save(Store store, long runId, Rubric rubric, Path outDir, ScriptGrader.Graded graded,
                      examgrader.ocr.ScriptText text) {
        graded.notices().forEach(n -> log.println("grader: " + n));
        keepNotices(outDir, graded.notices());
        ScriptProvenance provenance = ScriptProvenance.of(examgrader.cli.GraderVersion.current(), rubric.source())
                .withAnswers(graded.answers());
        store.saveScript(runId, graded.result(), text, provenance);
    }

    /** A script's marks with the reading they were made from. */
    private record GradedReading(ScriptGrader.Graded graded, examgrader.ocr.ScriptText text) {}

    /**
     * Whether a second reading may take answers out of review: some answer other than a formula
     * is in review. A formula on a scan is misread the same way at any text size (σ has no glyph
     * in the English model), and every scanned script of an exam with a formula question would
     * otherwise be read twice.
     */
    static boolean mayReadBetter(ScriptGrader.Graded graded, Rubric rubric) {
        java.util.Set<String> formulas = new java.util.HashSet<>();
        rubric.questions().stream().filter(q -> q.reference() instanceof examgrader.rubric.Reference.Formula)
                .forEach(q -> formulas.add(q.id()));
        return graded.result().marks().stream()
                .anyMatch(m -> m.status() == examgrader.score.Status.REVIEW && !formulas.contains(m.questionId()));
    }

    /**
     * The kept reading of a scanned script read twice, with every answer it settled (graded, blank, hand-marked) that the
     * other reading settled otherwise sent to review. The two are readings of the same pages at two text sizes; where
     * they disagree on a settled answer one of them misread it (a label read as {@code A(Q)} at one size leaves 4(a)
     * blank; a set read at the other size takes a count for its members), and neither can be trusted alone: the reading
     * with fewer answers in review is kept, and a person checks those.
     */
    static ScriptGrader.Graded withDisagreementsInReview(ScriptGrader.Graded kept, ScriptGrader.Graded other) {
        java.util.Map<String, examgrader.score.Mark> otherSettled = new java.util.HashMap<>();
        other.result().marks().stream().filter(m -> m.status() != examgrader.score.Status.REVIEW)
                .forEach(m -> otherSettled.put(m.questionId(), m));
        List<examgrader.score.Mark> marks = new ArrayList<>();
        boolean changed = false;
        for (examgrader.score.Mark m : kept.result().marks()) {
            examgrader.score.Mark o = otherSettled.get(m.questionId());
            boolean disagree = m.status() != examgrader.score.Status.REVIEW && o != null
                    && (o.status() != m.status() || Math.abs(o.marks() - m.marks()) > 1e-9);
            if (disagree) {
                changed = true;
                String otherRead = o.status() == examgrader.score.Status.BLANK ? "finds it blank"
                        : o.status() == examgrader.score.Status.MANUAL ? "finds an answer to mark by hand"
                        : "reads '" + o.answer() + "' for " + examgrader.score.Scorer.fmt(o.marks());
                marks.add(new examgrader.score.Mark(m.questionId(), examgrader.score.Status.REVIEW, 0, m.maxMarks(), m.answer(),
                        m.reference(), m.confidence(), m.evidence(), m.rule(),
                        "proposed " + (m.status() == examgrader.score.Status.GRADED
                                ? examgrader.score.Scorer.fmt(m.marks()) + " of " + examgrader.score.Scorer.fmt(m.maxMarks())
                                : m.status().name().toLowerCase(java.util.Locale.ROOT))
                                + " — check the read: the scan read at another text size " + otherRead + ". " + m.feedback(),
                        m.working(), m.computations()));
            } else {
                marks.add(m);
            }
        }
        if (!changed) return kept;
        ScriptResult r = kept.result();
        return new ScriptGrader.Graded(new ScriptResult(r.studentId(), r.exam(), r.source(), r.sourceSha256(), r.rubricSha256(), marks),
                kept.answers(), kept.notices());
    }

    private static long reviews(ScriptGrader.Graded graded) {
        return graded.result().marks().stream().filter(m -> m.status() == examgrader.score.Status.REVIEW).count();
    }

    /** Students on the class list whose script is not among the results (absent, or filed under a misread number). */
    private static List<String> absentFromRoster(Map<String, String> roster, List<ScriptResult> results) {
        java.util.Set<String> graded = new java.util.HashSet<>();
        results.forEach(r -> graded.add(r.studentId()));
        return roster.keySet().stream().filter(id -> !graded.contains(id)).sorted().toList();
    }

    private List<String> writeOutputs(Rubric rubric, Path outDir, List<ScriptResult> results, List<Rejection> rejected) {
        try {
            return OutputWriter.writeAll(outDir, rubric, results, rejected, new OcrPageImages(ingestor));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the outputs in " + outDir + ": " + e.getMessage(), e);
        }
    }

    /**
     * Notices about a script (a doubtful student number) are appended to {@code notices.txt} as
     * soon as they arise, so a batch that dies later still leaves them for the person running it.
     */
    private static void keepNotices(Path outDir, List<String> notices) {
        if (notices.isEmpty()) return;
        StringBuilder lines = new StringBuilder();
        for (String n : notices) lines.append(java.time.Instant.now()).append(' ').append(n).append('\n');
        try {
            java.nio.file.Files.writeString(outDir.resolve("notices.txt"), lines, java.nio.file.StandardOpenOption.CREATE,
                    java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + outDir.resolve("notices.txt") + ": " + e.getMessage(), e);
        }
    }

    private static String sha256OrEmpty(Path file) {
        try {
            return Ingestor.sha256(file);
        } catch (examgrader.ingest.IngestException e) {
            return "";
        }
    }
}
