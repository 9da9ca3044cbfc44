package examgrader.report;

import examgrader.score.ScriptResult;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The file base name of each script's outputs ({@code results/<name>.json}, {@code reports/<name>.pdf}).
 *
 * <p>The name is the student id, made safe for a file system (anything but letters, digits, {@code . _ -}
 * becomes {@code _}). When two scripts claim the same student, both are kept: the second gets
 * {@code <id>__2}, the third {@code <id>__3}, in the order given.
 */
public final class ScriptFileNames {
    private ScriptFileNames() {}

    public static List<String> assign(List<ScriptResult> results) {
        Map<String, Integer> seen = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (ScriptResult result : results) {
            String base = safe(result.studentId());
            int count = seen.merge(base, 1, Integer::sum);
            names.add(count == 1 ? base : base + "__" + count);
        }
        return names;
    }

    static String safe(String studentId) {
        String cleaned = studentId == null ? "" : studentId.strip().replaceAll("[^A-Za-z0-9._-]", "_");
        if (cleaned.isEmpty()) return "unknown";
        if (cleaned.startsWith(".")) cleaned = "_" + cleaned.substring(1);
        return cleaned;
    }
}
