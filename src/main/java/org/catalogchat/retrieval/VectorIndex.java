package org.catalogchat.retrieval;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.DocumentSplitter;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.TokenCountEstimator;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.HuggingFaceTokenCountEstimator;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.EmbeddingStore;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;
import org.catalogchat.catalog.Glossary;

/**
 * Dense retrieval: every entry, chunked to fit all-MiniLM-L6-v2's 256-token window, embedded into a
 * langchain4j {@link EmbeddingStore}. Chinese costs about a token per character, so a whole entry would
 * be cut off silently; chunks are measured with the model's own WordPiece tokenizer instead.
 *
 * <pre>{@code
 * var index = new VectorIndex(catalog, glossary, model, new InMemoryEmbeddingStore<>());
 * index.search("remote sensing", 5);
 * }</pre>
 */
public final class VectorIndex {
    /** The model's window less room for the [CLS]/[SEP] tokens and the name prefix of every chunk. */
    static final int MAX_CHUNK_TOKENS = 200;
    static final int OVERLAP_TOKENS = 24;
    public static final int MODEL_WINDOW = 256;

    /** A matching entry and its best chunk similarity. */
    public record Hit(String id, double score) {
    }

    private final EmbeddingModel model;
    private final EmbeddingStore<TextSegment> store;
    private final int segmentCount;
    private final int embeddedCount;

    public VectorIndex(Catalog catalog, Glossary glossary, EmbeddingModel model, EmbeddingStore<TextSegment> store) {
        this(catalog, glossary, model, store, null);
    }

    /** Like the four-argument form, reusing (and saving) the chunk vectors in {@code persisted} when it is not null. */
    public VectorIndex(Catalog catalog, Glossary glossary, EmbeddingModel model, EmbeddingStore<TextSegment> store,
                       PersistedEmbeddings persisted) {
        this.model = model;
        this.store = store;
        List<TextSegment> segments = segments(catalog, glossary);
        List<Embedding> embeddings;
        if (persisted == null) {
            embeddings = model.embedAll(segments).content();
            this.embeddedCount = segments.size();
        } else {
            PersistedEmbeddings.Result r = persisted.embedAll(segments, model);
            embeddings = r.embeddings();
            this.embeddedCount = r.embedded();
        }
        if (!segments.isEmpty()) store.addAll(embeddings, segments);
        this.segmentCount = segments.size();
    }

    /**
     * An index whose chunks are already in {@code store} (the persisted index): nothing is split or embedded here.
     *
     * @param embeddedCount how many of them the model computed while building, for the logs and the benchmark
     */
    public VectorIndex(EmbeddingModel model, EmbeddingStore<TextSegment> store, int segmentCount, int embeddedCount) {
        this.model = model;
        this.store = store;
        this.segmentCount = segmentCount;
        this.embeddedCount = embeddedCount;
    }

    /** The chunks of one entry, as {@link #segments(Catalog, Glossary)} makes them. */
    static List<TextSegment> segments(Dataset d, Glossary glossary, DocumentSplitter splitter) {
        var out = new ArrayList<TextSegment>();
        Metadata meta = Metadata.from("id", d.id());
        out.add(TextSegment.from(header(d, glossary), meta));
        String shortName = d.aliases().isEmpty() ? d.name() : d.aliases().get(0);
        for (TextSegment part : splitter.split(Document.from(d.description()))) {
            out.add(TextSegment.from(shortName + ": " + part.text(), meta.copy()));
        }
        return out;
    }

    static DocumentSplitter splitter() {
        return DocumentSplitters.recursive(MAX_CHUNK_TOKENS, OVERLAP_TOKENS, tokenizer());
    }

    public static TokenCountEstimator tokenizer() {
        return new HuggingFaceTokenCountEstimator();
    }

    /** The chunks an entry is embedded as: an English header of facts, then its text in window-sized parts. */
    static List<TextSegment> segments(Catalog catalog, Glossary glossary) {
        DocumentSplitter splitter = splitter();
        var out = new ArrayList<TextSegment>();
        for (Dataset d : catalog.datasets()) out.addAll(segments(d, glossary, splitter));
        return out;
    }

    private static String header(Dataset d, Glossary glossary) {
        var sb = new StringBuilder(d.name()).append(". ");
        if (d.released().isStated()) sb.append("Released ").append(d.released()).append(' ');
        sb.append("by ");
        sb.append(String.join(", ", d.publishers().stream().map(glossary::englishPublisher).toList())).append(". ");
        // Sorted: a Set's order changes from one JVM to the next, and the text must not, or the persisted vectors miss.
        var topics = d.facets().topics().stream().sorted().map(k -> glossary.topic(k).map(Glossary.Topic::english).orElse(k)).toList();
        if (!topics.isEmpty()) sb.append("Topics: ").append(String.join(", ", topics)).append('.');
        return sb.toString();
    }

    public int segmentCount() {
        return segmentCount;
    }

    /** How many chunks the model computed while building (the rest came from the persisted index). */
    public int embeddedCount() {
        return embeddedCount;
    }

    public List<Hit> search(String text, int k) {
        // The model refuses text it sees as blank (zero-width or control characters only, by its own rule):
        // then there is nothing to match on meaning, which is no reason for a 500.
        if (text == null || text.trim().isEmpty() || text.isBlank()) return List.of();
        Embedding query;
        try {
            query = model.embed(text).content();
        } catch (IllegalArgumentException e) {
            return List.of();
        }
        return search(query, k);
    }

    public List<Hit> search(Embedding query, int k) {
        var request = EmbeddingSearchRequest.builder().queryEmbedding(query).maxResults(k * 4).minScore(0.0).build();
        Map<String, Double> best = new LinkedHashMap<>();
        for (EmbeddingMatch<TextSegment> m : store.search(request).matches()) {
            String id = m.embedded().metadata().getString("id");
            best.merge(id, m.score(), Math::max);
        }
        return best.entrySet().stream().map(e -> new Hit(e.getKey(), e.getValue()))
                .sorted((a, b) -> Double.compare(b.score(), a.score())).limit(k).toList();
    }

    public EmbeddingModel model() {
        return model;
    }
}
