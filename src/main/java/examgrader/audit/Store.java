package examgrader.audit;

import com.fasterxml.jackson.core.type.TypeReference;
import examgrader.ocr.PageText;
import examgrader.ocr.ScriptText;
import examgrader.score.Computation;
import examgrader.score.Evidence;
import examgrader.score.Mark;
import examgrader.score.ScriptResult;
import examgrader.score.Status;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.sqlite.SQLiteConfig;

/**
 * The grader's record of a batch: runs, scripts with the text they were read as, marks with their
 * provenance, people's decisions and disputes, in {@code DIR/grader.db} (SQLite, WAL journal,
 * {@code synchronous=FULL}). JSON and CSV files are exports of it.
 *
 * <p>Each script is saved in one transaction, so a run killed at any point leaves every script
 * either whole or absent and a restarted run skips what is {@link #isDone done}. People's
 * decisions live in the append-only {@code mark_changes} table, apart from the grader's marks, so
 * a regrade can never lose them: the {@linkplain #results effective} mark is the latest person's
 * decision, else the grader's mark. Scripts are keyed by their file's hash and path, not by
 * student id, so two scripts claiming one student are both kept; a person's decision on that
 * student and question applies to both.
 *
 * <p>One store object is one connection; its methods are synchronized, so grading threads may
 * share it.
 */
public final class Store implements AutoCloseable {
    /** The store's file name inside the output folder. */
    public static final String FILE_NAME = "grader.db";

    private static final TypeReference<List<Computation>> COMPUTATIONS = new TypeReference<>() {};
    private static final TypeReference<Map<String, List<String>>> CANDIDATES = new TypeReference<>() {};

    private final Connection connection;
    private final Path file;

    private Store(Connection connection, Path file) {
        this.connection = connection;
        this.file = file;
    }

    /** Opens the store in {@code outDir}, creating the folder and the store, or bringing an older store up to date. */
    public static Store open(Path outDir) {
        try {
            Files.createDirectories(outDir);
        } catch (java.io.IOException e) {
            throw new AuditException(outDir + ": cannot create the output folder: " + e.getMessage());
        }
        return connect(outDir.resolve(FILE_NAME));
    }

