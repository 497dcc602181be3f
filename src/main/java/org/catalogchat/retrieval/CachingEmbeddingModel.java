package org.catalogchat.retrieval;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.time.Duration;
import java.util.List;

/**
 * An {@link EmbeddingModel} that remembers the embeddings of single texts (questions) in a bounded Caffeine cache
 * (size, and an hour without use), so a
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
    /** Questions kept: 4096 × 384 floats is about 6 MB. */
    public static final int DEFAULT_CAPACITY = 4096;
    /** An embedding unused this long is dropped: an idle server gives its memory back. */
    public static final Duration IDLE = Duration.ofHours(1);

    private final EmbeddingModel delegate;
    private final Cache<String, Embedding> cache;

    public CachingEmbeddingModel(EmbeddingModel delegate, int capacity) {
        if (capacity < 1) throw new IllegalArgumentException("capacity must be at least 1: " + capacity);
        this.delegate = delegate instanceof CachingEmbeddingModel c ? c.delegate : delegate;
        // Maintenance on the calling thread: no background tasks, and tests see evictions at once.
        this.cache = Caffeine.newBuilder().maximumSize(capacity).expireAfterAccess(IDLE).executor(Runnable::run)
                .recordStats().build();
    }

    @Override
    public Response<Embedding> embed(String text) {
        // Computed outside the cache's lock, so one slow embedding never blocks other keys; two threads missing on
        // the same text both compute, which is harmless for a pure function.
        Embedding e = cache.getIfPresent(text);
        if (e == null) {
            e = delegate.embed(text).content();
            cache.put(text, e);
        }
        return Response.from(e);
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

    /** The question cache, for its statistics on /metrics. */
    public Cache<String, Embedding> cache() {
        return cache;
    }
}
