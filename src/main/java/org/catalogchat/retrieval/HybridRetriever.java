package org.catalogchat.retrieval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;

/**
 * Reciprocal rank fusion of three signals: names in the question, BM25 over the Chinese text, and
 * MiniLM vectors. No signal's raw scores are compared with another's; only ranks are, which is what
 * makes the fusion robust when one signal (MiniLM on Chinese) is weak.
 *
 * <pre>{@code
 * Retriever r = new HybridRetriever(catalog, names, lexical, vectors);
 * r.search("oracle bone inscriptions", 5);
 * }</pre>
 */
public final class HybridRetriever implements Retriever {
    /** The usual RRF constant: dampens the difference between rank 1 and rank 2 of any one signal. */
    static final int RRF_K = 60;
    private static final double NAME_WEIGHT = 2.0;
    private static final double LEXICAL_WEIGHT = 1.0;
    private static final double VECTOR_WEIGHT = 0.6;

    private final Catalog catalog;
    private final NameIndex names;
    private final LexicalIndex lexical;
    private final VectorIndex vectors;

    public HybridRetriever(Catalog catalog, NameIndex names, LexicalIndex lexical, VectorIndex vectors) {
        this.catalog = catalog;
        this.names = names;
        this.lexical = lexical;
        this.vectors = vectors;
    }

    @Override
    public List<SearchHit> search(String text, int k) {
        int depth = Math.max(k * 3, 20);
        Map<String, double[]> signals = new HashMap<>(); // id -> {fused, name, lexical, vector}
        List<NameIndex.NameMatch> named = names.find(text);
        for (int i = 0; i < named.size(); i++) {
            add(signals, named.get(i).dataset().id(), i, NAME_WEIGHT, 1, named.get(i).score());
        }
        List<LexicalIndex.Hit> lex = lexical.search(text, depth);
        for (int i = 0; i < lex.size(); i++) add(signals, lex.get(i).id(), i, LEXICAL_WEIGHT, 2, lex.get(i).score());
        List<VectorIndex.Hit> vec = vectors.search(text, depth);
        for (int i = 0; i < vec.size(); i++) add(signals, vec.get(i).id(), i, VECTOR_WEIGHT, 3, vec.get(i).score());
        var hits = new ArrayList<SearchHit>();
        signals.forEach((id, s) -> catalog.byId(id).ifPresent(d -> hits.add(new SearchHit(d, s[0], s[1], s[2], s[3]))));
        hits.sort((a, b) -> Double.compare(b.score(), a.score()));
        return hits.subList(0, Math.min(k, hits.size()));
    }

    private static void add(Map<String, double[]> signals, String id, int rank, double weight, int slot, double raw) {
        double[] s = signals.computeIfAbsent(id, x -> new double[4]);
        s[0] += weight / (RRF_K + rank + 1);
        s[slot] = Math.max(s[slot], raw);
    }

    public NameIndex names() {
        return names;
    }

    public LexicalIndex lexical() {
        return lexical;
    }

    public VectorIndex vectors() {
        return vectors;
    }

}
