package examgrader.engine;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The registry op families add themselves to: each op is declared once with its description and
 * arguments, so the listing, the argument checks and the code cannot drift apart.
 */
final class OpTable {
    record Entry(OpInfo info, Op body) {}

    private final Map<String, Entry> entries = new LinkedHashMap<>();

    Builder op(String name, String description) {
        return new Builder(name, description);
    }

    Map<String, Entry> entries() {
        return entries;
    }

    final class Builder {
        private final String name;
        private final String description;
        private final List<ArgInfo> args = new ArrayList<>();

        private Builder(String name, String description) {
            this.name = name;
            this.description = description;
        }

        Builder req(String arg, String what) {
            args.add(new ArgInfo(arg, true, what));
            return this;
        }

        Builder opt(String arg, String what) {
            args.add(new ArgInfo(arg, false, what));
            return this;
        }

        void run(Op body) {
            if (entries.containsKey(name)) {
                throw new IllegalStateException("op registered twice: " + name);
            }
            entries.put(name, new Entry(new OpInfo(name, description, args), body));
        }
    }
}
