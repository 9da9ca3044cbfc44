package examgrader.samples;

import examgrader.samples.ExamSpec.QuestionSpec;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.Collections;
import java.util.EnumMap;
import java.util.GregorianCalendar;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TimeZone;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Generates sample answer scripts with known expected marks, for tests and demos: a class of
 * students per exam, each written in one {@link Form}, with the marking schemes' named mistakes
 * dealt out among them and a few questions left out. Everything follows from the seed: the same
 * seed gives the same scripts (byte for byte), another seed gives other students, label styles,
 * wordings, number formats, mistakes and blanks.
 *
 * <p>Scripts go into one folder ({@code script-NN-<form>.<ext>}); the expected marks are returned,
 * and {@link #writeExpected} puts them in a CSV, which belongs outside the scripts' folder: a folder
 * handed to {@code grader grade} holds scripts only.
 */
public final class SampleGenerator {
    /** The seed the committed {@code samples/} folder was made with. */
    public static final long DEFAULT_SEED = 2021;
    public static final int DEFAULT_STUDENTS = 3;
    static final float DPI = 300;
    /** Scripts are one to three pages long, like the exams' answer scripts. */
    static final int MAX_PAGES = 3;

    private SampleGenerator() {}

    /** One script to write: which student (by index) in which form. */
    record Slot(int index, Form form) {
        String file() {
            return String.format("script-%02d-%s.%s", index + 1, form.word(), form.extension());
        }
    }

    /**
     * Writes {@code students} scripts per form for one exam into {@code scriptsDir}.
     *
     * @return the expected marks, one per script and question, scripts in file order, questions in rubric order
     */
    public static List<ExpectedMark> generate(Path scriptsDir, String exam, long seed, int students, Set<Form> forms)
            throws IOException {
        Map<Form, Integer> perForm = new EnumMap<>(Form.class);
        forms.forEach(form -> perForm.put(form, students));
        return generate(scriptsDir, exam, seed, perForm);
    }

    /**
     * Writes {@code perForm.get(form)} scripts of each form for one exam into {@code scriptsDir}
     * (created if missing), e.g. three of each PDF form and one transcript.
     *
     * @return the expected marks, one per script and question, scripts in file order, questions in rubric order
     */
    public static List<ExpectedMark> generate(Path scriptsDir, String exam, long seed, Map<Form, Integer> perForm)
            throws IOException {
        ExamSpec spec = ExamSpec.byId(exam);
        List<Slot> roster = new ArrayList<>();
        for (Map.Entry<Form, Integer> entry : new EnumMap<>(perForm).entrySet()) {
            int students = entry.getValue();
            if (students < 1 || students > 99) {
                throw new IllegalArgumentException("scripts per form must be between 1 and 99, was " + students
                        + " for " + entry.getKey().word());
            }
            for (int i = 0; i < students; i++) {
                roster.add(new Slot(i, entry.getKey()));
            }
        }
        if (roster.isEmpty()) {
            throw new IllegalArgumentException("no forms to write");
        }
        Map<Slot, Set<Mistake>> dealt = deal(spec, roster, new Random(mix(seed, spec.ordinal(), -1, -1)));
        Files.createDirectories(scriptsDir);
        List<ExpectedMark> marks = new ArrayList<>();
        Set<String> studentIds = new HashSet<>();
        for (Slot slot : roster) {
            Random rng = new Random(mix(seed, spec.ordinal(), slot.index(), slot.form().ordinal()));
            ScriptContent content = compose(spec, dealt.get(slot), rng);
            while (!studentIds.add(content.student().id())) {
                content = compose(spec, dealt.get(slot), rng);
            }
            Path file = scriptsDir.resolve(slot.file());
            switch (slot.form()) {
                case PHOTO -> writePhoto(content.lines(), rng, file);
                case TRANSCRIPT -> Files.write(file, Transcript.markdown(content, rng), StandardCharsets.UTF_8);
                default -> writePdf(content.lines(), slot.form(), rng, file);
            }
            marks.addAll(expected(spec, slot.file(), content));
        }
        return marks;
    }

    /** Writes expected marks as CSV ({@link ExpectedMark#CSV_HEADER}), creating the parent folder. */
    public static void writeExpected(Path csv, List<ExpectedMark> marks) throws IOException {
        List<String> lines = new ArrayList<>();
        lines.add(ExpectedMark.CSV_HEADER);
        marks.forEach(m -> lines.add(m.csvRow()));
        Path parent = csv.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.write(csv, lines, StandardCharsets.UTF_8);
    }

    /** Deals every named mistake of the exam to some script, never two on the same question. */
    static Map<Slot, Set<Mistake>> deal(ExamSpec exam, List<Slot> roster, Random rng) {
        Map<Slot, Set<Mistake>> dealt = new LinkedHashMap<>();
        roster.forEach(slot -> dealt.put(slot, new HashSet<>()));
        List<Mistake> deck = new ArrayList<>(Mistake.of(exam));
        Collections.shuffle(deck, rng);
        int next = rng.nextInt(roster.size());
        for (Mistake mistake : deck) {
            for (int tries = 0; tries < roster.size(); tries++) {
                Set<Mistake> held = dealt.get(roster.get((next + tries) % roster.size()));
                if (held.stream().noneMatch(m -> overlaps(m, mistake))) {
                    held.add(mistake);
                    next = (next + tries + 1) % roster.size();
                    break;
                }
            }
        }
        return dealt;
    }

    private static boolean overlaps(Mistake a, Mistake b) {
        return a.questions().stream().anyMatch(b.questions()::contains);
    }

    static ScriptContent compose(ExamSpec exam, Set<Mistake> mistakes, Random rng) {
        Student student = Student.pick(exam, rng);
        AnswerStyle style = AnswerStyle.pick(exam, rng);
        Set<String> blanks = pickBlanks(exam, mistakes, rng);
        return ScriptWriter.of(exam).write(student, style, Set.copyOf(mistakes), blanks, rng);
    }

    private static Set<String> pickBlanks(ExamSpec exam, Set<Mistake> mistakes, Random rng) {
        List<String> free = new ArrayList<>(exam.questions().stream().map(QuestionSpec::id)
                .filter(id -> mistakes.stream().noneMatch(m -> m.questions().contains(id))).toList());
        Collections.shuffle(free, rng);
        double roll = rng.nextDouble();
        int count = roll < 0.4 ? 0 : roll < 0.85 ? 1 : 2;
        return Set.copyOf(free.subList(0, Math.min(count, free.size())));
    }

    static List<ExpectedMark> expected(ExamSpec exam, String file, ScriptContent content) {
        Map<String, Outcome> byId = new LinkedHashMap<>();
        for (Outcome outcome : content.outcomes()) {
            if (byId.put(outcome.questionId(), outcome) != null) {
                throw new IllegalStateException("two outcomes for " + outcome.questionId() + " in " + file);
            }
        }
        List<ExpectedMark> marks = new ArrayList<>();
        for (QuestionSpec question : exam.questions()) {
            Outcome outcome = byId.remove(question.id());
            if (outcome == null) {
                throw new IllegalStateException("no outcome for " + question.id() + " in " + file);
            }
            marks.add(new ExpectedMark(file, content.student().id(), question.id(), outcome.marks(), outcome.status()));
        }
        if (!byId.isEmpty()) {
            throw new IllegalStateException("outcomes for unknown questions " + byId.keySet() + " in " + file);
        }
        return marks;
    }

    /**
     * Writes a script's lines in one of the PDF forms: typed as text, or rasterized at 300 dpi and
     * degraded like a scan or a phone scan of handwriting; more than {@link #MAX_PAGES} pages are
     * written smaller first.
     */
    static void writePdf(List<String> lines, Form form, Random rng, Path file) throws IOException {
        boolean handwritten = form == Form.HANDWRITING;
        ScriptRenderer.Layout layout = ScriptRenderer.Layout.pick(rng, handwritten);
        Handwriting hand = handwritten ? Handwriting.pick(rng) : Handwriting.NONE;
        PDDocument laidOut = ScriptRenderer.render(lines, layout, hand, rng);
        while (laidOut.getNumberOfPages() > MAX_PAGES && layout.fontSize() > 8) {
            laidOut.close();
            layout = layout.tighter();
            laidOut = ScriptRenderer.render(lines, layout, hand, rng);
        }
        try (PDDocument text = laidOut) {
            if (form == Form.DIGITAL) {
                save(text, file, rng);
                return;
            }
            try (PDDocument image = rasterize(text, form, rng)) {
                save(image, file, rng);
            }
        }
    }

    /** A phone photo of one handwritten page: the script is written smaller until it fits one page. */
    static void writePhoto(List<String> lines, Random rng, Path file) throws IOException {
        ScriptRenderer.Layout layout = ScriptRenderer.Layout.pick(rng, true);
        Handwriting hand = Handwriting.pick(rng);
        PDDocument laidOut = ScriptRenderer.render(lines, layout, hand, rng);
        while (laidOut.getNumberOfPages() > 1 && layout.fontSize() > 7) {
            laidOut.close();
            layout = layout.tighter();
            laidOut = ScriptRenderer.render(lines, layout, hand, rng);
        }
        try (PDDocument text = laidOut) {
            if (text.getNumberOfPages() > 1) {
                throw new IllegalStateException("script does not fit one photo even at " + layout.fontSize() + " pt: " + file);
            }
            BufferedImage clean = new PDFRenderer(text).renderImageWithDPI(0, DPI, ImageType.GRAY);
            javax.imageio.ImageIO.write(Degrader.phone(clean, rng), "png", file.toFile());
        }
    }

    private static PDDocument rasterize(PDDocument text, Form form, Random rng) throws IOException {
        PDFRenderer renderer = new PDFRenderer(text);
        PDDocument out = new PDDocument();
        float quality = 0.6f + rng.nextFloat() * 0.15f;
        for (int i = 0; i < text.getNumberOfPages(); i++) {
            PDRectangle size = text.getPage(i).getMediaBox();
            BufferedImage clean = renderer.renderImageWithDPI(i, DPI, ImageType.GRAY);
            BufferedImage degraded = form == Form.SCAN ? Degrader.scan(clean, rng) : Degrader.phone(clean, rng);
            PDPage page = new PDPage(size);
            out.addPage(page);
            PDImageXObject jpeg = JPEGFactory.createFromImage(out, degraded, quality, (int) DPI);
            try (PDPageContentStream stream = new PDPageContentStream(out, page)) {
                stream.drawImage(jpeg, 0, 0, size.getWidth(), size.getHeight());
            }
        }
        return out;
    }

    /** Saves with fixed dates and a seed-derived file id, so the same seed gives the same bytes. */
    private static void save(PDDocument doc, Path file, Random rng) throws IOException {
        PDDocumentInformation info = doc.getDocumentInformation();
        Calendar date = new GregorianCalendar(TimeZone.getTimeZone("UTC"));
        date.clear();
        date.set(2021, Calendar.MARCH, 15, 9, 0, 0);
        info.setCreationDate(date);
        info.setModificationDate(date);
        info.setCreator("examgrader samples");
        byte[] id = new byte[16];
        rng.nextBytes(id);
        COSArray ids = new COSArray();
        ids.add(new COSString(id));
        ids.add(new COSString(id));
        doc.getDocument().getTrailer().setItem(COSName.ID, ids);
        doc.save(file.toFile());
    }

    /** A well-spread 64-bit seed for one (seed, exam, student, form) combination. */
    static long mix(long seed, int exam, int index, int form) {
        long z = seed * 0x9E3779B97F4A7C15L + exam * 0xBF58476D1CE4E5B9L + index * 0x94D049BB133111EBL + form * 0x2545F4914F6CDD1DL;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
