package org.catalogchat.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.catalogchat.catalog.Glossary;

/**
 * The {@code bench} and {@code generate} commands, as {@code Main} dispatches them.
 *
 * <pre>{@code
 * Commands.generate(10_000, Path.of("/tmp/cat-10k"), System.out); // generate --entries 10000 --out /tmp/cat-10k
 * }</pre>
 */
public final class Commands {
    private Commands() {
    }

    /** @param scale the {@code --scale} list, e.g. "1000,10000", or "" for none */
    public static int bench(Path catalog, EmbeddingModel model, String scale, Path plot, PrintStream out) {
        List<Integer> sizes = sizes(scale);
        try {
            var bench = new BenchCommand(model, Glossary.bundled(), out);
            bench.run(catalog);
            if (!sizes.isEmpty()) new ScaleStudy(bench, model, Glossary.bundled(), out).run(sizes, plot);
            return 0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (Exception e) {
            throw new IllegalStateException("bench failed: " + e, e);
        }
    }

    public static int generate(int entries, Path dir, PrintStream out) {
        try {
            long t0 = System.nanoTime();
            var files = new CatalogGenerator(42).write(dir, entries);
            out.printf("wrote %d entries in %d files to %s in %.0f ms%n", entries, files.size(), dir, BenchCommand.ms(t0));
            return 0;
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write " + dir + ": " + e.getMessage());
        }
    }

    static List<Integer> sizes(String list) {
        var out = new ArrayList<Integer>();
        for (String s : list.split(",")) {
            if (s.isBlank()) continue;
            try {
                int n = Integer.parseInt(s.strip().replace("_", "").replace("k", "000"));
                if (n < 1) throw new NumberFormatException();
                out.add(n);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("--scale takes entry counts like 1000,10000, not '" + s + "'");
            }
        }
        return out;
    }
}
