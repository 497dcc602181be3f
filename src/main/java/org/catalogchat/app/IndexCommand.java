package org.catalogchat.app;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.retrieval.IndexProgress;
import org.catalogchat.retrieval.PersistedIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code index --catalog PATH --out DIR}: builds (or updates) the persisted index once, for replicas that serve it
 * with {@code serve --index-dir DIR --read-only}. An interrupted run resumes where it stopped.
 */
@Command(name = "index", description = "build or update the persisted index once, for read-only replicas", sortOptions = false)
final class IndexCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;
    @Mixin
    CatalogOption catalog = new CatalogOption();
    @Option(names = "--out", paramLabel = "DIR", description = "the index folder to build (default: the one beside the catalog)")
    Path out;
    @Mixin
    HelpOption help = new HelpOption();

    private final PrintStream stdout;

    IndexCommand(PrintStream stdout) {
        this.stdout = stdout;
    }

    @Override
    public Integer call() {
        Path catalogPath = catalog.path();
        Path dir = out != null ? out : PersistedIndex.besideCatalog(catalogPath);
        long start = System.nanoTime();
        var index = new PersistedIndex(dir, Glossary.bundled(), Main.embeddingModel(), PersistedIndex.Settings.DEFAULT,
                IndexProgress.forConsole(System.console() != null, System.err));
        PersistedIndex.Opened o = index.open(catalogPath);
        double seconds = (System.nanoTime() - start) / 1e9;
        stdout.printf(java.util.Locale.ROOT, "index %s: %d entries, %d chunks, %d embedded, %s in %.1f s%n", o.generation(),
                o.catalog().size(), o.chunks(), o.embedded(), o.rebuilt() ? "built" : "already up to date", seconds);
        if (o.embedded() > 0) {
            stdout.printf(java.util.Locale.ROOT, "%.1f entries/s, %.1f chunks embedded/s%n", o.catalog().size() / seconds,
                    o.embedded() / seconds);
        }
        return 0;
    }
}
