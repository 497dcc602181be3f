package org.catalogchat.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code generate --entries N --out DIR}: a synthetic catalog of any size. */
@Command(name = "generate", description = "write a synthetic catalog: generate --entries N --out DIR", sortOptions = false)
final class GenerateRun implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Option(names = "--entries", paramLabel = "N", description = "how many synthetic entries to write")
    Integer entries;
    @Option(names = "--out", paramLabel = "DIR", description = "folder to write the synthetic catalog into")
    Path out;
    @Mixin
    HelpOption help = new HelpOption();

    private final PrintStream stdout;

    GenerateRun(PrintStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        if (entries == null) throw new ParameterException(spec.commandLine(), "generate needs --entries N (1 to 10000000)");
        int n = Ranges.check(spec, "--entries", entries, 0, 1, 10_000_000);
        if (out == null) throw new ParameterException(spec.commandLine(), "generate needs --out DIR");
        return org.catalogchat.bench.Commands.generate(n, out, stdout);
    }
}
