package org.catalogchat.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import io.javalin.Javalin;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.catalogchat.core.ChatService;
import org.catalogchat.core.Engine;
import org.catalogchat.answer.Conversations;
import org.catalogchat.answer.Question;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.eval.TextbookRag;
import org.catalogchat.web.HttpServer;
import org.catalogchat.web.ServerLimits;

/**
 * {@code bench}: measures, on the machine it runs on, the question-embedding floor, the in-process answer time, the
 * textbook baseline beside it, {@code /api/ask} under 1, 4 and 16 concurrent clients, and cold start of the jar.
 * With {@code --scale 1000,10000} it also builds synthetic catalogs of those sizes and records build time, heap,
 * query latency and restart time, plotted to a PNG. Not a unit test: numbers depend on the machine.
 *
 * <pre>{@code
 * scripts/bench.sh bench                       # the catalog in ./seeds
 * scripts/bench.sh bench --scale 1000,10000    # plus the scale study and docs/performance-scale.png
 * }</pre>
 */
public final class BenchCommand {
    private static final Pattern LISTENING = Pattern.compile("listening on http://localhost:(\\d+)");
    private static final int[] CLIENTS = {1, 4, 16};

    private final EmbeddingModel model;
    private final Glossary glossary;
    private final PrintStream out;

    public BenchCommand(EmbeddingModel model, Glossary glossary, PrintStream out) {
        this.model = model;
        this.glossary = glossary;
        this.out = out;
    }

    /** The whole single-catalog benchmark. */
    public void run(Path catalog) throws Exception {
        out.printf("catalog-chat bench: %s, %d cores, max heap %d MB, Java %s, load average %s%n", catalog,
                Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
                System.getProperty("java.version"), loadAverage());
        long t0 = System.nanoTime();
        Engine warmEngine = Engine.load(catalog, glossary, model);
        out.printf("index load (persisted vectors reused where present): %.0f ms, %d entries, %d chunks%n",
                ms(t0), warmEngine.catalog().size(), warmEngine.retriever().vectors().segmentCount());
        List<String> questions = questions(warmEngine.catalog());
        out.printf("%d distinct questions built from the catalog%n%n", questions.size());

        // Warm up the JIT on every path (model, Lucene, answerer) before anything is timed.
        for (int pass = 0; pass < 2; pass++) {
            for (String q : questions) {
                model.embed(q);
                warmEngine.answerer().answer(Question.of(q + " " + pass));
            }
        }

        Latencies embed = time(questions, q -> model.embed(q));
        out.printf("query embedding alone (MiniLM, uncached)      median %6.2f ms  p99 %6.2f ms%n", embed.medianMs(), embed.p99Ms());

        Engine fresh = Engine.load(catalog, glossary, model); // empty caches: every question is new to it
        Latencies answerCold = time(questions, q -> fresh.answerer().answer(Question.of(q)));
        Latencies answerWarm = time(questions, q -> fresh.answerer().answer(Question.of(q)));
        out.printf("retrieve + answer in-process, new question     median %6.2f ms  p99 %6.2f ms"
                + "  (fact, list and count questions need no embedding)%n", answerCold.medianMs(), answerCold.p99Ms());
        out.printf("retrieve + answer in-process, embedding cached median %6.2f ms  p99 %6.2f ms%n", answerWarm.medianMs(), answerWarm.p99Ms());

        Engine fresh2 = Engine.load(catalog, glossary, model);
        Latencies hybrid = time(questions, q -> fresh2.retriever().search(q, 10));
        out.printf("hybrid retrieval alone (names+BM25+vectors), new question median %6.2f ms  p99 %6.2f ms%n",
                hybrid.medianMs(), hybrid.p99Ms());
        long tb = System.nanoTime();
        var baseline = new TextbookRag(fresh.catalog(), model);
        double baselineBuild = ms(tb);
        for (String q : questions) baseline.answer(q + " warm");
        Latencies base = time(questions, baseline::answer);
        out.printf("textbook baseline (eval's TextbookRag: recursive split 300/30, MiniLM, in-memory, top-3) built in %.0f ms%n", baselineBuild);
        out.printf("textbook baseline retrieve top-3               median %6.2f ms  p99 %6.2f ms%n", base.medianMs(), base.p99Ms());
        out.printf("ratios of medians, ours/baseline: answer for a new question %.3f; hybrid retrieval %.2f;"
                + " answer with cached embedding %.3f%n%n", answerCold.medianMs() / base.medianMs(),
                hybrid.medianMs() / base.medianMs(), answerWarm.medianMs() / base.medianMs());

        http(catalog, questions, embed);
        coldStart(catalog);
    }

    private void http(Path catalog, List<String> questions, Latencies embed) throws Exception {
        var chat = new ChatService(Engine.load(catalog, glossary, model),
                new Conversations(6, 100_000, Duration.ofMinutes(10), Clock.systemUTC()));
        Javalin app = new HttpServer(chat, ServerLimits.DEFAULT).start(0);
        try {
            var load = new HttpLoad(URI.create("http://127.0.0.1:" + app.port()));
            int n = questions.size();
            load.run(4, 2 * n, Duration.ofSeconds(30), i -> questions.get(i % n) + " warm " + i); // warm up HTTP and JIT
            out.println("/api/ask over loopback (closed loop; 'repeated' cycles the question set, served by the answer cache;");
            out.println("'new' sends questions never seen before, which no cache can serve):");
            out.println("  mode      clients   requests   p50 ms   p99 ms   answers/s   errors");
            int unique = 0;
            double p50Single = 0;
            for (int c : CLIENTS) {
                var rep = load.run(c, c == 1 ? 1000 : 4000, Duration.ofSeconds(15), i -> questions.get(i % n));
                row("repeated", rep);
                final int offset = unique;
                var neu = load.run(c, c == 1 ? 150 : 400, Duration.ofSeconds(20), i -> questions.get((offset + i) % n) + " #" + (offset + i));
                unique += neu.latencies().count();
                row("new", neu);
                if (c == 1) p50Single = neu.latencies().medianMs();
            }
            out.printf("  /api/ask p50 for a new question at 1 client = %.2fx the query-embedding median (target <= 2x)%n%n",
                    p50Single / embed.medianMs());
            out.printf("  answer cache: %d entries, %d hits, %d misses%n%n", chat.answerCache().estimatedSize(),
                    chat.answerCache().stats().hitCount(), chat.answerCache().stats().missCount());
        } finally {
            app.stop();
        }
    }

