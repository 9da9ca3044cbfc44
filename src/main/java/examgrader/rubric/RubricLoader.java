package examgrader.rubric;

import examgrader.engine.Engine;
import examgrader.engine.ReferenceEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Loads a rubric file and validates it completely, so {@code grade} stops on a bad rubric before
 * any script is read. Every problem is reported as {@code file:line:column: message}.
 */
public final class RubricLoader {
    private RubricLoader() {}

    /** Reads and validates a rubric against the project's {@link ReferenceEngine}. */
    public static Rubric load(Path file) {
        return load(file, new ReferenceEngine());
    }

    /**
     * Reads, binds and validates a rubric against the engine.
     *
     * @throws RubricException with one line per error
     */
    public static Rubric load(Path file, Engine engine) {
        Rubric rubric = parse(file);
        List<String> errors = new RubricValidator(engine).validate(rubric);
        if (!errors.isEmpty()) throw new RubricException(errors);
        return rubric;
    }

    /** Reads and binds a rubric without running the engine (structure only). */
    public static Rubric parse(Path file) {
        YamlNode root = YamlReader.read(file);
        return new RubricBinder(file).bind(root, sha256(file));
    }

    static String sha256(Path file) {
        try {
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(md.digest(Files.readAllBytes(file)));
        } catch (IOException e) {
            throw new RubricException(SourcePos.of(file, 1, 1), "cannot read the rubric: " + e.getMessage());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
