package org.catalogchat.app;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * The option list of {@code --help}, one line an option with the environment variable it reads, and the same as
 * the Markdown table in docs/operations.md. Picocli's default list has no place for the variable.
 */
final class OptionList {
    private OptionList() {
    }

    static String text(CommandSpec spec) {
        var sb = new StringBuilder();
        for (OptionSpec o : spec.options()) {
            if (o.hidden()) continue;
            String left = "  " + String.join(", ", o.names()) + label(o);
            String env = EnvironmentDefaults.configurable(o) ? " [" + EnvironmentDefaults.variables(o) + "]" : "";
            sb.append(String.format("%-36s %s%s%n", left, String.join(" ", o.description()), env));
        }
        return sb.toString();
    }

    private static String label(OptionSpec o) {
        return o.arity().max() > 0 ? " " + o.paramLabel() : "";
    }

    /** Every option of every command once: option, environment variable, commands, meaning. */
    static String markdown(CommandLine root) {
        Map<String, OptionSpec> options = new LinkedHashMap<>();
        Map<String, List<String>> commands = new LinkedHashMap<>();
        for (CommandLine sub : root.getSubcommands().values()) {
            for (OptionSpec o : sub.getCommandSpec().options()) {
                if (o.hidden() || !EnvironmentDefaults.configurable(o)) continue;
                options.putIfAbsent(o.longestName(), o);
                commands.computeIfAbsent(o.longestName(), k -> new ArrayList<>()).add(sub.getCommandName());
            }
        }
        var sb = new StringBuilder("| option | environment | commands | meaning |\n| --- | --- | --- | --- |\n");
        options.forEach((name, o) -> sb.append("| `").append(name).append(label(o)).append("` | `")
                .append(EnvironmentDefaults.variables(o).replace(", ", "`, `")).append("` | ")
                .append(String.join(", ", commands.get(name))).append(" | ")
                .append(String.join(" ", o.description()).replace("|", "\\|")).append(" |\n"));
        return sb.toString();
    }
}