    private void row(String mode, HttpLoad.Result r) {
        out.printf("  %-9s %7d %10d %8.2f %8.2f %11.0f %8d%n", mode, r.clients(), r.latencies().count(),
                r.latencies().medianMs(), r.latencies().p99Ms(), r.perSecond(), r.errors());
    }

    /** Starts {@code java -jar} in an empty folder (so the bundled catalog is served) and times it to a healthy /health. */
    private void coldStart(Path catalog) throws Exception {
        Path jar = ownJar();
        if (jar == null) {
            out.println("cold start: skipped (no target/catalog-chat.jar: mvn -q package -DskipTests first)");
            return;
        }
        Path empty = Files.createTempDirectory("catalog-chat-coldstart");
        for (int run = 1; run <= 2; run++) {
            Start s = startToHealthy(jar, empty, List.of());
            out.printf("cold start of the jar on the bundled catalog, run %d: %.2f s to a healthy /health"
                    + " (%.2f s of CPU used by then; load average %s)%n", run, s.seconds(), s.cpuSeconds(), loadAverage());
        }
    }

    /** Wall seconds from launch to a healthy {@code /health} (negative if never), and the CPU the child used by then. */
    record Start(double seconds, double cpuSeconds) {
    }

    static String loadAverage() {
        double l = java.lang.management.ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
        return l < 0 ? "n/a" : String.format(java.util.Locale.ROOT, "%.1f", l);
    }

    Start startToHealthy(Path jar, Path workDir, List<String> extraArgs) throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        var cmd = new ArrayList<>(List.of(java, "-jar", jar.toString(), "serve", "--port", "0"));
        cmd.addAll(extraArgs);
        long start = System.nanoTime();
        Process p = new ProcessBuilder(cmd).directory(workDir.toFile()).redirectErrorStream(true).start();
        try {
            var port = new CompletableFuture<Integer>();
            Thread reader = new Thread(() -> {
                try (var r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        Matcher m = LISTENING.matcher(line);
                        if (m.find()) port.complete(Integer.parseInt(m.group(1)));
                    }
                } catch (IOException e) {
                    port.completeExceptionally(e);
                }
                port.complete(-1);
            }, "bench-child-output");
            reader.setDaemon(true);
            reader.start();
            long deadline = start + TimeUnit.MINUTES.toNanos(10);
            int pt = port.get(10, TimeUnit.MINUTES);
            if (pt < 0) return new Start(-1, -1);
            var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            boolean ok = HttpLoad.awaitHealthy(client, URI.create("http://127.0.0.1:" + pt), deadline);
            double wall = ok ? (System.nanoTime() - start) / 1e9 : -1;
            double cpu = p.toHandle().info().totalCpuDuration().map(d -> d.toMillis() / 1000.0).orElse(-1.0);
            return new Start(wall, cpu);
        } finally {
            p.destroy();
            if (!p.waitFor(10, TimeUnit.SECONDS)) p.destroyForcibly();
        }
    }

    /** The production jar built by {@code mvn package}: the bench itself runs from the test classpath. */
    static Path ownJar() {
        Path jar = Path.of("target", "catalog-chat.jar").toAbsolutePath();
        return Files.isRegularFile(jar) ? jar : null;
    }

    /** Fact, list, count and not-found questions in both languages, drawn from the catalog's own names and topics. */
    List<String> questions(Catalog catalog) {
        var qs = new ArrayList<String>();
        List<Dataset> ds = catalog.datasets();
        int step = Math.max(1, ds.size() / 40);
        for (int i = 0; i < ds.size(); i += step) {
            Dataset d = ds.get(i);
            String alias = d.aliases().isEmpty() ? d.name() : d.aliases().get(0);
            qs.add("Who released " + alias + "?");
            qs.add(d.name() + "是什么时候发布的？");
            qs.add("Tell me about " + alias);
            qs.add(alias + "的数据规模有多大？");
        }
        for (Glossary.Topic t : glossary.topics()) {
            qs.add("有哪些" + t.chinese() + "数据集？");
            qs.add("Which " + t.english() + " datasets are there?");
        }
        qs.add("How many datasets were released in 2023?");
        qs.add("2024年发布了哪些数据集？");
        qs.add("datasets about underwater volcano acoustics");
        qs.add("有没有关于古代乐谱的数据集？");
        return qs;
    }

    private interface Task {
        void run(String question) throws Exception;
    }

    private static Latencies time(List<String> questions, Task task) throws Exception {
        long[] nanos = new long[questions.size()];
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            task.run(questions.get(i));
            nanos[i] = System.nanoTime() - t0;
        }
        return Latencies.of(nanos);
    }

    static double ms(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e6;
    }
}
