package examgrader.cli;

import examgrader.Outputs;
import examgrader.audit.AuditExport;
import examgrader.audit.Store;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;

/**
 * After a person changes marks, every file made from the store (the audit CSVs, results, gradebooks,
 * reports, summary) is rewritten at once, so no export shows a mark the store no longer holds.
 */
final class PublishedChanges {
    private PublishedChanges() {}

    static void publish(Store store, Path outDir, CommandSpec spec) {
        AuditExport.write(store, outDir);
        Outputs.refresh(outDir, true).forEach(n -> spec.commandLine().getErr().println("grader: " + n));
    }
}
