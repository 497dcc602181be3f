package org.catalogchat.bench;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The textbook RAG retrieval step the benchmark compares against: the catalog's Markdown split with langchain4j's
 * recursive splitter (500 characters, 50 overlap, the tutorial settings), embedded with the same MiniLM model into
 * an in-memory store; a question is embedded and its top 3 chunks returned. No cache, no names, no BM25.
 *
 * <pre>{@code
 * var baseline = new TextbookBaseline(Path.of("seeds"), model);
 * List<TextSegment> chunks = baseline.retrieve("Who released LAION-5B?");
 * }</pre>
 */
public final class TextbookBaseline {
    static final int CHUNK_CHARS = 500;
    static final int OVERLAP_CHARS = 50;
    static final int TOP_K = 3;

    private final EmbeddingModel model;
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();
    private final int chunks;

    public TextbookBaseline(Path catalog, EmbeddingModel model) throws IOException {
        this.model = model;
        List<TextSegment> segments;
        List<Path> files;
        if (Files.isDirectory(catalog)) {
            try (Stream<Path> s = Files.list(catalog)) {
                files = s.filter(p -> p.toString().endsWith(".md")).sorted().toList();
            }
        } else {
            files = List.of(catalog);
        }
        var splitter = DocumentSplitters.recursive(CHUNK_CHARS, OVERLAP_CHARS);
        var all = new java.util.ArrayList<TextSegment>();
        for (Path f : files) all.addAll(splitter.split(Document.from(Files.readString(f, StandardCharsets.UTF_8))));
        segments = all;
        List<Embedding> vectors = model.embedAll(segments).content();
        store.addAll(vectors, segments);
        this.chunks = segments.size();
    }

    public List<TextSegment> retrieve(String question) {
        Embedding q = model.embed(question).content();
        var request = EmbeddingSearchRequest.builder().queryEmbedding(q).maxResults(TOP_K).build();
        return store.search(request).matches().stream().map(EmbeddingMatch::embedded).toList();
    }

    public int chunks() {
        return chunks;
    }
}
