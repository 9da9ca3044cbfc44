package examgrader.ocr;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Warns once when {@code OMP_THREAD_LIMIT=1} is missing: Tesseract then starts OpenMP threads on
 * every page, which on a busy machine makes a page 5–10 times slower. It has to be set before the
 * JVM starts (the launcher and the test runner do), so a warning is all that can be done here.
 */
final class EnvironmentCheck {
    private static final AtomicBoolean WARNED = new AtomicBoolean();

    private EnvironmentCheck() {}

    static void warnIfOpenMpUnlimited() {
        if (!"1".equals(System.getenv("OMP_THREAD_LIMIT")) && WARNED.compareAndSet(false, true)) {
            System.err.println("warning: OMP_THREAD_LIMIT=1 is not set; OCR will be several times slower"
                    + " (start the grader with OMP_THREAD_LIMIT=1 in the environment)");
        }
    }
}
