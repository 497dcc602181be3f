package org.catalogchat.bench;

import dev.langchain4j.model.embedding.EmbeddingModel;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.IntFunction;
import org.catalogchat.answer.Question;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.core.Engine;
import org.catalogchat.retrieval.IndexProgress;
import org.catalogchat.retrieval.PersistedIndex;

/**
 * Where a large persisted index spends its time, in-process and without HTTP: opening it (read-only, as a replica
 * does) split into the index itself and the engine built over it, then answers and searches per question kind with
 * the wall and CPU time of the calling thread. Run it under JFR to see which methods the time goes to:
 *
 * <pre>{@code
 * JAVA_OPTS="-Xmx3g -XX:StartFlightRecording=filename=/tmp/p.jfr" scripts/bench.sh profile --index DIR --queries 60
 * }</pre>
 */
final class ScaleProfile {
    private final EmbeddingModel model;
    private final PrintStream out;
    private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

    ScaleProfile(EmbeddingModel model, PrintStream out) {
        this.model = model;
        this.out = out;
    }

    /** The kinds named (comma-separated, as {@link ScaleStudy.Kind} spells them); every kind for none. */
    static java.util.List<ScaleStudy.Kind> kinds(String names) {
        if (names.isBlank()) return java.util.List.of(ScaleStudy.Kind.values());
        return java.util.Arrays.stream(names.split(",")).map(String::strip).map(n -> n.toUpperCase(Locale.ROOT))
                .map(ScaleStudy.Kind::valueOf).toList();
    }

    int run(Path indexDir, int queries, java.util.List<ScaleStudy.Kind> kinds) {
        Glossary glossary = Glossary.bundled();
        model.embed("warm up the model");
        long w0 = System.nanoTime();
        long c0 = threads.getCurrentThreadCpuTime();
        var opened = new PersistedIndex(indexDir, glossary, model, PersistedIndex.Settings.DEFAULT, IndexProgress.logOnly())
                .openReadOnly();
        report("open the persisted index (read-only)", w0, c0);
        w0 = System.nanoTime();
        c0 = threads.getCurrentThreadCpuTime();
        Engine engine = Engine.open(opened, glossary, model);
        report("build the engine over it", w0, c0);
        var ds = engine.catalog().datasets();
        for (ScaleStudy.Kind kind : kinds) {
            IntFunction<String> q = ScaleStudy.questions(kind, ds, glossary);
            time("ask " + kind, queries, i -> engine.answerer().answer(Question.of(q.apply(i))), q);
        }
        if (kinds.size() < ScaleStudy.Kind.values().length) return 0; // only the kinds asked
        IntFunction<String> free = ScaleStudy.questions(ScaleStudy.Kind.VECTOR, ds, glossary);
        time("search (hybrid)", queries, i -> engine.retriever().search(free.apply(200_000 + i), 10));
        time("search: names", queries, i -> engine.retriever().names().find(free.apply(300_000 + i)));
        time("search: BM25", queries, i -> engine.retriever().lexical().search(free.apply(400_000 + i), 30));
        time("search: vectors", queries, i -> engine.retriever().vectors().search(free.apply(500_000 + i), 30));
        return 0;
    }

    private void time(String what, int n, IntFunction<Object> call) {
        time(what, n, call, null);
    }

    /**
     * Wall p50/p99 and the calling thread's CPU per question (mean, p50, p99: on a shared machine the CPU figures
     * are the steadier ones); with the question texts, the three that took the most CPU, which are where a p99 comes from.
     */
    private void time(String what, int n, IntFunction<Object> call, IntFunction<String> texts) {
        for (int i = 0; i < Math.min(10, n); i++) call.apply(1_000_000 + i); // warm this path
        long[] wall = new long[n];
        long[] cpu = new long[n];
        for (int i = 0; i < n; i++) {
            long c = threads.getCurrentThreadCpuTime();
            long t = System.nanoTime();
            call.apply(i);
            wall[i] = System.nanoTime() - t;
            cpu[i] = threads.getCurrentThreadCpuTime() - c;
        }
        var l = Latencies.of(wall);
        var c = Latencies.of(cpu);
        out.printf(Locale.ROOT, "%-40s p50 %8.2f ms  p99 %8.2f ms  mean CPU %8.2f ms  CPU p50 %7.2f p99 %8.2f ms  (%d)%n", what,
                l.medianMs(), l.p99Ms(), java.util.Arrays.stream(cpu).sum() / 1e6 / n, c.medianMs(), c.p99Ms(), n);
        if (texts == null) return;
        java.util.stream.IntStream.range(0, n).boxed().sorted((a, b) -> Long.compare(cpu[b], cpu[a])).limit(3)
                .forEach(i -> out.printf(Locale.ROOT, "    %8.2f ms CPU  %s%n", cpu[i] / 1e6, texts.apply(i)));
    }

    private void report(String what, long wallStart, long cpuStart) {
        out.printf(Locale.ROOT, "%-40s %8.2f s wall, %8.2f s CPU (this thread)%n", what, (System.nanoTime() - wallStart) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }
}
