package examgrader.rubric;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * An exam's marking scheme as the grader applies it.
 *
 * <p>Contract kept stable for the other stages: accessors {@code exam, studentId, questions} and
 * the factory {@link #of}.
 *
 * @param exam      the exam id, e.g. {@code cs60010-ct3-2021}
 * @param studentId the pattern of the student number written on the script
 * @param questions the questions in rubric order (the gradebook's column order)
 * @param title     the exam's name for people
 * @param total     the stated total marks (checked against the questions' marks)
 * @param params    default parameters that {@code $name} arguments refer to
 * @param variants  per-student parameter sets by variant code, each laid over {@code params}
 * @param file      the rubric file it was loaded from (null when built in code)
 * @param sha256    SHA-256 of that file, recorded with every mark (empty when built in code)
 */
public record Rubric(String exam, Pattern studentId, List<Question> questions, String title, double total,
                     Map<String, Object> params, Map<String, Map<String, Object>> variants, Path file,
                     String sha256) {
    public Rubric {
        questions = List.copyOf(questions);
        params = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(params));
        Map<String, Map<String, Object>> copy = new LinkedHashMap<>();
        variants.forEach((k, v) -> copy.put(k, java.util.Collections.unmodifiableMap(new LinkedHashMap<>(v))));
        variants = java.util.Collections.unmodifiableMap(copy);
        title = title == null ? "" : title;
        sha256 = sha256 == null ? "" : sha256;
    }

    public static Rubric of(String exam, Pattern studentId, List<Question> questions) {
        double total = questions.stream().mapToDouble(Question::marks).sum();
        return new Rubric(exam, studentId, questions, "", total, Map.of(), Map.of(), null, "");
    }

    public Optional<Question> question(String id) {
        return questions.stream().filter(q -> q.id().equals(id)).findFirst();
    }

    /**
     * The parameters for one variant: the defaults with the variant's values laid over them. A null
     * or empty variant means the defaults.
     *
     * @throws IllegalArgumentException for a variant the rubric does not define
     */
    public Map<String, Object> paramsFor(String variant) {
        Map<String, Object> out = new LinkedHashMap<>(params);
        if (variant == null || variant.isEmpty()) return out;
        Map<String, Object> v = variants.get(variant);
        if (v == null) {
            throw new IllegalArgumentException("variant '" + variant + "' is not defined in the rubric (defined: "
                    + String.join(", ", variants.keySet()) + ")");
        }
        out.putAll(v);
        return out;
    }

    /** Display name of the rubric file for messages, or the exam id when built in code. */
    public String source() {
        return file == null ? exam : file.toString();
    }
}
