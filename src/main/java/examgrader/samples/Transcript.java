package examgrader.samples;

import java.util.ArrayList;
import java.util.List;

/**
 * A script as a TA or the student would type it up: Markdown, the first header line as a title,
 * each answer line as its own paragraph (Markdown joins adjacent lines otherwise).
 */
final class Transcript {
    private Transcript() {}

    static List<String> markdown(ScriptContent content) {
        List<String> out = new ArrayList<>();
        List<String> header = content.header();
        out.add("# " + header.get(0));
        out.add("");
        for (String line : header.subList(1, header.size())) {
            out.add(line);
            out.add("");
        }
        for (List<String> block : content.blocks()) {
            for (String line : block) {
                out.add(line.strip());
                out.add("");
            }
        }
        return out;
    }
}
