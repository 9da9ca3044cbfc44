package examgrader.audit;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;

/**
 * The audit trail as files people can open without SQLite: {@code DIR/audit/mark_changes.csv}
 * and {@code DIR/audit/disputes.csv}, rewritten from the store after every change (the store
 * stays the record; these are exports of it). Each file is replaced whole, never half-written.
 */
public final class AuditExport {
    private AuditExport() {}

    public static final List<String> CHANGES_HEADER = List.of("id", "at", "student_id", "question_id", "kind",
            "old_marks", "old_status", "new_marks", "new_status", "answer", "by", "why");
    public static final List<String> DISPUTES_HEADER = List.of("id", "student_id", "question_id", "opened_at",
            "opened_by", "reason", "resolved_at", "resolved_by", "resolution", "marks");

    public static void write(Store store, Path outDir) {
        StringBuilder changes = new StringBuilder(Csv.line(CHANGES_HEADER));
        for (MarkChange c : store.allChanges()) {
            changes.append(Csv.line(List.of(String.valueOf(c.id()), c.at(), c.studentId(), c.questionId(), c.kind().word(),
                    Store.fmt(c.oldMarks()), c.oldStatus().word(), Store.fmt(c.newMarks()), c.newStatus().word(),
                    c.answer() == null ? "" : c.answer(), c.by(), c.why())));
        }
        StringBuilder disputes = new StringBuilder(Csv.line(DISPUTES_HEADER));
        for (Dispute d : store.allDisputes()) {
            disputes.append(Csv.line(java.util.Arrays.asList(String.valueOf(d.id()), d.studentId(), d.questionId(),
                    d.openedAt(), d.openedBy(), d.reason(), d.resolvedAt(), d.resolvedBy(), d.resolution(),
                    d.marks() == null ? "" : Store.fmt(d.marks()))));
        }
        Path dir = outDir.resolve("audit");
        try {
            Files.createDirectories(dir);
            replace(dir.resolve("mark_changes.csv"), changes.toString());
            replace(dir.resolve("disputes.csv"), disputes.toString());
        } catch (IOException e) {
            throw new AuditException(dir + ": cannot write the audit trail export: " + e.getMessage());
        }
    }

    private static void replace(Path file, String text) throws IOException {
        Path temp = file.resolveSibling(file.getFileName() + ".tmp");
        Files.writeString(temp, text, StandardCharsets.UTF_8);
        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
