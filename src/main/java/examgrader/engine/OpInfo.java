package examgrader.engine;

import java.util.List;
import java.util.Optional;

/**
 * The description of one engine op: what it computes and which arguments it takes. Used to list ops
 * for rubric authors and to check a rubric's {@code compute:} blocks before grading starts.
 *
 * @param name        registered name, e.g. {@code conv.output_size}
 * @param description one line saying what the op computes
 * @param args        the accepted arguments, required ones first
 */
public record OpInfo(String name, String description, List<ArgInfo> args) {
    public OpInfo {
        args = List.copyOf(args);
    }

    public Optional<ArgInfo> arg(String argName) {
        return args.stream().filter(a -> a.name().equals(argName)).findFirst();
    }

    public List<String> requiredArgs() {
        return args.stream().filter(ArgInfo::required).map(ArgInfo::name).toList();
    }

    public List<String> argNames() {
        return args.stream().map(ArgInfo::name).toList();
    }
}
