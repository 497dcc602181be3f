package org.catalogchat.core;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.store.embedding.inmemory.InMemoryEmbeddingStore;
import java.nio.file.Path;
import org.catalogchat.answer.Answerer;
import org.catalogchat.answer.GroundedAnswerer;
import org.catalogchat.answer.QuestionParser;
import org.catalogchat.catalog.Catalog;
import org.catalogchat.catalog.CatalogLoader;
import org.catalogchat.catalog.CatalogParser;
import org.catalogchat.catalog.Glossary;
import java.util.Optional;
import org.catalogchat.retrieval.CachingEmbeddingModel;
import org.catalogchat.retrieval.CatalogVocabularies;
import org.catalogchat.retrieval.HybridRetriever;
import org.catalogchat.retrieval.IndexProgress;
import org.catalogchat.retrieval.PersistedIndex;
import org.catalogchat.retrieval.LexicalIndex;
import org.catalogchat.retrieval.NameIndex;
import org.catalogchat.retrieval.PersistedEmbeddings;
import org.catalogchat.retrieval.VectorIndex;
import org.catalogchat.vocabulary.CatalogVocabulary;

/**
 * One loaded catalog with its indexes and answerer: immutable, so a reload builds a new one beside the
 * old and swaps it in whole.
 *
 * <pre>{@code
 * Engine e = Engine.load(Path.of("seeds"), Glossary.bundled(), new AllMiniLmL6V2EmbeddingModel());
 * e.answerer().answer(Question.of("有哪些遥感数据集？"));
 * }</pre>
 */
public record Engine(Catalog catalog, Glossary glossary, HybridRetriever retriever, QuestionParser parser,
                     GroundedAnswerer grounded, Answerer answerer) {
    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Engine.class);

    /**
     * Opens the index persisted beside the catalog ({@link PersistedIndex}), building or updating it first when the
     * catalog changed; where it cannot be written (a read-only folder), builds in memory as before, reusing the
     * chunk vectors persisted beside the catalog.
     */
    public static Engine load(Path catalogPath, Glossary glossary, EmbeddingModel model) {
        return load(catalogPath, glossary, model, PersistedIndex.besideCatalog(catalogPath), PersistedIndex.Settings.DEFAULT,
                IndexProgress.logOnly());
    }

    /** Like {@link #load(Path, Glossary, EmbeddingModel)} with the index in {@code indexDir}. */
    public static Engine load(Path catalogPath, Glossary glossary, EmbeddingModel model, Path indexDir,
                              PersistedIndex.Settings settings, IndexProgress progress) {
        PersistedIndex.Opened opened;
        try {
            opened = new PersistedIndex(indexDir, glossary, model, settings, progress).open(catalogPath);
        } catch (java.io.UncheckedIOException e) {
            log.warn("index in {} unusable ({}); building in memory instead", indexDir, e.getMessage());
            Catalog catalog = new CatalogLoader(new CatalogParser(glossary)).load(catalogPath);
            return of(catalog, glossary, model,
                    PersistedEmbeddings.besideCatalog(catalogPath, PersistedEmbeddings.modelId(model)));
        }
        return open(opened, glossary, model);
    }

    /**
     * A reload: the catalog is already parsed (and checked); the persisted index is updated incrementally (only new
     * or changed entries embedded and analysed) or, where it cannot be written, the engine is built in memory.
     */
    public static Engine rebuild(Path catalogPath, Catalog parsed, Glossary glossary, EmbeddingModel model, Path indexDir,
                                 PersistedIndex.Settings settings) {
        try {
            return open(new PersistedIndex(indexDir, glossary, model, settings, IndexProgress.logOnly())
                    .build(catalogPath, parsed), glossary, model);
        } catch (java.io.UncheckedIOException e) {
            log.warn("index in {} unusable ({}); building in memory instead", indexDir, e.getMessage());
            return of(parsed, glossary, model,
                    PersistedEmbeddings.besideCatalog(catalogPath, PersistedEmbeddings.modelId(model)));
        }
    }

    /** An engine over an index already opened (or built) on disk: nothing is parsed, split or embedded here. */
    public static Engine open(PersistedIndex.Opened index, Glossary glossary, EmbeddingModel model) {
        var cached = cached(model);
        var vectors = new VectorIndex(cached, index.store(), index.chunks(), index.embedded());
        return assemble(index.catalog(), glossary, index.names(glossary), index.lexical(), vectors,
                index.vocabulary().isPresent() ? index.vocabulary() : CatalogVocabularies.restrict(glossary, index.catalog()));
    }

    public static Engine of(Catalog catalog, Glossary glossary, EmbeddingModel model) {
        return of(catalog, glossary, model, null);
    }

    /**
     * An engine over {@code catalog}; {@code persisted} (nullable) supplies saved chunk vectors. Question embeddings
     * are cached: in {@code model} when it is a {@link CachingEmbeddingModel}, else in a cache of this engine's own.
     */
    public static Engine of(Catalog catalog, Glossary glossary, EmbeddingModel model, PersistedEmbeddings persisted) {
        // The Lucene and vector indexes are independent: build them on two cores at once (halves a large load).
        var lexicalBuild = java.util.concurrent.CompletableFuture.supplyAsync(() -> new LexicalIndex(catalog, glossary));
        var names = new NameIndex(catalog, glossary);
        var cached = cached(model);
        var vectors = new VectorIndex(catalog, glossary, cached, new InMemoryEmbeddingStore<TextSegment>(), persisted);
        LexicalIndex lexical;
        try {
            lexical = lexicalBuild.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
        return assemble(catalog, glossary, names, lexical, vectors, CatalogVocabularies.restrict(glossary, catalog));
    }

    /** A caching model passed in is shared across reloads (question embeddings do not depend on the catalog). */
    private static CachingEmbeddingModel cached(EmbeddingModel model) {
        return model instanceof CachingEmbeddingModel c ? c : new CachingEmbeddingModel(model, CachingEmbeddingModel.DEFAULT_CAPACITY);
    }

    private static Engine assemble(Catalog catalog, Glossary glossary, NameIndex names, LexicalIndex lexical,
                                   VectorIndex vectors, Optional<CatalogVocabulary> vocabulary) {
        var retriever = new HybridRetriever(catalog, names, lexical, vectors);
        var parser = new QuestionParser(glossary, names, lexical,
                word -> vocabulary.map(v -> v.isEnglishWord(word)).orElse(false));
        var meanings = org.catalogchat.retrieval.EntryMeanings.of(catalog, vocabulary, vectors.model());
        var grounded = new GroundedAnswerer(catalog, glossary, parser, retriever, vocabulary, meanings);
        return new Engine(catalog, glossary, retriever, parser, grounded, grounded);
    }

    /** The same catalog and indexes answered by another answerer (an LLM one wrapping the grounded). */
    public Engine withAnswerer(Answerer other) {
        return new Engine(catalog, glossary, retriever, parser, grounded, other);
    }
}
