package org.catalogchat.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;

/**
 * An {@link EmbeddingModel} that remembers the embeddings of single texts (questions) in a bounded LRU, so a
 * question is embedded once even when retrieval for the answer and for its suggestions both ask for it, and a
 * repeated question costs nothing. Batch calls ({@link #embedAll}, used to index the catalog) pass straight
 * through: catalog chunks are persisted elsewhere and would only evict questions from the cache.
 *
 * <pre>{@code
 * EmbeddingModel model = new CachingEmbeddingModel(new AllMiniLmL6V2EmbeddingModel(), 4096);
 * model.embed("remote sensing");   // computed
 * model.embed("remote sensing");   // from the cache
 * }</pre>
 */
public final class CachingEmbeddingModel implements EmbeddingModel {
    /** Questions kept per engine: 4096 × 384 floats is about 6 MB. */
    public static final int DEFAULT_CAPACITY = 4096;

    private final EmbeddingModel delegate;
    private final LruCache<String, Embedding> cache;

    public CachingEmbeddingModel(EmbeddingModel delegate, int capacity) {
        this.delegate = delegate instanceof CachingEmbeddingModel c ? c.delegate : delegate;
        this.cache = new LruCache<>(capacity);
    }

    @Override
    public Response<Embedding> embed(String text) {
        return Response.from(cache.computeIfAbsent(text, t -> delegate.embed(t).content()));
    }

    @Override
    public Response<Embedding> embed(TextSegment segment) {
        return embed(segment.text());
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return delegate.embedAll(segments);
    }

    @Override
    public int dimension() {
        return delegate.dimension();
    }

    @Override
    public String modelName() {
        return delegate.modelName();
    }

    /** The model underneath, uncached (what a benchmark of the raw embedding time must call). */
    public EmbeddingModel delegate() {
        return delegate;
    }

    public LruCache<String, Embedding> cache() {
        return cache;
    }
}
