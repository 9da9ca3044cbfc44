package examgrader.ocr;

import examgrader.ingest.IngestException;
import examgrader.ingest.Ingestor;
import examgrader.ingest.ScriptSource;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads a batch of script files into {@link ScriptText}s. Pages of all scripts go to one fixed
 * pool of workers (one per core, each with its own {@link TesseractEngine}), so a batch of many
 * one-page scripts keeps every core busy just as one long script does. A bad file or a page that
 * fails or passes its deadline rejects that script only; the batch goes on.
 *
 * <p>Tesseract and its data are probed when the reader is made, so a missing install fails at
 * start-up with the install command. Create one reader per run and close it at the end.
 */
public final class BatchReader implements AutoCloseable {
    /** Extra time the watchdog allows past Tesseract's own deadline, for rendering and clean-up. */
    private static final long GRACE_MILLIS = 15_000;
    private static final AtomicInteger THREAD_NUMBER = new AtomicInteger();

    private final OcrSettings settings;
    private final Ingestor ingestor;
    private final PageReader pageReader;
    /** Reads pages again at another text size, for scripts whose first reading left answers in review. */
    private final PageReader secondReader;
    private final ThreadPoolExecutor pool;
    private final ThreadLocal<TesseractEngine> engine;
    private final List<TesseractEngine> engines = new CopyOnWriteArrayList<>();
    private final ThreadLocal<CropReader> digits;
    private final List<CropReader> cropReaders = new CopyOnWriteArrayList<>();

