package org.catalogchat.bench;

import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.catalogchat.catalog.Glossary;

/**
 * The developer tools that stay out of the production jar: {@code bench} and {@code generate}. Run them with
 * {@code scripts/bench.sh} (test classpath, a JVM of its own so heap and CPU figures are the tool's alone).
 *
 * <pre>{@code
 * scripts/bench.sh bench --catalog seeds --scale 1000,10000
 * scripts/bench.sh generate --entries 10000 --out /tmp/cat-10k
 * }</pre>
 */
public final class BenchMain {
    private static final Set<String> FLAGS = Set.of("catalog", "scale", "plot", "entries", "out", "index", "queries",
            "vectors-from", "reuse", "kinds");

    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        System.exit(run(args, System.out));
    }

    static int run(String[] args, PrintStream out) throws Exception {
        if (args.length == 0 || args[0].equals("--help")) {
            out.println("usage: scripts/bench.sh bench [--catalog PATH] [--scale 1000,10000] [--reuse yes] [--plot PNG]");
            out.println("       scripts/bench.sh generate --entries N --out DIR");
            out.println("       scripts/bench.sh recall --index DIR [--queries 400]   (HNSW recall@10 against brute force)");
            out.println("       scripts/bench.sh cheap-index --catalog PATH --out DIR --vectors-from INDEX_DIR");
            out.println("         (an index whose vectors are borrowed from another index: for latency, restart and heap only)");
            out.println("       scripts/bench.sh profile --index DIR [--queries 60] [--kinds FILTER,COUNT]   (open and per-kind times, in-process)");
            return args.length == 0 ? 2 : 0;
        }
        Map<String, String> flags = flags(args);
        return switch (args[0]) {
            case "bench" -> bench(flags, out);
            case "generate" -> generate(flags, out);
            case "recall" -> RecallStudy.run(Path.of(required(flags, "index")),
                    Integer.parseInt(flags.getOrDefault("queries", "400")), new AllMiniLmL6V2EmbeddingModel(), out);
            case "cheap-index" -> cheapIndex(flags, out);
            case "profile" -> new ScaleProfile(org.catalogchat.retrieval.MiniLm.load(), out)
                    .run(Path.of(required(flags, "index")), Integer.parseInt(flags.getOrDefault("queries", "60")),
                            ScaleProfile.kinds(flags.getOrDefault("kinds", "")));
            default -> throw new IllegalArgumentException("unknown tool '" + args[0] + "' (bench, generate, recall, cheap-index, profile)");
        };
    }

    private static int bench(Map<String, String> flags, PrintStream out) throws Exception {
        List<Integer> sizes = sizes(flags.getOrDefault("scale", ""));
        Path plot = Path.of(flags.getOrDefault("plot", "docs/performance-scale.png"));
        Path catalog = Path.of(flags.getOrDefault("catalog", Files.isDirectory(Path.of("seeds")) ? "seeds" : ""));
        var model = new AllMiniLmL6V2EmbeddingModel();
        var bench = new BenchCommand(model, Glossary.bundled(), out);
        if (!flags.containsKey("scale") || flags.containsKey("catalog")) bench.run(catalog);
        if (!sizes.isEmpty()) new ScaleStudy(bench, model, Glossary.bundled(), out, flags.containsKey("reuse")).run(sizes, plot);
        return 0;
    }

    private static int generate(Map<String, String> flags, PrintStream out) throws IOException {
        int entries = Integer.parseInt(required(flags, "entries"));
        Path dir = Path.of(required(flags, "out"));
        long t0 = System.nanoTime();
        var files = new CatalogGenerator(42).write(dir, entries);
        out.printf("wrote %d entries in %d files to %s in %.0f ms%n", entries, files.size(), dir, BenchCommand.ms(t0));
        return 0;
    }

    private static int cheapIndex(Map<String, String> flags, PrintStream out) throws IOException {
        var pooled = PooledVectors.from(Path.of(required(flags, "vectors-from")));
        out.printf("borrowing %d MiniLM vectors from %s%n", pooled.size(), flags.get("vectors-from"));
        long t0 = System.nanoTime();
        var index = new org.catalogchat.retrieval.PersistedIndex(Path.of(required(flags, "out")), Glossary.bundled(), pooled,
                org.catalogchat.retrieval.PersistedIndex.Settings.DEFAULT,
                org.catalogchat.retrieval.IndexProgress.forConsole(System.console() != null, System.err));
        var o = index.open(Path.of(required(flags, "catalog")));
        out.printf("cheap index %s: %d entries, %d chunks in %.1f s (no MiniLM: borrowed vectors)%n", o.generation(),
                o.catalog().size(), o.chunks(), (System.nanoTime() - t0) / 1e9);
        return 0;
    }

    private static String required(Map<String, String> flags, String name) {
        String v = flags.get(name);
        if (v == null) throw new IllegalArgumentException("needs --" + name);
        return v;
    }

    static Map<String, String> flags(String[] args) {
        var flags = new LinkedHashMap<String, String>();
        for (int i = 1; i < args.length; i++) {
            String name = args[i].startsWith("--") ? args[i].substring(2) : null;
            if (name == null || !FLAGS.contains(name) || i + 1 >= args.length) {
                throw new IllegalArgumentException("unexpected argument '" + args[i] + "'; flags: " + FLAGS);
            }
            flags.put(name, args[++i]);
        }
        return flags;
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
