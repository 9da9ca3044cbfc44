package examgrader.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Compares what {@code grader grade} wrote in {@code results/*.json} with the expected marks that
 * came with the scripts ({@code file,student_id,question_id,marks,status}), and lists every
 * disagreement in words, so a failing test says which script and question went wrong.
 */
final class ExpectedMarks {
    record Expected(String file, String studentId, String questionId, double marks, String status) {}

    record Got(String studentId, String status, double marks, String answer, String evidence) {}

    private ExpectedMarks() {}

    static List<Expected> read(Path csv) throws IOException {
        List<Expected> rows = new ArrayList<>();
        List<String> lines = Files.readAllLines(csv);
        for (String line : lines.subList(1, lines.size())) {
            if (line.isBlank()) continue;
            String[] f = line.split(",", -1);
            rows.add(new Expected(f[0], f[1], f[2], Double.parseDouble(f[3]), f[4]));
        }
        return rows;
    }

    /** Results by source file name, then question id. */
    static Map<String, Map<String, Got>> results(Path examOut) throws IOException {
        ObjectMapper json = new ObjectMapper();
        Map<String, Map<String, Got>> byFile = new HashMap<>();
        try (Stream<Path> files = Files.list(examOut.resolve("results"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).toList()) {
                JsonNode script = json.readTree(f.toFile());
                Map<String, Got> questions = new HashMap<>();
                for (JsonNode q : script.get("questions")) {
                    questions.put(q.get("id").asText(), new Got(script.get("student_id").asText(),
                            q.get("status").asText(), q.get("marks").asDouble(), q.path("answer").asText(),
                            q.path("evidence").path("text").asText()));
                }
                byFile.put(Path.of(script.get("source").asText()).getFileName().toString(), questions);
            }
        }
        return byFile;
    }

    /**
     * Disagreements for the scripts of one form: file names ending {@code -<form>.<any extension>}.
     *
     * @param reviewAllowed true where an uncertain read may go to a person (review, or a hand-marked
     *                      question left out shown as waiting for its marker): then only a mark that
     *                      counts (graded or blank) must be right
     */
    static List<String> disagreements(List<Expected> expected, Map<String, Map<String, Got>> got, String form,
                                      boolean reviewAllowed) {
        List<String> wrong = new ArrayList<>();
        for (Expected e : expected) {
            if (!isForm(e.file(), form)) continue;
            Map<String, Got> script = got.get(e.file());
            if (script == null) {
                wrong.add(e.file() + ": no results");
                continue;
            }
            Got g = script.get(e.questionId());
            boolean personLooks = g.status().equals("review") || g.status().equals("manual") && e.status().equals("blank");
            if (reviewAllowed && personLooks) continue;
            boolean same = g.status().equals(e.status()) && Math.abs(g.marks() - e.marks()) < 0.005;
            if (!same) {
                wrong.add(String.format("%s %s: expected %s %.3f, got %s %.3f (answer '%s', read from '%s')", e.file(),
                        e.questionId(), e.status(), e.marks(), g.status(), g.marks(), g.answer(), g.evidence()));
            }
        }
        return wrong;
    }

    /**
     * The share of the form's questions that got exactly the expected status and marks without a
     * person having to look (review counts as not agreeing).
     */
    static double agreement(List<Expected> expected, Map<String, Map<String, Got>> got, String form) {
        int total = 0, right = 0;
        for (Expected e : expected) {
            if (!isForm(e.file(), form)) continue;
            total++;
            Got g = got.getOrDefault(e.file(), Map.of()).get(e.questionId());
            if (g != null && g.status().equals(e.status()) && Math.abs(g.marks() - e.marks()) < 0.005) right++;
        }
        if (total == 0) throw new AssertionError("no expected marks for form " + form);
        return (double) right / total;
    }

    /** Student numbers that were not read from the script as expected. */
    static List<String> wrongStudentIds(List<Expected> expected, Map<String, Map<String, Got>> got, String form) {
        List<String> wrong = new ArrayList<>();
        for (Expected e : expected) {
            if (!isForm(e.file(), form) || !got.containsKey(e.file())) continue;
            String read = got.get(e.file()).values().iterator().next().studentId();
            if (!read.equals(e.studentId()) && !wrong.contains(e.file())) {
                wrong.add(e.file() + ": student id read as " + read + ", written " + e.studentId());
            }
        }
        return wrong;
    }

    private static boolean isForm(String file, String form) {
        int dot = file.lastIndexOf('.');
        return dot > 0 && file.substring(0, dot).endsWith("-" + form);
    }
}