    /**
     * @param settings how to run Tesseract
     * @param cache    where OCR results are kept between runs
     * @param workers  number of pages read at once (normally the number of cores)
     * @param ingestor opens and validates files
     * @throws OcrUnavailableException when Tesseract or its language data is missing
     */
    public BatchReader(OcrSettings settings, OcrCache cache, int workers, Ingestor ingestor) {
        if (workers < 1) throw new IllegalArgumentException("workers must be at least 1, was " + workers);
        EnvironmentCheck.warnIfOpenMpUnlimited();
        String version = TesseractProbe.check(settings);
        this.settings = settings;
        this.ingestor = ingestor;
        String checks = settings.engineName(version) + " recheck=digits<" + (int) DigitRecheck.RECHECK_BELOW
                + " numbers>=" + (int) NumberCheck.MIN_GLYPH_CONFIDENCE + "signs-subscripts2@print" + NumberCheck.PRINT_SHARE
                + " carets=shape dots=shape circled=ring-block-dropped";
        this.pageReader = new PageReader(cache, checks + " caps=" + (int) TextSize.TARGET_CAP_HEIGHT);
        this.secondReader = new PageReader(cache, checks + " caps=" + (int) TextSize.SECOND_CAP_HEIGHT,
                PageReader.MAX_OCR_PIXELS, TextSize.SECOND_CAP_HEIGHT);
        this.pool = new ThreadPoolExecutor(workers, workers, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), daemonThreads());
        this.engine = ThreadLocal.withInitial(() -> {
            TesseractEngine created = new TesseractEngine(settings);
            engines.add(created);
            return created;
        });
        this.digits = ThreadLocal.withInitial(() -> {
            CropReader created = new CropReader(settings);
            cropReaders.add(created);
            return created;
        });
    }

    /** Default settings and ingest options, one worker per core, results cached in {@code cacheDir}. */
    public BatchReader(Path cacheDir) {
        this(OcrSettings.DEFAULT, new OcrCache(cacheDir), Runtime.getRuntime().availableProcessors(), new Ingestor());
    }

    /**
     * Reads every file; the result has one outcome per file, in the order given.
     *
     * @param listener told after each page (pages done, pages total); called from worker threads
     */
    public List<ScriptOutcome> readAll(List<Path> files, ProgressListener listener) {
        return read(files, listener, pageReader);
    }

    /**
     * Reads every file again with the text scaled to another size ({@link TextSize#SECOND_CAP_HEIGHT}):
     * a second, independent reading for scripts whose first left answers in doubt. Cached apart
     * from the first. Text pages read the same either way.
     */
    public List<ScriptOutcome> readAgain(List<Path> files, ProgressListener listener) {
        return read(files, listener, secondReader);
    }

    private List<ScriptOutcome> read(List<Path> files, ProgressListener listener, PageReader reader) {
        List<ScriptJob> jobs = new ArrayList<>();
        for (Path file : files) jobs.add(open(file, reader));
        int total = jobs.stream().mapToInt(ScriptJob::pageCount).sum();
        Progress progress = new Progress(listener, total);
        progress.report();
        for (ScriptJob job : jobs) job.submit(progress);
        List<ScriptOutcome> outcomes = new ArrayList<>();
        for (ScriptJob job : jobs) outcomes.add(job.collect(progress));
        return outcomes;
    }

    /**
     * Reads one file.
     *
     * @throws IngestException when the file or one of its pages cannot be read
     */
    public ScriptText readOne(Path file) throws IngestException {
        ScriptOutcome outcome = readAll(List.of(file), ProgressListener.NONE).get(0);
        if (outcome.isRejected()) throw new IngestException(file, outcome.rejection().reason());
        return outcome.text();
    }

    /** Pages actually read by Tesseract so far (cache hits and text pages excluded). */
    public long ocrRuns() {
        return pageReader.ocrRuns() + secondReader.ocrRuns();
    }

    /** Pages whose reading came from the OCR cache so far. */
    public long cacheHits() {
        return pageReader.cacheHits() + secondReader.cacheHits();
    }

    public OcrSettings settings() {
        return settings;
    }

    private ScriptJob open(Path file, PageReader reader) {
        try {
            return new ScriptJob(file, ingestor.open(file), null, reader);
        } catch (IngestException e) {
            return new ScriptJob(file, null, e.reason(), reader);
        }
    }

    /** One page in flight: its future, when a worker took it up, and whether progress counted it. */
    private static final class PageTask {
        final AtomicLong startedAt = new AtomicLong();
        final AtomicBoolean counted = new AtomicBoolean();
        Future<PageText> future;

        /** Counts the page as done once, whether it finished, failed, was cancelled or abandoned. */
        void countDone(Progress progress) {
            if (counted.compareAndSet(false, true)) progress.pageDone();
        }
    }

    /** The pages of one script in flight. */
    private final class ScriptJob {
        private final Path file;
        private final ScriptSource source;
        private final String openFailure;
        private final List<PageTask> pages = new ArrayList<>();
        private final PageReader reader;

        ScriptJob(Path file, ScriptSource source, String openFailure, PageReader reader) {
            this.file = file;
            this.source = source;
            this.openFailure = openFailure;
            this.reader = reader;
        }

        int pageCount() {
            return source == null ? 0 : source.pageCount();
        }

        void submit(Progress progress) {
            for (int n = 1; n <= pageCount(); n++) {
                int number = n;
                PageTask task = new PageTask();
                pages.add(task);
                task.future = pool.submit(() -> {
                    task.startedAt.set(System.nanoTime());
                    try {
                        return reader.read(source.page(number), source.kind(), engine::get, digits::get);
                    } finally {
                        task.countDone(progress);
                    }
                });
            }
        }

        ScriptOutcome collect(Progress progress) {
            if (openFailure != null) return ScriptOutcome.rejected(file, openFailure);
            List<PageText> texts = new ArrayList<>();
            for (int i = 0; i < pages.size(); i++) {
                try {
                    texts.add(await(pages.get(i), progress));
                } catch (PageFailure failure) {
                    cancelRest(i + 1, progress);
                    return ScriptOutcome.rejected(file, "page " + (i + 1) + ": " + failure.getMessage());
                }
            }
            return ScriptOutcome.read(NumberCheck.keptOnlyForPrint(new ScriptText(file, source.sha256(), texts)));
        }

        /** The script is rejected: its pages not yet started are dropped (and counted as done). */
        private void cancelRest(int from, Progress progress) {
            for (int i = from; i < pages.size(); i++) {
                PageTask task = pages.get(i);
                if (task.future.cancel(false)) task.countDone(progress);
            }
        }
    }

    /**
     * Waits for one page. A page still running well past its deadline is abandoned: its thread is
     * stuck in native code and cannot be interrupted, so the pool grows by one to keep its size.
     */
    private PageText await(PageTask task, Progress progress) throws PageFailure {
        long limitNanos = TimeUnit.MILLISECONDS.toNanos(settings.pageTimeout().toMillis() + GRACE_MILLIS);
        while (true) {
            try {
                return task.future.get(1, TimeUnit.SECONDS);
            } catch (TimeoutException e) {
                long started = task.startedAt.get();
                if (started != 0 && System.nanoTime() - started > limitNanos) {
                    task.future.cancel(true);
                    task.countDone(progress);
                    pool.setMaximumPoolSize(pool.getMaximumPoolSize() + 1);
                    pool.setCorePoolSize(pool.getCorePoolSize() + 1);
                    throw new PageFailure("OCR timed out after " + settings.timeoutText());
                }
            } catch (ExecutionException e) {
                throw new PageFailure(reason(e.getCause()));
            } catch (CancellationException e) {
                throw new PageFailure("reading was cancelled");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                task.future.cancel(true);
                throw new PageFailure("reading was interrupted");
            }
        }
    }

    private static String reason(Throwable cause) {
        if (cause instanceof IngestException e) return e.reason().replaceFirst("^page \\d+: ", "");
        if (cause instanceof OcrFailedException e) return e.getMessage();
        if (cause instanceof OcrUnavailableException e) return e.getMessage();
        if (cause instanceof OutOfMemoryError) return "out of memory while reading the page (try fewer workers or more -Xmx)";
        return "internal error while reading the page (" + cause + ")";
    }

    private static ThreadFactory daemonThreads() {
        return runnable -> {
            Thread thread = new Thread(runnable, "ocr-worker-" + THREAD_NUMBER.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Shuts the workers down and frees every Tesseract engine. */
    @Override
    public void close() {
        pool.shutdownNow();
        try {
            pool.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (pool.isTerminated()) {
            for (TesseractEngine e : engines) e.close();
            for (CropReader r : cropReaders) r.close();
        }
        engines.clear();
        cropReaders.clear();
    }

    private static final class PageFailure extends Exception {
        PageFailure(String reason) {
            super(reason);
        }
    }

    /** Counts finished pages and tells the listener, one call at a time. */
    private static final class Progress {
        private final ProgressListener listener;
        private final int total;
        private int done;

        Progress(ProgressListener listener, int total) {
            this.listener = listener;
            this.total = total;
        }

        synchronized void pageDone() {
            done++;
            listener.progress(done, total);
        }

        synchronized void report() {
            listener.progress(done, total);
        }
    }
}
