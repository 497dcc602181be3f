package org.catalogchat.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.javalin.Javalin;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.TreeMap;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.answer.Conversations;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.retrieval.PersistedEmbeddings;
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.ServerLimits;

/**
 * The growth curve: for each size, a synthetic catalog is generated, indexed from scratch (every chunk embedded),
 * measured (heap after GC, {@code /api/ask} p50/p99 for new questions), then reloaded from its persisted index,
 * in-process and as a fresh {@code java -jar} to a healthy {@code /health}. Rows are kept in a TSV beside the
 * plot and merged by size, so sizes measured in separate runs land on one curve.
 *
 * <pre>{@code
 * new ScaleStudy(bench, model, Glossary.bundled(), System.out).run(List.of(1000, 10000), Path.of("docs/performance-scale.png"));
 * }</pre>
 */
final class ScaleStudy {
    /** One size's measurements; restartJarS is negative when the jar was not available. */
    record Row(int entries, int chunks, double buildS, double heapMb, double p50Ms, double p99Ms, double reloadS,
               double restartJarS) {
        String tsv() {
            return String.format(Locale.ROOT, "%d\t%d\t%.2f\t%.0f\t%.2f\t%.2f\t%.2f\t%.2f", entries, chunks, buildS,
                    heapMb, p50Ms, p99Ms, reloadS, restartJarS);
        }

        static Row parse(String line) {
            String[] f = line.split("\t");
            return new Row(Integer.parseInt(f[0]), Integer.parseInt(f[1]), Double.parseDouble(f[2]),
                    Double.parseDouble(f[3]), Double.parseDouble(f[4]), Double.parseDouble(f[5]),
                    Double.parseDouble(f[6]), Double.parseDouble(f[7]));
        }
    }

    static final String HEADER = "entries\tchunks\tbuild_s\theap_mb\task_p50_ms\task_p99_ms\treload_s\trestart_jar_s";

    private final BenchCommand bench;
    private final EmbeddingModel model;
    private final Glossary glossary;
    private final PrintStream out;

    ScaleStudy(BenchCommand bench, EmbeddingModel model, Glossary glossary, PrintStream out) {
        this.bench = bench;
        this.model = model;
        this.glossary = glossary;
        this.out = out;
    }

    void run(List<Integer> sizes, Path plot) throws Exception {
        out.println();
        out.println("scale study (synthetic catalogs; build = every chunk embedded; reload/restart = persisted index):");
        out.println("  entries   chunks   build s   heap MB   ask p50 ms   ask p99 ms   reload s   restart jar s");
        Path tsv = plot.resolveSibling(plot.getFileName().toString().replaceFirst("\\.png$", "") + ".tsv");
        var rows = read(tsv);
        for (int n : sizes) {
            Row r = measure(n);
            out.printf(Locale.ROOT, "  %7d %8d %9.1f %9.0f %12.2f %12.2f %10.2f %15.2f%n", r.entries(), r.chunks(),
                    r.buildS(), r.heapMb(), r.p50Ms(), r.p99Ms(), r.reloadS(), r.restartJarS());
            rows.put(n, r);
            write(tsv, rows);
            new ScalePlot().write(new ArrayList<>(rows.values()), plot);
        }
        out.println("  rows kept in " + tsv + "; curve drawn to " + plot);
    }

    private Row measure(int n) throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "catalog-chat-scale-" + n);
        if (Files.isDirectory(dir)) {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) Files.delete(p);
            }
        }
        new CatalogGenerator(42).write(dir, n);
        Files.deleteIfExists(dir.resolve(PersistedEmbeddings.FOLDER_FILE)); // a cold build, every chunk embedded
        Runtime rt = Runtime.getRuntime();
        gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Engine engine = Engine.load(dir, glossary, model);
        double build = (System.nanoTime() - t0) / 1e9;
        gc();
        double heap = (rt.totalMemory() - rt.freeMemory() - before) / 1048576.0;
        int chunks = engine.retriever().vectors().segmentCount();

        List<String> questions = bench.questions(engine.catalog());
        var chat = new ChatService(engine, new Conversations(6, 10_000, Duration.ofMinutes(10), Clock.systemUTC()));
        Javalin app = new HttpServer(chat, ServerLimits.DEFAULT).start(0);
        HttpLoad.Result ask;
        try {
            var load = new HttpLoad(URI.create("http://127.0.0.1:" + app.port()));
            int q = questions.size();
            load.run(1, 40, Duration.ofSeconds(60), i -> questions.get(i % q) + " warm " + i);
            ask = load.run(1, 150, Duration.ofSeconds(60), i -> questions.get(i % q) + " #" + i);
        } finally {
            app.stop();
        }
        engine = null;
        chat = null;
        gc();
        long t1 = System.nanoTime();
        Engine reloaded = Engine.load(dir, glossary, model);
        double reload = (System.nanoTime() - t1) / 1e9;
        if (reloaded.retriever().vectors().embeddedCount() != 0) {
            out.println("  warning: reload embedded " + reloaded.retriever().vectors().embeddedCount() + " chunks");
        }
        reloaded = null;
        gc();
        Path jar = BenchCommand.ownJar();
        double restart = jar == null ? -1 : bench.startToHealthy(jar, dir, List.of("--catalog", dir.toString())).seconds();
        return new Row(n, chunks, build, heap, ask.latencies().medianMs(), ask.latencies().p99Ms(), reload, restart);
    }

    private static void gc() throws InterruptedException {
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
    }

    private static TreeMap<Integer, Row> read(Path tsv) throws IOException {
        var rows = new TreeMap<Integer, Row>();
        if (!Files.exists(tsv)) return rows;
        for (String line : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            if (line.isBlank() || line.startsWith("entries")) continue;
            Row r = Row.parse(line);
            rows.put(r.entries(), r);
        }
        return rows;
    }

    private static void write(Path tsv, TreeMap<Integer, Row> rows) throws IOException {
        if (tsv.getParent() != null) Files.createDirectories(tsv.getParent());
        var lines = new ArrayList<String>();
        lines.add(HEADER);
        rows.values().forEach(r -> lines.add(r.tsv()));
        Files.write(tsv, lines, StandardCharsets.UTF_8);
    }
}
