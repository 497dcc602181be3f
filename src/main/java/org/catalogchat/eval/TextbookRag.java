package org.catalogchat.eval;

import dev.langchain4j.data.document.Document;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.document.splitter.DocumentSplitters;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.EmbeddingMatch;
import dev.langchain4j.store.embedding.EmbeddingSearchRequest;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.Dataset;

/**
 * The baseline every figure is compared with: langchain4j's textbook pipeline. Each entry's text is split
 * by the recursive splitter, embedded with MiniLM into the in-memory store, and a question gets the top 3
 * chunks; its "answer" is their text and its sources are their entries.
 *
 * <pre>{@code
 * TextbookRag rag = new TextbookRag(catalog, model);
 * TextbookRag.Result r = rag.answer("Who released MedTrinity-25M?");
 * }</pre>
 */
public final class TextbookRag {
    /** What the baseline returns: the chunk texts, their entries (best first), and a deeper ranking. */
    public record Result(String text, List<String> sourceIds, List<String> ranking) {
    }

    static final int TOP_K = 3;
    private static final int RANKING_DEPTH = 5;

    private final EmbeddingModel model;
    private final InMemoryEmbeddingStore<TextSegment> store = new InMemoryEmbeddingStore<>();

    public TextbookRag(Catalog catalog, EmbeddingModel model) {
        this.model = model;
        var splitter = DocumentSplitters.recursive(300, 30);
        var segments = new ArrayList<TextSegment>();
        for (Dataset d : catalog.datasets()) {
            String text = d.name() + "\n发布时间：" + d.released() + "\n发布机构：" + String.join("、", d.publishers())
                    + "\n地址：" + d.url() + "\n" + d.description();
            Document doc = Document.from(text, Metadata.from("id", d.id()));
            segments.addAll(splitter.split(doc));
        }
        List<Embedding> embeddings = model.embedAll(segments).content();
        store.addAll(embeddings, segments);
    }

    public Result answer(String question) {
        Embedding q = model.embed(question).content();
        return answer(q);
    }

    public Result answer(Embedding q) {
        var matches = store.search(EmbeddingSearchRequest.builder().queryEmbedding(q).maxResults(40).build()).matches();
        var text = new StringBuilder();
        var sources = new LinkedHashSet<String>();
        var ranking = new LinkedHashSet<String>();
        for (int i = 0; i < matches.size(); i++) {
            EmbeddingMatch<TextSegment> m = matches.get(i);
            String id = m.embedded().metadata().getString("id");
            if (i < TOP_K) {
                text.append(m.embedded().text()).append("\n\n");
                sources.add(id);
            }
            if (ranking.size() < RANKING_DEPTH) ranking.add(id);
        }
        return new Result(text.toString(), List.copyOf(sources), List.copyOf(ranking));
    }
}
