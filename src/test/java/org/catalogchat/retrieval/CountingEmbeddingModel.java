package org.catalogchat.retrieval;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Test double: counts the texts a model is asked to embed. Wraps a real model, or (with no delegate) computes
 * a cheap deterministic vector from the text so persistence tests run without ONNX.
 */
final class CountingEmbeddingModel implements EmbeddingModel {
    final AtomicInteger texts = new AtomicInteger();
    final AtomicInteger calls = new AtomicInteger();
    private final EmbeddingModel delegate;
    private final String name;

    CountingEmbeddingModel(EmbeddingModel delegate) {
        this(delegate, "counting");
    }

    CountingEmbeddingModel(EmbeddingModel delegate, String name) {
        this.delegate = delegate;
        this.name = name;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        calls.incrementAndGet();
        texts.addAndGet(segments.size());
        if (delegate != null) return delegate.embedAll(segments);
        var out = new ArrayList<Embedding>();
        for (TextSegment s : segments) out.add(fake(s.text()));
        return Response.from(out);
    }

    static Embedding fake(String text) {
        float[] v = new float[8];
        for (int i = 0; i < text.length(); i++) v[(text.charAt(i) + i) % 8] += 1 + i % 3;
        return Embedding.from(v);
    }

    @Override
    public int dimension() {
        return delegate != null ? delegate.dimension() : 8;
    }

    @Override
    public String modelName() {
        return name;
    }
}
