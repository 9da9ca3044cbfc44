package examgrader.rubric;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Reads a rubric file into {@link YamlNode}s, refusing what would make a rubric silently differ from
 * what its author sees: aliases (Jackson would read them as plain strings), duplicate keys
 * (last-wins by default), and files too large or too deeply nested to be a marking scheme.
 */
final class YamlReader {
    static final long MAX_BYTES = 1_000_000;
    static final int MAX_DEPTH = 24;
    static final int MAX_NODES = 100_000;

    private final Path file;
    private YAMLParser parser;
    private int nodes;

    private YamlReader(Path file) {
        this.file = file;
    }

    static YamlNode read(Path file) {
        return new YamlReader(file).readDocument();
    }

    private YamlNode readDocument() {
        SourcePos start = SourcePos.of(file, 1, 1);
        long size;
        try {
            size = Files.size(file);
        } catch (IOException e) {
            throw new RubricException(start, "cannot read the rubric: " + describe(e));
        }
        if (size > MAX_BYTES) {
            throw new RubricException(start, "rubric file is " + size + " bytes; the limit is " + MAX_BYTES);
        }
        LoaderOptions options = new LoaderOptions();
        options.setAllowDuplicateKeys(true); // detected by readMap, at the key's own position
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 2);
        options.setCodePointLimit((int) MAX_BYTES);
        YAMLFactory factory = YAMLFactory.builder().loaderOptions(options).build();
        try (YAMLParser p = factory.createParser(file.toFile())) {
            parser = p;
            JsonToken first = next();
            if (first == null) {
                throw new RubricException(start, "the rubric file is empty");
            }
            YamlNode root = readNode(first, 0);
            if (next() != null) {
                throw new RubricException(here(), "only one YAML document is allowed in a rubric");
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation loc = e.getLocation();
            SourcePos at = loc == null ? start : SourcePos.of(file, loc.getLineNr(), loc.getColumnNr());
            throw new RubricException(at, "YAML syntax: " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new RubricException(start, "cannot read the rubric: " + describe(e));
        }
    }

    private JsonToken next() throws IOException {
        JsonToken t = parser.nextToken();
        if (t != null && parser.isCurrentAlias()) {
            throw new RubricException(here(), "YAML aliases (*name) are not allowed in a rubric; write the value out");
        }
        if (t != null && parser.getObjectId() != null) {
            throw new RubricException(here(), "YAML anchors (&" + parser.getObjectId()
                    + ") are not allowed in a rubric; write each value out");
        }
        if (t != null && ++nodes > MAX_NODES) {
            throw new RubricException(here(), "rubric has more than " + MAX_NODES + " YAML nodes");
        }
        return t;
    }

    private YamlNode readNode(JsonToken t, int depth) throws IOException {
        SourcePos at = here();
        if (depth > MAX_DEPTH) {
            throw new RubricException(at, "nesting deeper than " + MAX_DEPTH + " levels");
        }
        switch (t) {
            case START_OBJECT:
                return readMap(at, depth);
            case START_ARRAY:
                List<YamlNode> items = new ArrayList<>();
                for (JsonToken n = next(); n != JsonToken.END_ARRAY; n = next()) {
                    items.add(readNode(n, depth + 1));
                }
                return new YamlNode.Seq(items, at);
            case VALUE_NULL:
                return new YamlNode.Scalar("", false, true, at);
            case VALUE_STRING:
                return new YamlNode.Scalar(parser.getText(), true, false, at);
            default:
                return new YamlNode.Scalar(parser.getText(), false, false, at);
        }
    }

    private YamlNode readMap(SourcePos at, int depth) throws IOException {
        LinkedHashMap<String, YamlNode> entries = new LinkedHashMap<>();
        Map<String, SourcePos> keyPos = new HashMap<>();
        for (JsonToken n = next(); n != JsonToken.END_OBJECT; n = next()) {
            String key = parser.currentName();
            SourcePos kp = here();
            if (entries.containsKey(key)) {
                throw new RubricException(kp, "duplicate key '" + key + "' (first at line "
                        + keyPos.get(key).line() + ")");
            }
            YamlNode value = readNode(next(), depth + 1);
            entries.put(key, value);
            keyPos.put(key, kp);
        }
        return new YamlNode.MapNode(entries, keyPos, at);
    }

    private SourcePos here() {
        JsonLocation loc = parser.currentTokenLocation();
        return SourcePos.of(file, loc.getLineNr(), loc.getColumnNr());
    }

    private static String firstLine(String s) {
        if (s == null) return "unreadable YAML";
        int nl = s.indexOf('\n');
        return (nl < 0 ? s : s.substring(0, nl)).trim();
    }

    private static String describe(IOException e) {
        return e.getClass().getSimpleName().replace("Exception", "") + " " + e.getMessage();
    }
}
