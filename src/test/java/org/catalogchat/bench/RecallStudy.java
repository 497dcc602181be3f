package org.catalogchat.bench;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;
import org.catalogchat.retrieval.IndexProgress;
import org.catalogchat.retrieval.PersistedIndex;
import org.catalogchat.retrieval.VectorIndex;

/**
 * Recall of the HNSW store against brute force on one persisted index: the same MiniLM query vectors searched in
 * {@code LuceneEmbeddingStore} and in langchain4j's exact {@code InMemoryEmbeddingStore} filled with the same
 * vectors. Reported for chunks (top 10 asked for 10, and top 10 of the 40 that {@code VectorIndex} asks for) and
 * for entries as retrieval sees them ({@code VectorIndex.search(q, 10)}), with the latency of each store.
 *
 * <pre>{@code
 * scripts/bench.sh recall --index /tmp/idx10k
 * }</pre>
 */
final class RecallStudy {
    private RecallStudy() {
    }

    static int run(Path indexDir, int maxQueries, EmbeddingModel model, PrintStream out) {
        Glossary glossary = Glossary.bundled();
        var exact = new PersistedIndex(indexDir, glossary, model,
                new PersistedIndex.Settings(PersistedIndex.VectorStore.MEMORY, 0), IndexProgress.logOnly()).openReadOnly();
        var hnsw = new PersistedIndex(indexDir, glossary, model,
                new PersistedIndex.Settings(PersistedIndex.VectorStore.HNSW, 0), IndexProgress.logOnly()).openReadOnly();
        List<String> questions = queries(exact.catalog().datasets(), glossary, maxQueries);
        var exactIndex = new VectorIndex(model, exact.store(), exact.chunks(), 0);
        var hnswIndex = new VectorIndex(model, hnsw.store(), hnsw.chunks(), 0);
        double chunk10 = 0;
        double chunk40 = 0;
        double entries = 0;
        long exactNanos = 0;
        long hnswNanos = 0;
        for (String q : questions) {
            Embedding e = model.embed(q).content();
            long t0 = System.nanoTime();
            List<String> truth = ids(search(exact.store(), e, 10));
            long t1 = System.nanoTime();
            List<String> approx10 = ids(search(hnsw.store(), e, 10));
            long t2 = System.nanoTime();
            exactNanos += t1 - t0;
            hnswNanos += t2 - t1;
            List<String> approx40 = ids(search(hnsw.store(), e, 40)).subList(0, Math.min(10, truth.size()));
            chunk10 += overlap(truth, approx10);
            chunk40 += overlap(truth, approx40);
            entries += overlap(exactIndex.search(e, 10).stream().map(VectorIndex.Hit::id).toList(),
                    hnswIndex.search(e, 10).stream().map(VectorIndex.Hit::id).toList());
        }
        int n = questions.size();
        out.printf(Locale.ROOT, "recall against brute force, %s: %d entries, %d chunks, %d MiniLM queries%n", indexDir,
                exact.catalog().size(), exact.chunks(), n);
        var lucene = (org.catalogchat.retrieval.LuceneEmbeddingStore) hnsw.store();
        var vectors = questions.stream().map(q -> model.embed(q).content()).toList();
        out.println("  beam (candidates)   chunk recall@10   entry recall@10 (VectorIndex.search)   HNSW ms/search (k=40)");
        for (int beam : new int[] {10, 40, 100, 200, 400}) {
            var store = lucene.withCandidates(beam);
            var index = new VectorIndex(model, store, hnsw.chunks(), 0);
            double c = 0;
            double en = 0;
            long nanos = 0;
            for (Embedding e : vectors) {
                List<String> truth = ids(search(exact.store(), e, 10));
                long t0 = System.nanoTime();
                List<EmbeddingMatch<TextSegment>> found = search(store, e, 40);
                nanos += System.nanoTime() - t0;
                c += overlap(truth, ids(found).subList(0, Math.min(10, found.size())));
                en += overlap(exactIndex.search(e, 10).stream().map(VectorIndex.Hit::id).toList(),
                        index.search(e, 10).stream().map(VectorIndex.Hit::id).toList());
            }
            out.printf(Locale.ROOT, "  %17d   %15.4f   %36.4f   %20.2f%n", beam, c / n, en / n, nanos / 1e6 / n);
        }
        out.println("  (the table below: the store as shipped, beam " + org.catalogchat.retrieval.LuceneEmbeddingStore.DEFAULT_CANDIDATES + ")");
        out.printf(Locale.ROOT, "  chunk recall@10, HNSW asked for 10:           %.4f%n", chunk10 / n);
        out.printf(Locale.ROOT, "  chunk recall@10, HNSW asked for 40 (as used): %.4f%n", chunk40 / n);
        out.printf(Locale.ROOT, "  entry recall@10 (VectorIndex.search):         %.4f%n", entries / n);
        out.printf(Locale.ROOT, "  mean search time, top 10: brute force %.2f ms, HNSW %.2f ms%n", exactNanos / 1e6 / n,
                hnswNanos / 1e6 / n);
        return 0;
    }

    private static List<EmbeddingMatch<TextSegment>> search(EmbeddingStore<TextSegment> store, Embedding e, int k) {
        return store.search(EmbeddingSearchRequest.builder().queryEmbedding(e).maxResults(k).minScore(0.0).build()).matches();
    }

    /** Chunks are told apart by their text (the two stores name them alike, but text is what a match is). */
    private static List<String> ids(List<EmbeddingMatch<TextSegment>> matches) {
        return matches.stream().map(m -> m.embedded().metadata().getString("id") + "|" + m.embedded().text()).toList();
    }

    private static double overlap(List<String> truth, List<String> found) {
        if (truth.isEmpty()) return 1;
        Set<String> f = new HashSet<>(found);
        return truth.stream().filter(f::contains).count() / (double) truth.size();
    }

    /** The bench's questions plus each sampled entry's opening words: topics as people type them. */
    static List<String> queries(List<Dataset> datasets, Glossary glossary, int max) {
        var qs = new ArrayList<String>();
        for (Glossary.Topic t : glossary.topics()) {
            qs.add(t.english() + " datasets");
            qs.add(t.chinese() + "数据集");
        }
        int step = Math.max(1, datasets.size() / Math.max(1, max - qs.size()));
        for (int i = 0; i < datasets.size() && qs.size() < max; i += step) {
            String text = datasets.get(i).description();
            qs.add(text.substring(0, Math.min(60, text.length())));
        }
        return qs.subList(0, Math.min(max, qs.size()));
    }
}
