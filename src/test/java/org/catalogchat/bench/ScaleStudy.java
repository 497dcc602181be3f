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
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.ServerLimits;

/**
 * The growth curve: for each size, a synthetic catalog is generated, indexed from scratch (every chunk embedded; or,
 * with {@code --reuse}, the index already beside it is mapped), measured (heap after GC, {@code /api/ask} p50/p99 for
 * new questions of each kind), then reopened from its persisted index, in-process and as a fresh {@code java -jar}
 * (and as a read-only replica) to a healthy {@code /health}. Rows are kept in a TSV beside the
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

    private final boolean reuse;
    private final java.util.Map<Integer, java.util.Map<Kind, HttpLoad.Result>> kindRows = new java.util.HashMap<>();

    /** @param reuse measure on the index already beside a size's catalog when there is one, instead of building anew */
    ScaleStudy(BenchCommand bench, EmbeddingModel model, Glossary glossary, PrintStream out, boolean reuse) {
        this.reuse = reuse;
        this.bench = bench;
        this.model = model;
        this.glossary = glossary;
        this.out = out;
    }

    void run(List<Integer> sizes, Path plot) throws Exception {
        out.println();
        out.println("scale study (synthetic catalogs; build = every chunk embedded; reload/restart = persisted index):");
        out.println("  (ask p50/p99 = the slowest of the named, filter, count and vector question kinds and of /api/search, new questions, 1 client)");
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

    /**
     * The question kinds timed apart: the vector kind is the one the in-memory store made slow at scale; SEARCH is
     * {@code GET /api/search} (hybrid retrieval alone) with free text like the vector kind's.
     */
    enum Kind { NAMED, FILTER, COUNT, VECTOR, SEARCH }

    /**
     * Questions of one kind, each never asked before (no answer cache, no embedding cache): {@code i} picks it.
     * VECTOR questions are free-text topics (an entry's own opening words, which no name or facet matches), so
     * they embed the question and search the vector store.
     */
    static java.util.function.IntFunction<String> questions(Kind kind, List<org.catalogchat.catalog.Dataset> ds,
                                                           Glossary glossary) {
        var topics = glossary.topics();
        int n = ds.size();
        return switch (kind) {
            case NAMED -> i -> {
                var d = ds.get((int) ((i * 7919L) % n));
                String alias = d.aliases().isEmpty() ? d.name() : d.aliases().get(0);
                return i % 2 == 0 ? "Who released " + alias + "?" : d.name() + "是什么时候发布的？";
            };
            case FILTER -> i -> {
                var t = topics.get(i % topics.size());
                int year = 2015 + i % 10;
                return i % 2 == 0 ? "Which " + t.english() + " datasets were released in " + year + "?"
                        : year + "年发布了哪些" + t.chinese() + "数据集？";
            };
            case COUNT -> i -> {
                var t = topics.get(i % topics.size());
                return i % 2 == 0 ? "How many " + t.english() + " datasets are there from " + (2015 + i % 10) + "?"
                        : (2015 + i % 10) + "年有多少个" + t.chinese() + "数据集？";
            };
            case SEARCH -> i -> questions(Kind.VECTOR, ds, glossary).apply(7_000_000 + i).substring("datasets like: ".length());
            case VECTOR -> i -> {
                String text = ds.get((int) ((i * 104729L + 13) % n)).description();
                int from = Math.min(text.length(), 10 + i % 20);
                return "datasets like: " + text.substring(from, Math.min(text.length(), from + 40));
            };
        };
    }

    private Row measure(int n) throws Exception {
        Path dir = Path.of(System.getProperty("java.io.tmpdir"), "catalog-chat-scale-" + n);
        Path index = org.catalogchat.retrieval.PersistedIndex.besideCatalog(dir);
        double build = -1;
        if (reuse && Files.isDirectory(index)) {
            out.printf("  %d: reusing the index already in %s (build not timed here)%n", n, index);
        } else {
            deleteRecursively(dir);
            new CatalogGenerator(42).write(dir, n);
        }
        Runtime rt = Runtime.getRuntime();
        gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long t0 = System.nanoTime();
        Engine engine = Engine.load(dir, glossary, model);
        double load = (System.nanoTime() - t0) / 1e9;
        if (!(reuse && Files.isDirectory(index)) || engine.retriever().vectors().embeddedCount() > 0) build = load;
        gc();
        double heap = (rt.totalMemory() - rt.freeMemory() - before) / 1048576.0;
        int chunks = engine.retriever().vectors().segmentCount();

        var chat = new ChatService(engine, new Conversations(6, 10_000, Duration.ofMinutes(10), Clock.systemUTC()));
        Javalin app = new HttpServer(chat, ServerLimits.DEFAULT).start(0);
        var kinds = new java.util.EnumMap<Kind, HttpLoad.Result>(Kind.class);
        try {
            var asks = new HttpLoad(URI.create("http://127.0.0.1:" + app.port()));
            var searches = HttpLoad.search(URI.create("http://127.0.0.1:" + app.port()));
            for (Kind k : Kind.values()) {
                var load1 = k == Kind.SEARCH ? searches : asks;
                var q = questions(k, engine.catalog().datasets(), glossary);
                load1.run(1, 30, Duration.ofSeconds(60), i -> q.apply(100_000 + i)); // warm this path
                kinds.put(k, load1.run(1, 150, Duration.ofSeconds(90), q));
            }
        } finally {
            app.stop();
        }
        double p50 = 0;
        double p99 = 0;
        for (var e : kinds.entrySet()) {
            var l = e.getValue().latencies();
            out.printf(Locale.ROOT, "  %d entries, %-6s questions: p50 %.2f ms, p99 %.2f ms, %d answers, %d errors%n", n,
                    e.getKey(), l.medianMs(), l.p99Ms(), l.count(), e.getValue().errors());
            p50 = Math.max(p50, l.medianMs());
            p99 = Math.max(p99, l.p99Ms());
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
        if (jar != null) {
            double replica = bench.startToHealthy(jar, dir, List.of("--index-dir", index.toString(), "--read-only")).seconds();
            out.printf(Locale.ROOT, "  %d entries: java -jar restart to healthy %.2f s; read-only replica %.2f s%n", n, restart, replica);
        }
        var row = new Row(n, chunks, build, heap, p50, p99, reload, restart);
        kindRows.put(n, kinds);
        return row;
    }

    private static void deleteRecursively(Path p) throws IOException {
        if (!Files.exists(p)) return;
        try (var s = Files.walk(p)) {
            for (Path f : s.sorted(java.util.Comparator.reverseOrder()).toList()) Files.delete(f);
        }
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
