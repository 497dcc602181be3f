package org.catalogchat.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code bench}: latency, throughput and cold start against the textbook baseline. */
@Command(name = "bench", description = "measure latency, throughput and cold start against the textbook baseline",
        sortOptions = false)
final class BenchRun implements Callable<Integer> {
    @Mixin
    CatalogOption catalog = new CatalogOption();
    @Option(names = "--scale", paramLabel = "SIZES",
            description = "also build synthetic catalogs of these sizes, e.g. 1000,10000")
    String scale;
    @Option(names = "--plot", paramLabel = "PNG",
            description = "with --scale: where to draw the curve (default docs/performance-scale.png)")
    Path plot;
    @Mixin
    HelpOption help = new HelpOption();

    private final PrintStream out;

    BenchRun(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        return org.catalogchat.bench.Commands.bench(catalog.path(), Main.embeddingModel(), scale == null ? "" : scale,
                plot == null ? Path.of("docs/performance-scale.png") : plot, out);
    }
}
