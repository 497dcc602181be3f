package org.catalogchat.retrieval;

import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingSearchResult;
import dev.langchain4j.store.embedding.EmbeddingStore;
import dev.langchain4j.store.embedding.filter.Filter;
import dev.langchain4j.store.embedding.filter.comparison.IsEqualTo;
import dev.langchain4j.store.embedding.filter.comparison.IsIn;
import dev.langchain4j.store.embedding.filter.logical.And;
import dev.langchain4j.store.embedding.filter.logical.Or;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;

/**
 * An approximate nearest-neighbour {@link EmbeddingStore} over Lucene's HNSW graphs ({@code KnnFloatVectorField},
 * cosine), searching the same Lucene index that serves BM25. Metadata filters on the entry {@code id}
 * ({@link IsEqualTo}, {@link IsIn}, and their {@link And}/{@link Or}) run inside the graph search, so a filtered
 * search still returns {@code maxResults} matches. Scores are {@code (1 + cosine) / 2}, the scale of langchain4j's
 * {@code InMemoryEmbeddingStore}, so the two are interchangeable.
 *
 * <p>Read-only: the index is written in one place ({@link PersistedIndex}), in a new folder that is then swapped in,
 * so the {@code add} methods throw.
 *
 * <pre>{@code
 * EmbeddingStore<TextSegment> store = new LuceneEmbeddingStore(new IndexSearcher(reader));
 * store.search(EmbeddingSearchRequest.builder().queryEmbedding(q).maxResults(10).build());
 * }</pre>
 */
public final class LuceneEmbeddingStore implements EmbeddingStore<TextSegment> {
    /** The HNSW vector of a chunk document. */
    static final String VECTOR = "vector";
    /** The entry a chunk belongs to (indexed, stored): the {@code id} metadata of its segment. */
    static final String ENTRY_ID = "id";
    /** A chunk's own id and text, stored. */
    static final String CHUNK_ID = "chunk";
    static final String CHUNK_TEXT = "chunkText";
    private static final Set<String> LOADED = Set.of(ENTRY_ID, CHUNK_ID, CHUNK_TEXT);

    /**
     * The fewest candidates the graph search keeps (Lucene's beam is as wide as the k it is asked for): with the
     * 40 that {@code VectorIndex} asks for, recall@10 against brute force was 0.95 on the 10k catalog; a wider beam
     * buys the rest for a few milliseconds (docs/performance.md, "Recall").
     */
    public static final int DEFAULT_CANDIDATES = 200;

    private final IndexSearcher searcher;
    private final int candidates;

    public LuceneEmbeddingStore(IndexSearcher searcher) {
        this(searcher, DEFAULT_CANDIDATES);
    }

    /** @param candidates the beam width: the graph search keeps at least this many, then the best are returned */
    public LuceneEmbeddingStore(IndexSearcher searcher, int candidates) {
        if (candidates < 1) throw new IllegalArgumentException("candidates " + candidates);
        this.searcher = searcher;
        this.candidates = candidates;
    }

    /** The same index searched with another beam width (the recall study compares several). */
    public LuceneEmbeddingStore withCandidates(int n) {
        return new LuceneEmbeddingStore(searcher, n);
    }

    @Override
    public EmbeddingSearchResult<TextSegment> search(EmbeddingSearchRequest request) {
        Query filter = request.filter() == null ? null : toQuery(request.filter());
        int k = Math.max(request.maxResults(), candidates);
        var query = new KnnFloatVectorQuery(VECTOR, request.queryEmbedding().vector(), k, filter);
        try {
            var matches = new ArrayList<EmbeddingMatch<TextSegment>>();
            var stored = searcher.storedFields();
            for (ScoreDoc sd : searcher.search(query, request.maxResults()).scoreDocs) {
                if (sd.score < request.minScore()) continue;
                Document doc = stored.document(sd.doc, LOADED);
                var segment = TextSegment.from(doc.get(CHUNK_TEXT), Metadata.from("id", doc.get(ENTRY_ID)));
                // The vector itself is not read back: no caller needs it, and it would cost a disk read per match.
                matches.add(new EmbeddingMatch<>((double) sd.score, doc.get(CHUNK_ID), null, segment));
            }
            return new EmbeddingSearchResult<>(matches);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The langchain4j filters that map onto the indexed entry id; any other is refused rather than ignored. */
    static Query toQuery(Filter filter) {
        if (filter instanceof IsEqualTo eq && eq.key().equals(ENTRY_ID)) {
            return new TermQuery(new Term(ENTRY_ID, String.valueOf(eq.comparisonValue())));
        }
        if (filter instanceof IsIn in && in.key().equals(ENTRY_ID)) {
            return new TermInSetQuery(ENTRY_ID, in.comparisonValues().stream().map(v -> new BytesRef(String.valueOf(v))).toList());
        }
        if (filter instanceof And and) {
            return new BooleanQuery.Builder().add(toQuery(and.left()), BooleanClause.Occur.FILTER)
                    .add(toQuery(and.right()), BooleanClause.Occur.FILTER).build();
        }
        if (filter instanceof Or or) {
            return new BooleanQuery.Builder().add(toQuery(or.left()), BooleanClause.Occur.SHOULD)
                    .add(toQuery(or.right()), BooleanClause.Occur.SHOULD).setMinimumNumberShouldMatch(1).build();
        }
        throw new UnsupportedOperationException("filter not supported by the Lucene store: " + filter);
    }

    @Override
    public String add(Embedding embedding) {
        throw readOnly();
    }

    @Override
    public void add(String id, Embedding embedding) {
        throw readOnly();
    }

    @Override
    public String add(Embedding embedding, TextSegment segment) {
        throw readOnly();
    }

    @Override
    public List<String> addAll(List<Embedding> embeddings) {
        throw readOnly();
    }

    private static UnsupportedOperationException readOnly() {
        return new UnsupportedOperationException("the Lucene store is written by PersistedIndex, then searched read-only");
    }
}
