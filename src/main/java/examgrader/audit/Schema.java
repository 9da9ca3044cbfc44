package examgrader.audit;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The store's tables and how an older store is brought up to date. The version lives in SQLite's
 * {@code user_version}; each migration moves it one step, inside a transaction.
 */
final class Schema {
    private Schema() {}

    /** Migration {@code i} takes a store from version {@code i} to {@code i + 1}. */
    private static final List<List<String>> MIGRATIONS = List.of(List.of(
            """
            CREATE TABLE runs (
              id INTEGER PRIMARY KEY,
              started_at TEXT NOT NULL,
              rubric_path TEXT,
              rubric_sha256 TEXT,
              grader_version TEXT,
              args TEXT)""",
            """
            CREATE TABLE scripts (
              id INTEGER PRIMARY KEY,
              run_id INTEGER NOT NULL REFERENCES runs(id),
              source_path TEXT NOT NULL,
              source_sha256 TEXT NOT NULL,
              rubric_sha256 TEXT NOT NULL,
              rubric_path TEXT,
              student_id TEXT NOT NULL,
              exam TEXT NOT NULL,
              grader_version TEXT,
              saved_at TEXT NOT NULL,
              mark_count INTEGER NOT NULL,
              script_text_json TEXT NOT NULL,
              candidates_json TEXT NOT NULL,
              UNIQUE (source_sha256, source_path))""",
            "CREATE INDEX scripts_student ON scripts(student_id)",
            """
            CREATE TABLE pages (
              script_id INTEGER NOT NULL REFERENCES scripts(id),
              page INTEGER NOT NULL,
              engine TEXT,
              image_sha256 TEXT,
              PRIMARY KEY (script_id, page))""",
            """
            CREATE TABLE marks (
              script_id INTEGER NOT NULL REFERENCES scripts(id),
              ord INTEGER NOT NULL,
              question_id TEXT NOT NULL,
              status TEXT NOT NULL,
              marks REAL NOT NULL,
              max_marks REAL NOT NULL,
              answer TEXT,
              reference TEXT,
              confidence REAL,
              rule TEXT,
              feedback TEXT,
              working TEXT,
              evidence_json TEXT NOT NULL,
              computations_json TEXT NOT NULL,
              provenance_json TEXT NOT NULL,
              PRIMARY KEY (script_id, question_id))""",
            """
            CREATE TABLE mark_changes (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              student_id TEXT NOT NULL,
              question_id TEXT NOT NULL,
              kind TEXT NOT NULL,
              old_marks REAL NOT NULL,
              old_status TEXT NOT NULL,
              new_marks REAL NOT NULL,
              new_status TEXT NOT NULL,
              answer TEXT,
              feedback TEXT,
              by TEXT NOT NULL,
              at TEXT NOT NULL,
              why TEXT NOT NULL)""",
            "CREATE INDEX mark_changes_student ON mark_changes(student_id, question_id)",
            """
            CREATE TRIGGER mark_changes_append_only_update BEFORE UPDATE ON mark_changes
            BEGIN SELECT RAISE(ABORT, 'mark_changes is append-only'); END""",
            """
            CREATE TRIGGER mark_changes_append_only_delete BEFORE DELETE ON mark_changes
            BEGIN SELECT RAISE(ABORT, 'mark_changes is append-only'); END""",
            """
            CREATE TABLE disputes (
              id INTEGER PRIMARY KEY AUTOINCREMENT,
              student_id TEXT NOT NULL,
              question_id TEXT NOT NULL,
              opened_at TEXT NOT NULL,
              opened_by TEXT NOT NULL,
              reason TEXT NOT NULL,
              resolved_at TEXT,
              resolved_by TEXT,
              resolution TEXT,
              marks REAL)"""));

    /** The schema version this grader writes. */
    static final int VERSION = MIGRATIONS.size();

    static void migrate(Connection connection, String where) throws SQLException {
        int version = version(connection);
        if (version > VERSION) {
            throw new AuditException(where + ": written by a newer grader (schema " + version
                    + ", this grader knows up to " + VERSION + "); use that grader or a newer one");
        }
        for (int step = version; step < VERSION; step++) {
            try (Statement statement = connection.createStatement()) {
                for (String sql : MIGRATIONS.get(step)) {
                    statement.execute(sql);
                }
                statement.execute("PRAGMA user_version = " + (step + 1));
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        }
    }

    static int version(Connection connection) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery("PRAGMA user_version")) {
            return rows.next() ? rows.getInt(1) : 0;
        }
    }
}