    /** Opens the store of an earlier run; refuses a folder that has none. */
    public static Store openExisting(Path outDir) {
        Path file = outDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new AuditException(file + ": no grader store here; grade the scripts with --out " + outDir + " first");
        }
        return connect(file);
    }

    private static Store connect(Path file) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(30_000);
        try {
            Connection connection = DriverManager.getConnection("jdbc:sqlite:" + file, config.toProperties());
            connection.setAutoCommit(false);
            Store store = new Store(connection, file);
            try {
                Schema.migrate(connection, file.toString());
            } catch (RuntimeException | SQLException e) {
                connection.close();
                throw e;
            }
            return store;
        } catch (SQLException e) {
            throw new AuditException(file + ": not a usable grader store: " + e.getMessage());
        }
    }

    public Path file() {
        return file;
    }

    /** Records the start of a grading (or regrading) run. */
    public synchronized long startRun(String rubricPath, String rubricSha256, String graderVersion, List<String> args) {
        return inTransaction(() -> {
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO runs(started_at, rubric_path, rubric_sha256, grader_version, args) VALUES (?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                insert.setString(1, now());
                insert.setString(2, rubricPath);
                insert.setString(3, rubricSha256);
                insert.setString(4, graderVersion);
                insert.setString(5, Json.write(args));
                insert.executeUpdate();
                return generatedId(insert);
            }
        });
    }

    /** True when a file with this hash has already been graded under this rubric: a resumed run skips it. */
    public synchronized boolean isDone(String sourceSha256, String rubricSha256) {
        return inTransaction(() -> exists("SELECT 1 FROM scripts WHERE source_sha256 = ? AND rubric_sha256 = ?",
                sourceSha256, rubricSha256));
    }

    /** As {@link #isDone(String, String)}, for one path: two copies of one file are two scripts. */
    public synchronized boolean isDone(String sourceSha256, Path source, String rubricSha256) {
        return inTransaction(() -> exists(
                "SELECT 1 FROM scripts WHERE source_sha256 = ? AND source_path = ? AND rubric_sha256 = ?",
                sourceSha256, source.toString(), rubricSha256));
    }

    /**
     * Saves one graded script, its text and every mark's provenance, in one transaction. A script
     * saved before (same file hash and path) is replaced, and each mark the grader now gives
     * differently is appended to the mark changes as a {@code regrade}; people's decisions stay.
     *
     * @return the script's id in the store
     */
    public synchronized long saveScript(long runId, ScriptResult result, ScriptText text, ScriptProvenance provenance) {
        return inTransaction(() -> {
            String savedAt = now();
            Optional<Long> existing = scriptId(result.sourceSha256(), result.source());
            long scriptId;
            if (existing.isPresent()) {
                scriptId = existing.get();
                recordRegradeChanges(scriptId, result, provenance);
                deleteMarksAndPages(scriptId);
                updateScript(scriptId, runId, result, text, provenance, savedAt);
            } else {
                scriptId = insertScript(runId, result, text, provenance, savedAt);
            }
            insertPages(scriptId, text);
            insertMarks(scriptId, result, text, provenance, savedAt);
            return scriptId;
        });
    }

    /** Every stored script of the exam (all exams when {@code exam} is null), with people's decisions applied. */
    public synchronized List<ScriptResult> results(String exam) {
        return inTransaction(() -> {
            Map<String, MarkChange> decisions = latestDecisions();
            List<ScriptResult> results = new ArrayList<>();
            for (ScriptRow script : scriptRows(exam == null ? "1 = 1" : "exam = ?", exam == null ? List.of() : List.of(exam))) {
                List<Mark> marks = gradedMarks(script.id()).stream()
                        .map(m -> applyDecision(m, decisions.get(key(script.studentId(), m.questionId()))))
                        .toList();
                results.add(script.toResult(marks));
            }
            return results;
        });
    }

    /** The grader's own marks, before people's decisions, for every stored script. */
    public synchronized List<StoredScript> storedScripts() {
        return inTransaction(() -> {
            List<StoredScript> scripts = new ArrayList<>();
            for (ScriptRow row : scriptRows("1 = 1", List.of())) {
                scripts.add(new StoredScript(row.id(), row.rubricPath(), Json.read(row.textJson(), ScriptText.class),
                        row.toResult(gradedMarks(row.id()))));
            }
            return scripts;
        });
    }

    /** One question of every script of the student (usually one script; more when several claim the id). */
    public synchronized List<StoredMark> marksOf(String studentId, String questionId) {
        return inTransaction(() -> {
            List<ScriptRow> scripts = scriptRows("student_id = ?", List.of(studentId));
            if (scripts.isEmpty()) {
                throw new AuditException("student " + studentId + " is not in " + file + knownStudentsHint());
            }
            List<StoredMark> found = new ArrayList<>();
            MarkChange decision = latestDecision(studentId, questionId);
            for (ScriptRow script : scripts) {
                storedMark(script, questionId, decision).ifPresent(found::add);
            }
            if (found.isEmpty()) {
                throw new AuditException("question " + questionId + " is not on " + studentId + "'s script; questions: "
                        + String.join(", ", questionIds(scripts.get(0).id())));
            }
            return found;
        });
    }

    /** The marks whose effective status is still {@code review}, by student and rubric order. */
    public synchronized List<StoredMark> reviewQueue() {
        return inTransaction(() -> {
            Map<String, MarkChange> decisions = latestDecisions();
            List<StoredMark> queue = new ArrayList<>();
            List<ScriptRow> scripts = new ArrayList<>(scriptRows("1 = 1", List.of()));
            scripts.sort(java.util.Comparator.comparing(ScriptRow::studentId).thenComparing(ScriptRow::id));
            for (ScriptRow script : scripts) {
                for (Mark mark : gradedMarks(script.id())) {
                    MarkChange decision = decisions.get(key(script.studentId(), mark.questionId()));
                    StoredMark stored = storedMark(script, mark.questionId(), decision).orElseThrow();
                    if (stored.effective().status() == Status.REVIEW) queue.add(stored);
                }
            }
            return queue;
        });
    }

    /** True when at least one stored script belongs to the student. */
    public synchronized boolean hasStudent(String studentId) {
        return inTransaction(() -> exists("SELECT 1 FROM scripts WHERE student_id = ?", studentId));
    }

    /** Every mark change in the store, oldest first: the audit trail's export. */
    public synchronized List<MarkChange> allChanges() {
        return inTransaction(() -> changes("1 = 1", List.of()));
    }

    /** Every dispute in the store, oldest first. */
    public synchronized List<Dispute> allDisputes() {
        return inTransaction(() -> disputes("1 = 1", List.of()));
    }

    /** The stored text of a script, as OCR read it. */
    public synchronized ScriptText scriptText(long scriptId) {
        return inTransaction(() -> {
            try (PreparedStatement query = connection.prepareStatement("SELECT script_text_json FROM scripts WHERE id = ?")) {
                query.setLong(1, scriptId);
                try (ResultSet rows = query.executeQuery()) {
                    if (!rows.next()) throw new AuditException("script " + scriptId + " is not in " + file);
                    return Json.read(rows.getString(1), ScriptText.class);
                }
            }
        });
    }

    /**
     * Records a person's decision on a mark. The decision becomes the effective mark of that
     * question on every script of the student, until a later decision.
     *
     * @throws AuditException for an unknown student or question, marks outside 0..max, or no reason
     */
    public synchronized MarkChange changeMark(String studentId, String questionId, double newMarks, Status newStatus,
                                              String by, String why, ChangeKind kind) {
        return changeMark(studentId, questionId, newMarks, newStatus, by, why, kind, null, null);
    }

    /** As {@link #changeMark(String, String, double, Status, String, String, ChangeKind)}, with the answer a TA typed and its feedback. */
    public synchronized MarkChange changeMark(String studentId, String questionId, double newMarks, Status newStatus,
                                              String by, String why, ChangeKind kind, String answer, String feedback) {
        return inTransaction(() -> appendChange(studentId, questionId, newMarks, newStatus, by, why, kind, answer, feedback));
    }

    /** Records several decisions in one transaction: all are recorded, or (on any refusal) none. */
    public synchronized List<MarkChange> changeMarks(List<Decision> decisions) {
        return inTransaction(() -> {
            List<MarkChange> changes = new ArrayList<>();
            for (Decision d : decisions) {
                changes.add(appendChange(d.studentId(), d.questionId(), d.marks(), d.status(), d.by(), d.why(), d.kind(),
                        d.answer(), d.feedback()));
            }
            return changes;
        });
    }

    /** Every change to the student's marks, oldest first. */
    public synchronized List<MarkChange> history(String studentId) {
        return inTransaction(() -> changes("student_id = ?", List.of(studentId)));
    }

    /** Opens a dispute; refuses a second open dispute on the same mark. */
    public synchronized Dispute openDispute(String studentId, String questionId, String by, String reason) {
        return inTransaction(() -> {
            requireMark(studentId, questionId);
            requireText(reason, "a reason");
            if (openDisputeId(studentId, questionId).isPresent()) {
                throw new AuditException("a dispute on " + studentId + " " + questionId + " is already open; resolve it first");
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO disputes(student_id, question_id, opened_at, opened_by, reason) VALUES (?,?,?,?,?)",
                    Statement.RETURN_GENERATED_KEYS)) {
                bind(insert, studentId, questionId, now(), by, reason);
                insert.executeUpdate();
                long id = generatedId(insert);
                return disputes("id = ?", List.of(id)).get(0);
            }
        });
    }

    /** Resolves the open dispute on a mark with the marks decided, recorded as a mark change. */
    public synchronized MarkChange resolveDispute(String studentId, String questionId, double marks, String by, String reason) {
        return inTransaction(() -> {
            requireMark(studentId, questionId);
            long id = openDisputeId(studentId, questionId).orElseThrow(() -> new AuditException(
                    "no open dispute on " + studentId + " " + questionId + "; open one with 'grader dispute open'"));
            MarkChange change = appendChange(studentId, questionId, marks, Status.GRADED, by, reason, ChangeKind.DISPUTE, null, null);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE disputes SET resolved_at = ?, resolved_by = ?, resolution = ?, marks = ? WHERE id = ?")) {
                bind(update, change.at(), by, reason, marks, id);
                update.executeUpdate();
            }
            return change;
        });
    }

    /** The student's disputes, oldest first. */
    public synchronized List<Dispute> disputes(String studentId) {
        return inTransaction(() -> disputes("student_id = ?", List.of(studentId)));
    }

    /** Runs SQLite's own check of the file; {@code "ok"} when sound. */
    public synchronized String integrityCheck() {
        return inTransaction(() -> {
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("PRAGMA integrity_check")) {
                List<String> problems = new ArrayList<>();
                while (rows.next()) problems.add(rows.getString(1));
                return String.join("; ", problems);
            }
        });
    }

    /** Scripts whose stored marks are fewer than were saved: must be none (each script is one transaction). */
    public synchronized List<String> incompleteScripts() {
        return inTransaction(() -> {
            List<String> incomplete = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet rows = statement.executeQuery("""
                         SELECT s.source_path, s.mark_count, (SELECT count(*) FROM marks m WHERE m.script_id = s.id)
                         FROM scripts s""")) {
                while (rows.next()) {
                    if (rows.getInt(2) != rows.getInt(3)) incomplete.add(rows.getString(1));
                }
            }
            return incomplete;
        });
    }

    @Override
    public synchronized void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new AuditException(file + ": could not close the store: " + e.getMessage());
        }
    }

    // ---- marks and decisions

    private MarkChange appendChange(String studentId, String questionId, double newMarks, Status newStatus, String by,
                                    String why, ChangeKind kind, String answer, String feedback) throws SQLException {
        Mark current = requireMark(studentId, questionId);
        requireText(by, "who made the change (--by)");
        requireText(why, "a reason");
        if (kind.isHuman() && (newMarks < 0 || newMarks > current.maxMarks() || Double.isNaN(newMarks))) {
            throw new AuditException("%s %s: %s marks is outside 0..%s".formatted(studentId, questionId,
                    fmt(newMarks), fmt(current.maxMarks())));
        }
        Mark before = applyDecision(current, latestDecision(studentId, questionId));
        return insertChange(studentId, questionId, kind, before.marks(), before.status(), newMarks, newStatus,
                answer, feedback, by, why);
    }

    private MarkChange insertChange(String studentId, String questionId, ChangeKind kind, double oldMarks,
                                    Status oldStatus, double newMarks, Status newStatus, String answer,
                                    String feedback, String by, String why) throws SQLException {
        String at = now();
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO mark_changes(student_id, question_id, kind, old_marks, old_status, new_marks, new_status,
                                         answer, feedback, by, at, why) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""",
                Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, studentId, questionId, kind.word(), oldMarks, oldStatus.word(), newMarks, newStatus.word(),
                    answer, feedback, by, at, why);
            insert.executeUpdate();
            return new MarkChange(generatedId(insert), studentId, questionId, kind, oldMarks, oldStatus, newMarks,
                    newStatus, answer, feedback, by, at, why);
        }
    }

    /** The grader's mark of the question on the student's first script; refuses unknown ones. */
    private Mark requireMark(String studentId, String questionId) throws SQLException {
        List<ScriptRow> scripts = scriptRows("student_id = ?", List.of(studentId));
        if (scripts.isEmpty()) {
            throw new AuditException("student " + studentId + " is not in " + file + knownStudentsHint());
        }
        for (ScriptRow script : scripts) {
            for (Mark mark : gradedMarks(script.id())) {
                if (mark.questionId().equals(questionId)) return mark;
            }
        }
        throw new AuditException("question " + questionId + " is not on " + studentId + "'s script; questions: "
                + String.join(", ", questionIds(scripts.get(0).id())));
    }

    private static Mark applyDecision(Mark mark, MarkChange decision) {
        if (decision == null) return mark;
        String answer = decision.answer() == null ? mark.answer() : decision.answer();
        return new Mark(mark.questionId(), decision.newStatus(), decision.newMarks(), mark.maxMarks(), answer,
                mark.reference(), mark.confidence(), mark.evidence(), decision.kind().word(),
                decisionFeedback(mark, decision), mark.working(), mark.computations());
    }

    private static String decisionFeedback(Mark mark, MarkChange decision) {
        return decision.feedback() == null ? mark.feedback() : decision.feedback();
    }

    private MarkChange latestDecision(String studentId, String questionId) throws SQLException {
        List<MarkChange> found = changes("student_id = ? AND question_id = ? AND kind <> 'regrade'",
                List.of(studentId, questionId));
        return found.isEmpty() ? null : found.get(found.size() - 1);
    }

    private Map<String, MarkChange> latestDecisions() throws SQLException {
        Map<String, MarkChange> latest = new HashMap<>();
        for (MarkChange change : changes("kind <> 'regrade'", List.of())) {
            latest.put(key(change.studentId(), change.questionId()), change);
        }
        return latest;
    }

    private List<MarkChange> changes(String where, List<Object> args) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, student_id, question_id, kind, old_marks, old_status, new_marks, new_status, answer,
                       feedback, by, at, why FROM mark_changes WHERE %s ORDER BY id""".formatted(where))) {
            bind(query, args.toArray());
            List<MarkChange> changes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    changes.add(new MarkChange(rows.getLong(1), rows.getString(2), rows.getString(3),
                            ChangeKind.fromWord(rows.getString(4)), rows.getDouble(5), status(rows.getString(6)),
                            rows.getDouble(7), status(rows.getString(8)), rows.getString(9), rows.getString(10),
                            rows.getString(11), rows.getString(12), rows.getString(13)));
                }
            }
            return changes;
        }
    }

    private void recordRegradeChanges(long scriptId, ScriptResult result, ScriptProvenance provenance) throws SQLException {
        Map<String, Mark> before = new HashMap<>();
        for (Mark mark : gradedMarks(scriptId)) before.put(mark.questionId(), mark);
        for (Mark now : result.marks()) {
            Mark old = before.get(now.questionId());
            if (old == null || (old.marks() == now.marks() && old.status() == now.status())) continue;
            insertChange(result.studentId(), now.questionId(), ChangeKind.REGRADE, old.marks(), old.status(),
                    now.marks(), now.status(), now.answer(), now.feedback(), "grader " + provenance.graderVersion(),
                    "regraded under rubric " + result.rubricSha256() + " (" + provenance.rubricPath() + "), rule " + now.rule());
        }
    }

    // ---- disputes

    private Optional<Long> openDisputeId(String studentId, String questionId) throws SQLException {
        List<Dispute> open = disputes("student_id = ? AND question_id = ? AND resolved_at IS NULL", List.of(studentId, questionId));
        return open.isEmpty() ? Optional.empty() : Optional.of(open.get(0).id());
    }

    private List<Dispute> disputes(String where, List<Object> args) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, student_id, question_id, opened_at, opened_by, reason, resolved_at, resolved_by, resolution, marks
                FROM disputes WHERE %s ORDER BY id""".formatted(where))) {
            bind(query, args.toArray());
            List<Dispute> disputes = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    double marks = rows.getDouble(10);
                    Double decided = rows.wasNull() ? null : marks;
                    disputes.add(new Dispute(rows.getLong(1), rows.getString(2), rows.getString(3), rows.getString(4),
                            rows.getString(5), rows.getString(6), rows.getString(7), rows.getString(8),
                            rows.getString(9), decided));
                }
            }
            return disputes;
        }
    }

    // ---- scripts, pages and marks rows

    /** A script row without its marks. */
    private record ScriptRow(long id, String studentId, String exam, Path source, String sourceSha256,
                             String rubricSha256, String rubricPath, String textJson) {
        ScriptResult toResult(List<Mark> marks) {
            return new ScriptResult(studentId, exam, source, sourceSha256, rubricSha256, marks);
        }
    }

    private List<ScriptRow> scriptRows(String where, List<Object> args) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT id, student_id, exam, source_path, source_sha256, rubric_sha256, rubric_path, script_text_json
                FROM scripts WHERE %s ORDER BY id""".formatted(where))) {
            bind(query, args.toArray());
            List<ScriptRow> scripts = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    scripts.add(new ScriptRow(rows.getLong(1), rows.getString(2), rows.getString(3),
                            Path.of(rows.getString(4)), rows.getString(5), rows.getString(6), rows.getString(7),
                            rows.getString(8)));
                }
            }
            return scripts;
        }
    }

    private Optional<StoredMark> storedMark(ScriptRow script, String questionId, MarkChange decision) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT question_id, status, marks, max_marks, answer, reference, confidence, evidence_json, rule,
                       feedback, working, computations_json, provenance_json
                FROM marks WHERE script_id = ? AND question_id = ?""")) {
            bind(query, script.id(), questionId);
            try (ResultSet rows = query.executeQuery()) {
                if (!rows.next()) return Optional.empty();
                Mark graded = mark(rows);
                return Optional.of(new StoredMark(script.id(), script.studentId(), script.exam(), script.source(),
                        script.sourceSha256(), graded, applyDecision(graded, decision),
                        ProvenanceRecord.fromJson(rows.getString(13)), decision));
            }
        }
    }

    private List<Mark> gradedMarks(long scriptId) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT question_id, status, marks, max_marks, answer, reference, confidence, evidence_json, rule,
                       feedback, working, computations_json FROM marks WHERE script_id = ? ORDER BY ord""")) {
            query.setLong(1, scriptId);
            List<Mark> marks = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) marks.add(mark(rows));
            }
            return marks;
        }
    }

    private static Mark mark(ResultSet rows) throws SQLException {
        return new Mark(rows.getString(1), status(rows.getString(2)), rows.getDouble(3), rows.getDouble(4),
                rows.getString(5), rows.getString(6), rows.getDouble(7), Json.read(rows.getString(8), Evidence.class),
                rows.getString(9), rows.getString(10), rows.getString(11), Json.read(rows.getString(12), COMPUTATIONS));
    }

    private List<String> questionIds(long scriptId) throws SQLException {
        return gradedMarks(scriptId).stream().map(Mark::questionId).toList();
    }

    private String knownStudentsHint() throws SQLException {
        List<String> students = new ArrayList<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("SELECT DISTINCT student_id FROM scripts ORDER BY student_id LIMIT 6")) {
            while (rows.next()) students.add(rows.getString(1));
        }
        if (students.isEmpty()) return " (the store has no scripts yet)";
        return " (students include " + String.join(", ", students.subList(0, Math.min(5, students.size())))
                + (students.size() > 5 ? ", ..." : "") + ")";
    }

    private Optional<Long> scriptId(String sourceSha256, Path source) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT id FROM scripts WHERE source_sha256 = ? AND source_path = ?")) {
            bind(query, sourceSha256, source.toString());
            try (ResultSet rows = query.executeQuery()) {
                return rows.next() ? Optional.of(rows.getLong(1)) : Optional.empty();
            }
        }
    }

    private long insertScript(long runId, ScriptResult result, ScriptText text, ScriptProvenance provenance,
                              String savedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO scripts(run_id, source_path, source_sha256, rubric_sha256, rubric_path, student_id, exam,
                                    grader_version, saved_at, mark_count, script_text_json, candidates_json)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?)""", Statement.RETURN_GENERATED_KEYS)) {
            bind(insert, runId, result.source().toString(), result.sourceSha256(), result.rubricSha256(),
                    provenance.rubricPath(), result.studentId(), result.exam(), provenance.graderVersion(), savedAt,
                    result.marks().size(), Json.write(text), Json.write(provenance.candidates()));
            insert.executeUpdate();
            return generatedId(insert);
        }
    }

    private void updateScript(long scriptId, long runId, ScriptResult result, ScriptText text,
                              ScriptProvenance provenance, String savedAt) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement("""
                UPDATE scripts SET run_id = ?, rubric_sha256 = ?, rubric_path = ?, student_id = ?, exam = ?,
                                   grader_version = ?, saved_at = ?, mark_count = ?, script_text_json = ?,
                                   candidates_json = ? WHERE id = ?""")) {
            bind(update, runId, result.rubricSha256(), provenance.rubricPath(), result.studentId(), result.exam(),
                    provenance.graderVersion(), savedAt, result.marks().size(), Json.write(text),
                    Json.write(provenance.candidates()), scriptId);
            update.executeUpdate();
        }
    }

    private void deleteMarksAndPages(long scriptId) throws SQLException {
        for (String table : List.of("marks", "pages")) {
            try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE script_id = ?")) {
                delete.setLong(1, scriptId);
                delete.executeUpdate();
            }
        }
    }

    private void insertPages(long scriptId, ScriptText text) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO pages(script_id, page, engine, image_sha256) VALUES (?,?,?,?)")) {
            for (PageText page : text.pages()) {
                bind(insert, scriptId, page.page(), page.engine(), page.imageSha256());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private void insertMarks(long scriptId, ScriptResult result, ScriptText text, ScriptProvenance provenance,
                             String savedAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO marks(script_id, ord, question_id, status, marks, max_marks, answer, reference, confidence,
                                  rule, feedback, working, evidence_json, computations_json, provenance_json)
                VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)""")) {
            int ord = 0;
            for (Mark mark : result.marks()) {
                ProvenanceRecord record = ProvenanceRecord.of(result, mark, text, provenance, savedAt);
                bind(insert, scriptId, ord++, mark.questionId(), mark.status().word(), mark.marks(), mark.maxMarks(),
                        mark.answer(), mark.reference(), mark.confidence(), mark.rule(), mark.feedback(),
                        mark.working(), Json.write(mark.evidence()), Json.write(mark.computations()), record.toJson());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    // ---- plumbing

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }

    private <T> T inTransaction(SqlWork<T> work) {
        try {
            T value = work.run();
            connection.commit();
            return value;
        } catch (SQLException e) {
            rollbackQuietly();
            throw new IllegalStateException(file + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    private void rollbackQuietly() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // the original failure is what the user needs to see
        }
    }

    private boolean exists(String sql, Object... args) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            bind(query, args);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }

    private static void bind(PreparedStatement statement, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) statement.setNull(i + 1, Types.NULL);
            else if (value instanceof Double d) statement.setDouble(i + 1, d);
            else if (value instanceof Integer n) statement.setInt(i + 1, n);
            else if (value instanceof Long n) statement.setLong(i + 1, n);
            else statement.setString(i + 1, value.toString());
        }
    }

    private static long generatedId(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            if (!keys.next()) throw new SQLException("no id generated");
            return keys.getLong(1);
        }
    }

    private static Status status(String word) {
        return Status.valueOf(word.toUpperCase(Locale.ROOT));
    }

    private static String key(String studentId, String questionId) {
        return studentId + "\u0000" + questionId;
    }

    static String now() {
        return Instant.now().truncatedTo(ChronoUnit.MILLIS).toString();
    }

    static String fmt(double marks) {
        return examgrader.extract.Values.format(marks);
    }

    private static void requireText(String value, String what) {
        if (value == null || value.isBlank()) throw new AuditException("missing " + what);
    }
}
